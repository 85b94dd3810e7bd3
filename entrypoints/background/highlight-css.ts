import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';

/**
 * The `::highlight()` stylesheet inserted into each tab's page, remembered in session storage:
 * scripting.removeCSS needs the exact string that was inserted, and the service worker may have
 * been stopped since. One stylesheet per page, replaced when the page's colours or the highlight
 * style change. The record names the document it was inserted into (Chrome's documentId), so a
 * stylesheet that left with a previous page is never "removed" from the next one.
 */
interface Inserted {
  documentId: string | null;
  /** The stylesheet as built for the page's colours, and inserted as is (removeCSS needs this exact string). */
  css: string;
}

function key(tabId: number): `session:highlight-css-${number}` {
  return `session:highlight-css-${tabId}`;
}

export async function applyHighlightCss(tabId: number, documentId: string | undefined, css: string): Promise<void> {
  const target = { tabId, frameIds: [0] };
  const previous = await storage.getItem<Inserted>(key(tabId));
  const samePage = previous !== null && previous.documentId === (documentId ?? null);
  if (samePage && previous.css === css) return;
  // Plain rules, no cascade layer: they name highlights the page cannot know (the reader's token,
  // lib/highlights/highlight-names.ts), so the page's own CSS cannot hide or recolour them.
  await browser.scripting.insertCSS({ target, css });
  await storage.setItem<Inserted>(key(tabId), { documentId: documentId ?? null, css });
  // Removed after the new one is in, so the page never shows unstyled highlights in between.
  if (samePage) await browser.scripting.removeCSS({ target, css: previous.css }).catch(() => {});
}

export async function forgetHighlightCss(tabId: number): Promise<void> {
  await storage.removeItem(key(tabId));
}

/** The stylesheet last inserted into the tab (the e2e tests read it to check the palette). */
export async function currentHighlightCss(tabId: number): Promise<string | null> {
  return (await storage.getItem<Inserted>(key(tabId)))?.css ?? null;
}

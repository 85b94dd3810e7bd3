import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import { protectedCss } from '@/lib/highlights/important-css';

/**
 * The `::highlight()` stylesheet inserted into each tab's page, remembered in session storage:
 * scripting.removeCSS needs the exact string that was inserted, and the service worker may have
 * been stopped since. One stylesheet per page, replaced when the page's colours or the highlight
 * style change. The record names the document it was inserted into (Chrome's documentId), so a
 * stylesheet that left with a previous page is never "removed" from the next one.
 */
interface Inserted {
  documentId: string | null;
  /** The stylesheet as built for the page's colours. */
  css: string;
  /** What was inserted (removeCSS needs this exact string). */
  inserted?: string;
}

function key(tabId: number): `session:highlight-css-${number}` {
  return `session:highlight-css-${tabId}`;
}

export async function applyHighlightCss(tabId: number, documentId: string | undefined, css: string): Promise<void> {
  const target = { tabId, frameIds: [0] };
  const previous = await storage.getItem<Inserted>(key(tabId));
  const samePage = previous !== null && previous.documentId === (documentId ?? null);
  if (samePage && previous.css === css) return;
  // Every declaration important, in a cascade layer whose name the page cannot guess: the page's
  // own CSS cannot hide or recolour the highlights (lib/highlights/important-css.ts).
  const inserted = protectedCss(css, `lodestone-${crypto.randomUUID()}`);
  await browser.scripting.insertCSS({ target, css: inserted });
  await storage.setItem<Inserted>(key(tabId), { documentId: documentId ?? null, css, inserted });
  // Removed after the new one is in, so the page never shows unstyled highlights in between.
  if (samePage) await browser.scripting.removeCSS({ target, css: previous.inserted ?? previous.css }).catch(() => {});
}

export async function forgetHighlightCss(tabId: number): Promise<void> {
  await storage.removeItem(key(tabId));
}

/** The stylesheet last inserted into the tab (the e2e tests read it to check the palette). */
export async function currentHighlightCss(tabId: number): Promise<string | null> {
  return (await storage.getItem<Inserted>(key(tabId)))?.css ?? null;
}

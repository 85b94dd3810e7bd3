import { browser } from 'wxt/browser';
import { sendToTab } from '@/lib/messages';

/** Whether the reader runs in the tab's top frame (it answers messages only once it is ready). */
export async function readerPresent(tabId: number): Promise<boolean> {
  try {
    const reply = await sendToTab(tabId, { type: 'reader:ping' });
    return reply?.ok === true;
  } catch {
    // "Receiving end does not exist": no reader in that tab.
    return false;
  }
}

/**
 * Injects the reader into the tab's top frame. executeScript resolves once the reader's `main`
 * has (WXT returns main's promise as the script's result), so the reader answers messages by then.
 * A reader already there is replaced: WXT invalidates the older instance, which clears its
 * highlights and UI.
 */
export async function injectReader(tabId: number): Promise<void> {
  await browser.scripting.executeScript({ target: { tabId, frameIds: [0] }, files: ['/content-scripts/reader.js'] });
}

/** The reader's UI (React), asked for by the reader when it first shows a banner, a card or a notice. */
export async function injectReaderUi(tabId: number): Promise<void> {
  await browser.scripting.executeScript({ target: { tabId, frameIds: [0] }, files: ['/reader-ui.js'] });
}

/** Makes sure the reader runs in the tab (for "Clip to Lodestone" on a page it was never injected into). */
export async function ensureReader(tabId: number): Promise<boolean> {
  if (await readerPresent(tabId)) return true;
  try {
    await injectReader(tabId);
    return true;
  } catch (err) {
    // Pages the extension may not script (the Web Store, chrome:// pages, PDFs).
    console.debug('[lodestone] cannot inject the reader', err);
    return false;
  }
}

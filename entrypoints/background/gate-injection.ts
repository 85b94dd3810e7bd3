import { browser } from 'wxt/browser';

/**
 * Runs the gate (the manifest's content script, gate.js) again in a tab's top frame, for a page
 * that the browser did not give it to: a same-document navigation (navigation.ts) or a tab open
 * before Lodestone was (open-tabs.ts). A candidate messages the background as on a page load.
 */
export async function runGate(tabId: number): Promise<void> {
  await browser.scripting.executeScript({ target: { tabId, frameIds: [0] }, files: ['/gate.js'] });
}

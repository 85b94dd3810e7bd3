import { browser } from 'wxt/browser';
import { showsAnotherPage, isWebPage } from '@/lib/navigation/page-route';
import { NAVIGATION_MAX_WAIT_MS, NAVIGATION_QUIET_MS, untilQuietDom } from '@/lib/navigation/quiet-dom';
import { runGate } from './gate-injection';
import { readerPresent } from './reader-injection';
import { setTabAnalysis } from './tab-analyses';

/**
 * Client-side navigation (issue 15). The gate runs once per document; an app that routes with
 * pushState / replaceState, the Navigation API or hash routes shows a new page in the same
 * document, and the browser tells the background so (webNavigation): no page polls for it. Where
 * a reader already runs, it follows the page itself (reader-page.tsx, "wxt:locationchange"); in
 * every other tab the new page, once rendered, gets the gate again.
 */
/**
 * Per tab, the address the reader left by the same-document navigation that is shown now; none
 * after a load. The analysis of the new page is filed by it (pageKeyUrl): an app often keeps the
 * page it left in <link rel=canonical>.
 */
const arrivedFrom = new Map<number, string>();

/** The address a tab's shown page was reached from within the same document, or null. */
export function sameDocumentPrevious(tabId: number): string | null {
  return arrivedFrom.get(tabId) ?? null;
}

export function followSameDocumentNavigations(): void {
  /** The top frame's URL as last seen per tab (unknown after the service worker restarted). */
  const lastUrl = new Map<number, string>();
  /** Bumped by each navigation: a slower settle of an earlier one gives way. */
  const turn = new Map<number, number>();
  browser.webNavigation.onCommitted.addListener(({ tabId, frameId, url }) => {
    if (frameId !== 0) return;
    lastUrl.set(tabId, url);
    arrivedFrom.delete(tabId);
  });
  browser.tabs.onRemoved.addListener((tabId) => {
    lastUrl.delete(tabId);
    arrivedFrom.delete(tabId);
    turn.delete(tabId);
  });
  const onSameDocument =
    (kind: 'history' | 'fragment') =>
    ({ tabId, frameId, url }: { tabId: number; frameId: number; url: string }) => {
      // frameId 0 is the tab's shown page: not sub-frames, not a page being prerendered.
      if (frameId !== 0 || !isWebPage(url)) return;
      const previous = lastUrl.get(tabId);
      lastUrl.set(tabId, url);
      if (!showsAnotherPage(previous, url, kind)) return;
      if (previous !== undefined) arrivedFrom.set(tabId, previous);
      else arrivedFrom.delete(tabId);
      const mine = (turn.get(tabId) ?? 0) + 1;
      turn.set(tabId, mine);
      void gateAfterRender(tabId, () => turn.get(tabId) === mine).catch((err) => console.debug('[lodestone] same-document navigation', err));
    };
  browser.webNavigation.onHistoryStateUpdated.addListener(onSameDocument('history'));
  browser.webNavigation.onReferenceFragmentUpdated.addListener(onSameDocument('fragment'));
}

async function gateAfterRender(tabId: number, current: () => boolean): Promise<void> {
  // The app renders the new page after the URL changed: sample it once the document is quiet.
  await browser.scripting.executeScript({ target: { tabId, frameIds: [0] }, func: untilQuietDom, args: [NAVIGATION_QUIET_MS, NAVIGATION_MAX_WAIT_MS] });
  if (!current() || (await readerPresent(tabId)) || !current()) return;
  // Whatever the background kept of the page before (a candidate that was no article) is not this page's.
  await setTabAnalysis(tabId, null);
  await runGate(tabId);
}

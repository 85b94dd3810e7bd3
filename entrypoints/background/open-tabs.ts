import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import { tabsForSweep } from '@/lib/navigation/open-tabs';
import { runGate } from './gate-injection';
import { readerPresent } from './reader-injection';

/**
 * Session storage is emptied when the extension is installed, updated, disabled or reloaded, and
 * when the browser starts: a service worker that finds this key missing starts a new life of
 * Lodestone, not a restart after being idle.
 */
const SWEPT = 'session:open-tabs-swept';

/**
 * Chrome gives the manifest's content scripts only to pages loaded after the extension: the tabs
 * a reader had open when installing, updating or re-enabling Lodestone would stay unanalyzed until
 * reloaded. Once per life, the gate runs in each of them (issue 15). A tab whose reader already
 * answers (browser start: its own gate ran) is left alone; after an update, an old reader cannot
 * answer, and the new one that replaces it stops it (WXT's context invalidates the older script).
 * Firefox injects the declared content scripts into open tabs itself at install and enable, so
 * there it would only run the gate twice.
 */
export function sweepOpenTabs(): void {
  if (import.meta.env.FIREFOX) return;
  void (async () => {
    if (await storage.getItem<boolean>(SWEPT)) return;
    await storage.setItem<boolean>(SWEPT, true);
    for (const tabId of tabsForSweep(await browser.tabs.query({}))) {
      try {
        if (!(await readerPresent(tabId))) await runGate(tabId);
      } catch (err) {
        // A page the extension may not script (the Web Store, an error page): skipped.
        console.debug('[lodestone] open tab', tabId, err);
      }
    }
  })().catch((err) => console.error('[lodestone] open tabs', err));
}

import { browser } from 'wxt/browser';
import { openClipDb } from '@/lib/clips/clip-db';
import { checkLibrary, trackLibraryWrites } from '@/lib/clips/library-health';
import { listen, sendToTab } from '@/lib/messages';
import { analyzeHtml } from './analyze-html';
import { browserBackupDeps, startAutoBackup } from './auto-backup';
import { startBadges } from './badge';
import { backgroundListener } from './dispatch';
import { startEveryArticleBanner } from './every-article';
import { applyHighlightCss } from './highlight-css';
import { clipSelectionInTab } from './manual-clip';
import { followSameDocumentNavigations, sameDocumentPrevious } from './navigation';
import { sweepOpenTabs } from './open-tabs';
import { watchTabs } from './page-lifecycle';
import { injectReader, injectReaderUi } from './reader-injection';
import { startReadingLogRetention } from './reading-log';
import { registerShortcuts } from './shortcuts';
import { askSiteAccessAtInstall } from './site-access';
import { setTabAnalysis } from './tab-analyses';

/**
 * Background: receives the gate's candidates, runs the analysis off the page, injects the reader
 * into rare-earth articles, saves clips into IndexedDB in the extension's origin, and opens the
 * side panel from the toolbar button.
 */
export default defineBackground(() => {
  const db = openClipDb();
  // Before the database is first used: every write also updates the marker that reveals a wiped
  // library (lib/clips/library-health.ts), which the start check below compares against.
  trackLibraryWrites(db);
  void checkLibrary(db).catch((err) => console.error('[lodestone] library check', err));

  if (import.meta.env.FIREFOX) {
    // Firefox has no side panel API: the toolbar button toggles the sidebar_action instead. Both
    // builds are MV3, where the button is `action` (`browserAction` is undefined there).
    const { sidebarAction } = browser as unknown as { sidebarAction: { toggle(): Promise<void> } };
    browser.action.onClicked.addListener(() => void sidebarAction.toggle());
  } else {
    void browser.sidePanel.setPanelBehavior({ openPanelOnActionClick: true }).catch(console.error);
  }

  // Every message is parsed, and its sender checked, where it arrives (dispatch.ts, lib/messages.ts).
  listen(
    backgroundListener({
      db,
      analyzeHtml,
      injectReader,
      injectReaderUi,
      applyHighlightCss,
      clipSelection: (tabId) => clipSelectionInTab(db, tabId),
      tabUrl: async (tabId) => (await browser.tabs.get(tabId)).url,
      clipsChanged: (tabId) => void sendToTab(tabId, { type: 'reader:clips-changed' }).catch(() => {}),
      sameDocumentPrevious,
    }),
  );

  askSiteAccessAtInstall();
  watchTabs(db);
  followSameDocumentNavigations();
  sweepOpenTabs();
  startBadges();
  startAutoBackup(browserBackupDeps(db));
  startReadingLogRetention(db);
  startEveryArticleBanner(injectReader);
  const shortcuts = registerShortcuts(db);
  // The listeners the browser calls for the context menu and the shortcuts, for the e2e tests
  // (worker.evaluate): headless Chromium can neither press an extension's shortcut nor open the
  // native context menu. Only the extension's own contexts can reach the service worker's global.
  Object.assign(globalThis, { lodestoneShortcuts: shortcuts });

  browser.tabs.onRemoved.addListener((tabId) => void setTabAnalysis(tabId, null));
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading' && change.url) void setTabAnalysis(tabId, null);
  });
});

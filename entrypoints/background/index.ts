import { browser } from 'wxt/browser';
import { highlightCss, pagePalette } from '@/lib/highlights/category-style';
import { openClipDb } from '@/lib/clips/clip-db';
import { clipsForUrl } from '@/lib/clips/clip-queries';
import { saveCategory } from '@/lib/clips/save-category';
import { saveClip } from '@/lib/clips/save-clip';
import { BackgroundMessage, fromExtensionPage, fromTabTopFrame, handleMessages, sendToTab } from '@/lib/messages';
import { getTabOrphans, setTabOrphans } from '@/lib/orphaned-clips';
import { readSettings } from '@/lib/settings';
import { withSourceOverride } from '@/lib/source-overrides';
import { analyzeHtml } from './analyze-html';
import { startBadges } from './badge';
import { bannerWanted, startEveryArticleBanner } from './every-article';
import { applyHighlightCss } from './highlight-css';
import { clipSelectionInTab } from './manual-clip';
import { markCandidate, readerWanted, siteDisabled, watchTabs } from './page-lifecycle';
import { injectReader } from './reader-injection';
import { registerShortcuts } from './shortcuts';
import { getTabAnalysis, setTabAnalysis } from './tab-analyses';

/**
 * Background: receives the gate's candidates, runs the analysis off the page, injects the reader
 * into rare-earth articles, saves clips into IndexedDB in the extension's origin, and opens the
 * side panel from the toolbar button.
 */
export default defineBackground(() => {
  const db = openClipDb();

  if (import.meta.env.FIREFOX) {
    // Firefox has no side panel API: the toolbar button toggles the sidebar_action instead.
    const { sidebarAction } = browser as unknown as { sidebarAction: { toggle(): Promise<void> } };
    browser.browserAction.onClicked.addListener(() => void sidebarAction.toggle());
  } else {
    void browser.sidePanel.setPanelBehavior({ openPanelOnActionClick: true }).catch(console.error);
  }

  // Messages the side panel sends; every other one comes from a content script in a tab.
  const fromPanel = new Set<BackgroundMessage['type']>(['tab:analysis', 'clips:save-category']);
  const fromTab = (m: BackgroundMessage) => !fromPanel.has(m.type);
  handleMessages(BackgroundMessage, (m, sender) => (fromTab(m) ? fromTabTopFrame(sender) : fromExtensionPage(sender)), async (msg, sender) => {
    const tabId = sender.tab?.id ?? -1;
    switch (msg.type) {
      case 'gate:candidate': {
        if (await siteDisabled(msg.url)) return { ok: true };
        markCandidate(tabId, true);
        try {
          const reply = await analyzeHtml(msg.html, msg.url);
          if (!reply.ok) return { ok: false };
          // The reader's correction of the publisher's label applies before anything is stored or shown.
          const result = await withSourceOverride(reply.result);
          await setTabAnalysis(tabId, result);
          if (!result.topic.isRareEarth && !(await bannerWanted(result)) && !(await readerWanted(db, [msg.url, result.url]))) return { ok: true };
          // The reader measures the page's colours and asks for its highlight stylesheet (reader:theme).
          await injectReader(tabId);
          return { ok: true };
        } finally {
          markCandidate(tabId, false);
        }
      }
      case 'reader:ready': {
        const result = await getTabAnalysis(tabId);
        return result ? { ok: true, result } : null;
      }
      case 'reader:analyze': {
        const reply = await analyzeHtml(msg.html, msg.url);
        if (!reply.ok) return reply;
        const result = await withSourceOverride(reply.result);
        await setTabAnalysis(tabId, result);
        return { ok: true, result };
      }
      case 'clip:save': {
        const { clip, created } = await saveClip(db, msg.clip);
        return { ok: true, id: clip.id, created };
      }
      case 'clips:for-page': {
        const clips = await clipsForUrl(db, msg.url);
        return {
          texts: clips.map((c) => c.text),
          clips: clips.map((c) => ({ id: c.id, text: c.text, prefix: c.prefix, suffix: c.suffix, category: c.category })),
        };
      }
      case 'reader:orphans': {
        // Only clips of that page, looked up again here: the page's script cannot name others.
        const clips = (await clipsForUrl(db, msg.url)).filter((c) => msg.ids.includes(c.id));
        const orphans = clips.map((c) => ({ id: c.id, text: c.text, category: c.category, createdAt: c.createdAt }));
        const previous = await getTabOrphans(tabId);
        if (orphans.length > 0 || previous) await setTabOrphans(tabId, { url: msg.url, clips: orphans });
        return { ok: true };
      }
      case 'reader:theme': {
        const { highlightStyle } = await readSettings();
        const css = highlightCss(pagePalette({ background: msg.background, text: msg.text }), highlightStyle);
        await applyHighlightCss(tabId, sender.documentId, css);
        return { ok: true };
      }
      case 'clip:selection':
        return clipSelectionInTab(db, tabId);
      case 'tab:analysis':
        return getTabAnalysis(msg.tabId);
      case 'clips:save-category': {
        const [result, tab] = await Promise.all([getTabAnalysis(msg.tabId), browser.tabs.get(msg.tabId)]);
        if (!result || !tab.url) return { ok: false, error: 'This page has no analysis any more; reload it.' };
        const saved = await saveCategory(db, result, msg.category, tab.url);
        // The reader marks saved sentences on the page; it re-reads them when told.
        if (saved.created > 0) void sendToTab(msg.tabId, { type: 'reader:clips-changed' }).catch(() => {});
        return { ok: true, ...saved };
      }
    }
  });

  watchTabs(db);
  startBadges();
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

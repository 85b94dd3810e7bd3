import { browser } from 'wxt/browser';
import { highlightCss } from '@/lib/highlights/category-style';
import { openClipDb } from '@/lib/clips/clip-db';
import { clipsForUrl } from '@/lib/clips/clip-queries';
import { saveClip } from '@/lib/clips/save-clip';
import { BackgroundMessage, fromExtensionPage, fromTabTopFrame, handleMessages } from '@/lib/messages';
import { analyzeHtml } from './analyze-html';
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

  const fromTab = (m: BackgroundMessage) => m.type !== 'tab:analysis';
  handleMessages(BackgroundMessage, (m, sender) => (fromTab(m) ? fromTabTopFrame(sender) : fromExtensionPage(sender)), async (msg, sender) => {
    const tabId = sender.tab?.id ?? -1;
    switch (msg.type) {
      case 'gate:candidate': {
        const reply = await analyzeHtml(msg.html, msg.url);
        if (!reply.ok) return { ok: false };
        await setTabAnalysis(tabId, reply.result);
        if (!reply.result.topic.isRareEarth) return { ok: true };
        const target = { tabId, frameIds: [0] };
        await browser.scripting.insertCSS({ target, css: highlightCss('light') });
        await browser.scripting.executeScript({ target, files: ['/content-scripts/reader.js'] });
        return { ok: true };
      }
      case 'reader:ready': {
        const result = await getTabAnalysis(tabId);
        return result ? { ok: true, result } : null;
      }
      case 'reader:analyze': {
        const reply = await analyzeHtml(msg.html, msg.url);
        if (reply.ok) await setTabAnalysis(tabId, reply.result);
        return reply;
      }
      case 'clip:save': {
        const { clip, created } = await saveClip(db, msg.clip);
        return { ok: true, id: clip.id, created };
      }
      case 'clips:for-page':
        return { texts: (await clipsForUrl(db, msg.url)).map((c) => c.text) };
      case 'tab:analysis':
        return getTabAnalysis(msg.tabId);
    }
  });

  browser.tabs.onRemoved.addListener((tabId) => void setTabAnalysis(tabId, null));
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading' && change.url) void setTabAnalysis(tabId, null);
  });
});

import { browser } from 'wxt/browser';
import { type WipedLibrary, readWipedLibrary, watchWipedLibrary } from '@/lib/clips/library-health';
import { readSourceOverrides, watchSourceOverrides } from '@/lib/source-overrides';
import { badgeFor } from '@/lib/sources/badge-for';
import type { SourceOverride } from '@/lib/sources/source-override';

/**
 * The toolbar badge: "SC" or "SA" on every tab whose site is state-controlled or state-aligned,
 * computed here from the tab's URL alone (lib/sources/badge-for), so it costs the page nothing and
 * shows on pages that are not rare-earth articles too. Tab-specific, set on every navigation and
 * tab switch, repainted when the reader corrects a label.
 */
/**
 * Where the site earns no SC/SA badge: "!" while the library is found wiped and not yet restored
 * (lib/clips/library-health.ts), so the reader learns of it without opening the panel. White on
 * this amber keeps a 5:1 contrast.
 */
const WIPED_BADGE = {
  text: '!',
  color: '#b45309',
  title: 'Lodestone: your library of clips was emptied by the browser. Open the side panel to restore it from an export.',
};

export function startBadges(): void {
  // Both builds are MV3 (Firefox too, wxt.config.ts): the toolbar button is `action`.
  const action = browser.action;
  const defaultTitle = browser.runtime.getManifest().action?.default_title ?? 'Lodestone';
  let overrides: Promise<SourceOverride[]> | null = null;
  let wiped: Promise<WipedLibrary | null> | null = null;

  /**
   * Paints of one tab can overlap (a navigation, a correction, the library check): each checks that
   * no newer paint of the tab has started before every call, so the last state read is the one shown.
   */
  const latest = new Map<number, number>();
  const paint = async (tabId: number, url: string | undefined) => {
    const run = (latest.get(tabId) ?? 0) + 1;
    latest.set(tabId, run);
    const current = () => latest.get(tabId) === run;
    const source = url ? badgeFor(url, await (overrides ??= readSourceOverrides())) : null;
    const badge = source ?? ((await (wiped ??= readWipedLibrary().catch(() => null))) ? WIPED_BADGE : null);
    try {
      if (badge) {
        if (current()) await action.setBadgeBackgroundColor({ tabId, color: badge.color });
        // Chrome 110+; white text keeps its ≥ 4.5:1 contrast on both colours.
        if ('setBadgeTextColor' in action && current()) await action.setBadgeTextColor({ tabId, color: '#ffffff' });
      }
      if (current()) await action.setBadgeText({ tabId, text: badge?.text ?? '' });
      if (current()) await action.setTitle({ tabId, title: badge?.title ?? defaultTitle });
    } catch {
      // The tab closed while we looked.
    }
  };
  const paintAll = async () => {
    for (const tab of await browser.tabs.query({})) if (tab.id !== undefined) void paint(tab.id, tab.url);
  };

  // Chrome resets a tab's badge when it navigates; "loading" and "complete" both repaint it.
  browser.tabs.onUpdated.addListener((tabId, change, tab) => {
    if (change.url || change.status) void paint(tabId, tab.url);
  });
  browser.tabs.onRemoved.addListener((tabId) => latest.delete(tabId));
  browser.tabs.onActivated.addListener(({ tabId }) => {
    browser.tabs.get(tabId).then((tab) => paint(tabId, tab.url), () => {});
  });
  watchSourceOverrides((list) => {
    overrides = Promise.resolve(list);
    void paintAll();
  });
  watchWipedLibrary((value) => {
    wiped = Promise.resolve(value);
    void paintAll();
  });
  // Tabs open before the service worker (re)started.
  void paintAll();
}

import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import { AnalysisResult } from '@/lib/analysis-result';
import type { PageState } from '@/components/side-panel/this-page-view';

const WEB = /^https?:/;

/**
 * The analysis of the tab the reader is looking at: the active tab of this window, or, when the
 * panel is itself open as a tab, the web tab used last. Follows tab switches and new analyses.
 */
export function useActiveTabAnalysis(): PageState {
  const [state, setState] = useState<PageState>({ tabId: null, url: null, result: null });
  useEffect(() => {
    let unwatch = () => {};
    let alive = true;
    const refresh = async () => {
      const tabs = await browser.tabs.query({ currentWindow: true });
      const active = tabs.find((t) => t.active && WEB.test(t.url ?? ''));
      const tab = active ?? tabs.filter((t) => WEB.test(t.url ?? '')).sort((a, b) => (b.lastAccessed ?? 0) - (a.lastAccessed ?? 0))[0];
      if (!alive) return;
      unwatch();
      if (tab?.id === undefined) {
        setState({ tabId: null, url: null, result: null });
        return;
      }
      const key = `session:analysis-${tab.id}` as const;
      const apply = (raw: unknown) => {
        const parsed = AnalysisResult.safeParse(raw);
        if (alive) setState({ tabId: tab.id ?? null, url: tab.url ?? null, result: parsed.success ? parsed.data : null });
      };
      apply(await storage.getItem(key));
      unwatch = storage.watch(key, apply);
    };
    void refresh();
    const onActivated = () => void refresh();
    const onUpdated = (_id: number, change: { status?: string }) => change.status === 'complete' && void refresh();
    browser.tabs.onActivated.addListener(onActivated);
    browser.tabs.onUpdated.addListener(onUpdated);
    return () => {
      alive = false;
      unwatch();
      browser.tabs.onActivated.removeListener(onActivated);
      browser.tabs.onUpdated.removeListener(onUpdated);
    };
  }, []);
  return state;
}

import { browser } from 'wxt/browser';
import { MAX_HTML_CHARS } from '@/lib/messages';
import { readSettings, siteListed } from '@/lib/settings';
import { readSourceOverrides, withSourceOverride } from '@/lib/source-overrides';
import type { AnalysisResult } from '@/lib/analysis-result';
import { readerScope } from '@/lib/sources/reader-scope';
import { stateLinkedSite } from '@/lib/sources/state-linked-site';
import { analyzeHtml } from './analyze-html';
import { readerPresent } from './reader-injection';
import { getTabAnalysis, setTabAnalysis } from './tab-analyses';

/** Whether the reader extended the banner to every article and this analyzed page earns it. */
export async function bannerWanted(result: AnalysisResult): Promise<boolean> {
  return readerScope(result, (await readSettings()).bannerOnEveryArticle) === 'banner';
}

/**
 * The gate messages at document_idle, around the load event; "complete" follows it. Waiting this
 * long lets a gate candidate's own path (which decides about the banner itself) go first.
 */
const AFTER_LOAD_MS = 1_200;

/**
 * "Show the source banner on every article": pages the gate does not flag (not rare-earth) are
 * looked at only when their site is state-linked by its domain (a map lookup here); then the page
 * is serialized once, analyzed off its thread, and given the reader, which shows the banner and no
 * signals. With the option off (the default) this costs nothing.
 */
export function startEveryArticleBanner(injectReader: (tabId: number) => Promise<void>): void {
  browser.tabs.onUpdated.addListener((tabId, change, tab) => {
    if (change.status !== 'complete' || !tab.url || !/^https?:/.test(tab.url)) return;
    const url = tab.url;
    void (async () => {
      const settings = await readSettings();
      if (!settings.bannerOnEveryArticle || siteListed(new URL(url).hostname, settings.disabledSites)) return;
      if (!stateLinkedSite(url, await readSourceOverrides())) return;
      setTimeout(() => void bannerForPage(tabId, url, injectReader).catch((err) => console.debug('[lodestone] every-article banner', err)), AFTER_LOAD_MS);
    })().catch((err) => console.debug('[lodestone] every-article banner', err));
  });
}

async function bannerForPage(tabId: number, url: string, injectReader: (tabId: number) => Promise<void>): Promise<void> {
  // The gate's path analyzed the page already (and injected the reader if wanted), or moved on.
  if ((await getTabAnalysis(tabId)) || (await readerPresent(tabId))) return;
  if ((await browser.tabs.get(tabId)).url !== url) return;
  const [frame] = await browser.scripting.executeScript({ target: { tabId, frameIds: [0] }, func: serializePage, args: [MAX_HTML_CHARS] });
  const page = frame?.result as { url: string; html: string } | null | undefined;
  if (!page) return;
  const reply = await analyzeHtml(page.html, page.url);
  if (!reply.ok) return;
  const result = await withSourceOverride(reply.result);
  if (await getTabAnalysis(tabId)) return;
  await setTabAnalysis(tabId, result);
  if (readerScope(result, true)) await injectReader(tabId);
}

/** Runs in the page (self-contained): the page once, as the gate would send it. */
function serializePage(max: number): { url: string; html: string } | null {
  if (!/html/.test(document.contentType)) return null;
  const html = document.documentElement.outerHTML;
  return html.length > max ? null : { url: location.href, html };
}

import { browser } from 'wxt/browser';
import type { ClipDatabase } from '@/lib/clips/clip-db';
import { clipsForUrl } from '@/lib/clips/clip-queries';
import { setTabOrphans } from '@/lib/orphaned-clips';
import { readSettings, siteListed } from '@/lib/settings';
import { forgetParts } from './gate-parts';
import { forgetHighlightCss } from './highlight-css';
import { injectReader, readerPresent } from './reader-injection';

/** Tabs whose gate candidate is being analyzed: the gate's path injects the reader there. */
const candidates = new Set<number>();

export function markCandidate(tabId: number, pending: boolean): void {
  if (pending) candidates.add(tabId);
  else candidates.delete(tabId);
}

export async function siteDisabled(url: string): Promise<boolean> {
  return siteListed(hostOf(url), (await readSettings()).disabledSites);
}

/**
 * Whether a page that is not a rare-earth article still gets the reader: its site is one the
 * reader enabled (every page analyzed), or it holds saved clips (they are shown saved on every
 * visit, and listed as "not found" when the page lost them).
 */
export async function readerWanted(db: ClipDatabase, urls: readonly string[]): Promise<boolean> {
  const first = urls[0];
  if (!first) return false;
  const settings = await readSettings();
  if (siteListed(hostOf(first), settings.disabledSites)) return false;
  if (siteListed(hostOf(first), settings.enabledSites)) return true;
  for (const url of new Set(urls)) if ((await clipsForUrl(db, url)).length > 0) return true;
  return false;
}

/**
 * The gate messages the background at document_idle, which Chrome places up to the load event;
 * "complete" comes right after it. This wait lets a candidate's own path (analysis, then
 * injection) start first, so a page is not given the reader twice.
 */
const AFTER_LOAD_MS = 1_000;

/** Tab events of this module: records per page are dropped with the page; pages with clips get the reader. */
export function watchTabs(db: ClipDatabase): void {
  browser.tabs.onRemoved.addListener((tabId) => {
    candidates.delete(tabId);
    forgetParts(tabId);
    void setTabOrphans(tabId, null);
    void forgetHighlightCss(tabId);
  });
  browser.tabs.onUpdated.addListener((tabId, change, tab) => {
    if (change.status === 'loading' && change.url) {
      void setTabOrphans(tabId, null);
      // The page's stylesheets went with it. (Chrome's documentId already tells pages apart;
      // Firefox gives none, and would otherwise skip inserting the same CSS into the next page.)
      void forgetHighlightCss(tabId);
    }
    if (change.status !== 'complete' || !/^https?:/.test(tab.url ?? '')) return;
    setTimeout(() => void injectIfWanted(db, tabId, tab.url!), AFTER_LOAD_MS);
  });
}

async function injectIfWanted(db: ClipDatabase, tabId: number, url: string): Promise<void> {
  try {
    if (candidates.has(tabId) || !(await readerWanted(db, [url])) || (await readerPresent(tabId))) return;
    const tab = await browser.tabs.get(tabId);
    // The tab moved on while we waited.
    if (tab.url !== url || candidates.has(tabId)) return;
    await injectReader(tabId);
  } catch (err) {
    console.debug('[lodestone] reader for a page with clips', err);
  }
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return '';
  }
}

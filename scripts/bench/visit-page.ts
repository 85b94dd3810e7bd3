import type { BrowserContext, CDPSession, Page, Worker } from 'playwright-core';
import { INIT_SCRIPT, type PageState, type ReadabilityTiming, readPageState, runReadability } from './page-probes';
import { analyzePageTrace, type PageTrace } from './trace-analysis';
import { PROFILE_CATEGORIES, TRACE_CATEGORIES, type TraceEvent } from './trace-events';
import type { AnchoringTiming } from './anchoring-entry';
import type { QuoteSelector } from '../../lib/anchoring/match-quote';

/** After the highlights are painted, time for the reader's remaining work (banner, orphans report). */
const AFTER_PAINT_MS = 1_000;
/** On a page the analyzer calls not rare-earth: time for the gate, the background's analysis of a candidate, and nothing more. */
const SETTLE_MS = 1_500;
const LOAD_TIMEOUT_MS = 90_000;
/** Longest wait for the first highlight (the 5 MB page's analysis takes seconds off the page). */
const PAINT_TIMEOUT_MS = 45_000;

async function heapMB(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
  return usedSize / 1024 / 1024;
}

async function load(page: Page, url: string): Promise<void> {
  await page.goto(url, { waitUntil: 'load', timeout: LOAD_TIMEOUT_MS });
  // Every host resolves to the loopback server, so the network is idle at load; this waits out any late script.
  await page.waitForLoadState('networkidle', { timeout: 10_000 }).catch(() => {});
}

async function waitForPaint(page: Page, timeoutMs: number): Promise<boolean> {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    const painted = await page.evaluate(() => (window as unknown as { __lodestoneBench?: { paintedAt: number | null } }).__lodestoneBench?.paintedAt ?? null);
    if (painted !== null) return true;
    await page.waitForTimeout(50);
  }
  return false;
}

/** The `::highlight()` stylesheet the background inserted into the tab (scripting.insertCSS), in bytes. */
async function insertedCssBytes(worker: Worker, pageUrl: string): Promise<number> {
  return (await worker.evaluate(`(async () => {
    const tab = (await chrome.tabs.query({})).find((t) => t.url === ${JSON.stringify(pageUrl)});
    if (!tab) return 0;
    const key = 'highlight-css-' + tab.id;
    const entry = (await chrome.storage.session.get(key))[key];
    return entry && entry.css ? new TextEncoder().encode(entry.css).length : 0;
  })()`)) as number;
}

export interface ExtensionVisit {
  trace: PageTrace;
  /** URLs the tab requested on behalf of extension code (CDP initiator: an extension script on the stack). */
  extensionRequests: string[];
  state: PageState;
  heapMB: number;
  cssBytes: number;
  /** Readability's parse measured in this browser, under the same tracing as the extension (the ratio's denominator). */
  readability: ReadabilityTiming;
}

/** Loads the page in a new tab of the browser with the extension, traced with `categories` until the reader settled; then `after`, still traced. */
async function tracedVisit<T>(
  context: BrowserContext,
  pageUrl: string,
  categories: string[],
  expectReader: boolean,
  before: ((cdp: CDPSession) => Promise<void>) | null,
  after: (page: Page, cdp: CDPSession) => Promise<T>,
): Promise<{ events: TraceEvent[]; value: T }> {
  const page = await context.newPage();
  await page.addInitScript(INIT_SCRIPT);
  const cdp = await context.newCDPSession(page);
  await before?.(cdp);
  // Traced from the browser, not the tab: a tab's trace leaves out the processes it did not start,
  // such as the offscreen document and the service worker that analyze the page.
  const browser = context.browser();
  if (!browser) throw new Error('the bench needs the Browser of its context (for a browser-wide trace)');
  const tracing = await browser.newBrowserCDPSession();
  const events: TraceEvent[] = [];
  tracing.on('Tracing.dataCollected', (e) => void events.push(...(e.value as unknown as TraceEvent[])));
  const complete = new Promise<void>((ok) => tracing.once('Tracing.tracingComplete', () => ok()));
  await tracing.send('Tracing.start', { transferMode: 'ReportEvents', traceConfig: { includedCategories: categories } });
  try {
    await load(page, pageUrl);
    const painted = expectReader ? await waitForPaint(page, PAINT_TIMEOUT_MS) : false;
    await page.waitForTimeout(painted ? AFTER_PAINT_MS : SETTLE_MS);
    const value = await after(page, cdp);
    await tracing.send('Tracing.end');
    await complete;
    return { events, value };
  } finally {
    await tracing.detach().catch(() => {});
    await cdp.detach().catch(() => {});
    await page.close();
  }
}

/**
 * One page in the browser with the extension, traced from before navigation until the reader
 * settled (TRACE_CATEGORIES, no sampling profiler). Then, still traced: the page's state, the heap
 * after GC, the inserted stylesheet, and Readability's parse of the page in the main world, so the
 * extension and Readability are measured under the same conditions.
 */
export async function visitWithExtension(
  context: BrowserContext,
  worker: Worker,
  extensionId: string,
  pageUrl: string,
  expectReader: boolean,
  readabilityLoader: string,
): Promise<ExtensionVisit> {
  const extensionRequests: string[] = [];
  const watch = async (cdp: CDPSession) => {
    const prefix = `chrome-extension://${extensionId}/`;
    cdp.on('Network.requestWillBeSent', (e) => {
      const frames = [e.initiator.url ?? '', ...(e.initiator.stack?.callFrames.map((f) => f.url) ?? [])];
      if (frames.some((u) => u.startsWith(prefix)) && !e.request.url.startsWith(prefix)) extensionRequests.push(e.request.url);
    });
    await cdp.send('Network.enable');
  };
  const { events, value } = await tracedVisit(context, pageUrl, TRACE_CATEGORIES, expectReader, watch, async (page, cdp) => {
    const state = await page.evaluate(readPageState);
    const heap = await heapMB(cdp);
    const cssBytes = await insertedCssBytes(worker, page.url());
    await page.evaluate(readabilityLoader);
    const readability = await page.evaluate(runReadability);
    return { state, heap, cssBytes, readability };
  });
  return { trace: analyzePageTrace(events, extensionId), extensionRequests, state: value.state, heapMB: value.heap, cssBytes: value.cssBytes, readability: value.readability };
}

/** The same visit with V8's sampling profiler (PROFILE_CATEGORIES): what the event spans miss, and the extension's other threads. */
export async function profiledVisit(context: BrowserContext, extensionId: string, pageUrl: string, expectPaint: boolean): Promise<PageTrace> {
  const { events } = await tracedVisit(context, pageUrl, PROFILE_CATEGORIES, expectPaint, null, async () => null);
  return analyzePageTrace(events, extensionId);
}

export interface BaselineVisit {
  state: PageState;
  heapMB: number;
  readability: ReadabilityTiming;
  anchoring: AnchoringTiming | null;
  /** For the 1 MB page: the DESIGN budget's case, 200 of its quotes. */
  anchoring200: AnchoringTiming | null;
}

/**
 * The same page in the browser without the extension: its own long tasks and heap, Readability
 * untraced, and the reader's anchoring step timed on the analyzer's quotes (lib/anchoring bundled
 * for the page: the reader exposes nothing to measure from outside).
 */
export async function visitWithout(
  context: BrowserContext,
  pageUrl: string,
  readabilityLoader: string,
  anchoring: { bundle: string; global: string; quotes: QuoteSelector[]; quotes200: QuoteSelector[] | null } | null,
  waitMs: number,
): Promise<BaselineVisit> {
  const page = await context.newPage();
  await page.addInitScript(INIT_SCRIPT);
  const cdp = await context.newCDPSession(page);
  try {
    await load(page, pageUrl);
    await page.waitForTimeout(waitMs);
    const state = await page.evaluate(readPageState);
    const heap = await heapMB(cdp);
    await page.evaluate(readabilityLoader);
    const readability = await page.evaluate(runReadability);
    let timing: AnchoringTiming | null = null;
    let timing200: AnchoringTiming | null = null;
    if (anchoring) {
      await page.evaluate(`(() => { ${anchoring.bundle}\n; window.${anchoring.global} = ${anchoring.global}; })()`);
      const time = (quotes: QuoteSelector[]) =>
        page.evaluate(
          ([global, q]) => (window as unknown as Record<string, { timeAnchoring(q: QuoteSelector[], runs: number): AnchoringTiming }>)[global]!.timeAnchoring(q, 5),
          [anchoring.global, quotes] as const,
        );
      if (anchoring.quotes200) timing200 = await time(anchoring.quotes200);
      if (anchoring.quotes.length > 0) timing = await time(anchoring.quotes);
    }
    return { state, heapMB: heap, readability, anchoring: timing, anchoring200: timing200 };
  } finally {
    await cdp.detach().catch(() => {});
    await page.close();
  }
}

import type { BrowserContext, CDPSession, Page } from 'playwright-core';
import { INIT_SCRIPT, type PageState, readPageState } from './page-probes';

/** What one tab holds after a navigation, once the page (and the reader, if any) has settled. */
export interface NavigationSnapshot {
  navigation: number;
  /** Which of the two articles is shown. */
  article: 'a' | 'b';
  highlightNames: string[];
  highlightRanges: number;
  shadowHosts: number;
  /** JS heap of the tab's renderer (every world) after a full GC, MB. */
  heapMB: number;
  /** Objects alive in the extension's isolated world after GC, by interface; null without the extension. */
  extensionObjects: { Range: number; MutationObserver: number; ShadowRoot: number } | null;
}

export interface NavigationRun {
  mode: 'full' | 'spa';
  snapshots: NavigationSnapshot[];
}

export interface NavigationOptions {
  /** The two articles' URLs; for `spa`, one URL of the SPA page (`/spa/a/`). */
  urls: { a: string; b: string };
  mode: 'full' | 'spa';
  navigations: number;
  /** Navigations after which a snapshot is taken (0 = the first load). */
  snapshotAt: readonly number[];
  /** Whether the browser has the extension: then each navigation waits for its highlights. */
  withExtension: boolean;
  timeoutMs?: number;
}

/** The id of the extension's isolated world in the top frame ("Lodestone", WXT's world name), tracked through CDP. */
function trackIsolatedWorld(cdp: CDPSession): () => number | null {
  const worlds = new Map<number, string>();
  cdp.on('Runtime.executionContextCreated', (e: { context: { id: number; name: string; auxData?: { type?: string; isDefault?: boolean } } }) => {
    if (e.context.auxData?.type === 'isolated' && /lodestone/i.test(e.context.name)) worlds.set(e.context.id, e.context.name);
  });
  cdp.on('Runtime.executionContextDestroyed', (e: { executionContextId: number }) => void worlds.delete(e.executionContextId));
  cdp.on('Runtime.executionContextsCleared', () => worlds.clear());
  return () => [...worlds.keys()].pop() ?? null;
}

async function countObjects(cdp: CDPSession, contextId: number, name: string): Promise<number> {
  const proto = (await cdp.send('Runtime.evaluate', { expression: `${name}.prototype`, contextId, objectGroup: 'lodestone-bench' })) as {
    result: { objectId?: string };
  };
  if (!proto.result.objectId) return Number.NaN;
  const found = (await cdp.send('Runtime.queryObjects', { prototypeObjectId: proto.result.objectId, objectGroup: 'lodestone-bench' })) as {
    objects: { objectId?: string };
  };
  const length = (await cdp.send('Runtime.callFunctionOn', {
    objectId: found.objects.objectId!,
    functionDeclaration: 'function () { return this.length; }',
    returnByValue: true,
  })) as { result: { value: number } };
  return length.result.value;
}

async function heapMB(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
  return usedSize / 1024 / 1024;
}

/** Polls the page (main world) until `ready` holds; evaluate, not waitForFunction, which a page's CSP can block. */
async function until(page: Page, ready: (s: PageState & { paintedTexts: string[]; appText: string }) => boolean, timeoutMs: number): Promise<boolean> {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    const state = await page.evaluate(() => {
      const texts: string[] = [];
      for (const [name, h] of CSS.highlights) if (name.startsWith('lodestone-') && !name.startsWith('lodestone-focus-')) for (const r of h) texts.push(r.toString());
      return { texts, app: (document.getElementById('app') ?? document.body).textContent ?? '' };
    });
    const s = { ...(await page.evaluate(readPageState)), paintedTexts: state.texts, appText: state.app };
    if (ready(s)) return true;
    await page.waitForTimeout(100);
  }
  return false;
}

const SETTLE_MS = 700;

/**
 * `navigations` navigations alternating between two articles in one tab (full page loads, or
 * pushState in an SPA), with a snapshot of highlights, shadow hosts, heap and the extension world's
 * live objects at the chosen navigations. With the extension, each navigation waits until the new
 * article's highlights are painted (every range non-empty and inside the shown article), then lets
 * the reader settle; without it, the same pause.
 */
export async function runNavigations(context: BrowserContext, options: NavigationOptions): Promise<NavigationRun> {
  const timeout = options.timeoutMs ?? 30_000;
  const page = await context.newPage();
  await page.addInitScript(INIT_SCRIPT);
  const cdp = await context.newCDPSession(page);
  const isolatedWorld = trackIsolatedWorld(cdp);
  await cdp.send('Runtime.enable');
  const snapshots: NavigationSnapshot[] = [];
  try {
    for (let n = 0; n <= options.navigations; n += 1) {
      const article = n % 2 === 0 ? 'a' : 'b';
      if (options.mode === 'full' || n === 0) await page.goto(options.mode === 'full' ? options.urls[article] : options.urls.a, { waitUntil: 'load' });
      else await page.evaluate((key) => (window as unknown as { __lodestoneBenchNavigate(k: string): void }).__lodestoneBenchNavigate(key), article);
      if (options.withExtension) {
        const painted = await until(
          page,
          (s) => s.paintedTexts.length > 0 && s.paintedTexts.every((t) => t.trim() !== '' && s.appText.includes(t)),
          timeout,
        );
        if (!painted) throw new Error(`navigation ${n} (${options.mode}, article ${article}): no highlights of the new article within ${timeout} ms`);
      }
      await page.waitForTimeout(SETTLE_MS);
      if (!options.snapshotAt.includes(n)) continue;
      const state = await page.evaluate(readPageState);
      const heap = await heapMB(cdp);
      const world = options.withExtension ? isolatedWorld() : null;
      const extensionObjects =
        world === null
          ? null
          : {
              Range: await countObjects(cdp, world, 'Range'),
              MutationObserver: await countObjects(cdp, world, 'MutationObserver'),
              ShadowRoot: await countObjects(cdp, world, 'ShadowRoot'),
            };
      await cdp.send('Runtime.releaseObjectGroup', { objectGroup: 'lodestone-bench' });
      snapshots.push({ navigation: n, article, highlightNames: state.highlightNames, highlightRanges: state.highlightRanges, shadowHosts: state.shadowHosts, heapMB: heap, extensionObjects });
    }
  } finally {
    await cdp.detach().catch(() => {});
    await page.close();
  }
  return { mode: options.mode, snapshots };
}

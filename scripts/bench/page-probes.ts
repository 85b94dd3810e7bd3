/**
 * What the bench runs in the page's main world (never in the extension's): installed before the
 * page's own scripts (addInitScript) in the top frame only.
 *
 * - long tasks: a PerformanceObserver('longtask') from the start, with and without the extension;
 * - highlights painted: the Highlight API fires no event, so a requestAnimationFrame loop looks for
 *   a `lodestone-*` highlight each frame; the first frame that has one is the frame that paints it
 *   (rAF callbacks run before that frame's paint). It marks `lodestone-bench-painted`, which the
 *   trace records in its own clock;
 * - `lodestone-bench-origin`: a mark made at once, to relate the page's clock to the trace's.
 * The loop stops after 60 s or at the first highlight; its cost (one Map lookup per frame) is paid
 * in both browsers alike.
 */
export const INIT_SCRIPT = `(() => {
  if (window.top !== window) return;
  const bench = { longTasks: [], paintedAt: null };
  Object.defineProperty(window, '__lodestoneBench', { value: bench });
  performance.mark('lodestone-bench-origin');
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) bench.longTasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch {}
  const start = performance.now();
  const raf = window.requestAnimationFrame.bind(window);
  const poll = () => {
    if (typeof CSS !== 'undefined' && CSS.highlights) {
      for (const name of CSS.highlights.keys()) {
        if (String(name).startsWith('lodestone-')) {
          bench.paintedAt = performance.now();
          performance.mark('lodestone-bench-painted');
          return;
        }
      }
    }
    if (performance.now() - start < 60000) raf(poll);
  };
  raf(poll);
})();`;

export interface PageState {
  longTasks: { start: number; duration: number }[];
  paintedAt: number | null;
  /** When the bench's origin mark was made (page clock), to map trace timestamps to the page's clock. */
  originAt: number;
  /** Navigation timing: the end of the load event (the page is idle then: every subresource is local). */
  loadEventEnd: number;
  /** `lodestone-*` highlights: names and ranges registered. */
  highlightNames: string[];
  highlightRanges: number;
  /** Elements named `lodestone-*` (the reader's shadow-root hosts). */
  shadowHosts: number;
}

/** Reads the probes' results and the extension's visible traces in the page (main world). */
export function readPageState(): PageState {
  const bench = (window as unknown as { __lodestoneBench?: { longTasks: PageState['longTasks']; paintedAt: number | null } }).__lodestoneBench;
  const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
  const names: string[] = [];
  let ranges = 0;
  for (const [name, h] of CSS.highlights) {
    if (!name.startsWith('lodestone-')) continue;
    names.push(name);
    ranges += h.size;
  }
  let hosts = 0;
  for (const el of document.querySelectorAll('*')) if (el.tagName.startsWith('LODESTONE-')) hosts += 1;
  return {
    longTasks: bench?.longTasks ?? [],
    paintedAt: bench?.paintedAt ?? null,
    originAt: performance.getEntriesByName('lodestone-bench-origin')[0]?.startTime ?? Number.NaN,
    loadEventEnd: nav?.loadEventEnd ?? Number.NaN,
    highlightNames: names.sort(),
    highlightRanges: ranges,
    shadowHosts: hosts,
  };
}

export interface ReadabilityTiming {
  cloneMs: number;
  parseMs: number;
  textLength: number;
}

/**
 * Readability's own parse of the page on the main thread: what an extension that ran Readability
 * in the page would cost. The library was evaluated beforehand (its compile is not counted); the
 * document is cloned first, as Readability mutates what it parses; the parse runs cold, once.
 */
export function runReadability(): ReadabilityTiming {
  const Readability = (window as unknown as { __lodestoneBenchReadability: new (doc: Document) => { parse(): { textContent?: string | null } | null } })
    .__lodestoneBenchReadability;
  const t0 = performance.now();
  const clone = document.cloneNode(true) as Document;
  const t1 = performance.now();
  let text = 0;
  try {
    text = new Readability(clone).parse()?.textContent?.length ?? 0;
  } catch {
    text = -1;
  }
  const t2 = performance.now();
  return { cloneMs: t1 - t0, parseMs: t2 - t1, textLength: text };
}

/** Wraps Readability's source (a classic script) so that evaluating it defines the bench's global only. */
export function readabilityLoader(source: string): string {
  return `(() => { const module = undefined; ${source}\n; Object.defineProperty(window, '__lodestoneBenchReadability', { value: Readability, configurable: true }); })()`;
}

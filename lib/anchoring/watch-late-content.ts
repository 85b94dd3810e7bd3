import { isExtensionUi } from './skipped-elements';

/** What changed in the page's text since the last report. */
export interface MutationSummary {
  /** Characters of text added (capped: only "a little" versus "a lot" matters). */
  addedChars: number;
  /** Text was removed or rewritten in place: ranges may be broken. */
  changed: boolean;
}

export interface LateContentOptions {
  /** Stops the watcher (the content script's `ctx.signal`). */
  signal: AbortSignal;
  /** Quiet time after the last mutation before reporting. */
  quietMs?: number;
  /** Longest wait for quiet: a page that never stops mutating (a ticker) still gets a report. */
  maxWaitMs?: number;
  /** Least time between two reports. */
  minIntervalMs?: number;
  /** Reports that did work (the callback returned true) before the watcher stops for good. */
  maxRuns?: number;
}

export interface LateContentWatcher {
  /** Gives back the full budget of runs (after an SPA navigation: a new article). */
  reset(): void;
  /** Reports now what has accumulated, if anything (no wait, no budget change). */
  flush(): void;
}

// Why these defaults. A new analysis serializes the page on its thread (≤ 13 ms on the corpus)
// and parses it off the thread (Readability up to 235 ms on the corpus, DESIGN): at most one
// every 2 s, and 8 per article, keeps an infinite-scroll page from turning the extension into a
// steady cost. 400 ms of quiet groups the mutations of one insertion (a "read more", a hydration
// pass) into one report without making the reader wait long; 3 s bounds the wait on a page that
// never stops mutating. These are chosen bounds, not measured optima.
const QUIET_MS = 400;
const MAX_WAIT_MS = 3_000;
const MIN_INTERVAL_MS = 2_000;
const MAX_RUNS = 8;
/** The defaults, for tests that check the bounds hold in a real browser (test/e2e/hostile-pages.e2e.ts). */
export const LATE_CONTENT_DEFAULTS = { quietMs: QUIET_MS, maxWaitMs: MAX_WAIT_MS, minIntervalMs: MIN_INTERVAL_MS, maxRuns: MAX_RUNS } as const;
/** Records inspected per batch and characters counted: bounds the observer's own cost. */
const MAX_RECORDS = 500;
const ADDED_CAP = 100_000;

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

function insideExtensionUi(node: Node | null): boolean {
  for (let n: Node | null = node; n; n = n.parentNode) {
    if (n.nodeType === ELEMENT_NODE && isExtensionUi(n as Element)) return true;
  }
  return false;
}

function textLength(node: Node): number {
  if (node.nodeType === TEXT_NODE) return (node as Text).data.trim().length;
  if (node.nodeType !== ELEMENT_NODE) return 0;
  const el = node as Element;
  if (isExtensionUi(el) || /^(SCRIPT|STYLE|NOSCRIPT|TEMPLATE|LINK|META)$/i.test(el.tagName)) return 0;
  return el.textContent?.trim().length ?? 0;
}

/**
 * Watches `root` for text that arrives or changes after the first analysis ("read more",
 * infinite scroll, hydration, re-rendering) and calls `onSettled` once things are quiet, at most
 * once per `minIntervalMs`, until `maxRuns` calls have reported doing work. Mutations inside the
 * extension's own `lodestone-*` elements are ignored, so painting never triggers itself.
 */
export function watchLateContent(
  root: Node,
  onSettled: (summary: MutationSummary) => boolean | Promise<boolean>,
  options: LateContentOptions,
): LateContentWatcher {
  const quietMs = options.quietMs ?? QUIET_MS;
  const maxWaitMs = options.maxWaitMs ?? MAX_WAIT_MS;
  const minIntervalMs = options.minIntervalMs ?? MIN_INTERVAL_MS;
  const maxRuns = options.maxRuns ?? MAX_RUNS;
  let runs = 0;
  let pending: MutationSummary | null = null;
  let firstPendingAt = 0;
  let lastRunAt = -Infinity;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let running = false;

  const observer = new MutationObserver((records) => {
    const summary = summarize(records);
    if (!summary) return;
    if (!pending) {
      pending = { addedChars: 0, changed: false };
      firstPendingAt = Date.now();
    }
    pending.addedChars = Math.min(ADDED_CAP, pending.addedChars + summary.addedChars);
    pending.changed ||= summary.changed;
    schedule();
  });

  function schedule(): void {
    if (!pending || options.signal.aborted) return;
    clearTimeout(timer);
    const now = Date.now();
    const quietAt = Math.min(now + quietMs, firstPendingAt + maxWaitMs);
    const at = Math.max(quietAt, lastRunAt + minIntervalMs);
    timer = setTimeout(run, Math.max(0, at - now));
  }

  async function run(): Promise<void> {
    if (!pending || options.signal.aborted) return;
    if (running) {
      schedule();
      return;
    }
    const summary = pending;
    pending = null;
    running = true;
    lastRunAt = Date.now();
    try {
      if (await onSettled(summary)) runs += 1;
    } catch {
      // The callback's failure is its own to report; the watcher keeps its budget accounting.
      runs += 1;
    } finally {
      running = false;
    }
    if (runs >= maxRuns) stop();
    else schedule();
  }

  function start(): void {
    observer.observe(root, { childList: true, subtree: true, characterData: true });
  }

  function stop(): void {
    observer.disconnect();
    clearTimeout(timer);
    pending = null;
  }

  options.signal.addEventListener('abort', stop, { once: true });
  if (!options.signal.aborted) start();

  return {
    reset() {
      if (options.signal.aborted) return;
      if (runs >= maxRuns) start();
      runs = 0;
    },
    flush() {
      if (!pending || options.signal.aborted) return;
      clearTimeout(timer);
      void run();
    },
  };
}

/** The part of a batch of mutation records that concerns the page's text; null if none does. */
function summarize(records: MutationRecord[]): MutationSummary | null {
  let addedChars = 0;
  let changed = false;
  for (let i = 0; i < records.length && i < MAX_RECORDS; i += 1) {
    const record = records[i]!;
    if (insideExtensionUi(record.target)) continue;
    if (record.type === 'characterData') {
      changed = true;
      continue;
    }
    for (const node of record.addedNodes) {
      if (addedChars < ADDED_CAP) addedChars += textLength(node);
    }
    for (const node of record.removedNodes) {
      if (!changed && textLength(node) > 0) changed = true;
    }
  }
  return addedChars > 0 || changed ? { addedChars, changed } : null;
}

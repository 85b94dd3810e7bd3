/**
 * Long work spread over several tasks of the page, so that the page keeps answering its reader:
 * on the bench's 5 MB article, anchoring its 9,510 signals in one go held the page's main thread
 * for 131–159 ms in Chromium (building the text index alone 53–75 ms). The work is a generator of
 * small steps; a Slicer says when a slice has run long enough and ends it.
 */
export interface Slicer {
  /** True when the current slice has had its time. */
  due(): boolean;
  /** Ends the slice: resolves in a later task, to false when the work is no longer wanted. */
  pause(): Promise<boolean>;
}

/**
 * A slicer that gives each slice `budgetMs` of the clock and at least `minSteps` steps, and pauses
 * with `next` (e.g. a timer to the next task, which resolves to false once the work is stale). The
 * step floor keeps a short piece of work in one task whatever the clock says (a slow or busy
 * machine, jsdom): splitting it would only delay its end.
 */
export function timeSlicer(budgetMs: number, next: () => Promise<boolean>, options: { minSteps?: number; now?: () => number } = {}): Slicer {
  const now = options.now ?? (() => performance.now());
  const minSteps = options.minSteps ?? 0;
  let start = now();
  let steps = 0;
  return {
    due: () => ++steps >= minSteps && now() - start >= budgetMs,
    async pause() {
      const goOn = await next();
      start = now();
      steps = 0;
      return goOn;
    },
  };
}

/** What runInSlices gives: the value at once when the work fit in the first slice, else a promise of it. */
export type Sliced<T> = { value: T } | Promise<{ value: T } | null>;

/**
 * Runs `steps` to its end, pausing between two steps whenever the slice is due; `onPause` runs
 * just before each pause (e.g. to paint what is done so far). Work that fits in the first slice
 * (anchoring an article of ordinary length) ends synchronously, so its caller can paint in the
 * same task; otherwise a promise, of null when the slicer stopped the work.
 */
export function runInSlices<T>(steps: Generator<void, T>, slicer: Slicer, onPause: () => void = () => {}): Sliced<T> {
  for (;;) {
    const next = steps.next();
    if (next.done) return { value: next.value };
    if (slicer.due()) return afterPauses(steps, slicer, onPause);
  }
}

async function afterPauses<T>(steps: Generator<void, T>, slicer: Slicer, onPause: () => void): Promise<{ value: T } | null> {
  for (;;) {
    onPause();
    if (!(await slicer.pause())) {
      steps.return(undefined as T);
      return null;
    }
    for (;;) {
      const next = steps.next();
      if (next.done) return { value: next.value };
      if (slicer.due()) break;
    }
  }
}

import { matchQuote, type MatchQuoteOptions, type QuoteSelector } from './match-quote';
import { type Slicer, runInSlices } from './slices';
import { rangeFromOffsets, runSteps, textIndexSteps, type TextIndex, type TextIndexOptions } from './text-index';

export type AnchorQuotesOptions = MatchQuoteOptions & TextIndexOptions;

function anchorOne(index: TextIndex, quote: QuoteSelector, options: MatchQuoteOptions): { range: Range; start: number } | null {
  try {
    const match = matchQuote(index, quote, options);
    const range = match && rangeFromOffsets(index, match.start, match.end);
    return range ? { range, start: match.start } : null;
  } catch {
    // The DOM changed under the index (a node shortened or detached): this quote is not anchored.
    return null;
  }
}

/**
 * The work of anchorQuotes as small steps (a stretch of the index build, then one quote each):
 * `found(i, range)` is called for every quote, in input order.
 */
export function* anchorSteps(
  root: Node,
  quotes: readonly QuoteSelector[],
  options: AnchorQuotesOptions,
  found: (i: number, range: Range | null) => void,
): Generator<void, void> {
  let index: TextIndex;
  try {
    index = yield* textIndexSteps(root, { skip: options.skip });
  } catch {
    quotes.forEach((_q, i) => found(i, null));
    return;
  }
  // Signals come in document order: each exact search starts where the previous quote was found,
  // so the page text is scanned about once for all of them (anchoring stays linear in its length).
  let from = 0;
  for (let i = 0; i < quotes.length; i += 1) {
    if (i > 0) yield;
    const hit = anchorOne(index, quotes[i]!, { preferWithin: options.preferWithin, maxErrors: options.maxErrors, from });
    if (hit) from = hit.start;
    found(i, hit?.range ?? null);
  }
}

/**
 * Live DOM Ranges for `quotes`, in input order; null for each quote not found. The page text is
 * indexed once for all quotes: a DOM walk per quote would blow the budget of 200 quotes in a 1 MB
 * page within 20 ms (DESIGN). Never throws into the page.
 */
export function anchorQuotes(
  root: Node,
  quotes: readonly QuoteSelector[],
  options: AnchorQuotesOptions = {},
): (Range | null)[] {
  const ranges: (Range | null)[] = [];
  runSteps(anchorSteps(root, quotes, options, (i, range) => (ranges[i] = range)));
  return ranges;
}

/**
 * anchorQuotes spread over tasks by `slicer`: `found` is called for each quote as it is anchored
 * (in input order), and `onPause` before each pause with how many quotes are done, so the caller
 * can paint the first ones while the rest wait. True at once when it all fit in the first slice;
 * else a promise, of false when the slicer stopped the work.
 */
export function anchorQuotesInSlices(
  root: Node,
  quotes: readonly QuoteSelector[],
  options: AnchorQuotesOptions,
  slicer: Slicer,
  found: (i: number, range: Range | null) => void,
  onPause: (done: number) => void = () => {},
): true | Promise<boolean> {
  let done = 0;
  const steps = anchorSteps(root, quotes, options, (i, range) => {
    done = i + 1;
    found(i, range);
  });
  const run = runInSlices(steps, slicer, () => onPause(done));
  return 'value' in run ? true : run.then((r) => r !== null);
}

import { anchorQuotes, anchorQuotesInSlices, type AnchorQuotesOptions } from './anchor-quotes';
import type { QuoteSelector } from './match-quote';
import { anchoredTextOf, isRangeIntact } from './range-intact';
import type { Slicer } from './slices';

/**
 * The live ranges of a fixed list of quotes, kept valid while the page re-renders: `repair`
 * re-anchors only the quotes whose range broke (and, on request, those not found yet), in one
 * index build. Each range remembers the text it covered when anchored, which is how a broken one
 * is recognized (see isRangeIntact).
 */
export class LiveAnchors {
  private readonly ranges: (Range | null)[];
  private readonly texts: (string | null)[];

  constructor(readonly quotes: readonly QuoteSelector[]) {
    this.ranges = quotes.map(() => null);
    this.texts = quotes.map(() => null);
  }

  get size(): number {
    return this.quotes.length;
  }

  /** Anchors every quote. */
  anchorAll(root: Node, options: AnchorQuotesOptions = {}): void {
    this.anchorSome(root, this.quotes.map((_q, i) => i), options);
  }

  /**
   * Anchors every quote over several tasks (see Slicer): the ranges fill in quote order, and
   * `onPause` runs before each pause with how many quotes are done, so the caller can paint those.
   * True at once when it all fit in the first slice; else a promise, of false when the slicer
   * stopped it (the ranges not reached stay null).
   */
  anchorAllInSlices(root: Node, options: AnchorQuotesOptions, slicer: Slicer, onPause?: (done: number) => void): true | Promise<boolean> {
    return anchorQuotesInSlices(root, this.quotes, options, slicer, (i, range) => this.set(i, range), onPause);
  }

  /**
   * Re-anchors the quotes whose range no longer covers its text, plus those never found when
   * `retryMissing` (late content may hold them now). Returns the indexes re-anchored; an empty
   * list costs no index build.
   */
  repair(root: Node, options: AnchorQuotesOptions = {}, retryMissing = false): number[] {
    const todo = this.toRepair(retryMissing);
    if (todo.length > 0) this.anchorSome(root, todo, options);
    return todo;
  }

  /**
   * repair spread over tasks (see Slicer): on a 5 MB page the index build and the match of every
   * quote it takes are 130–160 ms of the page's thread. Resolves to the indexes re-anchored, or
   * null when the slicer stopped it (those reached keep their new range).
   */
  async repairInSlices(root: Node, options: AnchorQuotesOptions, slicer: Slicer, retryMissing = false): Promise<number[] | null> {
    const todo = this.toRepair(retryMissing);
    if (todo.length === 0) return todo;
    const wanted = new Set(todo);
    const finished = await anchorQuotesInSlices(root, this.quotes, options, slicer, (i, range) => {
      if (wanted.has(i)) this.set(i, range);
    });
    return finished ? todo : null;
  }

  private toRepair(retryMissing: boolean): number[] {
    const todo: number[] = [];
    for (let i = 0; i < this.quotes.length; i += 1) {
      const range = this.ranges[i];
      if (range ? !isRangeIntact(range, this.texts[i]!) : retryMissing) todo.push(i);
    }
    return todo;
  }

  /** Whether the quote's range is missing or broken (a cheap check, no re-anchoring). */
  isBroken(i: number): boolean {
    const range = this.ranges[i];
    return !range || !isRangeIntact(range, this.texts[i]!);
  }

  /** The quote's range as last anchored (null when not found); see repair for keeping it valid. */
  range(i: number): Range | null {
    return this.ranges[i] ?? null;
  }

  /** All ranges, in quote order. */
  all(): readonly (Range | null)[] {
    return this.ranges;
  }

  /**
   * Every quote is matched, in order, and only `indexes` take the result: each search starts where
   * the quote before it was found (anchorQuotes), so a repaired quote lands where anchorAll put it
   * (a sentence that occurs twice keeps its occurrence), not on the first occurrence in the page.
   * Matching all of them costs little next to the index build (2,354 quotes in 1 MB: ~23 ms).
   */
  private anchorSome(root: Node, indexes: readonly number[], options: AnchorQuotesOptions): void {
    const found = anchorQuotes(root, this.quotes, options);
    indexes.forEach((i) => this.set(i, found[i] ?? null));
  }

  private set(i: number, range: Range | null): void {
    this.ranges[i] = range;
    this.texts[i] = range ? anchoredTextOf(range) : null;
  }
}

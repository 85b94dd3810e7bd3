import { offsetAtBoundary, sourceText } from './index-offsets';
import type { QuoteSelector } from './match-quote';
import { buildTextIndex, type TextIndex, type TextIndexOptions } from './text-index';

export interface DescribeRangeOptions extends TextIndexOptions {
  /** Characters of context kept on each side; clips store at most 200 (lib/clips/clip-schema.ts). */
  context?: number;
  /** An index of the page already built (the reader keeps one); built from `root` otherwise. */
  index?: TextIndex;
}

/** Enough context to tell two copies of a sentence apart without storing a paragraph. */
const DEFAULT_CONTEXT = 64;

/**
 * The selector of a live range (the reader's selection): its visible text as the page shows it,
 * up to `context` characters before and after, and its offset in the normalized page text as a
 * position hint. Null when the range covers no visible text. This is the inverse of anchoring:
 * `anchorQuotes(root, [describeRange(root, range)])` finds the same text again.
 */
export function describeRange(root: Node, range: AbstractRange, options: DescribeRangeOptions = {}): QuoteSelector | null {
  try {
    const index = options.index ?? buildTextIndex(root, { skip: options.skip });
    const start = offsetAtBoundary(index, range.startContainer, range.startOffset, 'start');
    const end = offsetAtBoundary(index, range.endContainer, range.endOffset, 'end');
    if (start === null || end === null || end <= start) return null;
    const exact = sourceText(index, start, end).trim();
    if (!exact) return null;
    const context = Math.max(0, options.context ?? DEFAULT_CONTEXT);
    return {
      exact,
      prefix: sourceText(index, Math.max(0, start - context), start),
      suffix: sourceText(index, end, end + context),
      position: start,
    };
  } catch {
    // A DOM changing under us, or a range from another document: nothing to describe.
    return null;
  }
}

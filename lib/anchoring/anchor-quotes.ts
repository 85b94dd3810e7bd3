import { matchQuote, type MatchQuoteOptions, type QuoteSelector } from './match-quote';
import { buildTextIndex, rangeFromOffsets, type TextIndex, type TextIndexOptions } from './text-index';

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
 * Live DOM Ranges for `quotes`, in input order; null for each quote not found. The page text is
 * indexed once for all quotes: a DOM walk per quote would blow the budget of 200 quotes in a 1 MB
 * page within 20 ms (DESIGN). Never throws into the page.
 */
export function anchorQuotes(
  root: Node,
  quotes: readonly QuoteSelector[],
  options: AnchorQuotesOptions = {},
): (Range | null)[] {
  let index: TextIndex;
  try {
    index = buildTextIndex(root, { skip: options.skip });
  } catch {
    return quotes.map(() => null);
  }
  // Signals come in document order: each exact search starts where the previous quote was found.
  let from = 0;
  return quotes.map((quote) => {
    const found = anchorOne(index, quote, { preferWithin: options.preferWithin, maxErrors: options.maxErrors, from });
    if (found) from = found.start;
    return found?.range ?? null;
  });
}

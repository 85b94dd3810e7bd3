import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nonClaimReason } from '../../../lib/analysis/non-claim';
import { textCounts } from '../../../lib/analysis/text-counts';

/** Each count must be what its expression finds, on any text. */
describe('textCounts', () => {
  const byExpressions = (text: string) => ({
    words: text.match(/[\p{L}\p{N}][\p{L}\p{M}\p{N}'’.-]*/gu)?.length ?? 0,
    letters: text.match(/\p{L}/gu)?.length ?? 0,
    numbers: text.match(/\p{N}/gu)?.length ?? 0,
    unspaced: text.match(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu)?.length ?? 0,
  });

  it('counts a sentence', () => {
    expect(textCounts('U.S. output rose 12.5% to 3,000 t; 稀土 prices — 한국.')).toEqual(byExpressions('U.S. output rose 12.5% to 3,000 t; 稀土 prices — 한국.'));
  });

  it('agrees with the expressions on generated texts', () => {
    const unit = fc.oneof(
      fc.constantFrom('a', 'Z', '9', ' ', "'", '’', '.', '-', '\u0301', 'é', 'ſ', '٣', 'Ⅻ', '中', 'カ', 'ー', '한', '㈀', '𝔸', '𠀀', '🙂', '\ud800', '\udc00', ','),
      fc.string({ maxLength: 1 }),
    );
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 30 }), (text) => {
        expect(textCounts(text)).toEqual(byExpressions(text));
      }),
      { numRuns: 2000 },
    );
  });

  // nonClaimReason's walk over the words keeps the counts of the sentence it read for the features.
  it('agrees with the expressions after nonClaimReason read the text', () => {
    const unit = fc.constantFrom('a', 'Z', 'The', 'rose', '9', ' ', "'", '’', '.', '-', '\u0301', 'é', '٣', 'Ⅻ', '中', 'カ', 'ー', '한', '⺀', '〇', '𝔸', '🙂', '\ud800', ',', '?');
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 30 }), (sentence) => {
        nonClaimReason(sentence);
        const text = sentence.trim();
        expect(textCounts(text)).toEqual(byExpressions(text));
      }),
      { numRuns: 2000 },
    );
  });
});

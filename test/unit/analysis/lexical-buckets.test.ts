import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lexicalBuckets } from '../../../lib/analysis/lexical-buckets';
import { LEXICAL_BUCKETS, lexicalFeatures } from '../../../lib/analysis/signal-features';

/** The buckets as signal-features.ts defined them: two matchAll scans, a string per token, a Set. */
function bucketsByExpressions(sentence: string): Int32Array {
  const LEXICAL_WORD = /[\p{L}\p{M}]{2,}|\p{N}+(?:[.,]\p{N}+)*/gu;
  const UNSPACED_RUN = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]+/gu;
  const hashToken = (token: string): number => {
    let h = 0x811c9dc5;
    for (let i = 0; i < token.length; i++) {
      h ^= token.charCodeAt(i);
      h = Math.imul(h, 0x01000193);
    }
    return (h >>> 0) % LEXICAL_BUCKETS;
  };
  const buckets = new Set<number>();
  const lower = sentence.toLowerCase();
  for (const m of lower.matchAll(LEXICAL_WORD)) {
    const word = m[0];
    if (UNSPACED_RUN.test(word)) {
      UNSPACED_RUN.lastIndex = 0;
      continue;
    }
    UNSPACED_RUN.lastIndex = 0;
    buckets.add(hashToken(/^\p{N}/u.test(word) ? '#num' : word.slice(0, 6)));
  }
  for (const m of lower.matchAll(UNSPACED_RUN)) {
    const run = [...m[0]];
    for (let i = 0; i + 1 < run.length; i++) buckets.add(hashToken(`${run[i]}${run[i + 1]}`));
    if (run.length === 1) buckets.add(hashToken(run[0] as string));
  }
  return Int32Array.from([...buckets].sort((a, b) => a - b));
}

describe('lexicalBuckets', () => {
  it.each([
    'NdPr oxide prices rose 12.5% to 560,000 yuan/t in Q3 2025.',
    '中国稀土集团 raised output; 한국 magnets, レアアース 価格.',
    'İstanbul ſhipments 〇〡 ㈀ e\u0301te 𝔸𝔹 🙂 1.2.3,4 .5 a1b2',
  ])('gives the buckets of the definition: %s', (sentence) => {
    expect(lexicalFeatures(sentence)).toEqual(bucketsByExpressions(sentence));
  });

  it('agrees with the definition on generated sentences', () => {
    const unit = fc.oneof(
      fc.constantFrom('a', 'Z', 'é', '\u0301', 'İ', 'ſ', '9', '٣', 'Ⅻ', '〇', '.', ',', ' ', '中', '国', 'カ', 'ー', '한', '㈀', '𠀀', '𝔸', '🙂', '\ud800', '\udc00'),
      fc.string({ maxLength: 1 }),
    );
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 40 }), (sentence) => {
        expect(lexicalBuckets(sentence, LEXICAL_BUCKETS)).toEqual(bucketsByExpressions(sentence));
      }),
      { numRuns: 3000 },
    );
  });
});

import { describe, expect, it } from 'vitest';
import { CONCENTRATION_CLAIMS_BEYOND_ENGLISH, OTHER_MARKETS_BEYOND_ENGLISH, PROJECT_STAGES_BEYOND_ENGLISH } from '../../../lib/analysis/cue-families';
import { FOLDS_TO_WORD_CHARS, WordPattern } from '../../../lib/analysis/word-pattern';

/**
 * The lower-cased prefilter must never change the answer: a sentence is answered "no" without the
 * expression only when the expression cannot match it. Sentences written for these tests.
 */
const LISTS = { 'other markets': OTHER_MARKETS_BEYOND_ENGLISH, 'project stages': PROJECT_STAGES_BEYOND_ENGLISH, 'concentration claims': CONCENTRATION_CLAIMS_BEYOND_ENGLISH };

describe('WordPattern', () => {
  for (const [name, words] of Object.entries(LISTS)) {
    it(`every code point that the ${name} expression folds onto a letter of the words lower-cases to it, or is a listed outlier`, () => {
      const letters = new Set([...words.join('').toLowerCase()]);
      const klass = new RegExp(`^[${[...letters].map((c) => c.replace(/[-\\\]^]/g, '\\$&')).join('')}]$`, 'iu');
      const missed: string[] = [];
      for (let cp = 0; cp <= 0x10ffff; cp++) {
        if (cp >= 0xd800 && cp <= 0xdfff) continue;
        const c = String.fromCodePoint(cp);
        if (!klass.test(c)) continue;
        const lower = c.toLowerCase();
        if (letters.has(lower) && new RegExp(`^${lower.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`, 'iu').test(c)) continue;
        if (!FOLDS_TO_WORD_CHARS.test(c)) missed.push(cp.toString(16));
      }
      expect(missed).toEqual([]);
    });

    it(`answers as the plain ${name} expression`, () => {
      const pattern = new WordPattern(words);
      const samples = [
        'The company said output rose at its new plant.',
        'Prices of crude and gas fell sharply on Monday.',
        ...words.slice(0, 40).map((w) => `Reports said ${w.replace('*', 'ов')} was up.`),
        ...words.slice(0, 40).map((w) => `Reports said x${w.replace('*', '')}y was up.`),
        ...words.slice(0, 40).map((w) => w.replace('*', '').toUpperCase()),
        'Der ſtahlpreis und das Ⅽ', 'ᲀ ᲂ ᲃ', 'İ ı K Å',
      ];
      for (const s of samples) expect(pattern.test(s), s).toBe(pattern.expression.test(s));
    });
  }
});

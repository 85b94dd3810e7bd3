import { lowerCase } from './required-literals';

/**
 * Words and stems (`*`) on word boundaries, substrings in Chinese, Japanese and Korean,
 * case-insensitive (cue-families.ts's lists beyond English), asked only whether a sentence has one.
 *
 * Why not the plain expression alone: an alternation of ~100 words, each behind its own lookbehind,
 * is tried at every character under `iu`, and V8 has no literal to skip ahead by. Measured on the
 * real-news excerpts, the other-market and project-stage expressions took 17 % of the engine's time
 * (CPU profile); almost no sentence has one of these words. So the lower-cased sentence (the one the
 * other stages read, required-literals.ts's lowerCase) is first searched for the lower-cased words,
 * and the expression runs only on a sentence that has one: the answer is the expression's.
 */
export class WordPattern {
  readonly expression: RegExp;
  private readonly literals: readonly string[];

  constructor(words: readonly string[]) {
    const alternatives = words.map((w) => {
      const stem = w.endsWith('*');
      const word = (stem ? w.slice(0, -1) : w).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      return /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u.test(word) ? word : `(?<![\\p{L}\\p{N}])${word}${stem ? '' : '(?![\\p{L}\\p{N}])'}`;
    });
    this.expression = new RegExp(alternatives.join('|'), 'iu');
    const lower = words.map((w) => (w.endsWith('*') ? w.slice(0, -1) : w).toLowerCase());
    // A word that contains another is found wherever the shorter one is.
    this.literals = [...new Set(lower)].filter((a, _i, all) => !all.some((b) => b !== a && a.includes(b)));
  }

  test(text: string): boolean {
    if (!FOLDS_TO_WORD_CHARS.test(text)) {
      const lower = lowerCase(text);
      let found = false;
      for (const literal of this.literals) {
        if (lower.includes(literal)) {
          found = true;
          break;
        }
      }
      if (!found) return false;
    }
    return this.expression.test(text);
  }
}

/**
 * Characters that the `iu` expression matches to a letter of the words but toLowerCase does not
 * turn into that letter: ſ (long s, folds to s), K (Kelvin sign, k), Å (Ångström sign, å) and the
 * old Cyrillic letter forms ᲀ–ᲈ (fold to в д о с т ъ ѣ ꙋ). A sentence with one runs the expression
 * directly. test/unit/analysis/word-pattern.test.ts checks every code point against the words.
 */
export const FOLDS_TO_WORD_CHARS = /[\u017f\u212a\u212b\u1c80-\u1c88]/u;

import { lowerCase } from './required-literals';

/**
 * Words and stems (`*`) on word boundaries, substrings in Chinese, Japanese and Korean,
 * case-insensitive (cue-families.ts's lists beyond English), asked only whether a sentence has one.
 *
 * Why not the plain expression alone: an alternation of ~100 words, each behind its own lookbehind,
 * is tried at every character under `iu`, and V8 has no literal to skip ahead by. Measured on the
 * real-news excerpts, the other-market and project-stage expressions took 17 % of the engine's time
 * (CPU profile); almost no sentence has one of these words. So the lower-cased sentence (the one the
 * other stages read, required-literals.ts's lowerCase) is first searched for the lower-cased words
 * (a trie of code units), and only the words found there are tried, each with its own expression: a
 * word whose lower-cased form is not in the sentence cannot match, so the answer is the expression's.
 */
export class WordPattern {
  readonly expression: RegExp;
  /** Each word's own expression (an alternative of `expression`). */
  private readonly wordExpressions: readonly RegExp[];
  /**
   * The lower-cased words as a trie of code units (edge key: node * 0x10000 + code unit), the words
   * ending at each node, and their first code units.
   */
  private readonly edges = new Map<number, number>();
  private readonly ends: (number[] | null)[] = [null];
  private readonly first = new Uint32Array(0x10000 >>> 5);
  private plain = false;

  constructor(words: readonly string[]) {
    const alternatives = words.map((w) => {
      const stem = w.endsWith('*');
      const word = (stem ? w.slice(0, -1) : w).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      return /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u.test(word) ? word : `(?<![\\p{L}\\p{N}])${word}${stem ? '' : '(?![\\p{L}\\p{N}])'}`;
    });
    this.expression = new RegExp(alternatives.join('|'), 'iu');
    this.wordExpressions = alternatives.map((alternative) => new RegExp(alternative, 'iu'));
    for (const [index, w] of words.entries()) {
      const literal = (w.endsWith('*') ? w.slice(0, -1) : w).toLowerCase();
      if (literal === '') {
        // An empty word matches without a literal: the expression always runs.
        this.plain = true;
        continue;
      }
      const c = literal.charCodeAt(0);
      this.first[c >>> 5]! |= 1 << (c & 31);
      let node = 0;
      for (let i = 0; i < literal.length; i++) {
        const key = node * 0x10000 + literal.charCodeAt(i);
        let next = this.edges.get(key);
        if (next === undefined) {
          next = this.ends.length;
          this.ends.push(null);
          this.edges.set(key, next);
        }
        node = next;
      }
      (this.ends[node] ??= []).push(index);
    }
  }

  /**
   * Whether a word whose lower-cased form occurs in `lower` matches `text`: the other words cannot.
   * Each candidate is tried with its own expression: the whole alternation, run on the few sentences
   * that have a candidate, cost ~0.3 ms a call (compiled anew, rarely run), measured on the real-news excerpts.
   */
  private candidatesMatch(text: string, lower: string): boolean {
    const { edges, ends, first, wordExpressions } = this;
    const n = lower.length;
    for (let p = 0; p < n; p++) {
      const c = lower.charCodeAt(p);
      if (((first[c >>> 5]! >>> (c & 31)) & 1) === 0) continue;
      let node = 0;
      for (let q = p; q < n; q++) {
        const next = edges.get(node * 0x10000 + lower.charCodeAt(q));
        if (next === undefined) break;
        const words = ends[next];
        if (words) for (const w of words) if (wordExpressions[w]!.test(text)) return true;
        node = next;
      }
    }
    return false;
  }

  test(text: string): boolean {
    if (this.plain || FOLDS_TO_WORD_CHARS.test(text)) return this.expression.test(text);
    return this.candidatesMatch(text, lowerCase(text));
  }
}

/**
 * Characters that the `iu` expression matches to a letter of the words but toLowerCase does not
 * turn into that letter: ſ (long s, folds to s), K (Kelvin sign, k), Å (Ångström sign, å) and the
 * old Cyrillic letter forms ᲀ–ᲈ (fold to в д о с т ъ ѣ ꙋ). A sentence with one runs the expression
 * directly. test/unit/analysis/word-pattern.test.ts checks every code point against the words.
 */
export const FOLDS_TO_WORD_CHARS = /[\u017f\u212a\u212b\u1c80-\u1c88]/u;

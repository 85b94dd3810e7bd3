import { BMP_FLAGS, charAt, HAN_KANA, HANGUL, learnFlags, LETTER, MARK, NUMBER } from './char-class';

/**
 * Counts of a text's characters and words by Unicode property, in one pass over a table of
 * character properties (char-class.ts) instead of one `match` per count (a `/\p{L}/gu` match
 * builds an array of every letter). Each count is what the expression in its comment finds.
 */
export interface TextCounts {
  /** Words, numbers and abbreviations: matches of `[\p{L}\p{N}][\p{L}\p{M}\p{N}'’.-]*` (flags `gu`). */
  words: number;
  /** `/\p{L}/gu` matches. */
  letters: number;
  /** `/\p{N}/gu` matches. */
  numbers: number;
  /** `/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu` matches. */
  unspaced: number;
}

/** Held locally: an imported binding read in a hot loop costs a lookup per character under some loaders. */
const FLAGS = BMP_FLAGS;
const IS_LETTER = LETTER;
const IS_NUMBER = NUMBER;
const WORD_START = LETTER | NUMBER;
const WORD_PART = LETTER | MARK | NUMBER;
const UNSPACED = HAN_KANA | HANGUL;

/**
 * The counts of the last text whose words another walk tallied them on its way (non-claim.ts,
 * headlineWords, which reads every sentence just before the features do): returned for that text
 * instead of walking it again (the walk was some 8 ms a run of the 1 MB article, timed alone).
 */
let keptText: string | null = null;
let kept: TextCounts = { words: 0, letters: 0, numbers: 0, unspaced: 0 };

/** Keeps `counts` as the counts of `text` (they must be textCounts(text)). */
export function keepTextCounts(text: string, counts: TextCounts): void {
  keptText = text;
  kept = counts;
}

export function textCounts(text: string): TextCounts {
  if (text === keptText) return kept;
  let words = 0;
  let letters = 0;
  let numbers = 0;
  let unspaced = 0;
  const n = text.length;
  let i = 0;
  // Inside a word, letters, marks, digits, apostrophes, periods and hyphens continue it.
  let inWord = false;
  while (i < n) {
    const c = text.charCodeAt(i);
    const at = c < 0xd800 || c >= 0xe000 ? (FLAGS[c] || learnFlags(c)) | 0x10000 : charAt(text, i);
    i += at >>> 16;
    if ((at & IS_LETTER) !== 0) letters++;
    if ((at & IS_NUMBER) !== 0) numbers++;
    if ((at & UNSPACED) !== 0) unspaced++;
    if (inWord) {
      if ((at & WORD_PART) !== 0 || c === 0x27 || c === 0x2019 || c === 0x2e || c === 0x2d) continue;
      inWord = false;
    }
    if ((at & WORD_START) !== 0) {
      words++;
      inWord = true;
    }
  }
  return { words, letters, numbers, unspaced };
}

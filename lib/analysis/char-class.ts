/**
 * Unicode properties of characters, looked up instead of matched: counting letters or words with a
 * `\p{…}` expression builds a match (or an array of matches) per call, where a loop over the
 * characters reads a table. Each property is decided by the same `\p{…}` expression the code it
 * replaces used, once per character (BMP characters are cached as they are met).
 */

export const LETTER = 1; // \p{L}
export const NUMBER = 2; // \p{N}
export const MARK = 4; // \p{M}
export const LATIN = 8; // \p{Script=Latin}
/** \p{Script=Han}, \p{Script=Hiragana} or \p{Script=Katakana}. */
export const HAN_KANA = 16;
export const HANGUL = 32; // \p{Script=Hangul}
export const SPACE = 64; // \s
export const UPPER = 128; // \p{Lu}
export const LOWER = 256; // \p{Ll}

const KNOWN = 0x8000;
const TESTS: readonly [number, RegExp][] = [
  [LETTER, /^\p{L}$/u],
  [NUMBER, /^\p{N}$/u],
  [MARK, /^\p{M}$/u],
  [LATIN, /^\p{Script=Latin}$/u],
  [HAN_KANA, /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]$/u],
  [HANGUL, /^\p{Script=Hangul}$/u],
  [SPACE, /^\s$/u],
  [UPPER, /^\p{Lu}$/u],
  [LOWER, /^\p{Ll}$/u],
];

/**
 * Flags of the BMP characters met so far, with KNOWN set: read `BMP_FLAGS[code] || learnFlags(code)`
 * in hot loops (a zero entry is a character not met yet).
 */
export const BMP_FLAGS = new Uint16Array(0x10000);

function compute(codePoint: number): number {
  const ch = String.fromCodePoint(codePoint);
  let flags = KNOWN;
  for (const [flag, test] of TESTS) if (test.test(ch)) flags |= flag;
  return flags;
}

for (let c = 0; c < 128; c++) BMP_FLAGS[c] = compute(c);

/** The flags of a BMP character not met yet (KNOWN set). */
export function learnFlags(code: number): number {
  const flags = compute(code);
  BMP_FLAGS[code] = flags;
  return flags;
}

/** The property flags of a code point (as `codePointAt` gives it; a lone surrogate is itself). */
export function flagsOf(codePoint: number): number {
  if (codePoint < 0x10000) return BMP_FLAGS[codePoint] || learnFlags(codePoint);
  return compute(codePoint);
}

/**
 * The flags of the character at `i` and its length in code units, packed: `flags | length << 16`
 * (a surrogate pair is one character of length 2, a lone surrogate one of length 1).
 */
export function charAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c >= 0xd800 && c < 0xdc00 && i + 1 < text.length) {
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d < 0xe000) return compute(((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000) | 0x20000;
  }
  return (BMP_FLAGS[c] || learnFlags(c)) | 0x10000;
}

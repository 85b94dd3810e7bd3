import type { TextBlock } from './article-text';
import { BMP_FLAGS, charAt, HAN_KANA, HANGUL as HANGUL_FLAG, learnFlags, LETTER, LOWER, MARK, NUMBER, UPPER } from './char-class';
import { NON_CLAIM_PATTERNS } from './lexicon';
import { RECORD_LITERALS } from './record-literals';
import { ANY_BEFORE, hasCaseFoldOutliers, lowerCase, PatternIndex, requiredLiterals } from './required-literals';
import { keepTextCounts } from './text-counts';

/**
 * Sentences that cannot be signal statements whatever words they use: site furniture, disclaimers,
 * remarks about the article itself, headline-style fragments and scraps too short to assert
 * anything (DESIGN, "Signal taxonomy").
 */

export type NonClaimReason = 'boilerplate' | 'disclaimer' | 'meta' | 'headline' | 'fragment';

/** Fewer words than this cannot state who does what to which market. */
export const MIN_CLAIM_WORDS = 6;
/**
 * A Korean word (eojeol) carries its particles and endings, about two English words' worth: the
 * key-point bullets of Korean news state a claim in four or five ("중국, 희토류 수출 통제 강화",
 * China tightens rare earth export controls), which six words would call a fragment.
 */
const MIN_CLAIM_WORDS_HANGUL = 4;

/** One expression per reason: a sentence is tested three times, not once per pattern. */
const compile = (sources: readonly string[]): RegExp => new RegExp(sources.map((source) => `(?:${source})`).join('|'), 'iu');
const BOILERPLATE = compile(NON_CLAIM_PATTERNS.boilerplate);
const DISCLAIMER = compile(NON_CLAIM_PATTERNS.disclaimer);
const META = compile(NON_CLAIM_PATTERNS.meta);

/**
 * The same patterns one by one, each tried only when the literals it needs occur (required-literals.ts):
 * most sentences contain none of them, and the three expressions together cost more than all
 * the rest of this file. A reason's expression matches exactly when one of its patterns does.
 */
const REASONS = ['boilerplate', 'disclaimer', 'meta'] as const;
const PATTERNS = REASONS.flatMap((reason) => NON_CLAIM_PATTERNS[reason].map((source) => ({ reason, expression: new RegExp(source, 'iu'), need: requiredLiterals(source) })));
const PATTERN_INDEX = new PatternIndex(
  PATTERNS.map((p) => (p.need ? [p.need] : [])),
  PATTERNS.map(() => null),
  RECORD_LITERALS,
);

/** What TERMINAL (/[.!?…:;"”’»)\]]$/u) accepts as the last character: read there, not tried at every position. */
const TERMINAL_CHARS = '.!?…:;"”’»)]';
/** Short function words that headline case leaves in lower case. */
const HEADLINE_SMALL_WORDS = new Set([
  'a', 'an', 'the', 'and', 'or', 'nor', 'but', 'of', 'in', 'on', 'at', 'to', 'for', 'by', 'with', 'from',
  'as', 'vs', 'vs.', 'into', 'over', 'per', 'via', 'amid', 'after', 'up', 'is', 'are',
]);
const HEADLINE_MIN_WORDS = 3;
const HEADLINE_CAPITALIZED_SHARE = 0.8;
/**
 * A related story's title keeps its title case even when it ends in a full stop or a question mark
 * ("Brussels Opens Review of Magnet Imports From Three Countries.", "Can Canada Build a Heavy
 * Rare Earth Refinery by 2030?"); prose this long is never that capitalized, names and all.
 */
const PUNCTUATED_HEADLINE_MIN_WORDS = 6;
const PUNCTUATED_HEADLINE_SHARE = 0.9;
/** Scripts without letter case cannot look like a headline by capitals. */
const CASED_LETTER = /[\p{Lu}\p{Ll}]/u;

/** Why the sentence is not a claim, or null when it may be one. */
export function nonClaimReason(sentence: string): NonClaimReason | null {
  const text = sentence.trim();
  const reason = patternReason(text);
  if (reason) return reason;
  // One walk over the words gives the count and the headline's tallies (headlineWords).
  const count = headlineWords(text);
  // /\p{Script=Hangul}/u, read from the flags headlineWords saw.
  if (count < ((seenFlags & IS_HANGUL) !== 0 ? MIN_CLAIM_WORDS_HANGUL : MIN_CLAIM_WORDS) && !isUnspacedScript(text)) return 'fragment';
  if (looksLikeHeadline(text)) return 'headline';
  return null;
}

/** The first reason whose patterns match, in the order boilerplate, disclaimer, meta. */
function patternReason(text: string): NonClaimReason | null {
  const lower = lowerCase(text);
  if (hasCaseFoldOutliers(text, lower)) {
    if (BOILERPLATE.test(text)) return 'boilerplate';
    if (DISCLAIMER.test(text)) return 'disclaimer';
    if (META.test(text)) return 'meta';
    return null;
  }
  const { required } = PATTERN_INDEX.find(text, lower, ANY_BEFORE);
  for (let i = 0; i < PATTERNS.length; i++) {
    const pattern = PATTERNS[i] as (typeof PATTERNS)[number];
    if (required[i] === 1 && pattern.expression.test(text)) return pattern.reason;
  }
  return null;
}

/**
 * How many words `[\p{L}\p{N}][\p{L}\p{M}\p{N}'’.-]*` (flags `gu`) matches, without building them: a word starts
 * at a letter or digit and runs over letters, marks, digits, apostrophes, periods and hyphens.
 */
/** Held locally: an imported binding read in a hot loop costs a lookup per character under some loaders. */
const FLAGS = BMP_FLAGS;
const WORD_START = LETTER | NUMBER;
const WORD_PART = LETTER | MARK | NUMBER;

export function countWords(text: string): number {
  let count = 0;
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    const at = c < 0xd800 || c >= 0xe000 ? (FLAGS[c] || learnFlags(c)) | 0x10000 : charAt(text, i);
    i += at >>> 16;
    if ((at & WORD_START) === 0) continue;
    count++;
    while (i < n) {
      const d = text.charCodeAt(i);
      if (d === 0x27 || d === 0x2019 || d === 0x2e || d === 0x2d) {
        i++;
        continue;
      }
      const next = d < 0xd800 || d >= 0xe000 ? (FLAGS[d] || learnFlags(d)) | 0x10000 : charAt(text, i);
      if ((next & WORD_PART) === 0) break;
      i += next >>> 16;
    }
  }
  return count;
}

/**
 * A block that opens as a disclaimer or a copyright line is one in all its sentences
 * ("Disclaimer: … Information should be independently verified.").
 */
export function isNonClaimBlock(blockText: string): boolean {
  const opening = blockText.trimStart().slice(0, 80);
  return /^(?:©|\(c\)\s|copyright\b|disclaimer\b|editor(?:'|’)?s note\b|disclosure\s*:)/iu.test(opening);
}

/**
 * A paragraph that is one short line with no closing punctuation is a subheading, standfirst or
 * kicker styled as a paragraph (`<p class="dek">`, `<p><strong>…</strong></p>`), not prose. List
 * items are not judged this way: bullet points are often unpunctuated claims ("Road to the border
 * shut since Sunday").
 */
export const HEADING_LIKE_MAX_WORDS = 14;
/**
 * A paragraph that opens with a bullet ("- ", "• ") is a list item typed as text (key points at the
 * top of a wire story pasted as plain text): judged as a list item, not as a heading.
 */
const BULLET_OPENING = /^[-–—•·▪◦*]\s/u;
/**
 * Chinese and Japanese write no spaces, so a paragraph of theirs counts as a word or two: a
 * sentence end inside it (。！？) or a long run of their characters makes it prose. A Chinese or
 * Japanese headline runs to some 30 characters.
 */
const UNSPACED_SENTENCE_END = /[。！？]./u;
const UNSPACED_PROSE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]{40}/u;

export function isHeadingLikeBlock(block: TextBlock): boolean {
  if (block.kind !== 'paragraph') return false;
  const text = block.text.trim();
  if (text === '' || endsWithTerminal(text) || !CASED_LETTER.test(text) || /[.!?…]\s/u.test(text)) return false;
  if (BULLET_OPENING.test(text) || UNSPACED_SENTENCE_END.test(text) || UNSPACED_PROSE.test(text)) return false;
  return countWords(text) <= HEADING_LIKE_MAX_WORDS;
}

/**
 * Headline case: of the words that are not HEADLINE_SMALL_WORDS, enough open with a capital or a
 * digit. The words and their tallies come from headlineWords, run on the same text just before.
 */
function looksLikeHeadline(text: string): boolean {
  if (text !== tallied) headlineWords(text);
  // CASED_LETTER, read from the flags headlineWords saw.
  if ((seenFlags & CASED) === 0) return false;
  const terminal = endsWithTerminal(text);
  if (contentWords < (terminal ? PUNCTUATED_HEADLINE_MIN_WORDS : HEADLINE_MIN_WORDS)) return false;
  return capitalizedWords / contentWords >= (terminal ? PUNCTUATED_HEADLINE_SHARE : HEADLINE_CAPITALIZED_SHARE);
}

/**
 * countWords, tallying on the way what looksLikeHeadline reads of the words (countWords' words):
 * those not in HEADLINE_SMALL_WORDS once lower-cased, and how many of them open with \p{Lu} or
 * \p{N}. The match array, a lower-cased copy per word and a test per word cost some 8 ms a run on
 * the 1 MB article (profile: looksLikeHeadline 4.7 % of the engine's time, its own and its callees').
 * It also counts the letters, digits and unspaced-script characters it reads, and keeps them with
 * the words as the text's textCounts (text-counts.ts), which the features read next.
 */
let tallied: string | null = null;
let contentWords = 0;
let capitalizedWords = 0;
/**
 * The character flags headlineWords read, together: every character but the apostrophes, periods and
 * hyphens inside words, none of which is a letter. The Hangul and cased-letter tests read them
 * instead of an expression each over the sentence.
 */
let seenFlags = 0;
/** Held locally: an imported binding read in a loop costs a getter call per read under tsx. */
const IS_HANGUL = HANGUL_FLAG;
const UNSPACED = HAN_KANA | HANGUL_FLAG;
const IS_LETTER = LETTER;
const IS_NUMBER = NUMBER;
const CASED = UPPER | LOWER;
const CAPITALIZED = UPPER | NUMBER;

/** TERMINAL.test(text): whether the last character is one of TERMINAL_CHARS. */
function endsWithTerminal(text: string): boolean {
  return text.length > 0 && TERMINAL_CHARS.includes(text.charAt(text.length - 1));
}

function headlineWords(text: string): number {
  let count = 0;
  let content = 0;
  let capitalized = 0;
  let seen = 0;
  // textCounts' letters, numbers and unspaced: each character's flags are counted once, where the
  // walk reads them last (a word's last character is read again as the next character).
  let letters = 0;
  let numbers = 0;
  let unspaced = 0;
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    const at = c < 0xd800 || c >= 0xe000 ? (FLAGS[c] || learnFlags(c)) | 0x10000 : charAt(text, i);
    seen |= at;
    if ((at & IS_LETTER) !== 0) letters++;
    if ((at & IS_NUMBER) !== 0) numbers++;
    if ((at & UNSPACED) !== 0) unspaced++;
    const start = i;
    i += at >>> 16;
    if ((at & WORD_START) === 0) continue;
    count++;
    // The word's ASCII codes, lower-cased, in base 128 (SMALL_WORD_KEYS), read on the way.
    let ascii = c < 0x80;
    let key = lowerAscii(c);
    while (i < n) {
      const d = text.charCodeAt(i);
      if (d === 0x27 || d === 0x2e || d === 0x2d) {
        key = key * 128 + d;
        i++;
        continue;
      }
      if (d === 0x2019) {
        ascii = false;
        i++;
        continue;
      }
      const next = d < 0xd800 || d >= 0xe000 ? (FLAGS[d] || learnFlags(d)) | 0x10000 : charAt(text, i);
      seen |= next;
      if ((next & WORD_PART) === 0) break;
      if ((next & IS_LETTER) !== 0) letters++;
      if ((next & IS_NUMBER) !== 0) numbers++;
      if ((next & UNSPACED) !== 0) unspaced++;
      if (d >= 0x80) ascii = false;
      key = key * 128 + lowerAscii(d);
      i += next >>> 16;
    }
    if (isSmallWord(text, start, i, ascii, key)) continue;
    content++;
    if ((at & CAPITALIZED) !== 0) capitalized++;
  }
  tallied = text;
  seenFlags = seen;
  contentWords = content;
  capitalizedWords = capitalized;
  keepTextCounts(text, { words: count, letters, numbers, unspaced });
  return count;
}

function lowerAscii(c: number): number {
  return c >= 0x41 && c <= 0x5a ? c + 0x20 : c;
}

/**
 * Whether text[start, end) lower-cases to one of HEADLINE_SMALL_WORDS (all ASCII, SMALL_WORD_MAX
 * long at most): by its key when it is ASCII, else by lower-casing it.
 */
function isSmallWord(text: string, start: number, end: number, ascii: boolean, key: number): boolean {
  const length = end - start;
  if (ascii) return length <= SMALL_WORD_MAX && SMALL_WORD_KEYS.has(key);
  // A code point lower-cases to one or more, and one of them takes two code units at most.
  return length <= 2 * SMALL_WORD_MAX && HEADLINE_SMALL_WORDS.has(text.slice(start, end).toLowerCase());
}

const SMALL_WORD_MAX = Math.max(...[...HEADLINE_SMALL_WORDS].map((word) => word.length));
/** HEADLINE_SMALL_WORDS as numbers: their ASCII codes in base 128. */
const SMALL_WORD_KEYS = new Set([...HEADLINE_SMALL_WORDS].map((word) => [...word].reduce((key, ch) => key * 128 + ch.charCodeAt(0), 0)));

/** Chinese and Japanese sentences have no spaces to count words by. */
function isUnspacedScript(text: string): boolean {
  return /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]{8,}/u.test(text);
}

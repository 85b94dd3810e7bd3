import type { TextBlock } from './article-text';
import { BMP_FLAGS, charAt, learnFlags, LETTER, MARK, NUMBER } from './char-class';
import { NON_CLAIM_PATTERNS } from './lexicon';
import { ANY_BEFORE, hasCaseFoldOutliers, lowerCase, PatternIndex, requiredLiterals, SENTENCE_LITERALS } from './required-literals';

/**
 * Sentences that cannot be signal statements whatever words they use: site furniture, disclaimers,
 * remarks about the article itself, headline-style fragments and scraps too short to assert
 * anything (DESIGN, "Signal taxonomy").
 */

export type NonClaimReason = 'boilerplate' | 'disclaimer' | 'meta' | 'headline' | 'fragment';

/** Fewer words than this cannot state who does what to which market. */
export const MIN_CLAIM_WORDS = 6;

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
  SENTENCE_LITERALS,
);

const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}'’.-]*/gu;
const TERMINAL = /[.!?…:;"”’»)\]]$/u;
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
  const count = countWords(text);
  if (count < MIN_CLAIM_WORDS && !isUnspacedScript(text)) return 'fragment';
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
 * How many words `text.match(WORD)` finds, without building them: a word starts at a letter or
 * digit and runs over letters, marks, digits, apostrophes, periods and hyphens.
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

export function isHeadingLikeBlock(block: TextBlock): boolean {
  if (block.kind !== 'paragraph') return false;
  const text = block.text.trim();
  if (text === '' || TERMINAL.test(text) || !CASED_LETTER.test(text) || /[.!?…]\s/u.test(text)) return false;
  return countWords(text) <= HEADING_LIKE_MAX_WORDS;
}

function looksLikeHeadline(text: string): boolean {
  if (!CASED_LETTER.test(text)) return false;
  const terminal = TERMINAL.test(text);
  const words = text.match(WORD) ?? [];
  const content = words.filter((w) => !HEADLINE_SMALL_WORDS.has(w.toLowerCase()));
  if (content.length < (terminal ? PUNCTUATED_HEADLINE_MIN_WORDS : HEADLINE_MIN_WORDS)) return false;
  const capitalized = content.filter((w) => /^[\p{Lu}\p{N}]/u.test(w)).length;
  return capitalized / content.length >= (terminal ? PUNCTUATED_HEADLINE_SHARE : HEADLINE_CAPITALIZED_SHARE);
}

/** Chinese and Japanese sentences have no spaces to count words by. */
function isUnspacedScript(text: string): boolean {
  return /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]{8,}/u.test(text);
}

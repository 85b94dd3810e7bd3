import type { TextBlock } from './article-text';
import { NON_CLAIM_PATTERNS } from './lexicon';

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

const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}'’.-]*/gu;
const TERMINAL = /[.!?…:;"”’»)\]]$/u;
/** Short function words that headline case leaves in lower case. */
const HEADLINE_SMALL_WORDS = new Set([
  'a', 'an', 'the', 'and', 'or', 'nor', 'but', 'of', 'in', 'on', 'at', 'to', 'for', 'by', 'with', 'from',
  'as', 'vs', 'vs.', 'into', 'over', 'per', 'via', 'amid', 'after', 'up', 'is', 'are',
]);
const HEADLINE_MIN_WORDS = 3;
const HEADLINE_CAPITALIZED_SHARE = 0.8;
/** Scripts without letter case cannot look like a headline by capitals. */
const CASED_LETTER = /[\p{Lu}\p{Ll}]/u;

/** Why the sentence is not a claim, or null when it may be one. */
export function nonClaimReason(sentence: string): NonClaimReason | null {
  const text = sentence.trim();
  if (BOILERPLATE.test(text)) return 'boilerplate';
  if (DISCLAIMER.test(text)) return 'disclaimer';
  if (META.test(text)) return 'meta';
  const words = text.match(WORD) ?? [];
  if (words.length < MIN_CLAIM_WORDS && !isUnspacedScript(text)) return 'fragment';
  if (looksLikeHeadline(text, words)) return 'headline';
  return null;
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
  return (text.match(WORD) ?? []).length <= HEADING_LIKE_MAX_WORDS;
}

function looksLikeHeadline(text: string, words: string[]): boolean {
  if (TERMINAL.test(text) || !CASED_LETTER.test(text)) return false;
  const content = words.filter((w) => !HEADLINE_SMALL_WORDS.has(w.toLowerCase()));
  if (content.length < HEADLINE_MIN_WORDS) return false;
  const capitalized = content.filter((w) => /^[\p{Lu}\p{N}]/u.test(w)).length;
  return capitalized / content.length >= HEADLINE_CAPITALIZED_SHARE;
}

/** Chinese and Japanese sentences have no spaces to count words by. */
function isUnspacedScript(text: string): boolean {
  return /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]{8,}/u.test(text);
}

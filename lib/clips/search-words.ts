import { readableText } from '../analysis/repair-mojibake';

/**
 * The words of a clip that the library's full-text search looks up, stored on each clip row in the
 * multi-entry index `words` (ClipDatabase version 2). A query term matches a clip when it is a
 * prefix of one of these words, so "dysp" finds "dysprosium" through the index's ordered range
 * (`where('words').startsWith(term)`), without scanning clips.
 *
 * Words are folded the same way for clips and for queries: mojibake repaired (what the reader sees
 * is what they type), compatibility forms unified (NFKC), accents removed, lower case. Scripts
 * written without spaces (Chinese, Japanese) have no word boundaries to split on, so their runs
 * are indexed as overlapping character pairs plus the run's last character: any one or two
 * characters the reader types is then the prefix of some indexed entry.
 */

/** The text a clip is searched by: the sentence, the reader's note and the article's title. */
export interface SearchableClip {
  text: string;
  note?: string;
  article: { title: string | null };
}

/**
 * A note may hold 10,000 characters (~1,500 words); past this many distinct words the rest of a
 * long note is not indexed, so one clip cannot add thousands of index entries.
 */
export const MAX_WORDS_PER_CLIP = 400;
/** Longer "words" (hashes, run-together URLs) are cut: a prefix query of this length still finds them. */
export const MAX_WORD_LENGTH = 32;

const WORD = /[\p{L}\p{N}]+/gu;
/**
 * Accents of Latin, Greek and Cyrillic letters (é → e). Not every combining mark: the Japanese
 * voicing marks (ジ = シ + U+3099) change the word, so they stay.
 */
const ACCENTS = /[\u0300-\u036f]+/g;
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]+/gu;

function fold(text: string): string {
  return readableText(text).normalize('NFKD').replace(ACCENTS, '').normalize('NFKC').toLowerCase();
}

function unspacedTerms(run: string): string[] {
  const chars = [...run];
  if (chars.length === 1) return chars;
  const pairs = chars.slice(0, -1).map((c, i) => c + chars[i + 1]);
  return [...pairs, chars[chars.length - 1]!];
}

/** Splits folded text into terms; single Latin letters are dropped (they would match everything). */
function terms(folded: string): string[] {
  const out: string[] = [];
  for (const [word] of folded.matchAll(WORD)) {
    const spaced = word.replace(UNSPACED, ' ').trim();
    for (const piece of spaced ? spaced.split(' ') : []) {
      if (piece.length > 1 || /\p{N}/u.test(piece)) out.push(piece.slice(0, MAX_WORD_LENGTH));
    }
    for (const [run] of word.matchAll(UNSPACED)) out.push(...unspacedTerms(run));
  }
  return out;
}

/** The distinct folded words of a clip's sentence, note and title, for the `words` index. */
export function searchWords(clip: SearchableClip): string[] {
  const words = new Set<string>();
  for (const field of [clip.text, clip.article.title ?? '', clip.note ?? '']) {
    for (const term of terms(fold(field))) {
      if (words.size >= MAX_WORDS_PER_CLIP) return [...words];
      words.add(term);
    }
  }
  return [...words];
}

/**
 * The terms of a search query, each to be matched as a word prefix; all must match. Longest first:
 * the longest term is usually the most selective, so intersecting starts from the smallest set.
 */
export function queryTerms(query: string): string[] {
  return [...new Set(terms(fold(query)))].sort((a, b) => b.length - a.length);
}

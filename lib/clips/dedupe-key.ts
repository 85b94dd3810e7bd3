import { canonicalUrl } from './canonical-url';

/**
 * Folds what differs between two copies of the same sentence but not in meaning: compatibility
 * forms (NFKC: ligatures, full-width letters, "…"), invisible characters, typographic quotes and
 * dashes, whitespace runs, and case (upper-then-lower also folds "ß" into "ss").
 */
function foldText(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\u00AD\u200B-\u200D\u2060\uFEFF]/g, '')
    .replace(/[\u2018\u2019\u201A\u201B\u2032]/g, "'")
    .replace(/[\u201C-\u201F\u2033]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .toUpperCase()
    .toLowerCase();
}

/** Canonical URL + '\n' + folded text: the unique key that makes clipping twice give one clip. */
export function dedupeKey(url: string, text: string): string {
  return `${canonicalUrl(url)}\n${foldText(text)}`;
}

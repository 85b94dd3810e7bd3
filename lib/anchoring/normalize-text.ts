/**
 * The one normalization shared by the page-text index and the quotes searched in it: invisible
 * characters dropped, whitespace runs (nbsp and the Unicode spaces included) collapsed to one
 * space, typographic quotes and dashes folded to ASCII. Folding keeps lengths (one unit for one
 * unit), so it can run on whole chunks of a text node with `replace`.
 */

/** Whitespace as JS `\s` knows it, minus U+FEFF (a zero-width character here). Class body. */
export const WHITESPACE_CHARS = '\\t\\n\\v\\f\\r \\u00A0\\u1680\\u2000-\\u200A\\u2028\\u2029\\u202F\\u205F\\u3000';
/** Soft hyphen and zero-width characters: they split words in the DOM, not on screen. Class body. */
export const INVISIBLE_CHARS = '\\u00AD\\u200B-\\u200D\\u2060\\uFEFF';

const INVISIBLE = new RegExp(`[${INVISIBLE_CHARS}]`, 'g');
const WHITESPACE_RUN = new RegExp(`[${WHITESPACE_CHARS}]+`, 'g');

const SINGLE_QUOTES = /[\u2018\u2019\u201A\u201B\u2032]/g;
const DOUBLE_QUOTES = /[\u201C-\u201F\u2033]/g;
const DASHES = /[\u2010-\u2015\u2212]/g;

/**
 * ’ → ', “ ” → ", ‐ – — − → -: so "China’s" in a stored quote still meets "China's" on a page by
 * exact search, far cheaper than the fuzzy fallback. One code unit in, one out.
 */
export function foldTypography(text: string): string {
  return text.replace(SINGLE_QUOTES, "'").replace(DOUBLE_QUOTES, '"').replace(DASHES, '-');
}

/** A quote (or any string) normalized exactly as the page index normalizes one text node. */
export function normalizeText(text: string): string {
  return foldTypography(text.replace(INVISIBLE, '').replace(WHITESPACE_RUN, ' ').trim());
}

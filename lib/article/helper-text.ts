/**
 * Text that is in the DOM but not read by a sighted reader: screen-reader-only helpers such as
 * WordPress's " (opens in a new tab)" inside links, and the extension's own UI. Article
 * extraction and live-page anchoring both skip it, so a sentence extracted from a parsed copy
 * reads the same as the sentence found again in the live page.
 */
export const HELPER_TEXT_SELECTOR = [
  '.screen-reader-text',
  '.sr-only',
  '.visually-hidden',
  '.visuallyhidden',
  '.a11y-hidden',
  '[hidden]',
  '[aria-hidden="true"]',
  'script',
  'style',
  'noscript',
  'template',
].join(',');

/** Collapse whitespace (nbsp included) and drop soft hyphens and zero-width characters. */
export function normalizeSpace(text: string): string {
  return text
    .replace(/[\u00ad\u200b-\u200d\u2060\ufeff]/g, '')
    .replace(/[\s\u00a0]+/g, ' ')
    .trim();
}

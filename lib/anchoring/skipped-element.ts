/**
 * Elements whose text a reader does not see, or that is not the page's: their text is left out of
 * the index so a quote taken from the article's visible text reads the same there.
 */

const SKIPPED_TAGS = new Set([
  'HEAD',
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'TEXTAREA',
  'SELECT',
  'IFRAME',
  'OBJECT',
  'CANVAS',
  'VIDEO',
  'AUDIO',
]);

/**
 * Screen-reader-only classes of the common frameworks (WordPress, Bootstrap/Tailwind, GOV.UK/
 * H5BP, Drupal). WordPress appends " (opens in a new tab)" inside links this way, which would
 * otherwise split a sentence the article text never contained.
 */
export const SCREEN_READER_CLASSES = [
  'screen-reader-text',
  'sr-only',
  'visually-hidden',
  'visuallyhidden',
  'element-invisible',
] as const;

function isScreenReaderOnly(el: Element): boolean {
  const classes = el.classList;
  if (!classes || classes.length === 0) return false;
  return SCREEN_READER_CLASSES.some((name) => classes.contains(name));
}

/** Inline `display:none` only: computed style would force a style recalc on every element. */
function isInlineHidden(el: Element): boolean {
  if (!el.hasAttribute('style')) return false;
  const style = (el as Partial<HTMLElement>).style;
  return style?.display === 'none' || style?.visibility === 'hidden';
}

/**
 * True for elements the index skips with their whole subtree: non-rendered containers, `hidden`,
 * `aria-hidden="true"`, screen-reader-only text, and the extension's own UI (`lodestone-*`).
 */
export function isSkippedElement(el: Element): boolean {
  const tag = el.tagName.toUpperCase();
  if (SKIPPED_TAGS.has(tag) || tag.startsWith('LODESTONE-')) return true;
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  return isScreenReaderOnly(el) || isInlineHidden(el);
}

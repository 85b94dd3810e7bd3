/**
 * Elements that break the line of text where they start and end. Their boundaries become a space
 * in the index, so `<td>1</td><td>China …</td>` reads "1 China …", not "1China …", as the article
 * text (which the quotes come from) does. Tag-based: reading computed `display` would force style
 * recalculation for every element of the page.
 */
const BLOCK_TAGS = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'BR',
  'BUTTON',
  'CAPTION',
  'DD',
  'DETAILS',
  'DIALOG',
  'DIV',
  'DL',
  'DT',
  'FIELDSET',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'FORM',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HGROUP',
  'HR',
  'LABEL',
  'LEGEND',
  'LI',
  'MAIN',
  'MENU',
  'NAV',
  'OL',
  'OPTION',
  'P',
  'PRE',
  'SECTION',
  'SUMMARY',
  'TABLE',
  'TBODY',
  'TD',
  'TFOOT',
  'TH',
  'THEAD',
  'TR',
  'UL',
]);

export function isBlockBoundary(el: Element): boolean {
  return BLOCK_TAGS.has(el.tagName.toUpperCase());
}

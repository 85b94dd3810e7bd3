import type { BlockKind, TextBlock } from '../analysis/article-text';
import { normalizeSpace } from './helper-text';

/** Elements that start a new block of text; the rest (a, em, span…) flow inside one. */
const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'CAPTION', 'DD', 'DIV', 'DL', 'DT', 'FIGCAPTION',
  'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN',
  'NAV', 'OL', 'P', 'PRE', 'SECTION', 'TABLE', 'TBODY', 'TD', 'TFOOT', 'TH', 'THEAD', 'TR', 'UL', 'BR',
]);

const BLOCK_SELECTOR = [...BLOCK_TAGS].map((t) => t.toLowerCase()).join(',');

const KIND_BY_TAG: Record<string, BlockKind> = {
  H1: 'heading', H2: 'heading', H3: 'heading', H4: 'heading', H5: 'heading', H6: 'heading', TH: 'heading', DT: 'heading',
  LI: 'list-item', TD: 'table-cell', FIGCAPTION: 'caption', CAPTION: 'caption', BLOCKQUOTE: 'quote',
};

/** Cap on blocks so a hostile 10 MB page cannot make the analysis unbounded. */
const MAX_BLOCKS = 20_000;

/**
 * Splits an article element into text blocks in reading order. Inline runs between nested
 * blocks become blocks of their own, so a `<div>` holding loose text and `<p>`s loses nothing.
 */
export function extractBlocks(root: Element): TextBlock[] {
  const blocks: TextBlock[] = [];
  walk(root, 'paragraph', blocks);
  return blocks;
}

function walk(el: Element, kind: BlockKind, out: TextBlock[]): void {
  let run = '';
  const flush = () => {
    const text = normalizeSpace(run);
    if (text && out.length < MAX_BLOCKS) out.push({ text, kind });
    run = '';
  };
  for (const child of el.childNodes) {
    if (child.nodeType === 3) {
      run += child.nodeValue ?? '';
    } else if (child.nodeType === 1) {
      const c = child as Element;
      if (BLOCK_TAGS.has(c.tagName)) {
        flush();
        walk(c, KIND_BY_TAG[c.tagName] ?? (kind === 'paragraph' ? 'paragraph' : kind), out);
      } else if (c.querySelector(BLOCK_SELECTOR)) {
        // An inline element wrapping blocks (a link around a related-story card): its blocks stay
        // blocks, as the live page's text index sees them, instead of gluing "heading" + "text".
        flush();
        walk(c, kind, out);
      } else {
        run += inlineText(c);
      }
    }
  }
  flush();
}

/** Text of an inline element; a nested block inside it (rare, but real) is kept as text. */
function inlineText(el: Element): string {
  return el.textContent ?? '';
}

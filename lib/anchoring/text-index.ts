import { isBlockBoundary } from './block-boundary';
import { DROP, SPACE, foldCharCode } from './normalize-text';
import { isSkippedElement } from './skipped-element';

/**
 * The visible text of a live DOM subtree as one normalized string (see normalize-text.ts), with a
 * map from every character back to the text node and offset it came from. Built once per page so
 * that anchoring N quotes costs N string searches, not N DOM walks (DESIGN budget: 200 quotes in a
 * 1 MB page within 20 ms).
 */
export interface TextIndex {
  readonly text: string;
  /** The indexed text nodes, in document order. */
  readonly nodes: readonly Text[];
  /** For each character of `text`: the index in `nodes` of its source node. */
  readonly nodeAt: Int32Array;
  /** For each character of `text`: its offset in that node's data. */
  readonly offsetAt: Int32Array;
}

export interface TextIndexOptions {
  /** Also leave out these elements' subtrees (on top of the built-in hidden/foreign rules). */
  skip?: (el: Element) => boolean;
}

// NodeFilter / Node constants as literals: the DOM may come from another realm (a parsed
// document, jsdom, linkedom) where the page's globals are not the ones that built it.
const SHOW_ELEMENT = 0x1;
const SHOW_TEXT = 0x4;
const FILTER_ACCEPT = 1;
const FILTER_REJECT = 2;
const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const SPACE_CODE = 0x20;
/** String.fromCharCode.apply is bounded by the engine's argument limit; stay well below it. */
const DECODE_CHUNK = 8_192;

interface CollectedText {
  nodes: Text[];
  /** breakBefore[i]: a block boundary lies between nodes[i - 1] and nodes[i]. */
  breakBefore: boolean[];
  totalLength: number;
}

function ownerDocument(root: Node): Document {
  return root.ownerDocument ?? (root as Document);
}

/**
 * Walks the subtree with a TreeWalker whose filter rejects skipped subtrees outright, moving by
 * firstChild/nextSibling/parentNode so that leaving a block element is seen, not only entering.
 */
function collectTextNodes(root: Node, skip: ((el: Element) => boolean) | undefined): CollectedText {
  const filter = (node: Node): number => {
    if (node.nodeType !== ELEMENT_NODE) return FILTER_ACCEPT;
    const el = node as Element;
    return isSkippedElement(el) || (skip?.(el) ?? false) ? FILTER_REJECT : FILTER_ACCEPT;
  };
  const walker = ownerDocument(root).createTreeWalker(root, SHOW_ELEMENT | SHOW_TEXT, filter);
  const collected: CollectedText = { nodes: [], breakBefore: [], totalLength: 0 };
  let pendingBreak = false;
  const boundary = (node: Node): void => {
    if (node.nodeType === ELEMENT_NODE && isBlockBoundary(node as Element)) pendingBreak = true;
  };

  let node: Node | null = walker.firstChild();
  while (node) {
    if (node.nodeType === TEXT_NODE) {
      const text = node as Text;
      collected.nodes.push(text);
      collected.breakBefore.push(pendingBreak);
      collected.totalLength += text.data.length;
      pendingBreak = false;
    } else {
      boundary(node);
      const child = walker.firstChild();
      if (child) {
        node = child;
        continue;
      }
      boundary(node);
    }
    node = nextInOrder(walker, boundary);
  }
  return collected;
}

/** The next node after the walker's current subtree, reporting each element left on the way up. */
function nextInOrder(walker: TreeWalker, leave: (node: Node) => void): Node | null {
  for (;;) {
    const sibling = walker.nextSibling();
    if (sibling) return sibling;
    const parent = walker.parentNode();
    if (!parent) return null;
    leave(parent);
  }
}

function decode(codes: Uint16Array): string {
  let text = '';
  for (let i = 0; i < codes.length; i += DECODE_CHUNK) {
    text += String.fromCharCode.apply(null, codes.subarray(i, i + DECODE_CHUNK) as unknown as number[]);
  }
  return text;
}

/** Builds the index of `root`'s visible text. */
export function buildTextIndex(root: Node, options: TextIndexOptions = {}): TextIndex {
  const { nodes, breakBefore, totalLength } = collectTextNodes(root, options.skip);
  // Each kept unit yields one character; only block boundaries add any (one space per node).
  const capacity = totalLength + nodes.length;
  const codes = new Uint16Array(capacity);
  const nodeAt = new Int32Array(capacity);
  const offsetAt = new Int32Array(capacity);
  let length = 0;
  let pendingSpace = false;

  for (let n = 0; n < nodes.length; n += 1) {
    if (breakBefore[n] && length > 0) pendingSpace = true;
    const data = nodes[n]!.data;
    for (let i = 0; i < data.length; i += 1) {
      const folded = foldCharCode(data.charCodeAt(i));
      if (folded === DROP) continue;
      if (folded === SPACE) {
        pendingSpace = length > 0;
        continue;
      }
      if (pendingSpace) {
        // A collapsed space maps to the character after it; ranges never start or end on one.
        codes[length] = SPACE_CODE;
        nodeAt[length] = n;
        offsetAt[length] = i;
        length += 1;
        pendingSpace = false;
      }
      codes[length] = folded;
      nodeAt[length] = n;
      offsetAt[length] = i;
      length += 1;
    }
  }

  return {
    text: decode(codes.subarray(0, length)),
    nodes,
    nodeAt: nodeAt.subarray(0, length),
    offsetAt: offsetAt.subarray(0, length),
  };
}

/**
 * The live DOM Range covering `[start, end)` of the index text, with spaces at either edge left
 * out (a collapsed space has no single source character). Offsets outside the text or an empty
 * span are a caller's bug and throw a RangeError; so does a DOM changed since the index was built
 * (the DOM's own IndexSizeError).
 */
export function rangeFromOffsets(index: TextIndex, start: number, end: number): Range {
  const { text, nodes, nodeAt, offsetAt } = index;
  if (!(Number.isInteger(start) && Number.isInteger(end) && start >= 0 && end <= text.length)) {
    throw new RangeError(`offsets [${start}, ${end}) outside the indexed text (${text.length})`);
  }
  let first = start;
  let last = end - 1;
  while (first <= last && text.charCodeAt(first) === SPACE_CODE) first += 1;
  while (last >= first && text.charCodeAt(last) === SPACE_CODE) last -= 1;
  if (first > last) throw new RangeError(`offsets [${start}, ${end}) cover no text`);

  const startNode = nodes[nodeAt[first]!]!;
  const endNode = nodes[nodeAt[last]!]!;
  const range = ownerDocument(startNode).createRange();
  range.setStart(startNode, offsetAt[first]!);
  range.setEnd(endNode, offsetAt[last]! + 1);
  return range;
}

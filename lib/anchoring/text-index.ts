import { isBlockBoundary } from './block-boundary';
import { INVISIBLE_CHARS, WHITESPACE_CHARS, foldTypography } from './normalize-text';
import { findSkippedElements, isExtensionUi } from './skipped-elements';

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
  /**
   * Runs of `text` copied unchanged (but for 1:1 folding) from one node: run i starts at
   * `runStart[i]` in `text`, in node `nodes[runNode[i]]` at offset `runOffset[i]`. Only the single
   * spaces standing for collapsed whitespace or block boundaries fall between runs. Runs, not a
   * per-character map: one entry per text node or whitespace irregularity instead of three array
   * writes per character.
   */
  readonly runStart: readonly number[];
  readonly runNode: readonly number[];
  readonly runOffset: readonly number[];
}

export interface TextIndexOptions {
  /** Also leave out these elements' subtrees (on top of the built-in hidden/foreign rules). */
  skip?: (el: Element) => boolean;
}

// NodeFilter / Node constants as literals: the DOM may come from another realm (a parsed
// document, jsdom, linkedom) where the page's globals are not the ones that built it.
const SHOW_ELEMENT = 0x1;
const SHOW_TEXT = 0x4;
const TEXT_NODE = 3;
const SPACE_CODE = 0x20;

interface CollectedText {
  nodes: Text[];
  /** breakBefore[i]: a block boundary lies between nodes[i - 1] and nodes[i]. */
  breakBefore: boolean[];
}

function ownerDocument(root: Node): Document {
  return root.ownerDocument ?? (root as Document);
}

/** Moves the walker past the current node's subtree; null at the end of the root. */
function skipSubtree(walker: TreeWalker): Node | null {
  for (;;) {
    const sibling = walker.nextSibling();
    if (sibling) return sibling;
    if (!walker.parentNode()) return null;
  }
}

/**
 * Nodes walked (or text nodes indexed) between two chances to pause (see textIndexSteps): about
 * 0.1 ms of work in Chromium (the 5 MB article's ~100,000 nodes are walked in 53–75 ms).
 */
const STEP_NODES = 128;

/**
 * Collects the text nodes in document order with a filterless TreeWalker: a JS filter callback
 * runs once per node and cost 13 ms on a 1 MB page in Chromium against 1 ms without. Skipped
 * subtrees are jumped over; blocks still open are kept on a stack, so leaving a block (text after
 * a nested `<p>` in a `<div>`) is seen as a boundary too. Yields every STEP_NODES nodes: the
 * walk of a 5 MB page (48,000 text nodes) is most of a 53–75 ms index build in Chromium.
 */
function* collectTextNodes(root: Node, skip: ((el: Element) => boolean) | undefined): Generator<void, CollectedText> {
  const skipped = findSkippedElements(root);
  const walker = ownerDocument(root).createTreeWalker(root, SHOW_ELEMENT | SHOW_TEXT);
  const collected: CollectedText = { nodes: [], breakBefore: [] };
  const openBlocks: Node[] = [];
  let pendingBreak = false;

  let node = walker.nextNode();
  for (let walked = 1; node; walked += 1) {
    if (walked % STEP_NODES === 0) yield;
    while (openBlocks.length > 0 && !openBlocks[openBlocks.length - 1]!.contains(node)) {
      openBlocks.pop();
      pendingBreak = true;
    }
    if (node.nodeType === TEXT_NODE) {
      const text = node as Text;
      collected.nodes.push(text);
      collected.breakBefore.push(pendingBreak);
      pendingBreak = false;
      node = walker.nextNode();
      continue;
    }
    const el = node as Element;
    if (skipped.has(el) || isExtensionUi(el) || skip?.(el)) {
      node = skipSubtree(walker);
      continue;
    }
    if (isBlockBoundary(el)) {
      pendingBreak = true;
      if (el.firstChild) openBlocks.push(el);
    }
    node = walker.nextNode();
  }
  return collected;
}

/**
 * What breaks a run: two or more whitespace/invisible units, or one that is not a plain U+0020.
 * A single plain space between words is kept as it is, so most of a paragraph is one run.
 */
const IRREGULAR = new RegExp(
  `[${WHITESPACE_CHARS}${INVISIBLE_CHARS}]{2,}|[${WHITESPACE_CHARS.replace(' ', '')}${INVISIBLE_CHARS}]`,
  'g',
);
/** Whether an irregular stretch holds whitespace (→ one space) or only invisible units (→ nothing). */
const HAS_WHITESPACE = new RegExp(`[${WHITESPACE_CHARS}]`);

/** Accumulates the normalized text and its runs, node by node. */
class IndexWriter {
  readonly pieces: string[] = [];
  readonly runStart: number[] = [];
  readonly runNode: number[] = [];
  readonly runOffset: number[] = [];
  length = 0;
  pendingSpace = false;

  /** A block boundary or a whitespace stretch: one space before the next text, none at the start. */
  space(): void {
    this.pendingSpace = true;
  }

  /** Appends node `node`'s data[from, to), which holds no irregular stretch. */
  chunk(node: number, data: string, from: number, to: number): void {
    // Edge spaces become pending, so chunks meeting at node or stretch edges never double them.
    if (from < to && data.charCodeAt(from) === SPACE_CODE) {
      this.pendingSpace = true;
      from += 1;
    }
    const trailingSpace = to > from && data.charCodeAt(to - 1) === SPACE_CODE;
    if (trailingSpace) to -= 1;
    if (from < to) {
      if (this.pendingSpace && this.length > 0) {
        this.pieces.push(' ');
        this.length += 1;
      }
      this.pendingSpace = false;
      this.runStart.push(this.length);
      this.runNode.push(node);
      this.runOffset.push(from);
      this.pieces.push(foldTypography(data.slice(from, to)));
      this.length += to - from;
    }
    if (trailingSpace) this.pendingSpace = true;
  }

  /** Splits a node's data at irregular stretches (regex scans run natively, not char by char). */
  node(node: number, data: string): void {
    let last = 0;
    IRREGULAR.lastIndex = 0;
    for (let m = IRREGULAR.exec(data); m; m = IRREGULAR.exec(data)) {
      if (m.index > last) this.chunk(node, data, last, m.index);
      if (HAS_WHITESPACE.test(m[0])) this.space();
      last = m.index + m[0].length;
    }
    if (last < data.length) this.chunk(node, data, last, data.length);
  }
}

/**
 * Builds the index of `root`'s visible text, yielding now and then so that a caller may spread the
 * build over several tasks (anchorQuotesInSlices); buildTextIndex runs it in one go. The DOM may
 * change between two steps: ranges made from such an index are checked like any other (a node
 * shortened under it throws in rangeFromOffsets; a changed text is caught by isRangeIntact).
 */
export function* textIndexSteps(root: Node, options: TextIndexOptions = {}): Generator<void, TextIndex> {
  const { nodes, breakBefore } = yield* collectTextNodes(root, options.skip);
  const writer = new IndexWriter();
  for (let n = 0; n < nodes.length; n += 1) {
    if (n % STEP_NODES === STEP_NODES - 1) yield;
    if (breakBefore[n]) writer.space();
    writer.node(n, nodes[n]!.data);
  }
  return {
    text: writer.pieces.join(''),
    nodes,
    runStart: writer.runStart,
    runNode: writer.runNode,
    runOffset: writer.runOffset,
  };
}

/** Runs a generator of steps to its end and returns its value. */
export function runSteps<T>(steps: Generator<void, T>): T {
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}

/** Builds the index of `root`'s visible text. */
export function buildTextIndex(root: Node, options: TextIndexOptions = {}): TextIndex {
  return runSteps(textIndexSteps(root, options));
}

/** The run holding `offset` (the last run starting at or before it), by binary search. */
function runAt(index: TextIndex, offset: number): number {
  let low = 0;
  let high = index.runStart.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (index.runStart[mid]! <= offset) low = mid;
    else high = mid - 1;
  }
  return low;
}

/** The text node and offset in it of the character at `offset`, which must not be a space between runs. */
function locate(index: TextIndex, offset: number): { node: Text; offset: number } {
  const run = runAt(index, offset);
  return { node: index.nodes[index.runNode[run]!]!, offset: index.runOffset[run]! + offset - index.runStart[run]! };
}

/** The text node the character at `offset` comes from (for a space between runs: the run before). */
export function textNodeAt(index: TextIndex, offset: number): Text | undefined {
  if (offset < 0 || offset >= index.text.length || index.runStart.length === 0) return undefined;
  return index.nodes[index.runNode[runAt(index, offset)]!];
}

/**
 * The live DOM Range covering `[start, end)` of the index text, with spaces at either edge left
 * out (a collapsed space has no single source character). Offsets outside the text or an empty
 * span are a caller's bug and throw a RangeError; so does a DOM changed since the index was built
 * (the DOM's own IndexSizeError).
 */
export function rangeFromOffsets(index: TextIndex, start: number, end: number): Range {
  const { text } = index;
  if (!(Number.isInteger(start) && Number.isInteger(end) && start >= 0 && end <= text.length)) {
    throw new RangeError(`offsets [${start}, ${end}) outside the indexed text (${text.length})`);
  }
  let first = start;
  let last = end - 1;
  while (first <= last && text.charCodeAt(first) === SPACE_CODE) first += 1;
  while (last >= first && text.charCodeAt(last) === SPACE_CODE) last -= 1;
  if (first > last) throw new RangeError(`offsets [${start}, ${end}) cover no text`);

  const from = locate(index, first);
  const to = locate(index, last);
  const range = ownerDocument(from.node).createRange();
  range.setStart(from.node, from.offset);
  range.setEnd(to.node, to.offset + 1);
  return range;
}

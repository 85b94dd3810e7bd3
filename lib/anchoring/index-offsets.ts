import type { TextIndex } from './text-index';

// Node constants as literals: the DOM may come from another realm (see text-index.ts).
const TEXT_NODE = 3;
const SPACE_CODE = 0x20;

/** The run holding `offset`: the last run starting at or before it (binary search). */
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

function runLength(index: TextIndex, run: number): number {
  const next = run + 1 < index.runStart.length ? index.runStart[run + 1]! : index.text.length;
  let end = next;
  // The single space before the next run stands for a gap, not for characters of this run.
  if (run + 1 < index.runStart.length && index.text.charCodeAt(end - 1) === SPACE_CODE && end - 1 >= index.runStart[run]!) {
    end -= 1;
  }
  return end - index.runStart[run]!;
}

/** Position of a text node in `index.nodes`, by binary search on document order. */
function nodeIndexOf(index: TextIndex, node: Node): number {
  const { nodes } = index;
  let low = 0;
  let high = nodes.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const other = nodes[mid]!;
    if (other === node) return mid;
    // FOLLOWING (4): `other` comes after `node`.
    if (node.compareDocumentPosition(other) & 0x04) high = mid - 1;
    else low = mid + 1;
  }
  return -1;
}

/**
 * First indexed text node at or after a boundary point (`side` 'start'), or last one before it
 * ('end'), as a position in `index.nodes`; -1 if none. Binary search with Range.comparePoint.
 */
function nodeNear(index: TextIndex, container: Node, offset: number, side: 'start' | 'end'): number {
  const doc = container.ownerDocument ?? (container as Document);
  const point = doc.createRange();
  point.setStart(container, offset);
  const { nodes } = index;
  // First node whose start lies after the point (comparePoint → 1), nodes being in document order.
  let low = 0;
  let high = nodes.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (point.comparePoint(nodes[mid]!, 0) > 0) high = mid;
    else low = mid + 1;
  }
  // `low` nodes start at or before the point; the point may sit inside node low − 1 (an element
  // boundary cannot, but a text boundary is handled by the caller).
  return side === 'start' ? (low < nodes.length ? low : -1) : low - 1;
}

/** The index offset of character `offset` of node `n` (clamped into the node's runs). */
function offsetInNode(index: TextIndex, n: number, offset: number, side: 'start' | 'end'): number | null {
  const { runNode, runOffset, runStart } = index;
  let best: number | null = null;
  for (let r = firstRunOf(index, n); r < runNode.length && runNode[r] === n; r += 1) {
    const from = runOffset[r]!;
    const to = from + runLength(index, r);
    if (side === 'start') {
      // The first run that ends after the offset: inside it, or the next visible character.
      if (offset < to) return runStart[r]! + Math.max(0, offset - from);
    } else if (offset > from) {
      best = runStart[r]! + Math.min(offset, to) - from;
    }
  }
  return best;
}

function firstRunOf(index: TextIndex, n: number): number {
  const { runNode } = index;
  let low = 0;
  let high = runNode.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (runNode[mid]! < n) low = mid + 1;
    else high = mid;
  }
  return low;
}

/**
 * Maps a DOM boundary point to an offset into `index.text`: for `start`, the first visible
 * character at or after the point; for `end`, just past the last one before it. Null when no
 * indexed text lies on that side (e.g. a point in the extension's own UI at the end of the page).
 */
export function offsetAtBoundary(index: TextIndex, container: Node, offset: number, side: 'start' | 'end'): number | null {
  if (index.runStart.length === 0) return null;
  if (container.nodeType === TEXT_NODE) {
    const n = nodeIndexOf(index, container);
    if (n >= 0) {
      const inNode = offsetInNode(index, n, offset, side);
      if (inNode !== null) return inNode;
      // Only collapsed whitespace or invisible characters on that side of the node: move on.
      return boundaryFromNode(index, side === 'start' ? n + 1 : n - 1, side);
    }
  }
  return boundaryFromNode(index, nodeNear(index, container, offset, side), side);
}

/** The first (start) or last (end) visible character of node `n`, walking on past empty nodes. */
function boundaryFromNode(index: TextIndex, n: number, side: 'start' | 'end'): number | null {
  const step = side === 'start' ? 1 : -1;
  for (let i = n; i >= 0 && i < index.nodes.length; i += step) {
    const at = offsetInNode(index, i, side === 'start' ? 0 : Number.MAX_SAFE_INTEGER, side);
    if (at !== null) return at;
  }
  return null;
}

/**
 * `index.text[start, end)` with each character as it is in the page (typographic quotes and
 * dashes unfolded) and the normalized spaces between runs kept: what a reader sees, as a clip
 * should store it.
 */
export function sourceText(index: TextIndex, start: number, end: number): string {
  const { text, runStart, runNode, runOffset, nodes } = index;
  if (!(start < end) || runStart.length === 0) return '';
  const out: string[] = [];
  let at = Math.max(0, start);
  const stop = Math.min(end, text.length);
  while (at < stop) {
    const run = runAt(index, at);
    const from = runStart[run]!;
    const to = Math.min(stop, from + runLength(index, run));
    if (at < from || at >= to) {
      // A space between runs: it has no source character of its own.
      out.push(text[at]!);
      at += 1;
      continue;
    }
    const data = nodes[runNode[run]!]!.data;
    const base = runOffset[run]! - from;
    out.push(data.slice(at + base, to + base));
    at = to;
  }
  return out.join('');
}

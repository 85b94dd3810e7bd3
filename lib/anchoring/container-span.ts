import type { TextIndex } from './text-index';

export interface TextSpan {
  start: number;
  end: number;
}

// Node.compareDocumentPosition bits, as literals (the DOM may come from another realm).
const PRECEDING = 0x02;
const FOLLOWING = 0x04;
const CONTAINED_BY = 0x10;
const SPACE_CODE = 0x20;

/** First index in [0, n) for which `test` holds, `test` being false…false true…true; n if none. */
function firstWhere(n: number, test: (i: number) => boolean): number {
  let low = 0;
  let high = n;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (test(mid)) high = mid;
    else low = mid + 1;
  }
  return low;
}

/** Spans already found, per index and container: every quote of a page asks for the same one. */
const cache = new WeakMap<TextIndex, WeakMap<Node, TextSpan | null>>();

/**
 * The stretch of `index.text` that comes from inside `container`, or null if none does. A
 * subtree's text nodes are contiguous in document order, so two binary searches with
 * compareDocumentPosition find it (~30 DOM calls) instead of testing every node.
 */
export function containerSpan(index: TextIndex, container: Node): TextSpan | null {
  let spans = cache.get(index);
  if (!spans) {
    spans = new WeakMap();
    cache.set(index, spans);
  }
  const known = spans.get(container);
  if (known !== undefined) return known;
  const span = findSpan(index, container);
  spans.set(container, span);
  return span;
}

function findSpan(index: TextIndex, container: Node): TextSpan | null {
  const { nodes, runNode, runStart, text } = index;
  const position = (i: number): number => container.compareDocumentPosition(nodes[i]!);
  const firstNode = firstWhere(nodes.length, (i) => (position(i) & PRECEDING) === 0);
  const endNode = firstWhere(nodes.length, (i) => {
    const p = position(i);
    return (p & PRECEDING) === 0 && (p & CONTAINED_BY) === 0 && (p & FOLLOWING) !== 0;
  });
  if (firstNode >= endNode) return null;
  const firstRun = firstWhere(runNode.length, (r) => runNode[r]! >= firstNode);
  const endRun = firstWhere(runNode.length, (r) => runNode[r]! >= endNode);
  if (firstRun >= endRun) return null;
  const start = runStart[firstRun]!;
  let end = endRun < runStart.length ? runStart[endRun]! : text.length;
  // The space before the next run belongs to the boundary, not to the container.
  if (end - 1 > start && text.charCodeAt(end - 1) === SPACE_CODE) end -= 1;
  return { start, end };
}

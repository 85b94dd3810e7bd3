/** Compares two ranges by where they start in the document. */
function byStart(a: Range, b: Range): number {
  try {
    return a.compareBoundaryPoints(0 /* START_TO_START */, b);
  } catch {
    return 0;
  }
}

/**
 * The indexes of the non-null ranges in document order (a signal list follows the analysis
 * text, which is not always the live page's order: a hydrated page may move blocks).
 */
export function documentOrder(ranges: readonly (Range | null)[]): number[] {
  const present = ranges.flatMap((r, i) => (r ? [i] : []));
  return present.sort((a, b) => byStart(ranges[a]!, ranges[b]!));
}

/**
 * The next (`step` 1) or previous (−1) index after `current` in document order, wrapping around.
 * With no current index (−1), `start` (e.g. the first range in view) is where the walk begins:
 * it is returned itself. −1 when there is nothing to move to.
 */
export function stepFocus(order: readonly number[], current: number, step: 1 | -1, start = -1): number {
  if (order.length === 0) return -1;
  const at = order.indexOf(current);
  if (at < 0) {
    if (order.includes(start)) return start;
    return step === 1 ? order[0]! : order[order.length - 1]!;
  }
  return order[(at + step + order.length) % order.length]!;
}

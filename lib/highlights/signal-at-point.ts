/**
 * Which painted range lies under a point. Highlights have no events of their own, so hover and
 * click are hit-tested: the caret position under the pointer (a standard API in Chromium and Firefox) is
 * checked against each range, then against the range's client rects.
 */
export function rangeIndexAtPoint(doc: Document, ranges: readonly (Range | null)[], x: number, y: number): number {
  const caret = caretAt(doc, x, y);
  if (!caret) return -1;
  for (let i = 0; i < ranges.length; i++) {
    const r = ranges[i];
    if (!r) continue;
    try {
      if (!r.isPointInRange(caret.node, caret.offset)) continue;
    } catch {
      continue;
    }
    // The caret snaps to the nearest text even in the margin: confirm the point is on the text.
    for (const rect of r.getClientRects()) {
      if (x >= rect.left - 1 && x <= rect.right + 1 && y >= rect.top - 1 && y <= rect.bottom + 1) return i;
    }
  }
  return -1;
}

function caretAt(doc: Document, x: number, y: number): { node: Node; offset: number } | null {
  const d = doc as Document & {
    caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
    caretRangeFromPoint?: (x: number, y: number) => Range | null;
  };
  if (d.caretPositionFromPoint) {
    const p = d.caretPositionFromPoint(x, y);
    return p ? { node: p.offsetNode, offset: p.offset } : null;
  }
  const r = d.caretRangeFromPoint?.(x, y);
  return r ? { node: r.startContainer, offset: r.startOffset } : null;
}

import { normalizeText } from './normalize-text';

/**
 * Whether a range still covers the text it was anchored to. Re-rendering breaks ranges in two
 * ways the DOM does not report: removing a node collapses the ranges inside it onto its parent
 * (DOM "removing steps"), and replacing a node's text or part of a sentence leaves a range that
 * covers other words. Both are caught here, so the reader re-anchors only what broke.
 */
export function isRangeIntact(range: AbstractRange, anchoredText: string): boolean {
  try {
    if (range.collapsed) return false;
    const live = range as Range;
    if (!live.startContainer.isConnected || !live.endContainer.isConnected) return false;
    return normalizeText(live.toString()) === anchoredText;
  } catch {
    return false;
  }
}

/** The text to remember for isRangeIntact when a range is anchored. */
export function anchoredTextOf(range: Range): string {
  return normalizeText(range.toString());
}

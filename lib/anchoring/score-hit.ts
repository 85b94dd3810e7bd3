import { textNodeAt, type TextIndex } from './text-index';

/** The hints a quote carries about where it belongs, already normalized like the index text. */
export interface PlacementHints {
  prefix: string;
  suffix: string;
  position: number | undefined;
  preferWithin: Node | undefined;
}

export interface Hit {
  start: number;
  end: number;
  errors: number;
}

// Relative weights of the hints. Being inside the article container outweighs context agreement:
// a sidebar teaser repeating the sentence may even share some context, the container is certain.
// Position is the weakest: it is an offset in the analysis text, only roughly the index's.
const WEIGHT_WITHIN = 4;
const WEIGHT_PREFIX = 2;
const WEIGHT_SUFFIX = 2;
const WEIGHT_POSITION = 1;
const SPACE_CODE = 0x20;

/** Fraction of `prefix` found, read backwards, right before `start` (one space skipped). */
function prefixAgreement(text: string, start: number, prefix: string): number {
  let t = start - 1;
  if (text.charCodeAt(t) === SPACE_CODE) t -= 1;
  let p = prefix.length - 1;
  while (p >= 0 && t >= 0 && text.charCodeAt(t) === prefix.charCodeAt(p)) {
    p -= 1;
    t -= 1;
  }
  return (prefix.length - 1 - p) / prefix.length;
}

/** Fraction of `suffix` found right after `end` (one space skipped). */
function suffixAgreement(text: string, end: number, suffix: string): number {
  let t = end;
  if (text.charCodeAt(t) === SPACE_CODE) t += 1;
  let s = 0;
  while (s < suffix.length && t < text.length && text.charCodeAt(t) === suffix.charCodeAt(s)) {
    s += 1;
    t += 1;
  }
  return s / suffix.length;
}

function isWithin(index: TextIndex, offset: number, container: Node): boolean {
  const node = textNodeAt(index, offset);
  return node !== undefined && container.contains(node);
}

/**
 * True when no later-seen occurrence should win over this hit, so exact search may stop: it meets
 * every context hint given (container, prefix, suffix), or there are no hints at all (ties go to
 * the first seen, searching from the previous quote's match). With position as the only hint, a later hit may be closer, so it is not decisive.
 * Position is otherwise left out on purpose: it is approximate, full context agreement is not.
 */
export function isDecisive(index: TextIndex, hit: Hit, hints: PlacementHints): boolean {
  const hasContext = Boolean(hints.preferWithin || hints.prefix || hints.suffix);
  if (!hasContext) return hints.position === undefined;
  return (
    (!hints.preferWithin || isWithin(index, hit.start, hints.preferWithin)) &&
    (!hints.prefix || prefixAgreement(index.text, hit.start, hints.prefix) === 1) &&
    (!hints.suffix || suffixAgreement(index.text, hit.end, hints.suffix) === 1)
  );
}

/**
 * How good a hit is, in [0, 1]: text similarity (1 for an exact hit, 1 − errors/length for a fuzzy
 * one) scaled by how well the hints agree, so a hit that meets every hint keeps its similarity and
 * one that meets none keeps half of it. Hints that were not given do not count against a hit.
 */
export function scoreHit(index: TextIndex, hit: Hit, quoteLength: number, hints: PlacementHints): number {
  const { text } = index;
  let weighted = 0;
  let weights = 0;
  if (hints.preferWithin) {
    weighted += WEIGHT_WITHIN * (isWithin(index, hit.start, hints.preferWithin) ? 1 : 0);
    weights += WEIGHT_WITHIN;
  }
  if (hints.prefix) {
    weighted += WEIGHT_PREFIX * prefixAgreement(text, hit.start, hints.prefix);
    weights += WEIGHT_PREFIX;
  }
  if (hints.suffix) {
    weighted += WEIGHT_SUFFIX * suffixAgreement(text, hit.end, hints.suffix);
    weights += WEIGHT_SUFFIX;
  }
  if (hints.position !== undefined) {
    const distance = Math.abs(hit.start - hints.position) / Math.max(1, text.length);
    weighted += WEIGHT_POSITION * (1 - Math.min(1, distance));
    weights += WEIGHT_POSITION;
  }
  const agreement = weights === 0 ? 1 : weighted / weights;
  const similarity = Math.max(0, 1 - hit.errors / Math.max(1, quoteLength));
  return similarity * (0.5 + 0.5 * agreement);
}

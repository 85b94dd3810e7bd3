import type { SourceLevel } from '../analysis-result';

/**
 * Strength of a source level, strongest first. When one domain or name has several entries the
 * strongest one speaks for it, so a later, weaker listing never hides a state-controlled one.
 */
const RANK: Record<SourceLevel, number> = {
  'state-controlled': 0,
  'state-aligned': 1,
  'state-affiliated': 2,
  'public-independent': 3,
  unknown: 4,
};

/** Negative when `a` is stronger than `b` (a sort comparator: strongest first). */
export function compareLevels(a: SourceLevel, b: SourceLevel): number {
  return RANK[a] - RANK[b];
}

/** The three levels that mean "the state speaks here" (banner-worthy); public-independent is not one. */
export function isStateLevel(level: SourceLevel): level is 'state-controlled' | 'state-aligned' | 'state-affiliated' {
  return RANK[level] <= RANK['state-affiliated'];
}

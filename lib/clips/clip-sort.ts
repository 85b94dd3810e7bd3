import type { Clip } from './clip-schema';

export const CLIP_SORTS = ['newest', 'oldest', 'published', 'site', 'confidence'] as const;
export type ClipSort = (typeof CLIP_SORTS)[number];

export const CLIP_SORT_LABELS: Record<ClipSort, string> = {
  newest: 'Newest clips first',
  oldest: 'Oldest clips first',
  published: 'Article date, newest first',
  site: 'Site, A to Z',
  confidence: 'Signal confidence, highest first',
};

const newestFirst = (a: Clip, b: Clip) => b.createdAt - a.createdAt || a.id.localeCompare(b.id);

/**
 * Published dates are whatever the page said ("2025-11-24", "2025-11-24T08:00:00Z", sometimes
 * "Nov 24, 2025"); Date.parse reads all three, and a clip without a readable date sorts last.
 */
function publishedTime(clip: Clip): number {
  const time = clip.article.publishedAt ? Date.parse(clip.article.publishedAt) : Number.NaN;
  return Number.isNaN(time) ? Number.NEGATIVE_INFINITY : time;
}

const COMPARE: Record<ClipSort, (a: Clip, b: Clip) => number> = {
  newest: newestFirst,
  oldest: (a, b) => -newestFirst(a, b),
  published: (a, b) => publishedTime(b) - publishedTime(a) || newestFirst(a, b),
  site: (a, b) => a.site.localeCompare(b.site) || newestFirst(a, b),
  // A clip made by hand has no confidence: after every detected one.
  confidence: (a, b) => (b.confidence ?? -1) - (a.confidence ?? -1) || newestFirst(a, b),
};

/** A sorted copy; every order ends on creation time then id, so equal keys keep one stable order. */
export function sortClips(clips: readonly Clip[], sort: ClipSort): Clip[] {
  if (sort !== 'published') return [...clips].sort(COMPARE[sort]);
  // Parse each date once, not once per comparison (n log n Date.parse calls at 10,000 clips).
  const times = new Map(clips.map((c) => [c, publishedTime(c)]));
  return [...clips].sort((a, b) => times.get(b)! - times.get(a)! || newestFirst(a, b));
}

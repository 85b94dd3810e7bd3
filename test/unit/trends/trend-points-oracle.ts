// Reference readings for the Trends tests: every point decoded (the panel never does this, it sums
// week summaries: lib/trends/trend-index.ts), to check the summaries and the mirror against.
import type { ClipDatabase } from '../../../lib/clips/clip-db';
import type { TrendPoint } from '../../../lib/trends/trend-point';
import { weekPoints } from '../../../lib/trends/trend-week';

/** Every trend point, read week by week (one IndexedDB row per week: trend-week.ts). */
export async function readTrendPoints(db: ClipDatabase): Promise<TrendPoint[]> {
  const points: TrendPoint[] = [];
  for (const week of await db.trendWeeks.toArray()) weekPoints(week, points);
  return points;
}

/** The time of the oldest point, or null. */
export function oldestOf(points: readonly TrendPoint[]): number | null {
  let oldest: number | null = null;
  for (const p of points) if (oldest === null || p.at < oldest) oldest = p.at;
  return oldest;
}

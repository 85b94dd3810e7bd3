import type { ClipDatabase } from '../clips/clip-db';
import type { TrendPoint } from './trend-point';
import { pointsOf } from './trend-week';

/** Every trend point, read week by week (one IndexedDB row per week: trend-week.ts). */
export async function readTrendPoints(db: ClipDatabase): Promise<TrendPoint[]> {
  return (await readTrends(db)).points;
}

/**
 * The points and the size of the reading log, in one read transaction. Explicit on purpose: the
 * weeks are written below Dexie's change tracking (clip-db.ts), so a live query must not take
 * them from Dexie's query cache (which an explicit transaction bypasses); counting clips and the
 * log subscribes a live query to every change of either.
 */
export function readTrends(db: ClipDatabase): Promise<{ points: TrendPoint[]; logCount: number }> {
  return db.transaction('r', [db.clips, db.readingLog, db.trendWeeks], async () => {
    const [, logCount, weeks] = await Promise.all([db.clips.count(), db.readingLog.count(), db.trendWeeks.toArray()]);
    const points: TrendPoint[] = [];
    for (const week of weeks) pointsOf(week, points);
    return { points, logCount };
  });
}

/** The time of the oldest point, or null. */
export function oldestOf(points: readonly TrendPoint[]): number | null {
  let oldest: number | null = null;
  for (const p of points) if (oldest === null || p.at < oldest) oldest = p.at;
  return oldest;
}

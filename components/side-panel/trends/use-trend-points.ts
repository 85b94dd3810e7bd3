import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import type { ClipDatabase } from '@/lib/clips/clip-db';
import { oldestOf, readTrends } from '@/lib/trends/read-trend-points';
import { type TrendPoint, withoutClipped } from '@/lib/trends/trend-point';

export interface TrendData {
  /** The points Trends counts: clips, and logged signals not clipped when the log is included. */
  points: TrendPoint[];
  /** The oldest point's time (for "All"), null when there is none. */
  oldest: number | null;
  /** Entries in the reading log. */
  logCount: number;
  loading: boolean;
}

/**
 * Every trend point, read once (a row of columns per week: 60,000 points in well under the first
 * render's budget, docs/bench.md "Trends") and again when clips or the log change (live query);
 * a range change is then a pass in memory.
 */
export function useTrendPoints(db: ClipDatabase, withLog: boolean): TrendData {
  // Reruns when clips or the log change (read-trend-points.ts).
  const read = useLiveQuery(() => readTrends(db), [db]);
  const all = read?.points;
  const logCount = read?.logCount ?? 0;
  const points = useMemo(() => (all ? withoutClipped(withLog ? all : all.filter((p) => p.kind === 'clip')) : []), [all, withLog]);
  const oldest = useMemo(() => oldestOf(points), [points]);
  return { points, oldest, logCount, loading: all === undefined };
}

import { useEffect, useMemo, useState } from 'react';
import type { ClipDatabase } from '@/lib/clips/clip-db';
import { oldestOf, readTrendPoints, watchTrendSources } from '@/lib/trends/read-trend-points';
import { type TrendPoint, withoutClipped } from '@/lib/trends/trend-point';

export interface TrendData {
  /** The points Trends counts: clips, and logged signals not clipped when the log is included. */
  points: TrendPoint[];
  /** The oldest point's time (for "All"), null when there is none. */
  oldest: number | null;
  /** Signals in the reading log. */
  logCount: number;
  loading: boolean;
}

/**
 * Every trend point, read once (a row per week: docs/bench.md "Trends") and again after each
 * change of clips or the log, here or in another page; a range change is then a pass in memory.
 */
export function useTrendPoints(db: ClipDatabase, withLog: boolean): TrendData {
  const [all, setAll] = useState<TrendPoint[] | null>(null);
  useEffect(() => {
    let alive = true;
    let reading = false;
    let again = false;
    // One read at a time; changes during a read ask for one more.
    const read = () => {
      if (reading) {
        again = true;
        return;
      }
      reading = true;
      readTrendPoints(db)
        .then((points) => alive && setAll(points), (error: unknown) => console.error('[lodestone] trends', error))
        .finally(() => {
          reading = false;
          if (again && alive) {
            again = false;
            read();
          }
        });
    };
    read();
    const unwatch = watchTrendSources(db, read);
    return () => {
      alive = false;
      unwatch();
    };
  }, [db]);
  const logCount = useMemo(() => (all ? all.reduce((n, p) => n + (p.kind === 'log' ? 1 : 0), 0) : 0), [all]);
  const points = useMemo(() => (all ? withoutClipped(withLog ? all : all.filter((p) => p.kind === 'clip')) : []), [all, withLog]);
  const oldest = useMemo(() => oldestOf(points), [points]);
  return { points, oldest, logCount, loading: all === null };
}

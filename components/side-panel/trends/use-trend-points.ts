import { useEffect, useMemo, useState } from 'react';
import type { ClipDatabase } from '@/lib/clips/clip-db';
import { readTrendIndex, watchTrendSources } from '@/lib/trends/read-trend-points';
import { type TrendIndex, oldestIn, warmSummaries } from '@/lib/trends/trend-index';

export interface TrendData {
  /** The week rows Trends counts from (trend-index.ts), null until read. */
  index: TrendIndex | null;
  /** The oldest counted point's time (for "All"), null when there is none. */
  oldest: number | null;
  /** Signals in the reading log. */
  logCount: number;
  loading: boolean;
}

/**
 * Every week row, read once (a row per week: docs/bench.md "Trends") and again after each change
 * of clips or the log, here or in another page; a range change then sums week summaries in memory.
 */
export function useTrendPoints(db: ClipDatabase, withLog: boolean): TrendData {
  const [index, setIndex] = useState<TrendIndex | null>(null);
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
      readTrendIndex(db)
        .then((next) => alive && setIndex(next), (error: unknown) => console.error('[lodestone] trends', error))
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
  useEffect(() => {
    // The weeks outside the default range are summarized while the panel is idle, so a change to
    // a year or to everything is a sum, not 60–100 ms of summarizing (docs/bench.md "Trends").
    if (!index) return;
    let handle = 0;
    const step = (deadline: IdleDeadline) => {
      if (!warmSummaries(index, withLog, () => deadline.timeRemaining() > 4)) handle = requestIdleCallback(step);
    };
    handle = requestIdleCallback(step);
    return () => cancelIdleCallback(handle);
  }, [index, withLog]);
  const oldest = useMemo(() => (index ? oldestIn(index, withLog) : null), [index, withLog]);
  return { index, oldest, logCount: index?.logCount ?? 0, loading: index === null };
}

import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import type { ClipDatabase } from '@/lib/clips/clip-db';
import type { LibraryStore } from '@/lib/clips/library-store';
import type { LoggedSignal } from '@/lib/reading-log/logged-signal';
import { type TrendItem, trendItems } from '@/lib/trends/trend-item';
import { useLibrarySnapshot } from '../use-library';

export interface TrendData {
  items: TrendItem[];
  /** Entries in the reading log (0 while it is off or empty). */
  logCount: number;
  loading: boolean;
}

const NO_LOG: LoggedSignal[] = [];

/**
 * The signals Trends counts: the clips the Library holds in memory (library-store.ts), and, when
 * asked, the reading log read once per change of the log table (a live query).
 */
export function useTrendItems(db: ClipDatabase, store: LibraryStore, withLog: boolean): TrendData {
  const snapshot = useLibrarySnapshot(store);
  const logCount = useLiveQuery(() => db.readingLog.count(), [db], 0);
  const log = useLiveQuery(() => (withLog ? db.readingLog.toArray() : NO_LOG), [db, withLog]);
  const items = useMemo(() => trendItems(snapshot.clips, log ?? NO_LOG), [snapshot.clips, log]);
  return { items, logCount, loading: !snapshot.complete || log === undefined };
}

import Dexie, { type ObservabilitySet } from 'dexie';
import type { ClipDatabase } from '../clips/clip-db';
import { type TrendIndex, trendIndexOf } from './trend-index';

/**
 * The week rows, indexed for Trends without decoding them into points (trend-index.ts): decoding
 * 60,000 points cost 50–110 ms of the panel's first render (docs/bench.md "Trends").
 */
export async function readTrendIndex(db: ClipDatabase): Promise<TrendIndex> {
  // The marks time the phases for scripts/bench-trends.ts.
  performance.mark('lodestone-trends-read-start');
  const rows = await db.trendWeeks.toArray();
  performance.mark('lodestone-trends-read');
  const index = trendIndexOf(rows);
  performance.mark('lodestone-trends-indexed');
  return index;
}

/**
 * Calls `cb` after every change of clips or the reading log, made here or in another of the
 * extension's pages (Dexie's storagemutated event crosses contexts). Not a live query: the weeks
 * are written below Dexie's change tracking (clip-db.ts), and subscribing by counting 60,000 rows
 * cost ~300 ms a read (Chromium counts by walking the store; bench, docs/bench.md "Trends").
 */
export function watchTrendSources(db: ClipDatabase, cb: () => void): () => void {
  const prefixes = ['clips', 'readingLog'].map((t) => `idb://${db.name}/${t}/`);
  const listener = (parts: ObservabilitySet) => {
    if (Object.keys(parts).some((part) => prefixes.some((p) => part.startsWith(p)))) cb();
  };
  Dexie.on('storagemutated', listener);
  return () => Dexie.on.storagemutated.unsubscribe(listener);
}

import type { AnalysisResult } from '@/lib/analysis-result';
import type { ClipDatabase } from '@/lib/clips/clip-db';
import type { LogRetention } from '@/lib/reading-log/logged-signal';
import { logReading, pruneReadingLog } from '@/lib/reading-log/reading-log';
import { readSettings, watchSettings } from '@/lib/settings';

/**
 * The reading log's hook in the background (opt-in, lib/reading-log/): called with every analysis
 * of a page. Not awaited by the page's path (the reader is injected without waiting for it);
 * a failure (storage full) is logged once and costs the page nothing.
 */
export function recordReading(db: ClipDatabase, result: AnalysisResult, pageUrl: string): Promise<void> {
  return readSettings()
    .then((settings) => logReading(db, result, pageUrl, settings, Date.now()))
    .then(
      () => undefined,
      (err: unknown) => console.error('[lodestone] reading log', err),
    );
}

/**
 * Retention also applies to a reader who stopped reading: when the background starts and when the
 * retention setting changes, entries past it are deleted.
 */
export function startReadingLogRetention(db: ClipDatabase): void {
  const prune = (retention: LogRetention) =>
    void pruneReadingLog(db, retention, Date.now()).catch((err: unknown) => console.error('[lodestone] reading log retention', err));
  void readSettings().then((s) => prune(s.readingLogRetention), () => {});
  let last: LogRetention | null = null;
  watchSettings((s) => {
    if (s.readingLogRetention !== last) prune(s.readingLogRetention);
    last = s.readingLogRetention;
  });
}

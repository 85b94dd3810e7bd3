import type { AnalysisResult } from '../analysis-result';
import { canonicalUrl, stripTrackingParams } from '../clips/canonical-url';
import type { ClipDatabase } from '../clips/clip-db';
import { clipFromSignal } from '../clips/clip-from-signal';
import { NewClip } from '../clips/clip-schema';
import { dedupeKey } from '../clips/dedupe-key';
import { type SaveClipResult, saveClip } from '../clips/save-clip';
import { textFragmentUrl } from '../clips/text-fragment';
import type { Settings } from '../settings';
import { type LogRetention, LoggedSignal, RETENTION_MS } from './logged-signal';

/** The settings the log follows: on/off, retention, and which signals the reader sees highlighted. */
export type LogSettings = Pick<Settings, 'readingLog' | 'readingLogRetention' | 'sensitivity' | 'categories'>;

/**
 * The entries of one analyzed article: the signals the reader sees highlighted (the sensitivity
 * and categories of the settings, as reader-page.tsx applies them), one per sentence. A signal that
 * does not make a valid clip (a sentence over the clip bounds, say) is left out, not thrown.
 */
export function loggedSignalsOf(result: AnalysisResult, pageUrl: string, settings: LogSettings, now: number): LoggedSignal[] {
  const byKey = new Map<string, LoggedSignal>();
  for (const signal of result.signals) {
    if (signal.confidence < settings.sensitivity || !settings.categories.includes(signal.category)) continue;
    const parsed = NewClip.safeParse(clipFromSignal(result, signal, pageUrl));
    if (!parsed.success) continue;
    const input = parsed.data;
    const key = dedupeKey(input.url, input.text);
    if (byKey.has(key)) continue;
    const entry = LoggedSignal.safeParse({
      ...input,
      url: canonicalUrl(input.url),
      id: crypto.randomUUID(),
      dedupeKey: key,
      textFragmentUrl: textFragmentUrl(stripTrackingParams(input.pageUrl), input),
      seenAt: now,
    });
    if (entry.success) byKey.set(key, entry.data);
  }
  return [...byKey.values()];
}

/**
 * Stores the entries not yet in the log; an entry already there keeps its first `seenAt` (reading
 * an article twice is one reading). One 'rw' transaction, and the unique index behind it.
 * Returns how many were added.
 */
export async function addToReadingLog(db: ClipDatabase, entries: readonly LoggedSignal[]): Promise<number> {
  if (entries.length === 0) return 0;
  return db.transaction('rw', db.readingLog, async () => {
    const known = new Set((await db.readingLog.where('dedupeKey').anyOf(entries.map((e) => e.dedupeKey)).keys()) as string[]);
    const fresh = entries.filter((e) => !known.has(e.dedupeKey));
    await db.readingLog.bulkAdd(fresh);
    return fresh.length;
  });
}

/** Deletes the entries older than the retention allows (an index range). Returns how many. */
export function pruneReadingLog(db: ClipDatabase, retention: LogRetention, now: number): Promise<number> {
  const limit = RETENTION_MS[retention];
  if (!Number.isFinite(limit)) return Promise.resolve(0);
  return db.readingLog.where('seenAt').below(now - limit).delete();
}

/**
 * What the background does with each analysis: with the log on and a rare-earth article, drop
 * what retention no longer allows and store the article's signals. Returns how many were added.
 */
export async function logReading(db: ClipDatabase, result: AnalysisResult, pageUrl: string, settings: LogSettings, now: number): Promise<number> {
  if (!settings.readingLog || !result.topic.isRareEarth) return 0;
  await pruneReadingLog(db, settings.readingLogRetention, now);
  return addToReadingLog(db, loggedSignalsOf(result, pageUrl, settings, now));
}

/** "Forget the reading log": every entry, at once. */
export function forgetReadingLog(db: ClipDatabase): Promise<void> {
  return db.readingLog.clear();
}

/** Clips a signal seen earlier: the clip it would have made then, source label as it was. */
export function clipLoggedSignal(db: ClipDatabase, entry: LoggedSignal): Promise<SaveClipResult> {
  return saveClip(db, NewClip.parse(entry));
}

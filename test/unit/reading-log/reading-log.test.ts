// Covers the opt-in reading log (lib/reading-log/): off → nothing stored; on → the seed article's
// highlighted signals, once per canonical URL and sentence however often it is read and under
// whichever tracking link; retention; "forget"; a logged signal clipped later.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { AnalysisResult } from '../../../lib/analysis-result';
import { dedupeKey } from '../../../lib/clips/dedupe-key';
import { LoggedSignal } from '../../../lib/reading-log/logged-signal';
import { type LogSettings, clipLoggedSignal, forgetReadingLog, logReading, pruneReadingLog } from '../../../lib/reading-log/reading-log';
import { DEFAULT_SETTINGS } from '../../../lib/settings';
import { freshDb } from '../clips/fresh-db';
import { SEED_URL, seedAnalysis } from './seed-analysis';

const ON: LogSettings = { ...DEFAULT_SETTINGS, readingLog: true };
const DAY = 86_400_000;
const NOW = Date.UTC(2026, 0, 15);
const result = seedAnalysis();
const shown = result.signals.filter((s) => s.confidence >= ON.sensitivity);

describe('the reading log', () => {
  it('has signals to log in the seed article', () => {
    expect(result.topic.isRareEarth).toBe(true);
    expect(shown.length).toBeGreaterThan(2);
  });

  it('stores nothing while the option is off (the default)', async () => {
    const db = freshDb();
    expect(DEFAULT_SETTINGS.readingLog).toBe(false);
    expect(await logReading(db, result, SEED_URL, DEFAULT_SETTINGS, NOW)).toBe(0);
    expect(await db.readingLog.count()).toBe(0);
  });

  it('stores nothing for a page that is not a rare-earth article', async () => {
    const db = freshDb();
    const offTopic: AnalysisResult = { ...result, topic: { ...result.topic, isRareEarth: false } };
    expect(await logReading(db, offTopic, SEED_URL, ON, NOW)).toBe(0);
    expect(await db.readingLog.count()).toBe(0);
  });

  it('stores each highlighted signal with its figures, entities, source label as it was, URL and time', async () => {
    const db = freshDb();
    expect(await logReading(db, result, SEED_URL, ON, NOW)).toBe(new Set(shown.map((s) => s.text)).size);
    const rows = await db.readingLog.orderBy('seenAt').toArray();
    for (const row of rows) {
      expect(LoggedSignal.safeParse(row).success).toBe(true);
      const signal = shown.find((s) => s.text === row.text)!;
      expect(row).toMatchObject({ category: signal.category, confidence: signal.confidence, entities: signal.entities, figures: signal.figures, seenAt: NOW, url: SEED_URL.replace(/\/$/, '') });
      expect(row.sourceLabel).toBe("Relays a state-affiliated source: Northern Rare Earth Group's International Trade Company, Chinese state-owned enterprise");
      expect(row.textFragmentUrl).toContain('#:~:text=');
    }
  });

  it('leaves out signals under the sensitivity or of a category the reader turned off', async () => {
    const db = freshDb();
    const category = shown[0]!.category;
    await logReading(db, result, SEED_URL, { ...ON, sensitivity: 1, categories: [category] }, NOW);
    expect(await db.readingLog.count()).toBe(result.signals.filter((s) => s.confidence >= 1 && s.category === category).length);
    await logReading(db, result, SEED_URL, { ...ON, categories: [category] }, NOW);
    expect((await db.readingLog.toArray()).every((r) => r.category === category)).toBe(true);
  });

  it('keeps one entry per canonical URL and sentence: read again, through a tracking link, keeps the first time', async () => {
    const db = freshDb();
    const first = await logReading(db, result, SEED_URL, ON, NOW);
    expect(await logReading(db, result, `${SEED_URL}?utm_source=newsletter#comments`, ON, NOW + DAY)).toBe(0);
    expect(await db.readingLog.count()).toBe(first);
    expect((await db.readingLog.toArray()).every((r) => r.seenAt === NOW)).toBe(true);
    const keys = (await db.readingLog.toArray()).map((r) => r.dedupeKey);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('deletes what the retention no longer allows, at the next reading and on demand', async () => {
    const db = freshDb();
    const n = await logReading(db, result, SEED_URL, ON, NOW - 100 * DAY);
    const other: AnalysisResult = { ...result, url: 'https://example.com/other' };
    await logReading(db, other, 'https://example.com/other', { ...ON, readingLogRetention: '1-year' }, NOW);
    expect(await db.readingLog.count()).toBe(2 * n);
    await logReading(db, other, 'https://example.com/other', { ...ON, readingLogRetention: '90-days' }, NOW);
    expect(await db.readingLog.count()).toBe(n);
    expect(await pruneReadingLog(db, 'forever', NOW + 10_000 * DAY)).toBe(0);
    expect(await pruneReadingLog(db, '1-year', NOW + 366 * DAY)).toBe(n);
    expect(await db.readingLog.count()).toBe(0);
  });

  it('forgets every entry at once, and leaves clips alone', async () => {
    const db = freshDb();
    await logReading(db, result, SEED_URL, ON, NOW);
    const [entry] = await db.readingLog.toArray();
    await clipLoggedSignal(db, entry!);
    await forgetReadingLog(db);
    expect(await db.readingLog.count()).toBe(0);
    expect(await db.clips.count()).toBe(1);
  });

  it('clips a logged signal later as the clip it would have made then (once)', async () => {
    const db = freshDb();
    await logReading(db, result, SEED_URL, ON, NOW);
    const [entry] = await db.readingLog.toArray();
    const { clip, created } = await clipLoggedSignal(db, entry!);
    expect(created).toBe(true);
    expect(clip).toMatchObject({ text: entry!.text, category: entry!.category, sourceLabel: entry!.sourceLabel, dedupeKey: dedupeKey(entry!.url, entry!.text), origin: 'detected' });
    expect((await clipLoggedSignal(db, entry!)).created).toBe(false);
  });
});

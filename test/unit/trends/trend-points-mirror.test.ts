// Covers the trend points kept in step with clips and the reading log (trend-points-mirror.ts):
// every way a clip or logged signal is written or removed — save, import, delete, clear, a
// transaction that fails, logging, retention, forget — leaves exactly one point per row.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { deleteClip } from '../../../lib/clips/clip-queries';
import { mergeImport } from '../../../lib/clips/import-clips';
import { saveClip } from '../../../lib/clips/save-clip';
import { forgetReadingLog, logReading, pruneReadingLog } from '../../../lib/reading-log/reading-log';
import { DEFAULT_SETTINGS } from '../../../lib/settings';
import { readTrendPoints } from './trend-points-oracle';
import { trendPointOf } from '../../../lib/trends/trend-point';
import { weekStart } from '../../../lib/trends/week';
import { freshDb } from '../clips/fresh-db';
import { newClipInput } from '../clips/new-clip-input';
import { generateLibrary } from '../../fixtures/clips/generate-library';
import { SEED_URL, seedAnalysis } from '../reading-log/seed-analysis';

type Db = ReturnType<typeof freshDb>;

/** The points must be exactly those of the rows: same ids, same content. */
async function expectInStep(db: Db): Promise<void> {
  const [clips, log, points, weeks] = await Promise.all([db.clips.toArray(), db.readingLog.toArray(), readTrendPoints(db), db.trendWeeks.toArray()]);
  // Each point in the row of its week; no empty week kept.
  for (const w of weeks) {
    expect(w.at.length).toBeGreaterThan(0);
    for (const at of w.at) expect(weekStart(at)).toBe(w.week);
  }
  const expected = [...clips.map((c) => trendPointOf(c, 'clip')), ...log.map((e) => trendPointOf(e, 'log'))].sort((a, b) => a.id.localeCompare(b.id));
  expect(points.sort((a, b) => a.id.localeCompare(b.id))).toEqual(expected);
}

describe('trend points follow clips and the reading log', () => {
  it('on save, edit, delete and clear of clips', async () => {
    const db = freshDb();
    const { clip } = await saveClip(db, newClipInput());
    await saveClip(db, newClipInput({ text: 'Gallium prices rose to US$600 per kg.', figures: [{ text: 'US$600 per kg', value: 600, unit: 'USD/kg' }] }));
    await expectInStep(db);
    expect((await readTrendPoints(db)).length).toBe(2);
    await db.clips.update(clip.id, { note: 'checked' });
    await expectInStep(db);
    await deleteClip(db, clip.id);
    await expectInStep(db);
    await db.clips.clear();
    await expectInStep(db);
    expect((await readTrendPoints(db)).length).toBe(0);
  });

  it('on an import of many clips, and not for a save that failed', async () => {
    const db = freshDb();
    const clips = generateLibrary(300, 5);
    await mergeImport(db, clips);
    await expectInStep(db);
    expect((await readTrendPoints(db)).length).toBe(300);
    // A duplicate id: the transaction fails as a whole, and leaves no point behind.
    await expect(db.transaction('rw', db.clips, async () => {
      await db.clips.add({ ...clips[0]!, id: crypto.randomUUID(), dedupeKey: 'fresh' });
      await db.clips.add(clips[1]!);
    })).rejects.toThrow();
    await expectInStep(db);
    expect((await readTrendPoints(db)).length).toBe(300);
  });

  it('on logging, retention and forget, leaving the clips’ points', async () => {
    const db = freshDb();
    await saveClip(db, newClipInput());
    const on = { ...DEFAULT_SETTINGS, readingLog: true };
    const added = await logReading(db, seedAnalysis(), SEED_URL, on, Date.UTC(2026, 0, 1));
    await expectInStep(db);
    expect((await readTrendPoints(db)).length).toBe(1 + added);
    await pruneReadingLog(db, '90-days', Date.UTC(2026, 6, 1));
    await expectInStep(db);
    await logReading(db, seedAnalysis(), SEED_URL, on, Date.UTC(2026, 6, 1));
    await forgetReadingLog(db);
    await expectInStep(db);
    expect((await readTrendPoints(db)).map((p) => p.kind)).toEqual(['clip']);
  });
});

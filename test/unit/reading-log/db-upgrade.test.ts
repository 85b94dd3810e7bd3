// Covers the version 2 → 3 upgrade (the reading log table) on real data: a database written with
// the shipped version 2 schema and the clips of test/fixtures/clips/v2-database.json (rows as
// version 2 stored them, words included) opens at version 3 with every clip, its words and search
// as they were, the Trends point of each clip, and an empty reading log that then takes entries.
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import type { ClipRow } from '../../../lib/clips/clip-db';
import { searchClipIds } from '../../../lib/clips/search-clips';
import { logReading } from '../../../lib/reading-log/reading-log';
import { readTrendPoints } from '../trends/trend-points-oracle';
import { trendPointOf } from '../../../lib/trends/trend-point';
import { DEFAULT_SETTINGS } from '../../../lib/settings';
import { FIXTURES } from '../../e2e/harness';
import { freshDb } from '../clips/fresh-db';
import { uniqueDbName } from '../clips/new-clip-input';
import { SEED_URL, seedAnalysis } from './seed-analysis';

const { rows } = JSON.parse(readFileSync(join(FIXTURES, 'clips/v2-database.json'), 'utf8')) as { rows: ClipRow[] };

/** The database exactly as version 2 of Lodestone declared it (copied from the shipped clip-db.ts). */
async function writeVersion2(name: string): Promise<void> {
  const v2 = new Dexie(name);
  v2.version(2).stores({ clips: 'id, &dedupeKey, createdAt, url, category, site, *tags, *words, [updatedAt+id]' });
  await v2.table('clips').bulkAdd(rows);
  expect(v2.verno).toBe(2);
  v2.close();
}

describe('ClipDatabase upgrade 2 → 3', () => {
  it('keeps every version 2 clip row, words included, byte for byte', async () => {
    const name = uniqueDbName();
    await writeVersion2(name);
    const db = freshDb(name);
    await db.open();
    expect(db.verno).toBe(3);
    const raw = new Map(((await db.clips.toCollection().raw().toArray()) as ClipRow[]).map((r) => [r.id, r]));
    expect(raw.size).toBe(rows.length);
    for (const row of rows) expect(raw.get(row.id)).toEqual(row);
  });

  it('still finds the upgraded clips by their words', async () => {
    const name = uniqueDbName();
    await writeVersion2(name);
    const db = freshDb(name);
    const gallium = rows.filter((r) => r.words.includes('gallium')).map((r) => r.id).sort();
    expect(gallium.length).toBeGreaterThan(0);
    expect([...((await searchClipIds(db, 'gallium')) ?? [])].sort()).toEqual(gallium);
  });

  it('makes the trend point of every existing clip', async () => {
    const name = uniqueDbName();
    await writeVersion2(name);
    const db = freshDb(name);
    const clips = await db.clips.toArray();
    const points = await readTrendPoints(db);
    expect(points).toHaveLength(rows.length);
    expect(points.sort((a, b) => a.id.localeCompare(b.id))).toEqual(clips.map((c) => trendPointOf(c, 'clip')).sort((a, b) => a.id.localeCompare(b.id)));
    expect(points.find((p) => p.state === 'relays-state')).toBeDefined();
  });

  it('starts with an empty reading log that takes entries, next to the clips', async () => {
    const name = uniqueDbName();
    await writeVersion2(name);
    const db = freshDb(name);
    expect(await db.readingLog.count()).toBe(0);
    const added = await logReading(db, seedAnalysis(), SEED_URL, { ...DEFAULT_SETTINGS, readingLog: true }, Date.now());
    expect(added).toBeGreaterThan(0);
    expect(await db.readingLog.count()).toBe(added);
    expect(await db.clips.count()).toBe(rows.length);
  });
});

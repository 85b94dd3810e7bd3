// Covers the version 1 → 2 upgrade on real data (test/fixtures/clips/v1-database.json: rows as
// version 1 stored them): a database written by the shipped version 1 schema, with clips, opened
// by the current ClipDatabase, keeps every clip unchanged and gains the words index for all of them.
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import type { ClipRow } from '../../../lib/clips/clip-db';
import type { Clip } from '../../../lib/clips/clip-schema';
import { searchClipIds } from '../../../lib/clips/search-clips';
import { searchWords } from '../../../lib/clips/search-words';
import { FIXTURES } from '../../e2e/harness';
import { freshDb } from './fresh-db';
import { uniqueDbName } from './new-clip-input';

const { rows } = JSON.parse(readFileSync(join(FIXTURES, 'clips/v1-database.json'), 'utf8')) as { rows: Clip[] };

/** The database exactly as version 1 of Lodestone declared it (copied from the shipped clip-db.ts). */
async function writeVersion1(name: string): Promise<void> {
  const v1 = new Dexie(name);
  v1.version(1).stores({ clips: 'id, &dedupeKey, createdAt, url, category, site, *tags' });
  await v1.table('clips').bulkAdd(rows);
  expect(v1.verno).toBe(1);
  v1.close();
}

describe('ClipDatabase upgrade 1 → 2', () => {
  it('keeps every version 1 clip as it was', async () => {
    const name = uniqueDbName();
    await writeVersion1(name);
    const db = freshDb(name);
    await db.open();
    expect(db.verno).toBeGreaterThanOrEqual(2);
    const byId = new Map((await db.clips.toArray()).map((c) => [c.id, c]));
    expect(byId.size).toBe(rows.length);
    for (const row of rows) expect(byId.get(row.id)).toEqual(row);
  });

  it('fills the words index of every existing clip', async () => {
    const name = uniqueDbName();
    await writeVersion1(name);
    const db = freshDb(name);
    const raw = (await db.clips.toCollection().raw().toArray()) as ClipRow[];
    for (const row of raw) {
      expect(row.words.length).toBeGreaterThan(0);
      const { words, ...clip } = row;
      expect(words).toEqual(searchWords(clip));
    }
    expect(await db.clips.orderBy('[updatedAt+id]').count()).toBe(rows.length);
  });

  it('finds upgraded clips by sentence, note, title, in CJK and through damaged encoding', async () => {
    const name = uniqueDbName();
    await writeVersion1(name);
    const db = freshDb(name);
    const idsOf = async (query: string) => [...((await searchClipIds(db, query)) ?? [])].sort();
    const withText = (needle: string) => rows.filter((r) => `${r.text} ${r.note} ${r.article.title}`.includes(needle)).map((r) => r.id).sort();
    expect(await idsOf('gallium')).toEqual(rows.filter((r) => /gallium/i.test(`${r.text} ${r.note} ${r.article.title}`)).map((r) => r.id).sort());
    expect(await idsOf('Q3 update')).toEqual(withText('Q3 update'));
    expect(await idsOf('磁石')).toEqual(withText('磁石'));
    expect(await idsOf('镨钕')).toEqual(withText('镨钕'));
    // The title reads "Chinaâ€™s gallium curbs"; the reader sees (and types) "China’s".
    const damaged = rows.find((r) => r.article.title?.includes('â€™'))!;
    expect(await idsOf('China’s gallium curbs')).toEqual([damaged.id]);
  });
});

import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { openClipDb, type ClipDatabase } from '../../../lib/clips/clip-db';
import { saveClip } from '../../../lib/clips/save-clip';
import { newClipInput, uniqueDbName } from './new-clip-input';

const opened: ClipDatabase[] = [];
function freshDb(): ClipDatabase {
  const db = openClipDb(uniqueDbName());
  opened.push(db);
  return db;
}
afterEach(async () => {
  for (const db of opened.splice(0)) {
    db.close();
    await db.delete();
  }
});

describe('saveClip', () => {
  it('stores a clip with derived id, key, canonical url, fragment link and timestamps', async () => {
    const db = freshDb();
    const { clip, created } = await saveClip(db, newClipInput(), 1_700_000_000_000);
    expect(created).toBe(true);
    expect(clip.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(clip.createdAt).toBe(1_700_000_000_000);
    expect(clip.updatedAt).toBe(1_700_000_000_000);
    expect(clip.note).toBe('');
    expect(clip.tags).toEqual([]);
    expect(clip.url).toBe('https://rareearthexchanges.com/news/chinas-northern-rare-earth-group-tightens-grip-on-trade-strategy-heading-into-2026');
    expect(clip.dedupeKey.startsWith(`${clip.url}\n`)).toBe(true);
    expect(clip.textFragmentUrl).toMatch(/heading-into-2026\/#:~:text=China%E2%80%99s%20Northern/);
    expect(clip.textFragmentUrl).not.toContain('utm_source');
    expect(await db.clips.get(clip.id)).toEqual(clip);
  });

  it('keeps one clip when the same sentence is clipped twice, however it is spelled', async () => {
    const db = freshDb();
    const first = await saveClip(db, newClipInput());
    const again = await saveClip(
      db,
      newClipInput({
        text: '  China\'s  Northern Rare\u00a0Earth Group is tightening the screws on its international trade strategy as we wrap up the final quarter of 2025, according to a new update published by its state-affiliated International Trade Company.\n',
        url: 'https://RareEarthExchanges.com/news/chinas-northern-rare-earth-group-tightens-grip-on-trade-strategy-heading-into-2026?utm_campaign=x&fbclid=abc#comments',
        origin: 'manual',
      }),
    );
    expect(again.created).toBe(false);
    expect(again.clip).toEqual(first.clip);
    expect(await db.clips.count()).toBe(1);
  });

  it('gives one clip for 20 concurrent saves of the same sentence', async () => {
    const db = freshDb();
    const results = await Promise.all(Array.from({ length: 20 }, () => saveClip(db, newClipInput())));
    expect(results.filter((r) => r.created)).toHaveLength(1);
    expect(new Set(results.map((r) => r.clip.id)).size).toBe(1);
    expect(await db.clips.count()).toBe(1);
  });

  it('gives 20 clips for 20 concurrent saves of different sentences', async () => {
    const db = freshDb();
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) => saveClip(db, newClipInput({ text: `Sentence number ${i} about dysprosium.` }))),
    );
    expect(results.every((r) => r.created)).toBe(true);
    expect(await db.clips.count()).toBe(20);
  });

  it('drops keys the schema does not name instead of storing them', async () => {
    const db = freshDb();
    const hostile = { ...newClipInput(), payload: 'x'.repeat(1000), id: 'chosen-by-page' } as never;
    const { clip } = await saveClip(db, hostile);
    expect(clip).not.toHaveProperty('payload');
    expect(clip.id).not.toBe('chosen-by-page');
  });

  it('rejects input that breaks the schema (the caller skipped validation)', async () => {
    const db = freshDb();
    await expect(saveClip(db, newClipInput({ text: 'x'.repeat(5_001) }))).rejects.toThrow();
    expect(await db.clips.count()).toBe(0);
  });
});

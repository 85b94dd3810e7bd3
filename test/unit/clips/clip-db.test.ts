// Covers ClipDatabase's schema (pinned per version, so a shipped version cannot be edited in
// place) and the search-words middleware: every write stores the clip's words, reads never
// return them, and the caller's object is left alone.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { ClipRow } from '../../../lib/clips/clip-db';
import { saveClip } from '../../../lib/clips/save-clip';
import { searchWords } from '../../../lib/clips/search-words';
import { freshDb } from './fresh-db';
import { newClipInput } from './new-clip-input';

const rawRow = async (db: ReturnType<typeof freshDb>, id: string) => (await db.clips.where('id').equals(id).raw().first()) as ClipRow | undefined;

describe('ClipDatabase', () => {
  it('opens at version 3 with the version 1 indexes plus words and [updatedAt+id]', async () => {
    const db = freshDb();
    await db.open();
    expect(db.verno).toBe(3);
    const schema = db.clips.schema;
    expect(schema.primKey.name).toBe('id');
    const indexes = Object.fromEntries(schema.indexes.map((i) => [i.name, { unique: !!i.unique, multi: !!i.multi }]));
    expect(indexes).toEqual({
      dedupeKey: { unique: true, multi: false },
      createdAt: { unique: false, multi: false },
      url: { unique: false, multi: false },
      category: { unique: false, multi: false },
      site: { unique: false, multi: false },
      tags: { unique: false, multi: true },
      words: { unique: false, multi: true },
      '[updatedAt+id]': { unique: false, multi: false },
    });
  });

  it('stores the search words with every added clip, and never returns them', async () => {
    const db = freshDb();
    const { clip } = await saveClip(db, newClipInput());
    expect(clip).not.toHaveProperty('words');
    expect(await db.clips.get(clip.id)).not.toHaveProperty('words');
    expect((await rawRow(db, clip.id))?.words).toEqual(searchWords(clip));
    expect(await db.clips.where('words').equals('screws').primaryKeys()).toEqual([clip.id]);
  });

  it('recomputes the words when a note changes through update, modify or put', async () => {
    const db = freshDb();
    const { clip } = await saveClip(db, newClipInput());
    await db.clips.update(clip.id, { note: 'Check terbium quotas' });
    expect(await db.clips.where('words').equals('terbium').primaryKeys()).toEqual([clip.id]);
    await db.clips.toCollection().modify((c) => {
      c.note = 'Now about yttrium';
    });
    expect(await db.clips.where('words').equals('terbium').count()).toBe(0);
    expect(await db.clips.where('words').equals('yttrium').count()).toBe(1);
    await db.clips.put({ ...clip, note: 'scandium' });
    expect((await rawRow(db, clip.id))?.words).toEqual(searchWords({ ...clip, note: 'scandium' }));
  });

  it('does not add words to the object the caller passed in', async () => {
    const db = freshDb();
    const { clip } = await saveClip(db, newClipInput());
    const copy = { ...clip, id: crypto.randomUUID(), dedupeKey: 'other' };
    await db.clips.add(copy);
    await db.clips.bulkPut([copy]);
    expect(copy).not.toHaveProperty('words');
  });
});

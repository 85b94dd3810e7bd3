// Covers the reader's edits in IndexedDB (fake-indexeddb): the note, tags (normalized, deduped,
// autocomplete list from the tags index), and undoing a delete exactly, or refusing when the
// sentence was clipped again meanwhile.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { addClipTag, allTags, normalizeTag, normalizeTags, removeClipTag, restoreClip, setClipTags, updateClipNote } from '../../../lib/clips/clip-edits';
import { deleteClip } from '../../../lib/clips/clip-queries';
import { MAX_NOTE, MAX_TAGS } from '../../../lib/clips/clip-schema';
import { saveClip } from '../../../lib/clips/save-clip';
import { freshDb } from './fresh-db';
import { newClipInput } from './new-clip-input';

describe('updateClipNote', () => {
  it('stores the note trimmed with normalized line ends and bumps updatedAt', async () => {
    const db = freshDb();
    const { clip } = await saveClip(db, newClipInput(), 1_000);
    const result = await updateClipNote(db, clip.id, '  First line\r\nsecond line \n', 5_000);
    expect(result).toEqual({ ok: true, clip: { ...clip, note: 'First line\nsecond line', updatedAt: 5_000 } });
    expect(await db.clips.get(clip.id)).toEqual({ ...clip, note: 'First line\nsecond line', updatedAt: 5_000 });
  });

  it('refuses a note over the limit and leaves the clip unchanged', async () => {
    const db = freshDb();
    const { clip } = await saveClip(db, newClipInput());
    const result = await updateClipNote(db, clip.id, 'x'.repeat(MAX_NOTE + 1));
    expect(result.ok).toBe(false);
    expect(await db.clips.get(clip.id)).toEqual(clip);
  });

  it('says so when the clip was deleted meanwhile', async () => {
    const db = freshDb();
    const result = await updateClipNote(db, crypto.randomUUID(), 'x');
    expect(result).toEqual({ ok: false, error: expect.stringMatching(/no longer exists/) });
  });
});

describe('tags', () => {
  it('normalizes one tag: whitespace, a leading #, unicode form', () => {
    expect(normalizeTag('  #gallium   exports ')).toBe('gallium exports');
    expect(normalizeTag('Cafe\u0301')).toBe('Café');
  });

  it('keeps the first spelling of case-insensitive duplicates and drops empty tags', () => {
    expect(normalizeTags(['NdPr', ' ndpr', '', '#', 'prices', 'PRICES'])).toEqual(['NdPr', 'prices']);
  });

  it('stores tags and lists every tag of the library once, from the index', async () => {
    const db = freshDb();
    const a = await saveClip(db, newClipInput({ text: 'First sentence about gallium.' }));
    const b = await saveClip(db, newClipInput({ text: 'Second sentence about terbium.' }));
    await setClipTags(db, a.clip.id, ['gallium', 'prices']);
    await setClipTags(db, b.clip.id, ['prices', 'terbium']);
    expect((await db.clips.get(a.clip.id))?.tags).toEqual(['gallium', 'prices']);
    expect(await allTags(db)).toEqual(['gallium', 'prices', 'terbium']);
    expect(await db.clips.where('tags').equals('prices').count()).toBe(2);
  });

  it('adds tags to the tags as stored, so quick successive adds all stick, and removes one', async () => {
    const db = freshDb();
    const { clip } = await saveClip(db, newClipInput());
    await Promise.all([addClipTag(db, clip.id, 'gallium'), addClipTag(db, clip.id, 'prices'), addClipTag(db, clip.id, 'Gallium')]);
    expect((await db.clips.get(clip.id))?.tags).toEqual(['gallium', 'prices']);
    await removeClipTag(db, clip.id, 'gallium');
    expect((await db.clips.get(clip.id))?.tags).toEqual(['prices']);
  });

  it('refuses more tags than a clip holds', async () => {
    const db = freshDb();
    const { clip } = await saveClip(db, newClipInput());
    const result = await setClipTags(db, clip.id, Array.from({ length: MAX_TAGS + 1 }, (_, i) => `t${i}`));
    expect(result.ok).toBe(false);
    expect((await db.clips.get(clip.id))?.tags).toEqual([]);
  });
});

describe('restoreClip', () => {
  it('puts a deleted clip back with the same id, times, note and tags', async () => {
    const db = freshDb();
    const { clip } = await saveClip(db, newClipInput());
    const edited = await setClipTags(db, clip.id, ['kept']);
    if (!edited.ok) throw new Error(edited.error);
    await deleteClip(db, clip.id);
    expect(await db.clips.count()).toBe(0);
    expect(await restoreClip(db, edited.clip)).toEqual({ ok: true, clip: edited.clip });
    expect(await db.clips.get(clip.id)).toEqual(edited.clip);
    expect(await db.clips.where('words').equals('screws').count()).toBe(1);
  });

  it('refuses when the same sentence was clipped again meanwhile, keeping the new clip', async () => {
    const db = freshDb();
    const { clip } = await saveClip(db, newClipInput());
    await deleteClip(db, clip.id);
    const again = await saveClip(db, newClipInput());
    const result = await restoreClip(db, clip);
    expect(result.ok).toBe(false);
    expect((await db.clips.toArray()).map((c) => c.id)).toEqual([again.clip.id]);
  });
});

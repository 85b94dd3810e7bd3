// Covers LibraryStore (the side panel's in-memory library) against fake-indexeddb: the newest clips
// first, then all of them with their words; changes made through another connection (another
// window, the background) followed through the [updatedAt+id] index; local writes shown at once.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { openClipDb } from '../../../lib/clips/clip-db';
import { setClipTags, updateClipNote } from '../../../lib/clips/clip-edits';
import { deleteClip } from '../../../lib/clips/clip-queries';
import type { Clip } from '../../../lib/clips/clip-schema';
import { LibraryStore } from '../../../lib/clips/library-store';
import { generateLibrary } from '../../fixtures/clips/generate-library';
import { freshDb } from './fresh-db';

const ids = (clips: readonly Clip[]) => clips.map((c) => c.id).sort();

/** Resolves when the store publishes a snapshot that passes `test`. */
function until(store: LibraryStore, test: (clips: readonly Clip[]) => boolean): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('no such snapshot within 5 s')), 5_000);
    const check = () => {
      const s = store.getSnapshot();
      if (s.complete && test(s.clips)) {
        clearTimeout(timer);
        stop();
        resolve();
      }
    };
    const stop = store.subscribe(check);
    check();
  });
}

describe('LibraryStore', () => {
  it('publishes the newest clips first, then every clip with its words', async () => {
    const db = freshDb();
    const library = generateLibrary(250, 2);
    await db.clips.bulkAdd(library);
    const store = new LibraryStore(db, { firstPage: 20, chunk: 64 });
    const snapshots: { complete: boolean; ids: string[] }[] = [];
    store.subscribe(() => snapshots.push({ complete: store.getSnapshot().complete, ids: ids(store.getSnapshot().clips) }));
    await store.start();
    const newest = [...library].sort((a, b) => b.createdAt - a.createdAt).slice(0, 20);
    expect(snapshots[0]).toEqual({ complete: false, ids: ids(newest) });
    expect(snapshots.at(-1)?.complete).toBe(true);
    expect(ids(store.getSnapshot().clips)).toEqual(ids(library));
    expect(store.getSnapshot().clips.every((c) => !('words' in c))).toBe(true);
    expect([...(store.words.search('item 137') ?? [])]).toEqual([library[137]!.id]);
    store.stop();
  });

  it('follows adds, edits and deletes made through another connection', async () => {
    const db = freshDb();
    const [first, second, third] = generateLibrary(3, 4);
    await db.clips.bulkAdd([first!, second!]);
    const store = new LibraryStore(db);
    await store.start();
    const other = openClipDb(db.name);
    await other.clips.add(third!);
    await until(store, (clips) => clips.length === 3);
    await updateClipNote(other, first!.id, 'Edited elsewhere: yttrium');
    await until(store, (clips) => clips.find((c) => c.id === first!.id)?.note === 'Edited elsewhere: yttrium');
    expect([...(store.words.search('yttrium') ?? [])]).toEqual([first!.id]);
    await deleteClip(other, second!.id);
    await until(store, (clips) => clips.length === 2);
    expect(ids(store.getSnapshot().clips)).toEqual(ids([first!, third!]));
    other.close();
    store.stop();
  });

  it('shows a local write at once, before the database answers', async () => {
    const db = freshDb();
    const [clip] = generateLibrary(1, 6);
    await db.clips.add(clip!);
    const store = new LibraryStore(db);
    await store.start();
    const tagged = await setClipTags(db, clip!.id, ['scandium']);
    if (!tagged.ok) throw new Error(tagged.error);
    store.applyLocal({ put: tagged.clip });
    expect(store.getSnapshot().clips).toEqual([tagged.clip]);
    store.applyLocal({ remove: clip!.id });
    expect(store.getSnapshot().clips).toEqual([]);
    expect(store.words.size).toBe(0);
    store.stop();
  });
});

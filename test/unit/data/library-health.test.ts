// Covers lib/clips/library-health.ts on a real Dexie database (fake-indexeddb) and WXT's fake
// extension storage: every committed write (from saveClip, a delete, an import, Dexie's own
// bulk calls) keeps the marker at the library's count, an aborted one does not; a database that
// is empty while the marker counted clips is reported wiped, and stays reported (clips saved
// meanwhile do not hide it) until dismissed; a database emptied by the reader's own deletes is not.
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ClipDatabase } from '../../../lib/clips/clip-db';
import { deleteClip } from '../../../lib/clips/clip-queries';
import { mergeImport } from '../../../lib/clips/import-clips';
import {
  checkLibrary,
  dismissWipedLibrary,
  readLastBackup,
  readLastExport,
  readLibraryMarker,
  readWipedLibrary,
  recordExport,
  trackLibraryWrites,
} from '../../../lib/clips/library-health';
import { saveClip } from '../../../lib/clips/save-clip';
import { newClipInput, uniqueDbName } from '../clips/new-clip-input';

function trackedDb(name = uniqueDbName()): { db: ClipDatabase; writes: ReturnType<typeof vi.fn> } {
  const db = new ClipDatabase(name);
  const writes = vi.fn();
  trackLibraryWrites(db, writes);
  return { db, writes };
}

const clip = (n: number) => newClipInput({ text: `Dysprosium export licences, sentence number ${n}.` });

beforeEach(() => {
  fakeBrowser.reset();
});

describe('the library marker', () => {
  it('follows every committed write: saves, deletes, imports', async () => {
    const { db, writes } = trackedDb();
    const a = await saveClip(db, clip(1));
    await saveClip(db, clip(2));
    await vi.waitFor(() => expect(readLibraryMarker()).resolves.toMatchObject({ count: 2 }));
    await deleteClip(db, a.clip.id);
    await vi.waitFor(() => expect(readLibraryMarker()).resolves.toMatchObject({ count: 1 }));
    const other = trackedDb().db;
    const imported = [(await saveClip(other, clip(3))).clip, (await saveClip(other, clip(4))).clip];
    await mergeImport(db, imported);
    await vi.waitFor(() => expect(readLibraryMarker()).resolves.toMatchObject({ count: 3 }));
    expect(writes).toHaveBeenCalled();
  });

  it('is not moved by a write whose transaction aborted', async () => {
    const { db } = trackedDb();
    await saveClip(db, clip(1));
    await vi.waitFor(() => expect(readLibraryMarker()).resolves.toMatchObject({ count: 1 }));
    const stored = await db.clips.toArray();
    // One clip fine, the next one a duplicate id: bulkAdd in a transaction fails as a whole.
    const fresh = (await saveClip(trackedDb().db, clip(9))).clip;
    await expect(
      db.transaction('rw', db.clips, async () => {
        await db.clips.add({ ...fresh, id: crypto.randomUUID(), dedupeKey: 'x' });
        await db.clips.add(stored[0]!);
      }),
    ).rejects.toBeInstanceOf(Dexie.ConstraintError);
    await new Promise((r) => setTimeout(r, 20));
    expect(await db.clips.count()).toBe(1);
    expect((await readLibraryMarker())?.count).toBe(1);
  });
});

describe('checkLibrary', () => {
  it('finds nothing wrong with a new install, a library in use, or one the reader emptied', async () => {
    const { db } = trackedDb();
    expect(await checkLibrary(db)).toBeNull();
    const saved = await saveClip(db, clip(1));
    await vi.waitFor(() => expect(readLibraryMarker()).resolves.toMatchObject({ count: 1 }));
    expect(await checkLibrary(db)).toBeNull();
    await deleteClip(db, saved.clip.id);
    await vi.waitFor(() => expect(readLibraryMarker()).resolves.toMatchObject({ count: 0 }));
    expect(await checkLibrary(db)).toBeNull();
  });

  it('reports a database that was deleted behind its back, and keeps reporting it until dismissed', async () => {
    const name = uniqueDbName();
    const { db } = trackedDb(name);
    for (const n of [1, 2, 3]) await saveClip(db, clip(n));
    await vi.waitFor(() => expect(readLibraryMarker()).resolves.toMatchObject({ count: 3 }));
    const lastWriteAt = (await readLibraryMarker())!.lastWriteAt;
    // The browser wipes the extension's IndexedDB; storage.local (the marker) survives.
    db.close();
    await Dexie.delete(name);
    const reopened = trackedDb(name).db;
    const wiped = await checkLibrary(reopened, 5_000);
    expect(wiped).toEqual({ expected: 3, lastWriteAt, detectedAt: 5_000 });
    // A clip saved before the reader looked does not hide what happened.
    await saveClip(reopened, clip(4));
    await vi.waitFor(() => expect(readLibraryMarker()).resolves.toMatchObject({ count: 1 }));
    expect(await checkLibrary(reopened)).toEqual(wiped);
    await dismissWipedLibrary(reopened);
    expect(await readWipedLibrary()).toBeNull();
    expect(await checkLibrary(reopened)).toBeNull();
  });

  it('ignores a damaged marker', async () => {
    const { db } = trackedDb();
    await fakeBrowser.storage.local.set({ libraryMarker: { count: 'many' } });
    expect(await checkLibrary(db)).toBeNull();
  });
});

describe('the last export', () => {
  it('remembers the last JSON export, and a backup as the last backup too', async () => {
    await recordExport({ kind: 'backup', at: 10, fileName: 'lodestone-backups/lodestone-clips-2026-01-01.json', count: 3 });
    await recordExport({ kind: 'export', at: 20, fileName: 'lodestone-clips-2026-01-02.json', count: 4 });
    expect(await readLastExport()).toEqual({ kind: 'export', at: 20, fileName: 'lodestone-clips-2026-01-02.json', count: 4 });
    expect(await readLastBackup()).toMatchObject({ kind: 'backup', at: 10 });
  });
});

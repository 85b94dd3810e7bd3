import type { DBCore, DBCoreMutateRequest } from 'dexie';
import * as z from 'zod/mini';
import { storage } from 'wxt/utils/storage';
import type { ClipDatabase } from './clip-db';

/**
 * Noticing a wiped library. Browsers sometimes clear an extension's IndexedDB (storage pressure
 * evicts "best-effort" origins; a profile repair; a user's "clear site data") while its
 * `storage.local` survives: they are stored apart. So every write to the library also records a
 * small marker in `storage.local` — how many clips there were and when — and every start of the
 * background and of the side panel compares: the marker says N > 0 clips, the database has none →
 * the library was wiped. That is recorded (`local:libraryWiped`) until the reader restores an
 * export or chooses to start afresh, so that clips saved meanwhile do not hide it.
 *
 * Only an empty database counts as wiped: writes from several contexts can leave the marker's count
 * a little off either way, so "fewer clips than the marker" is no evidence; "none" is.
 */

const Count = z.number().check(z.int(), z.gte(0));
const Time = z.number().check(z.gte(0));

export const LibraryMarker = z.object({ count: Count, lastWriteAt: Time });
export type LibraryMarker = z.infer<typeof LibraryMarker>;

export const WipedLibrary = z.object({
  /** Clips the marker counted before the wipe. */
  expected: z.number().check(z.int(), z.gte(1)),
  lastWriteAt: Time,
  detectedAt: Time,
});
export type WipedLibrary = z.infer<typeof WipedLibrary>;

/** The last JSON export the reader saved (by hand, or an automatic backup): what the wiped notice offers to import. */
export const LastExport = z.object({
  kind: z.enum(['export', 'backup']),
  at: Time,
  fileName: z.string().check(z.maxLength(300)),
  count: Count,
});
export type LastExport = z.infer<typeof LastExport>;

const markerItem = storage.defineItem<unknown>('local:libraryMarker', { fallback: null });
const wipedItem = storage.defineItem<unknown>('local:libraryWiped', { fallback: null });
const lastExportItem = storage.defineItem<unknown>('local:lastExport', { fallback: null });
const lastBackupItem = storage.defineItem<unknown>('local:lastBackup', { fallback: null });

function parsed<T>(schema: z.ZodMiniType<T>, raw: unknown): T | null {
  const r = schema.safeParse(raw);
  return r.success ? r.data : null;
}

export async function readLibraryMarker(): Promise<LibraryMarker | null> {
  return parsed(LibraryMarker, await markerItem.getValue());
}

/** Called after any context recorded a write (the background follows the side panel's writes this way). */
export function watchLibraryMarker(cb: (marker: LibraryMarker | null) => void): () => void {
  return markerItem.watch((raw) => cb(parsed(LibraryMarker, raw)));
}

/**
 * Records the library's state now. Runs under a Web Lock shared by the extension's contexts
 * (background, side panel), so that each update counts after the writes before it and the last
 * update to run leaves the last count.
 */
export async function recordLibraryState(db: ClipDatabase, now: number = Date.now()): Promise<void> {
  const write = async () => {
    const count = await db.clips.count();
    await markerItem.setValue({ count, lastWriteAt: now } satisfies LibraryMarker);
  };
  const locks = (globalThis.navigator as Navigator | undefined)?.locks;
  if (locks) await locks.request('lodestone-library-marker', write);
  else await write();
}

/**
 * Keeps the marker in step with every write this context commits (add, put, delete, from any code
 * path: a DBCore middleware, told when each write transaction completes), and calls `onWrite`
 * afterwards. Call it before the database is first used (Dexie builds its middleware stack on open).
 */
export function trackLibraryWrites(db: ClipDatabase, onWrite: () => void = () => {}): void {
  let queued = false;
  let running: Promise<void> = Promise.resolve();
  const committed = () => {
    if (queued) return;
    queued = true;
    running = running
      .then(() => {
        queued = false;
        return recordLibraryState(db);
      })
      .then(onWrite)
      .catch((err: unknown) => console.debug('[lodestone] library marker', err));
  };
  const watched = new WeakSet<object>();
  db.use({
    stack: 'dbcore',
    name: 'lodestone-library-marker',
    create: (down: DBCore): Partial<DBCore> => ({
      ...down,
      table(name) {
        const table = down.table(name);
        if (name !== 'clips') return table;
        return {
          ...table,
          async mutate(req: DBCoreMutateRequest) {
            const result = await table.mutate(req);
            // The IndexedDB transaction itself: record once it has committed, not before.
            const trans = req.trans as unknown as Partial<EventTarget> & object;
            if (typeof trans.addEventListener !== 'function') committed();
            else if (!watched.has(trans)) {
              watched.add(trans);
              trans.addEventListener('complete', committed, { once: true });
            }
            return result;
          },
        };
      },
    }),
  });
}

/**
 * Compares the database with the marker (at the start of the background and the side panel).
 * Returns the wiped-library record when the library was wiped and the reader has not dealt with it
 * yet, else null.
 */
export async function checkLibrary(db: ClipDatabase, now: number = Date.now()): Promise<WipedLibrary | null> {
  const known = await readWipedLibrary();
  if (known) return known;
  const marker = await readLibraryMarker();
  if (!marker || marker.count === 0) return null;
  if ((await db.clips.count()) > 0) return null;
  const record: WipedLibrary = { expected: marker.count, lastWriteAt: marker.lastWriteAt, detectedAt: now };
  await wipedItem.setValue(record);
  return record;
}

export async function readWipedLibrary(): Promise<WipedLibrary | null> {
  return parsed(WipedLibrary, await wipedItem.getValue());
}

/** The reader restored an export, or chose to start afresh: the notice goes, and the marker follows the database again. */
export async function dismissWipedLibrary(db: ClipDatabase): Promise<void> {
  await wipedItem.removeValue();
  await recordLibraryState(db);
}

export function watchWipedLibrary(cb: (value: WipedLibrary | null) => void): () => void {
  return wipedItem.watch((raw) => cb(parsed(WipedLibrary, raw)));
}

export async function readLastExport(): Promise<LastExport | null> {
  return parsed(LastExport, await lastExportItem.getValue());
}

/** Remembers a JSON export (manual or backup) for the wiped-library notice; backups also time the next one. */
export async function recordExport(entry: LastExport): Promise<void> {
  await lastExportItem.setValue(LastExport.parse(entry));
  if (entry.kind === 'backup') await lastBackupItem.setValue(LastExport.parse(entry));
}

export async function readLastBackup(): Promise<LastExport | null> {
  return parsed(LastExport, await lastBackupItem.getValue());
}

export function watchLastBackup(cb: (value: LastExport | null) => void): () => void {
  return lastBackupItem.watch((raw) => cb(parsed(LastExport, raw)));
}

import { liveQuery } from 'dexie';
import type { ClipDatabase, ClipRow } from './clip-db';
import { clipsNewestFirst } from './clip-queries';
import type { Clip } from './clip-schema';
import { searchWords } from './search-words';
import { WordIndex } from './word-index';

/**
 * The library held in memory for the side panel, kept in step with IndexedDB.
 *
 * Why not one liveQuery over every clip: at 10,000 clips, reading them all takes ~300 ms in
 * Chromium (structured-clone decoding of ~25 MB, one long task), and a liveQuery re-runs the
 * whole read after every edit (measured: a saved note showed up after 1.2 s). Instead:
 * 1. the newest clips are read first (a 60-clip range of the createdAt index: a few ms), so the
 *    list shows at once;
 * 2. all clips are then read in chunks by primary key, each chunk a short task, the page staying
 *    responsive, with their stored search words (IndexedDB `words`) into a WordIndex;
 * 3. a liveQuery watches only the `[updatedAt+id]` index keys; when they change, the clips whose
 *    (updatedAt, id) pair is new are re-read and those whose id is gone are dropped.
 * Writers therefore bump `updatedAt` on every change (clip-edits.ts does).
 */

export interface LibrarySnapshot {
  /** Every clip is in memory: counts, filters and search cover the whole library. */
  complete: boolean;
  /** All clips when complete, else the newest ones read so far. */
  clips: readonly Clip[];
}

export interface LibraryStoreOptions {
  firstPage?: number;
  chunk?: number;
}

function splitRow(row: ClipRow): [Clip, string[]] {
  const { words, ...clip } = row;
  // A row written before version 2's upgrade ran cannot exist, but a missing array must not break search.
  return [clip, Array.isArray(words) ? words : searchWords(clip)];
}

export class LibraryStore {
  readonly words = new WordIndex();
  private readonly byId = new Map<string, Clip>();
  private readonly listeners = new Set<() => void>();
  private snapshot: LibrarySnapshot = { complete: false, clips: [] };
  private watcher: { unsubscribe(): void } | null = null;
  private stopped = false;
  private readonly firstPage: number;
  private readonly chunk: number;

  constructor(
    private readonly db: ClipDatabase,
    options: LibraryStoreOptions = {},
  ) {
    this.firstPage = options.firstPage ?? 60;
    this.chunk = options.chunk ?? 1_000;
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getSnapshot = (): LibrarySnapshot => this.snapshot;

  private publish(complete: boolean, clips: readonly Clip[] = [...this.byId.values()]): void {
    if (this.stopped) return;
    this.snapshot = { complete, clips };
    for (const listener of this.listeners) listener();
  }

  private put(row: ClipRow): void {
    const [clip, words] = splitRow(row);
    this.byId.set(clip.id, clip);
    this.words.set(clip.id, words);
  }

  private drop(id: string): void {
    this.byId.delete(id);
    this.words.delete(id);
  }

  /** Reads the newest clips, then all of them, then follows changes. Resolves once all are read. */
  async start(): Promise<void> {
    const newest = await clipsNewestFirst(this.db, this.firstPage);
    if (this.stopped) return;
    this.publish(false, newest);
    let last: string | null = null;
    for (;;) {
      const range = last === null ? this.db.clips.toCollection() : this.db.clips.where('id').above(last);
      const rows = (await range.limit(this.chunk).raw().toArray()) as ClipRow[];
      if (this.stopped) return;
      for (const row of rows) this.put(row);
      if (rows.length < this.chunk) break;
      last = rows[rows.length - 1]!.id;
    }
    this.publish(true);
    this.watcher = liveQuery(() => this.db.clips.orderBy('[updatedAt+id]').keys()).subscribe({
      next: (keys) => void this.sync(keys as unknown as [number, string][]),
      error: (error: unknown) => console.error('[lodestone] library watch', error),
    });
  }

  /** Re-reads clips whose (updatedAt, id) is new to us and drops those that are gone. */
  private async sync(keys: readonly [number, string][]): Promise<void> {
    const present = new Set<string>();
    const stale: string[] = [];
    for (const [updatedAt, id] of keys) {
      present.add(id);
      if (this.byId.get(id)?.updatedAt !== updatedAt) stale.push(id);
    }
    const gone = [...this.byId.keys()].filter((id) => !present.has(id));
    if (stale.length === 0 && gone.length === 0) return;
    const rows = stale.length ? ((await this.db.clips.where('id').anyOf(stale).raw().toArray()) as ClipRow[]) : [];
    for (const id of gone) this.drop(id);
    for (const row of rows) this.put(row);
    this.publish(true);
  }

  /**
   * Shows a write this context just made (an edit, a delete) without waiting for the liveQuery
   * round trip; the sync that follows then finds nothing to do.
   */
  applyLocal(change: { put: Clip } | { remove: string }): void {
    if (!this.snapshot.complete) return;
    if ('put' in change) {
      this.byId.set(change.put.id, change.put);
      this.words.set(change.put.id, searchWords(change.put));
    } else this.drop(change.remove);
    this.publish(true);
  }

  stop(): void {
    this.stopped = true;
    this.watcher?.unsubscribe();
    this.listeners.clear();
  }
}

import Dexie, { type DexieOptions, type Table } from 'dexie';
import type { Clip } from './clip-schema';

/**
 * The one database of clips, opened only in the extension's origin (background, side panel,
 * options): a content script's IndexedDB belongs to the web page, whose scripts can read it.
 *
 * Versions are append-only. A schema change is a new `this.version(n + 1).stores(…).upgrade(…)`
 * below the existing ones, never an edit of a shipped version, and comes with a test that opens a
 * database written at version n with real clips and checks them after the upgrade.
 */
export class ClipDatabase extends Dexie {
  clips!: Table<Clip, string>;

  constructor(name: string, options?: DexieOptions) {
    super(name, options);
    this.version(1).stores({
      // &dedupeKey: the unique index is what finally guarantees "clipping twice gives one clip".
      clips: 'id, &dedupeKey, createdAt, url, category, site, *tags',
    });
  }
}

export function openClipDb(name = 'lodestone', options?: DexieOptions): ClipDatabase {
  return new ClipDatabase(name, options);
}

import Dexie, { type DBCore, type DBCoreMutateRequest, type DexieOptions, type Table } from 'dexie';
import type { LoggedSignal } from '../reading-log/logged-signal';
import { trendPointOf } from '../trends/trend-point';
import { weeksOfPoints, withTrendPoints } from '../trends/trend-points-mirror';
import type { TrendWeek } from '../trends/trend-week';
import type { Clip } from './clip-schema';
import { type SearchableClip, searchWords } from './search-words';

/** A clip as stored: the clip plus its search words (derived, never read back: see below). */
export type ClipRow = Clip & { words: string[] };

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
  /** The opt-in reading log (lib/reading-log/): signals of articles read, not clipped. */
  readingLog!: Table<LoggedSignal, string>;
  /** Per week, the compact points of its clips and logged signals: what Trends reads (lib/trends/trend-week.ts). */
  trendWeeks!: Table<TrendWeek, number>;

  constructor(name: string, options?: DexieOptions) {
    super(name, options);
    this.version(1).stores({
      // &dedupeKey: the unique index is what finally guarantees "clipping twice gives one clip".
      clips: 'id, &dedupeKey, createdAt, url, category, site, *tags',
    });
    // Version 2, for the library at 10,000 clips:
    // - `*words`, a multi-entry index of each clip's folded words (search-words.ts): a query term
    //   is an index range, not a scan of the clips;
    // - `[updatedAt+id]`: which clips changed, read from the index alone (~10,000 short keys), so
    //   the side panel re-reads only those instead of every clip after each edit (library-store.ts).
    this.version(2)
      .stores({ clips: 'id, &dedupeKey, createdAt, url, category, site, *tags, *words, [updatedAt+id]' })
      .upgrade((tx) =>
        tx
          .table('clips')
          .toCollection()
          .modify((row: ClipRow) => {
            row.words = searchWords(row);
          }),
      );
    // Version 3, the reading log (Trends): its own table, so clips stay what they are.
    // - `&dedupeKey`: one entry per canonical URL and sentence, guaranteed by the index;
    // - `seenAt`: retention deletes an index range, and Trends reads a date range from it;
    // - `url`: the entries of one article.
    // - `trendWeeks`: per week (Monday UTC), the compact points of its clips and logged signals in
    //   columns, kept in step by the withTrendPoints middleware: Trends reads a range of weeks.
    // The upgrade leaves every clip as it was and makes the points of the existing clips.
    this.version(3)
      .stores({ readingLog: 'id, &dedupeKey, seenAt, url', trendWeeks: 'week' })
      .upgrade(async (tx) => {
        const clips = (await tx.table('clips').toArray()) as Clip[];
        await tx.table('trendWeeks').bulkPut(weeksOfPoints(clips.map((c) => trendPointOf(c, 'clip'))));
      });
    this.use({ stack: 'dbcore', name: 'lodestone-search-words', create: withSearchWords });
    // Below Dexie's own middlewares (level 0 and -1): its writes to the weeks go straight to
    // IndexedDB, in the transaction of the clip's write (Dexie's observability layer reads the
    // ambient transaction zone, which an await inside a middleware does not carry). Live queries
    // of Trends subscribe to clips and the log themselves (use-trend-points.ts).
    this.use({ stack: 'dbcore', name: 'lodestone-trend-points', level: -2, create: withTrendPoints });
    // Rows are read back as clips: the words are an index, not data (exports, equality, memory).
    this.clips.hook('reading', (row) => (row ? withoutWords(row as ClipRow) : row));
  }
}

/**
 * Every write of a clip row (add, put, and the puts behind update/modify, from any context)
 * recomputes its words here, so the index can never disagree with the sentence, note and title.
 * A DBCore middleware rather than a `creating` hook: the hook mutates the caller's object, and the
 * caller would get back a clip with an extra `words` key.
 */
function withSearchWords(down: DBCore): Partial<DBCore> {
  return {
    ...down,
    table(name) {
      const table = down.table(name);
      if (name !== 'clips') return table;
      return {
        ...table,
        mutate(req: DBCoreMutateRequest) {
          if (req.type !== 'add' && req.type !== 'put') return table.mutate(req);
          const values = req.values.map((row: SearchableClip) => ({ ...row, words: searchWords(row) }));
          return table.mutate({ ...req, values });
        },
      };
    },
  };
}

function withoutWords(row: ClipRow): Clip {
  const { words: _words, ...clip } = row;
  return clip;
}

/**
 * The library as the extension opens it. Chrome commits IndexedDB writes with "relaxed" durability
 * by default (committed once handed to the OS, not yet on disk): a power cut could lose a clip the
 * reader was told was saved. "strict" flushes each write transaction to disk first; clips are
 * saved one click at a time and an import is one transaction, so the flush is paid rarely.
 */
export function openClipDb(name = 'lodestone', options?: DexieOptions): ClipDatabase {
  return new ClipDatabase(name, { chromeTransactionDurability: 'strict', ...options });
}

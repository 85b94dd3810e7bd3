// Every earlier version of the clip database is upgraded on real stored data: for each version n
// below the current one, test/fixtures/clips/v<n>-database.json must hold rows as version n stored
// them, and a database written with version n's schema (as ClipDatabase declares it: versions are
// append-only) must open at the current version with every row kept and valid. Adding version 3
// without a v2 fixture fails here. (The v1 → v2 specifics, the words index and search over
// upgraded rows, are in test/unit/clips/clip-db-upgrade.test.ts.)
import 'fake-indexeddb/auto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { ClipDatabase } from '../../../lib/clips/clip-db';
import { Clip } from '../../../lib/clips/clip-schema';
import { FIXTURES } from '../../e2e/harness';
import { uniqueDbName } from '../clips/new-clip-input';

interface DeclaredVersion {
  _cfg: { version: number; storesSource: Record<string, string | null> };
}

/** The schema of each version as the class declares it (Dexie keeps the declarations). */
function declaredVersions(): Map<number, Record<string, string | null>> {
  const db = new ClipDatabase(uniqueDbName());
  const versions = (db as unknown as { _versions: DeclaredVersion[] })._versions;
  const byNumber = new Map<number, Record<string, string | null>>();
  let stores: Record<string, string | null> = {};
  for (const v of [...versions].sort((a, b) => a._cfg.version - b._cfg.version)) {
    stores = { ...stores, ...v._cfg.storesSource };
    byNumber.set(v._cfg.version, stores);
  }
  return byNumber;
}

const versions = declaredVersions();
const current = Math.max(...versions.keys());
const earlier = [...versions.keys()].filter((n) => n < current);

describe('ClipDatabase migrations', () => {
  it('declares versions 1 … current without gaps', () => {
    expect([...versions.keys()].sort((a, b) => a - b)).toEqual(Array.from({ length: current }, (_, i) => i + 1));
    expect(earlier.length).toBeGreaterThan(0);
  });

  it.each(earlier)('has stored data of version %i to upgrade', (n) => {
    const path = join(FIXTURES, 'clips', `v${n}-database.json`);
    expect(existsSync(path), `missing ${path}`).toBe(true);
    const { rows } = JSON.parse(readFileSync(path, 'utf8')) as { rows: unknown[] };
    expect(rows.length).toBeGreaterThan(0);
  });

  it.each(earlier)('opens a version %i database at the current version with every row kept and valid', async (n) => {
    const { rows } = JSON.parse(readFileSync(join(FIXTURES, 'clips', `v${n}-database.json`), 'utf8')) as { rows: Clip[] };
    const name = uniqueDbName();
    const old = new Dexie(name);
    old.version(n).stores(versions.get(n)!);
    await old.table('clips').bulkAdd(rows);
    old.close();

    const db = new ClipDatabase(name);
    await db.open();
    expect(db.verno).toBe(current);
    const stored = await db.clips.toArray();
    expect(stored).toHaveLength(rows.length);
    const byId = new Map(stored.map((c) => [c.id, c]));
    for (const row of rows) {
      // The search words (version 2 on) are an index the database never returns (clip-db.ts).
      const { words: _words, ...clip } = row as Clip & { words?: string[] };
      expect(byId.get(row.id)).toEqual(clip);
      expect(Clip.safeParse(byId.get(row.id)).success).toBe(true);
    }
    db.close();
    await db.delete();
  });
});

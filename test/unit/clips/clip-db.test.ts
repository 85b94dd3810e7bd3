import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { openClipDb } from '../../../lib/clips/clip-db';
import { uniqueDbName } from './new-clip-input';

describe('ClipDatabase', () => {
  // Version 1 has no predecessor, so no upgrade test yet; this pins the shipped schema so that an
  // edit of version(1) (instead of a new version(2) with an upgrade) fails here.
  it('opens at version 1 with the shipped indexes', async () => {
    const db = openClipDb(uniqueDbName());
    await db.open();
    expect(db.verno).toBe(1);
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
    });
    db.close();
    await db.delete();
  });
});

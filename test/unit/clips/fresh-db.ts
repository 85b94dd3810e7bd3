import 'fake-indexeddb/auto';
import { afterEach } from 'vitest';
import { openClipDb, type ClipDatabase } from '../../../lib/clips/clip-db';
import { uniqueDbName } from './new-clip-input';

const opened: ClipDatabase[] = [];

/** A new, empty clip database in fake-indexeddb, deleted after the test. */
export function freshDb(name = uniqueDbName()): ClipDatabase {
  const db = openClipDb(name);
  opened.push(db);
  return db;
}

afterEach(async () => {
  for (const db of opened.splice(0)) {
    db.close();
    await db.delete();
  }
});

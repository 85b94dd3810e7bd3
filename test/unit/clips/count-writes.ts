import type { ClipDatabase } from '../../../lib/clips/clip-db';

/**
 * Counts every mutation that reaches IndexedDB (add, put, delete, deleteRange) on `db`, from any
 * code path: a Dexie DBCore middleware, installed before the database opens. Returns the reader.
 */
export function countWrites(db: ClipDatabase): () => number {
  let writes = 0;
  db.use({
    stack: 'dbcore',
    name: 'count-writes',
    create: (down) => ({
      ...down,
      table(name) {
        const table = down.table(name);
        return { ...table, mutate: (req) => ((writes += 1), table.mutate(req)) };
      },
    }),
  });
  return () => writes;
}

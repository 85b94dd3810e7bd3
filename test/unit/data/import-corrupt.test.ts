// A corrupt or mismatched import writes nothing and says why. Real exports (generated from the
// sample library, test/fixtures/clips/generate-library.ts) cut short, with characters dropped,
// changed or inserted, with clips damaged, replaced by garbage, or swapped for our own CSV or
// Markdown export: previewing never throws and never writes (a counting middleware on a real
// Dexie database in fake-indexeddb); a refused file says why and that nothing was imported; a file
// that still parses imports only its valid clips, each of which is a valid Clip.
import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ClipDatabase } from '../../../lib/clips/clip-db';
import { Clip } from '../../../lib/clips/clip-schema';
import { exportCsv } from '../../../lib/clips/export-csv';
import { exportMarkdown } from '../../../lib/clips/export-markdown';
import { mergeImport, previewImport } from '../../../lib/clips/import-clips';
import { exportFile, generateLibrary } from '../../fixtures/clips/generate-library';
import { countWrites } from '../clips/count-writes';
import { uniqueDbName } from '../clips/new-clip-input';

const LIBRARY = generateLibrary(12, 5);
const VALID = exportFile(LIBRARY);

let db: ClipDatabase;
let writes: () => number;

beforeEach(async () => {
  db = new ClipDatabase(uniqueDbName());
  writes = countWrites(db);
  await db.open();
});
afterEach(async () => {
  db.close();
  await db.delete();
});

const corruptText: fc.Arbitrary<string> = fc.oneof(
  fc.nat(VALID.length - 1).map((n) => VALID.slice(0, n)),
  fc.tuple(fc.nat(VALID.length - 1), fc.nat(40)).map(([at, n]) => VALID.slice(0, at) + VALID.slice(at + n)),
  fc.tuple(fc.nat(VALID.length - 1), fc.string({ minLength: 1, maxLength: 5 })).map(([at, s]) => VALID.slice(0, at) + s + VALID.slice(at + 1)),
  fc.tuple(fc.nat(VALID.length - 1), fc.constantFrom('{', '}', '"', ',', ']', '\\', '\u0000', '\uFFFD')).map(([at, c]) => VALID.slice(0, at) + c + VALID.slice(at)),
  // Damaged clips: a field of each of a few clips replaced by garbage.
  fc
    .array(fc.tuple(fc.nat(LIBRARY.length - 1), fc.constantFrom('text', 'url', 'category', 'createdAt', 'id', 'source', 'tags', 'textFragmentUrl'), fc.anything({ maxDepth: 2 })), { minLength: 1, maxLength: 5 })
    .map((damage) => {
      const data = JSON.parse(VALID) as { clips: Record<string, unknown>[] };
      for (const [i, field, value] of damage) data.clips[i]![field] = value;
      return JSON.stringify(data);
    }),
  fc.string({ maxLength: 200 }),
  fc.json({ maxDepth: 4 }),
  fc.constant(exportCsv(LIBRARY)),
  fc.constant(exportMarkdown(LIBRARY)),
  fc.constant(''),
  fc.constant('[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[['.repeat(100)),
);

describe('importing a corrupt or mismatched file', () => {
  it('previews without a single write or a throw; refusals say why and that nothing was imported (property)', async () => {
    await fc.assert(
      fc.asyncProperty(corruptText, async (text) => {
        const before = writes();
        const plan = await previewImport(db, text);
        expect(writes()).toBe(before);
        if (!plan.ok) {
          expect(plan.error).toMatch(/Nothing was imported\.$/);
          expect(plan.error.length).toBeGreaterThan(40);
          return;
        }
        // Still an export: only its valid clips are offered, and they are valid.
        expect(plan.fresh.length + plan.duplicates + plan.invalid).toBe(plan.total);
        for (const clip of plan.fresh) expect(Clip.safeParse(clip).success).toBe(true);
      }),
      { numRuns: 400 },
    );
    expect(await db.clips.count()).toBe(0);
  });

  it('says when the file is our CSV or Markdown export, or cut short', async () => {
    const csv = await previewImport(db, exportCsv(LIBRARY));
    expect(csv.ok || csv.error).toMatch(/This is a Lodestone CSV export\. Only JSON exports can be imported/);
    const md = await previewImport(db, exportMarkdown(LIBRARY));
    expect(md.ok || md.error).toMatch(/This is a Lodestone Markdown export/);
    const cut = await previewImport(db, VALID.slice(0, Math.floor(VALID.length / 2)));
    expect(cut.ok || cut.error).toMatch(/not valid JSON .*It looks cut short/);
    const broken = await previewImport(db, VALID.replace('"clips"', '"clips" "'));
    expect(broken.ok || broken.error).not.toMatch(/cut short/);
    expect(writes()).toBe(0);
  });

  it('imports exactly the valid clips of a partly damaged file', async () => {
    const data = JSON.parse(VALID) as { clips: Record<string, unknown>[] };
    data.clips[3]!.category = 'gossip';
    data.clips[7]!.url = 'javascript:alert(1)';
    const plan = await previewImport(db, JSON.stringify(data));
    if (!plan.ok) throw new Error(plan.error);
    expect(plan.invalid).toBe(2);
    expect(plan.issues.map((i) => i.position)).toEqual([4, 8]);
    expect(await mergeImport(db, plan.fresh)).toEqual({ added: LIBRARY.length - 2, skipped: 0 });
    expect(await db.clips.count()).toBe(LIBRARY.length - 2);
  });
});

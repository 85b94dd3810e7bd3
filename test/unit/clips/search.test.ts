// Covers full-text search: searchClipIds (the IndexedDB words index) and WordIndex (the same index
// in memory, used by the side panel) against a brute-force reading of the rule "every query term is
// the prefix of a word of the sentence, note or title", on fixed cases and on random libraries.
import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Clip } from '../../../lib/clips/clip-schema';
import { searchClipIds } from '../../../lib/clips/search-clips';
import { queryTerms, searchWords } from '../../../lib/clips/search-words';
import { WordIndex } from '../../../lib/clips/word-index';
import { sampleClips } from '../../fixtures/clips/generate-library';
import { freshDb } from './fresh-db';

/** The rule, read literally. */
function bruteForce(clips: readonly Clip[], query: string): string[] | null {
  const terms = queryTerms(query);
  if (terms.length === 0) return null;
  return clips.filter((c) => terms.every((t) => searchWords(c).some((w) => w.startsWith(t)))).map((c) => c.id).sort();
}

const sorted = (ids: Set<string> | null) => (ids ? [...ids].sort() : null);

function memoryIndex(clips: readonly Clip[]): WordIndex {
  const index = new WordIndex();
  for (const clip of clips) index.set(clip.id, searchWords(clip));
  return index;
}

describe('search', () => {
  const clips = sampleClips();

  it.each(['gallium', 'Gallium export', 'ndpr pri', 'xinhua', 'offtake floor', '镨钕', 'ネオジム', 'zzz-no-such-word', '   '])(
    'finds the same clips for %j in IndexedDB, in memory and by brute force',
    async (query) => {
      const db = freshDb();
      await db.clips.bulkAdd(clips);
      const expected = bruteForce(clips, query);
      expect(sorted(await searchClipIds(db, query))).toEqual(expected);
      expect(sorted(memoryIndex(clips).search(query))).toEqual(expected);
    },
  );

  it('finds a sample clip by its note and by its title', async () => {
    const db = freshDb();
    await db.clips.bulkAdd(clips);
    const noted = clips.find((c) => c.note.includes('IEA'))!;
    expect(sorted(await searchClipIds(db, 'iea figure'))).toEqual([noted.id]);
    const titled = clips.filter((c) => c.article.title?.includes('Pangwa')).map((c) => c.id).sort();
    expect(titled.length).toBeGreaterThan(0);
    expect(sorted(await searchClipIds(db, 'pangwa'))).toEqual(titled);
  });

  it('keeps the in-memory index right as clips change and go', () => {
    const index = memoryIndex(clips);
    const [a, b] = clips;
    index.set(a!.id, searchWords({ ...a!, note: 'unobtainium' }));
    expect(sorted(index.search('unobtain'))).toEqual([a!.id]);
    index.set(a!.id, searchWords(a!));
    expect(index.search('unobtain')?.size).toBe(0);
    index.delete(b!.id);
    expect(index.search(b!.text)?.has(b!.id)).toBe(false);
    expect(index.size).toBe(clips.length - 1);
  });

  it('agrees with brute force on random libraries and queries (property)', async () => {
    const word = fc.constantFrom('gallium', 'germanium', 'galena', 'dysprosium', 'Dy', 'NdPr', 'prices', 'price', 'Ökonomie', '稀土', '出口', 'export', 'exports', '95%');
    const words = fc.array(word, { minLength: 1, maxLength: 6 }).map((w) => w.join(' '));
    const base = clips[0]!;
    await fc.assert(
      fc.asyncProperty(fc.array(fc.record({ text: words, note: words, title: words }), { minLength: 1, maxLength: 12 }), words, fc.nat(4), async (docs, query, cut) => {
        const library = docs.map((d, i) => ({ ...base, id: crypto.randomUUID(), dedupeKey: `k${i}`, text: d.text, note: d.note, article: { ...base.article, title: d.title } }));
        // Prefix queries: cut the query's last letters off.
        const q = query.slice(0, Math.max(1, query.length - cut));
        const db = freshDb();
        await db.clips.bulkAdd(library);
        const expected = bruteForce(library, q);
        expect(sorted(await searchClipIds(db, q))).toEqual(expected);
        expect(sorted(memoryIndex(library).search(q))).toEqual(expected);
        db.close();
        await db.delete();
      }),
      { numRuns: 60 },
    );
  });
});

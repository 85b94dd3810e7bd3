// Covers "clip all signals of a category" on the seed article's real analysis (the first clip of
// each of its categories in library-sample.json stands for the page): the background builds each
// clip from the signal (clipFromSignal, the same fields the reader sends) and saves it with
// saveClip, so clipping twice adds nothing; and the panel's message is validated.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { AnalysisResult } from '../../../lib/analysis-result';
import { clipFromSignal } from '../../../lib/clips/clip-from-signal';
import { NewClip } from '../../../lib/clips/clip-schema';
import { saveCategory } from '../../../lib/clips/save-category';
import { BackgroundMessage, SaveCategoryReply } from '../../../lib/messages';
import { sampleClips } from '../../fixtures/clips/generate-library';
import { freshDb } from './fresh-db';

const seed = sampleClips().filter((c) => c.site === 'rareearthexchanges.com');
const first = seed[0]!;
const result: AnalysisResult = {
  url: first.url,
  article: { ...first.article, wordCount: 800 },
  topic: { isRareEarth: true, score: 0.9, evidence: [] },
  source: first.source,
  signals: seed.map((c) => ({ text: c.text, prefix: c.prefix, suffix: c.suffix, category: c.category as AnalysisResult['signals'][number]['category'], direction: c.direction, confidence: c.confidence ?? 0.5, entities: c.entities, figures: c.figures, why: c.why })),
};
const PAGE = `${first.url}?utm_source=newsletter`;

describe('clipFromSignal', () => {
  it('builds a valid clip request carrying the signal, the article and the source label', () => {
    const input = clipFromSignal(result, result.signals[0]!, PAGE);
    expect(NewClip.safeParse(input).success).toBe(true);
    expect(input).toMatchObject({ text: first.text, category: first.category, origin: 'detected', sourceLabel: first.sourceLabel, site: 'rareearthexchanges.com', pageUrl: PAGE });
  });
});

describe('saveCategory', () => {
  it('clips every signal of the category once, and nothing the second time', async () => {
    const db = freshDb();
    const category = result.signals[1]!.category;
    const count = result.signals.filter((s) => s.category === category).length;
    expect(await saveCategory(db, result, category, PAGE)).toEqual({ created: count, existing: 0 });
    expect(await saveCategory(db, result, category, PAGE)).toEqual({ created: 0, existing: count });
    expect((await db.clips.toArray()).every((c) => c.category === category && c.textFragmentUrl.includes('#:~:text='))).toBe(true);
  });
});

describe('clips:save-category message', () => {
  it('accepts a tab and a category, and refuses anything else', () => {
    expect(BackgroundMessage.safeParse({ type: 'clips:save-category', tabId: 3, category: 'pricing' }).success).toBe(true);
    expect(BackgroundMessage.safeParse({ type: 'clips:save-category', tabId: -1, category: 'pricing' }).success).toBe(false);
    expect(BackgroundMessage.safeParse({ type: 'clips:save-category', tabId: 3, category: 'unclassified' }).success).toBe(false);
    expect(BackgroundMessage.safeParse({ type: 'clips:save-category', tabId: 3 }).success).toBe(false);
    expect(SaveCategoryReply.safeParse({ ok: true, created: 2, existing: 1 }).success).toBe(true);
  });
});

import fc from 'fast-check';
import { CATEGORIES } from '../../../lib/analysis-result';
import type { NewClip } from '../../../lib/clips/clip-schema';
import { newClipInput } from './new-clip-input';

/**
 * Text a web page or a reader can produce, biased toward what breaks exports: spreadsheet formula
 * starts, quotes, separators, line breaks, Markdown syntax, astral and CJK characters.
 */
export const awkwardText = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 60 }),
  fc.array(fc.constantFrom('=SUM(A1)', '+1', '-2', '@cmd', '\t', '\r', '\n', '"', ',', ';', '*', '[x](javascript:y)', '# h', '稀土', '👍🏽', ' ', 'gallium', 'Dy'), { maxLength: 8 }).map((p) => p.join('')),
);

const URLS = ['https://example.com/news/a', 'https://example.com/news/b?id=7', 'https://reuters.example/markets/c/'];

/** A clip request: the seed article's clip with random sentence, context, category and article. */
export const arbitraryNewClip: fc.Arbitrary<NewClip> = fc
  .record({
    text: awkwardText.filter((t) => t.length >= 1 && t.length <= 5_000),
    prefix: fc.string({ maxLength: 40 }),
    suffix: fc.string({ maxLength: 40 }),
    category: fc.constantFrom(...CATEGORIES, 'unclassified' as const),
    confidence: fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: null }),
    url: fc.constantFrom(...URLS),
    title: fc.option(awkwardText, { nil: null }),
  })
  .map(({ title, ...r }) => {
    const base = newClipInput();
    return { ...base, ...r, pageUrl: r.url, article: { ...base.article, title } };
  });

export const arbitraryNote = awkwardText.map((t) => t.slice(0, 200));
export const arbitraryTags = fc.array(fc.constantFrom('gallium', 'NdPr', 'prices', '=evil', 'two words', '稀土'), { maxLength: 4 });

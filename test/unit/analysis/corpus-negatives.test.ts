import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../../lib/analysis/analyze-text';
import { extractArticleText } from '../../../lib/article/extract-article';

/**
 * The shared corpus of 130 real pages, none about rare earths (corpus/README.md): every one must
 * come out off-topic with no signal. Optional and opt-in: the folder is not part of the
 * repository, and jsdom + Readability on 130 pages takes ~25 s. Run it with
 * `LODESTONE_CORPUS=/path/to/corpus/readability-pages npx vitest run --project unit corpus`.
 */
const CORPUS = process.env.LODESTONE_CORPUS ?? '';
const pages = CORPUS && existsSync(CORPUS) ? readdirSync(CORPUS).filter((name) => existsSync(join(CORPUS, name, 'source.html'))) : [];

describe.skipIf(pages.length === 0)(`corpus negatives (${CORPUS})`, () => {
  it.each(pages)('%s is not a rare-earth article', (name) => {
    const url = `https://example.com/${name}/`;
    const doc = new JSDOM(readFileSync(join(CORPUS, name, 'source.html'), 'utf8'), { url }).window.document;
    const article = extractArticleText(doc, url);
    if (!article) return;
    const { topic, signals } = analyzeText(article);
    expect(topic.isRareEarth, `score ${topic.score}, evidence ${topic.evidence.join(', ')}`).toBe(false);
    expect(signals).toEqual([]);
  });
});

if (pages.length === 0) {
  describe('corpus negatives', () => {
    it.skip(`skipped: set LODESTONE_CORPUS to the corpus's readability-pages folder to run it${CORPUS ? ` (not found: ${CORPUS})` : ''}`, () => {});
  });
}

// Covers lib/article on the seed fixture (test/fixtures/seed-article.html): metadata from the head,
// Readability's body without the page furniture, block kinds, and screen-reader text removed.
import { readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { extractArticleText } from '../../../lib/article/extract-article';

const html = readFileSync(new URL('../../fixtures/seed-article.html', import.meta.url), 'utf8');
const url = 'http://localhost:8080/seed-article.html';

function extract(source = html) {
  const doc = new JSDOM(source, { url }).window.document;
  return extractArticleText(doc, url);
}

describe('extractArticleText', () => {
  it('reads the head: canonical URL, site name, JSON-LD publisher, date, language, tags', () => {
    const a = extract();
    expect(a?.meta.url).toBe(url);
    expect(a?.meta.canonicalUrl).toBe(
      'https://rareearthexchanges.com/news/chinas-northern-rare-earth-group-tightens-grip-on-trade-strategy-heading-into-2026/',
    );
    expect(a?.meta.siteName).toBe('Rare Earth Exchanges');
    expect(a?.meta.jsonLdPublisher).toBe('Rare Earth Exchanges');
    expect(a?.meta.publishedAt).toBe('2025-11-24');
    expect(a?.meta.lang).toBe('en-US');
    expect(a?.meta.keywords).toContain('PrNd');
  });

  it('keeps the article body and drops navigation, sidebar, comments and cookie notice', () => {
    const texts = extract()!.blocks.map((b) => b.text);
    expect(texts.some((t) => t.startsWith('China’s Northern Rare Earth Group is tightening the screws'))).toBe(true);
    for (const furniture of ['We use cookies', 'Get the daily rare earth brief', 'Lynas Ramps Up', '0 Comments']) {
      expect(texts.some((t) => t.includes(furniture))).toBe(false);
    }
  });

  it('marks headings, list items and table cells, and removes screen-reader-only text', () => {
    const blocks = extract()!.blocks;
    expect(blocks.find((b) => b.text === 'Bottom Line')?.kind).toBe('heading');
    expect(blocks.find((b) => b.text.startsWith('Beijing is normalizing'))?.kind).toBe('list-item');
    expect(blocks.find((b) => b.text.startsWith('China is increasing output'))?.kind).toBe('table-cell');
    expect(blocks.some((b) => b.text.includes('opens in a new tab'))).toBe(false);
    expect(blocks.some((b) => b.text.includes('trade strategy as we wrap up'))).toBe(true);
  });

  it('returns null for a page without an article', () => {
    expect(extract('<html><body><nav><a href="/">Home</a></nav></body></html>')).toBeNull();
  });
});

describe('hard-wrapped copy (test/fixtures/pages/wrapped-wire-article.html, a <br> after every line)', () => {
  const wrapped = readFileSync(new URL('../../fixtures/pages/wrapped-wire-article.html', import.meta.url), 'utf8');
  it('reads the lines a <br> breaks inside a sentence as one paragraph, and keeps real paragraph ends', () => {
    const blocks = extract(wrapped)?.blocks.filter((b) => b.kind === 'paragraph').map((b) => b.text) ?? [];
    expect(blocks).toContain('Under that regime each cargo of antimony oxide, ingot or ore needs a licence from the commerce ministry, and the buyer has to state what the metal will be used for.');
    expect(blocks.find((b) => b.startsWith('ROTTERDAM, Oct 14'))).toMatch(/licence last year\.$/);
    expect(blocks).toContain('Related: Bismuth buyers turn to Bolivian smelters');
    expect(blocks.some((b) => b.includes('Nobody wants') && b.includes('Bolivian'))).toBe(false);
  });
});

// The bench's large articles (scripts/bench/generate-article.ts), generated from the seed article
// fixture: at least the size asked for, identical from run to run (the bench compares runs), still
// the seed's page around a body the analyzer reads as a rare-earth article with many signals.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DOMParser } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { analyzeDocument } from '../../../lib/analyze-page';
import { generateArticle } from '../../../scripts/bench/generate-article';

const seed = readFileSync(join(import.meta.dirname, '../../fixtures/seed-article.html'), 'utf8');
const TARGET = 256 * 1024;

describe('generateArticle', () => {
  const html = generateArticle(seed, TARGET, 'bench-test');

  it('reaches the size asked for, and stops soon after', () => {
    const bytes = Buffer.byteLength(html);
    expect(bytes).toBeGreaterThanOrEqual(TARGET);
    expect(bytes).toBeLessThan(TARGET * 1.05);
  });

  it('is the same bytes on every run for the same seed, and differs for another', () => {
    expect(generateArticle(seed, TARGET, 'bench-test')).toBe(html);
    expect(generateArticle(seed, TARGET, 'bench-test', 8)).not.toBe(html);
  });

  it('keeps the seed page around it, under its own canonical URL', () => {
    expect(html).toContain('<header class="site-header">');
    expect(html).toContain('<link rel="canonical" href="https://rareearthexchanges.com/news/bench-test/">');
  });

  it('reads as a rare-earth article with signals of several categories', () => {
    const doc = new DOMParser().parseFromString(html, 'text/html') as unknown as Document;
    const result = analyzeDocument(doc, 'https://rareearthexchanges.com/news/bench-test/');
    expect(result.topic.isRareEarth).toBe(true);
    expect(result.signals.length).toBeGreaterThan(200);
    expect(new Set(result.signals.map((s) => s.category)).size).toBeGreaterThanOrEqual(6);
  });
});

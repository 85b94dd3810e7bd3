import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { analyzeDocument } from '../../../lib/analyze-page';
import { decodeHtml } from '../../../lib/eval/decode-html';
import { parseHtml } from '../../../scripts/analyze';

/**
 * The analyzer parses pages with linkedom because it is ~4× faster than jsdom here (see
 * scripts/analyze.ts); the extension parses them with the browser's DOMParser, which jsdom's
 * spec-following parser stands in for. This checks that the choice changes nothing: on every
 * fixture page (the seed, its mojibake twin, the non-rare-earth page and every page of the team
 * corpus), analyzeDocument gives the same result on a linkedom document and on a jsdom one.
 */
const FIXTURES = join(import.meta.dirname, '../../fixtures');
const files = [
  ...readdirSync(FIXTURES).filter((f) => f.endsWith('.html')).map((f) => join(FIXTURES, f)),
  ...readdirSync(join(FIXTURES, 'corpus')).filter((f) => f.endsWith('.html')).sort().map((f) => join(FIXTURES, 'corpus', f)),
];
const window = new JSDOM('').window;

describe('linkedom and jsdom give the same analysis', () => {
  it.each(files.map((f) => [f.slice(FIXTURES.length + 1), f]))('%s', (_, file) => {
    const html = decodeHtml(readFileSync(file)).text;
    const url = 'https://example.com/page';
    const viaLinkedom = analyzeDocument(parseHtml(html), url);
    const viaJsdom = analyzeDocument(new window.DOMParser().parseFromString(html, 'text/html'), url);
    expect(viaLinkedom).toEqual(viaJsdom);
  });
});

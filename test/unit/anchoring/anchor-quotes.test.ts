// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { anchorQuotes } from '../../../lib/anchoring/anchor-quotes';
import { normalizeText } from '../../../lib/anchoring/normalize-text';

function page(html: string): Document {
  return new DOMParser().parseFromString(`<!doctype html><html><body>${html}</body></html>`, 'text/html');
}

describe('anchorQuotes', () => {
  it('anchors quotes across inline elements, nbsp and soft hyphens, in input order', () => {
    const doc = page(
      '<p>China is <em>increasing</em> output of lan\u00adthanum-cerium <a href="#"><span>products</span>, <span>including</span></a>\u00a0oxide.</p>' +
        '<p>PrNd appears stable.</p>',
    );
    const [second, missing, first] = anchorQuotes(doc.body, [
      { exact: 'PrNd appears stable.' },
      { exact: 'Nothing like this is on the page.' },
      { exact: 'China is increasing output of lanthanum-cerium products, including oxide.' },
    ]);
    expect(second?.toString()).toBe('PrNd appears stable.');
    expect(missing).toBeNull();
    expect(first?.toString()).toBe('China is increasing output of lan\u00adthanum-cerium products, including\u00a0oxide.');
  });

  it('searches each quote from where the previous one was found (signals come in document order)', () => {
    // "Prices held." occurs before and after the lead; the quote list follows the page, so the
    // second quote is the occurrence after the first quote, not the earlier one.
    const doc = page('<p id="a">Prices held.</p><p id="b">Beijing cut the quota.</p><p id="c">Prices held.</p>');
    const [lead, repeat] = anchorQuotes(doc.body, [{ exact: 'Beijing cut the quota.' }, { exact: 'Prices held.' }]);
    expect(lead?.startContainer.parentElement?.id).toBe('b');
    expect(repeat?.startContainer.parentElement?.id).toBe('c');
    // And it wraps around: a quote found only before the previous one is still found.
    const [late, early] = anchorQuotes(doc.body, [{ exact: 'Beijing cut the quota.' }, { exact: 'Prices held.', suffix: 'Beijing' }]);
    expect(late?.startContainer.parentElement?.id).toBe('b');
    expect(early?.startContainer.parentElement?.id).toBe('a');
  });

  it('matches a quote that skips screen-reader-only link text', () => {
    const doc = page(
      '<p>China’s Northern Rare Earth Group is tightening the screws on its <a href="https://example.cn" target="_blank">international trade strategy<span class="screen-reader-text"> (opens in a new tab)</span></a> as we wrap up the final quarter of 2025.</p>',
    );
    const [range] = anchorQuotes(doc.body, [
      { exact: 'China’s Northern Rare Earth Group is tightening the screws on its international trade strategy as we wrap up the final quarter of 2025.' },
    ]);
    expect(range).not.toBeNull();
    // The range spans the hidden span (it is one Range), but starts and ends on the quote's words.
    const text = range!.toString();
    expect(text.startsWith('China’s Northern')).toBe(true);
    expect(text.endsWith('quarter of 2025.')).toBe(true);
    expect(normalizeText(text.replace(' (opens in a new tab)', ''))).toBe(
      "China's Northern Rare Earth Group is tightening the screws on its international trade strategy as we wrap up the final quarter of 2025.",
    );
  });

  it('anchors in the article, not in a sidebar teaser that repeats the sentence first', () => {
    const sentence = 'Beijing is normalizing export-control compliance as a strategic gatekeeper tool.';
    const doc = page(`<aside class="teaser"><p>${sentence}</p></aside><article><p>Lead. ${sentence} More.</p></article>`);
    const article = doc.querySelector('article')!;
    const [range] = anchorQuotes(doc.body, [{ exact: sentence }], { preferWithin: article });
    expect(range?.toString()).toBe(sentence);
    expect(article.contains(range!.startContainer)).toBe(true);
  });

  it('anchors a quote whose punctuation differs from the page (’ vs \', — vs -) and one with a typo', () => {
    const doc = page('<p>Beijing’s flagship enterprise is preparing to defend—and expand—market share.</p>');
    const [punctuation, typo] = anchorQuotes(doc.body, [
      { exact: "Beijing's flagship enterprise is preparing to defend-and expand-market share." },
      { exact: 'Beijing’s flagship entreprise is preparing to defend—and expand—market share.' },
    ]);
    expect(punctuation?.toString()).toBe('Beijing’s flagship enterprise is preparing to defend—and expand—market share.');
    expect(typo?.toString()).toBe('Beijing’s flagship enterprise is preparing to defend—and expand—market share.');
  });

  it('returns null for every quote rather than throwing when the root cannot be indexed', () => {
    const notANode = {} as Node;
    expect(anchorQuotes(notANode, [{ exact: 'a' }, { exact: 'b' }])).toEqual([null, null]);
  });
});

describe('anchorQuotes on the seed article', () => {
  // A path, not `new URL(…, import.meta.url)`: under jsdom the global URL is jsdom's, which
  // node:fs does not accept.
  const fixtures = join(import.meta.dirname, '../../fixtures');
  const html = readFileSync(join(fixtures, 'seed-article.html'), 'utf8');
  const expected = JSON.parse(readFileSync(join(fixtures, 'seed-article.expected.json'), 'utf8')) as {
    must: { quote: string }[];
    may: string[];
  };

  it.each([
    ['the whole document', (doc: Document): Node => doc],
    ['the body', (doc: Document): Node => doc.body],
  ])('anchors every "must" and "may" quote inside the article from %s', (_label, rootOf) => {
    const doc = new DOMParser().parseFromString(html, 'text/html');
    const article = doc.querySelector('article')!;
    const quotes = [...expected.must.map((m) => m.quote), ...expected.may];
    const ranges = anchorQuotes(rootOf(doc), quotes.map((exact) => ({ exact })), { preferWithin: article });
    ranges.forEach((range, i) => {
      expect(range, quotes[i]).not.toBeNull();
      expect(normalizeText(range!.toString()), quotes[i]).toBe(normalizeText(quotes[i]!));
      expect(article.contains(range!.startContainer)).toBe(true);
    });
  });

  it('anchors them on the damaged-encoding twin too (fuzzy: "Chinaโs" for "China’s")', () => {
    const mojibake = readFileSync(join(fixtures, 'seed-article-mojibake.html'), 'utf8');
    const doc = new DOMParser().parseFromString(mojibake, 'text/html');
    const article = doc.querySelector('article')!;
    const quotes = [...expected.must.map((m) => m.quote), ...expected.may];
    const ranges = anchorQuotes(doc.body, quotes.map((exact) => ({ exact })), { preferWithin: article });
    ranges.forEach((range, i) => {
      expect(range, quotes[i]).not.toBeNull();
      expect(article.contains(range!.startContainer)).toBe(true);
      expect(range!.toString().startsWith(quotes[i]!.slice(0, 5)), quotes[i]).toBe(true);
    });
  });
});

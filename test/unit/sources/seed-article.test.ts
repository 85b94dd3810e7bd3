import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { SourceAssessment } from '../../../lib/analysis-result';
import { extractArticleText } from '../../../lib/article/extract-article';
import { assessSource } from '../../../lib/sources/assess-source';

const fixture = (name: string) => fileURLToPath(new URL(`../../fixtures/${name}`, import.meta.url));
const expected = JSON.parse(readFileSync(fixture('seed-article.expected.json'), 'utf8')) as {
  url: string;
  publisher: { domain: string; name: string };
};

function assess(file: string) {
  const doc = new JSDOM(readFileSync(fixture(file), 'utf8'), { url: expected.url }).window.document;
  const article = extractArticleText(doc, expected.url);
  if (!article) throw new Error(`no article in ${file}`);
  return assessSource(article);
}

describe.each(['seed-article.html', 'seed-article-mojibake.html'])('the seed article: %s', (file) => {
  const source = assess(file);

  it('is a valid SourceAssessment', () => {
    expect(SourceAssessment.safeParse(source).success).toBe(true);
  });

  it('names the publisher, not state-linked', () => {
    expect(source.publisher).toEqual({
      domain: expected.publisher.domain,
      name: expected.publisher.name,
      level: 'unknown',
      country: null,
      basis: null,
      reference: null,
    });
  });

  it('finds the state-owned trade company as the origin of the content', () => {
    expect(source.relays).toHaveLength(1);
    const relay = source.relays[0]!;
    expect(relay).toMatchObject({
      name: "Northern Rare Earth Group's International Trade Company",
      level: 'state-affiliated',
      kind: 'origin',
      description: 'Chinese state-owned enterprise',
      country: 'China',
    });
    expect(relay.evidence).toContain('state-affiliated International Trade Company');
    expect(relay.evidence).toBe('according to a new update published by its state-affiliated International Trade Company');
    expect(relay.reference).toBeTruthy();
  });

  it('quotes the disclaimer among the disclosures', () => {
    expect(source.disclosures).toContain(
      'Disclaimer: This news item originates from a media outlet affiliated with a Chinese state-owned enterprise.',
    );
  });

  it('shows the relays-state banner', () => {
    expect(source.banner).toBe('relays-state');
  });
});

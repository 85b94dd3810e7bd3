import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Signal } from '../../../lib/analysis-result';
import { analyzeText } from '../../../lib/analysis/analyze-text';
import { repairMojibake } from '../../../lib/analysis/repair-mojibake';
import { loadFixtureArticle } from './fixture-article';

/**
 * The acceptance case (DESIGN: "the seed article … is the first acceptance case"): every `must`
 * statement of seed-article.expected.json is highlighted with its category, no `never` statement
 * is, on the clean page and on its damaged-encoding twin.
 */

interface Expected {
  url: string;
  rareEarthArticle: boolean;
  must: { quote: string; category: string }[];
  may: string[];
  never: string[];
}

const expected = JSON.parse(readFileSync('test/fixtures/seed-article.expected.json', 'utf8')) as Expected;

/** Quotes are written clean; the twin's text is compared after repair on both sides. */
const comparable = (text: string): string => repairMojibake(text).replace(/\s+/g, ' ').trim();

describe.each(['seed-article.html', 'seed-article-mojibake.html'])('signals on %s', (file) => {
  const article = loadFixtureArticle(`test/fixtures/${file}`, expected.url);
  const { topic, signals } = analyzeText(article);
  const signalTexts = signals.map((s) => comparable(s.text));

  it('is recognised as a rare-earth article', () => {
    expect(topic.isRareEarth).toBe(expected.rareEarthArticle);
  });

  it.each(expected.must)('highlights "$quote" as $category', ({ quote, category }) => {
    const found = signals.filter((s) => comparable(s.text).startsWith(comparable(quote)));
    expect(found, `no signal starts with "${quote}"`).toHaveLength(1);
    expect(found[0]?.category).toBe(category);
  });

  it.each(expected.never)('never highlights "%s"', (quote) => {
    expect(signalTexts.filter((text) => text.includes(comparable(quote)))).toEqual([]);
  });

  it('returns valid signals quoted verbatim from their block, with their context', () => {
    const blockTexts = article.blocks.map((b) => b.text);
    for (const signal of signals) {
      expect(Signal.safeParse(signal).success).toBe(true);
      const around = signal.prefix + signal.text + signal.suffix;
      expect(blockTexts.some((block) => block.includes(around)), signal.text).toBe(true);
      expect(signal.prefix.length).toBeLessThanOrEqual(32);
      expect(signal.suffix.length).toBeLessThanOrEqual(32);
      expect(signal.why).toContain(signal.category);
    }
  });

  it('keeps document order and reports each sentence once', () => {
    expect(new Set(signalTexts).size).toBe(signalTexts.length);
    const body = article.blocks.map((b) => b.text).join('\n');
    const positions = signals.map((s) => body.indexOf(s.prefix + s.text));
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
  });

  it('extracts the figures the statements carry', () => {
    const gatekeeper = signals.find((s) => s.text.startsWith('Beijing is normalizing'));
    expect(gatekeeper?.figures).toContainEqual({ text: '95%+', value: 95, unit: '%' });
    const influence = signals.find((s) => s.text.startsWith('China signals growing influence'));
    expect(influence?.figures).toContainEqual({ text: 'more than 95%', value: 95, unit: '%' });
  });
});

describe('the mojibake twin', () => {
  it('yields the same signals as the clean page once both are repaired', () => {
    const clean = analyzeText(loadFixtureArticle('test/fixtures/seed-article.html', expected.url));
    const damaged = analyzeText(loadFixtureArticle('test/fixtures/seed-article-mojibake.html', expected.url));
    const view = (s: (typeof clean.signals)[number]) => ({ text: comparable(s.text), category: s.category, direction: s.direction });
    expect(damaged.signals.map(view)).toEqual(clean.signals.map(view));
  });
});

describe('the non-rare-earth fixture', () => {
  it('is not a rare-earth article and gets no signals', () => {
    const { topic, signals } = analyzeText(loadFixtureArticle('test/fixtures/non-rare-earth-article.html'));
    expect(topic.isRareEarth).toBe(false);
    expect(signals).toEqual([]);
  });
});

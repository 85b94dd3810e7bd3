import { describe, expect, it } from 'vitest';
import { CorpusLabels, fromSeedLabels, SeedLabels } from '../../../lib/eval/corpus-labels';

const valid = {
  about: 'a wire story',
  split: 'holdout',
  lang: 'en',
  style: 'wire',
  rareEarthArticle: true,
  signals: [{ quote: ' China cut its quota ', category: 'trade-policy' }],
  nonSignals: ['Subscribe now'],
};

describe('CorpusLabels', () => {
  it('accepts the README format and trims quotes', () => {
    const parsed = CorpusLabels.parse(valid);
    expect(parsed.signals[0]?.quote).toBe('China cut its quota');
  });

  it.each([
    ['an unknown category', { ...valid, signals: [{ quote: 'x', category: 'prices' }] }],
    ['an unknown split', { ...valid, split: 'test' }],
    ['an empty quote', { ...valid, nonSignals: ['  '] }],
    ['a missing topic label', { ...valid, rareEarthArticle: undefined }],
  ])('rejects %s', (_, labels) => {
    expect(CorpusLabels.safeParse(labels).success).toBe(false);
  });
});

describe('fromSeedLabels', () => {
  it('makes the seed a dev case: must → signals, never → non-signals, may → neutral', () => {
    const seed = SeedLabels.parse({
      url: 'https://example.com/a',
      rareEarthArticle: true,
      must: [{ quote: 'A', category: 'pricing' }],
      may: ['B'],
      never: ['C'],
    });
    expect(fromSeedLabels(seed)).toMatchObject({ split: 'dev', signals: [{ quote: 'A', category: 'pricing' }], nonSignals: ['C'], neutral: ['B'] });
  });
});

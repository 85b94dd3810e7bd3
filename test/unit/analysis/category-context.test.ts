import { describe, expect, it } from 'vitest';
import { CATEGORIES } from '../../../lib/analysis-result';
import { CATEGORY_CONTEXT_FEATURES, categoryContext, type CategoryVote } from '../../../lib/analysis/category-context';
import { BASE_FEATURES } from '../../../lib/analysis/signal-features';
import { categoryOf, sentenceRecords } from '../../../lib/analysis/detect-signals';
import { scoreTopic } from '../../../lib/analysis/topic';
import { articleOf } from './article-of';
import { modelCategory } from '../../../lib/analysis/signal-model';

/** What the rules read around a sentence, as the category model's evidence (category-context.ts). */
const slot = (name: string): number => CATEGORY_CONTEXT_FEATURES.indexOf(`near:${name}`);
const vote = (category: CategoryVote['category'], strength = 1): CategoryVote => ({ category, strength });

describe('categoryContext', () => {
  it('is all zero when no neighbour is read by the rules', () => {
    expect([...categoryContext([null, null, null], 1)]).toEqual(new Array(CATEGORIES.length).fill(0));
  });

  it('ignores the sentence itself and neighbours beyond the window', () => {
    const votes = [vote('pricing'), null, null, null, vote('export-control'), null, null, null, vote('demand')];
    const y = categoryContext(votes, 4, 3);
    expect([...y].every((v) => v === 0)).toBe(true);
  });

  it('weighs a vote by strength over distance and sums to 1', () => {
    const votes = [vote('export-control', 1), null, null, vote('pricing', 0.5)];
    // index 2: export-control at distance 2 (1 / 2 = 0.5), pricing at distance 1 (0.5 / 1 = 0.5).
    const y = categoryContext(votes, 2, 3);
    expect(y[slot('export-control')]).toBeCloseTo(0.5);
    expect(y[slot('pricing')]).toBeCloseTo(0.5);
    expect([...y].reduce((a, b) => a + b, 0)).toBeCloseTo(1);
  });

  it('favours the nearer of two equal votes', () => {
    const y = categoryContext([vote('trade-policy'), null, vote('investment-deal')], 1);
    expect(y[slot('trade-policy')]).toBeCloseTo(y[slot('investment-deal')] as number);
    const z = categoryContext([vote('trade-policy'), null, null, vote('investment-deal')], 2);
    expect(z[slot('investment-deal')]).toBeGreaterThan(z[slot('trade-policy')] as number);
  });
});

describe('the category model reads its neighbours', () => {
  // A sentence with no evidence of its own: its neighbours decide. The trained weights must follow a
  // clear neighbourhood for most of the categories the real news has many of (one may lose to the
  // biases in a fit: pricing did in the fit of 2026-12-07, its signals being placed by their cues);
  // without the neighbours' features every neighbourhood gives the same category.
  const empty = new Float64Array(BASE_FEATURES.length);
  const noWords = new Int32Array(0);
  it('a sentence among signals of one category takes that category, for most of the large ones', () => {
    const large = ['export-control', 'pricing', 'investment-deal', 'supply-disruption', 'trade-policy'] as const;
    const followed = large.filter((category) => {
      const near = new Float64Array(CATEGORIES.length);
      near[slot(category)] = 1;
      return modelCategory(empty, noWords, near) === category;
    });
    expect(followed.length, followed.join(', ')).toBeGreaterThanOrEqual(4);
  });
});

describe('categoryOf', () => {
  it('gives a sentence the rules cannot place the category its neighbours read', () => {
    // Our own sentence with no cue of its own: only the neighbourhood can place it. Which categories
    // a neighbourhood alone can carry depends on the fitted weights; without the neighbours' features
    // every neighbourhood would give the same category (1 of 11).
    const article = articleOf(['Rare earth traders said the change would last for years.']);
    const record = sentenceRecords(article, { ...scoreTopic(article), isRareEarth: true })[0];
    expect(record?.verdict).toBeNull();
    const among = (category: string): Float64Array => {
      const near = new Float64Array(CATEGORIES.length);
      near[slot(category)] = 1;
      return near;
    };
    const placed = CATEGORIES.filter((c) => categoryOf(record!, among(c)) === c);
    expect(placed.length, placed.join(', ')).toBeGreaterThanOrEqual(6);
  });
});

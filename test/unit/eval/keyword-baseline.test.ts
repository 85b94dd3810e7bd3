import { describe, expect, it } from 'vitest';
import { baselineCategory, baselineSignals, baselineTopic } from '../../../lib/eval/keyword-baseline';
import { articleOf } from '../analysis/article-of';

describe('the keyword baseline', () => {
  it('calls a page on topic when its text says "rare earth" or "rare-earth", in any case', () => {
    expect(baselineTopic(articleOf(['Rare-Earth magnets are in demand.']))).toBe(true);
    expect(baselineTopic(articleOf(['Gallium exports fell.']))).toBe(false);
    expect(baselineTopic(null)).toBe(false);
  });

  it('gives a sentence the category of its first cue word', () => {
    expect(baselineCategory('Prices of exports rose.')).toBe('pricing');
    expect(baselineCategory('Stockpiling resumed.')).toBe('inventory');
    expect(baselineCategory('The weather was fine.')).toBeNull();
    // Cue words are word prefixes: "reprice" does not start with "price".
    expect(baselineCategory('They will reprice later.')).toBeNull();
  });

  it('takes every body sentence with a cue word on an on-topic page, never headings', () => {
    const article = articleOf([
      { text: 'Rare earth exports fall', kind: 'heading' },
      'China’s rare earth exports fell 10%. The weather was mild. Demand for magnets rose.',
    ]);
    expect(baselineSignals(article)).toEqual([
      { text: 'China’s rare earth exports fell 10%.', category: 'export-control' },
      { text: 'Demand for magnets rose.', category: 'demand' },
    ]);
  });

  it('takes nothing on an off-topic page', () => {
    expect(baselineSignals(articleOf(['Soybean exports fell as demand weakened.']))).toEqual([]);
  });
});

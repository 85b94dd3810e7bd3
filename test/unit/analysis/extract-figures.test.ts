import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Figure } from '../../../lib/analysis-result';
import { extractFigures, FIGURE_SOURCE } from '../../../lib/analysis/extract-figures';

describe('extractFigures', () => {
  it.each([
    ['controlling 95%+ of global separation capacity', { text: '95%+', value: 95, unit: '%' }],
    ['controls more than 95% of global capacity', { text: 'more than 95%', value: 95, unit: '%' }],
    ['a share of about 69.5 per cent', { text: 'about 69.5 per cent', value: 69.5, unit: '%' }],
    ['output of 12,000 tonnes of REO', { text: '12,000 tonnes', value: 12000, unit: 't' }],
    ['a 10,500 tpa separation plant', { text: '10,500 tpa', value: 10500, unit: 'tpa' }],
    ['capacity of 5 ktpa of NdPr', { text: '5 ktpa', value: 5, unit: 'ktpa' }],
    ['nearly 1.2 million tonnes of ore', { text: 'nearly 1.2 million tonnes', value: 1_200_000, unit: 't' }],
    ['shipped 3,000 metric tons', { text: '3,000 metric tons', value: 3000, unit: 't' }],
    ['NdPr oxide at US$60/kg', { text: 'US$60/kg', value: 60, unit: 'USD/kg' }],
    ['a floor of $110 per kg', { text: '$110 per kg', value: 110, unit: 'USD/kg' }],
    ['quoted at 560,000 yuan/t in Shanghai', { text: '560,000 yuan/t', value: 560000, unit: 'CNY/t' }],
    ['a US$400 million loan', { text: 'US$400 million', value: 400_000_000, unit: 'USD' }],
    ['an A$1.2 billion facility', { text: 'A$1.2 billion', value: 1_200_000_000, unit: 'AUD' }],
    ['raised €50m for the plant', { text: '€50m', value: 50_000_000, unit: 'EUR' }],
    ['on November 24, 2025 the ministry said', { text: 'November 24, 2025', value: null, unit: 'date' }],
    ['published 2025-11-24 at noon', { text: '2025-11-24', value: null, unit: 'date' }],
    ['heading into 2026', { text: '2026', value: 2026, unit: 'year' }],
    ['results for Q4 2025 are due', { text: 'Q4 2025', value: 2025, unit: 'quarter' }],
    ['as we wrap up the final quarter of 2025', { text: 'final quarter of 2025', value: 2025, unit: 'quarter' }],
  ])('%s', (sentence, figure) => {
    const figures = extractFigures(sentence);
    expect(figures).toEqual([figure]);
    expect(Figure.safeParse(figures[0]).success).toBe(true);
  });

  it('finds several figures in order', () => {
    expect(extractFigures('Exports fell 40% to 1,200 tonnes in May 2025, worth $30 million.').map((f) => f.text)).toEqual([
      '40%',
      '1,200 tonnes',
      'May 2025',
      '$30 million',
    ]);
  });

  it('ignores bare numbers, codes and numbers inside words', () => {
    expect(extractFigures('Three of the 17 elements, listed as item 4, in the N52 grade and Tb4O7.')).toEqual([]);
  });
});

/** Figures are tried only where one can start: they must be the figures a scan of the text finds. */
describe('extractFigures against a scan of the text', () => {
  it('finds the same figures in generated sentences', () => {
    const pieces = fc.constantFrom(
      ...'US$75/kg $1.2 billion €3 million 560,000 yuan a tonne 15% more than 40 percent 3,000 tonnes per year 12kt Q3 2024 first quarter of 2025 March 5, 2024 5 March 2024 2024-03-05 Sept 2023 1998 2031 US$ A$1 about 7.5 mt 12 per cent ſ İ prices rose to 9.5, and 10. 12,5 x2024 2024a'.split(' '),
    );
    const scan = (text: string) => {
      const expression = new RegExp(FIGURE_SOURCE, 'giu');
      const found: string[] = [];
      for (let m = expression.exec(text); m !== null; m = expression.exec(text)) found.push(m[0]);
      return found;
    };
    fc.assert(
      fc.property(fc.array(pieces, { minLength: 1, maxLength: 10 }), fc.constantFrom(' ', '', ', ', '-', '.'), (words, separator) => {
        const text = words.join(separator);
        expect(extractFigures(text).map((f) => f.text)).toEqual(scan(text));
      }),
      { numRuns: 1000 },
    );
  });
});

import fc from 'fast-check';
import { BANNERS, CATEGORIES } from '../../../lib/analysis-result';
import type { TrendPoint } from '../../../lib/trends/trend-point';

const T0 = Date.UTC(2024, 0, 1);
const T1 = Date.UTC(2027, 0, 1);
export const time = fc.integer({ min: T0, max: T1 });
const MATERIALS = ['neodymium', 'praseodymium', 'dysprosium', 'terbium', 'gallium', 'germanium', 'antimony', 'tungsten', 'graphite', 'yttrium', 'samarium', 'cerium'];
/** Units as the engine writes them: prices, sums, percentages, quantities, years. */
const UNITS = ['USD/kg', 'CNY/t', 'EUR/kg', 'USD/t', 'JPY/kg', 'USD', 'CNY', '%', 't', 'kt', 'year', null];

const figure = fc.record({
  text: fc.string({ maxLength: 12 }),
  value: fc.option(fc.double({ min: 0, max: 1e7, noNaN: true }), { nil: null }),
  unit: fc.constantFrom(...UNITS),
});

/** Trend points with unique ids, over three years (prices as stored: any figure, the aggregation checks). */
export const trendItems = fc.uniqueArray(
  fc.record({
    id: fc.uuid(),
    kind: fc.constantFrom('clip' as const, 'log' as const),
    key: fc.stringMatching(/^[a-z0-9.]{1,14}$/),
    at: time,
    category: fc.constantFrom(...CATEGORIES, 'unclassified' as const),
    materials: fc.uniqueArray(fc.constantFrom(...MATERIALS), { maxLength: 3 }),
    prices: fc.array(figure, { maxLength: 4 }),
    sourceLabel: fc.string({ maxLength: 30 }),
    state: fc.constantFrom(null, null, ...BANNERS),
  }) satisfies fc.Arbitrary<TrendPoint>,
  { selector: (i) => i.id, maxLength: 80 },
);

/** A range [from, to) inside the items' years, from a day to three years long. */
export const range = fc.tuple(time, time).map(([a, b]) => ({ from: Math.min(a, b), to: Math.max(a, b) + 1 }));

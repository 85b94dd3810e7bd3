// Covers the encoded week rows (lib/trends/trend-week.ts): any points encoded read back exactly
// (categories, states, kinds, materials, prices and, with prices, the source label).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { encodeWeek, weekPoints } from '../../../lib/trends/trend-week';
import { trendItems } from './trend-arbitrary';

describe('a week of trend points', () => {
  it('reads back the points encoded (property)', () => {
    fc.assert(
      fc.property(trendItems, (points) => {
        const row = encodeWeek(0, points);
        const expected = points.map((p) => ({ ...p, sourceLabel: p.prices.length ? p.sourceLabel : '' }));
        expect(weekPoints(structuredClone(row))).toEqual(expected);
      }),
    );
  });
});

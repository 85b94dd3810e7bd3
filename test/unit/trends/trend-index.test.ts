// The week summaries Trends sums (lib/trends/trend-index.ts, week-summary.ts) give exactly what
// aggregateTrends gives on the same points: whole weeks, weeks a custom range cuts, with and
// without the reading log, and sentences both clipped and logged (counted once, as the clip).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { aggregateTrends, inRange } from '../../../lib/trends/aggregate-trends';
import { oldestOf } from './trend-points-oracle';
import { aggregateIndex, oldestIn, pointsIn, trendIndexOf, warmSummaries } from '../../../lib/trends/trend-index';
import { type TrendPoint, withoutClipped } from '../../../lib/trends/trend-point';
import { weeksOfPoints } from '../../../lib/trends/trend-points-mirror';
import { weekPoints } from '../../../lib/trends/trend-week';
import { WEEK, weekStart } from '../../../lib/trends/week';
import { range, time, trendItems } from './trend-arbitrary';

/** Few distinct keys, so clips and logged signals share sentences. */
const items = fc.tuple(trendItems, fc.array(fc.constantFrom('a', 'b', 'c', 'd'), { minLength: 80, maxLength: 80 })).map(([points, keys]) => points.map((p, i) => ({ ...p, key: keys[i]! })));
/** Presets are whole weeks; custom ranges cut them. */
const anyRange = fc.oneof(range, fc.tuple(time, fc.integer({ min: 1, max: 160 })).map(([at, n]) => ({ from: weekStart(at), to: weekStart(at) + n * WEEK })));

/** The points as the panel read them before the index: every week's points, oldest week first, then the log choice. */
function reference(rows: ReturnType<typeof weeksOfPoints>, withLog: boolean): TrendPoint[] {
  const all: TrendPoint[] = [];
  for (const row of [...rows].sort((a, b) => a.week - b.week)) weekPoints(row, all);
  return withoutClipped(withLog ? all : all.filter((p) => p.kind === 'clip'));
}

describe('the week summaries of Trends', () => {
  it('aggregate exactly as the points do, for any range, with and without the log, summaries made ahead or on demand (property)', () => {
    fc.assert(
      fc.property(items, anyRange, fc.boolean(), fc.integer({ min: 0, max: 8 }), (points, r, withLog, warm) => {
        const rows = weeksOfPoints(points);
        const index = trendIndexOf(structuredClone(rows));
        // Some summaries made ahead (as the panel does when idle), the others on demand.
        let budget = warm;
        warmSummaries(index, withLog, () => budget-- > 0);
        const expected = reference(rows, withLog);
        expect(aggregateIndex(index, withLog, r)).toEqual(aggregateTrends(expected, r));
        expect(pointsIn(index, withLog, r).filter((p) => inRange(p, r))).toEqual(expected.filter((p) => inRange(p, r)));
        expect(oldestIn(index, withLog)).toBe(oldestOf(expected));
        expect(index.logCount).toBe(points.filter((p) => p.kind === 'log').length);
      }),
      { numRuns: 300 },
    );
  });
});

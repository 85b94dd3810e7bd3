// Covers the week rows of columns (lib/trends/trend-week.ts): whatever points are added, replaced
// and removed, the row reads back as exactly the points left, with their materials and prices.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addPoint, emptyWeek, pointsOf, removePoint } from '../../../lib/trends/trend-week';
import { trendItems } from './trend-arbitrary';

const byId = <T extends { id: string }>(xs: T[]) => [...xs].sort((a, b) => a.id.localeCompare(b.id));

describe('a week of trend points', () => {
  it('reads back the points added, less the points removed (property)', () => {
    fc.assert(
      fc.property(trendItems, fc.array(fc.nat()), (points, removals) => {
        const week = emptyWeek(0);
        for (const p of points) addPoint(week, p);
        // Adding a point again replaces it.
        if (points[0]) addPoint(week, points[0]);
        const removed = new Set(removals.map((i) => points[i % Math.max(1, points.length)]?.id).filter((id): id is string => !!id));
        for (const id of removed) expect(removePoint(week, id)).toBe(true);
        expect(removePoint(week, 'not-there')).toBe(false);
        const left = points.filter((p) => !removed.has(p.id)).map((p) => ({ ...p, sourceLabel: p.prices.length ? p.sourceLabel : '' }));
        expect(byId(pointsOf(week))).toEqual(byId(left));
        expect(week.priced.every(([id]) => !removed.has(id))).toBe(true);
      }),
    );
  });
});

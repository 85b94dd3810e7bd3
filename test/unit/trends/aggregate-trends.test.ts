// Properties of the Trends aggregation (lib/trends/): weeks (every signal in the range counted once,
// in the Monday-UTC week that holds it, none outside), price units (only figures with a price unit
// and a value, each in the series of its own unit, never converted), and the state share (state +
// others = the category, state = exactly the state-linked sources).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BANNERS } from '../../../lib/analysis-result';
import { NO_MATERIAL, OTHER_MATERIALS, TOP_MATERIALS, aggregateTrends, inRange, stateFraction } from '../../../lib/trends/aggregate-trends';
import { both, idsWhere, seriesFilter, stateFilter, weekFilter } from '../../../lib/trends/trend-filters';
import { isPrice, isPriceUnit } from '../../../lib/trends/price-unit';
import { WEEK, weekLabel, weekStart, weeksOf } from '../../../lib/trends/week';
import { range, time, trendItems } from './trend-arbitrary';

const sorted = (keys: Iterable<string>) => [...keys].sort();

describe('weeks', () => {
  it('start on a Monday at 00:00 UTC and hold the time', () => {
    fc.assert(
      fc.property(time, (at) => {
        const w = weekStart(at);
        expect(new Date(w).getUTCDay()).toBe(1);
        expect(w % 86_400_000).toBe(0);
        expect(w <= at && at < w + WEEK).toBe(true);
      }),
    );
  });

  it('of a range are consecutive and cover it', () => {
    fc.assert(
      fc.property(range, ({ from, to }) => {
        const weeks = weeksOf(from, to);
        expect(weeks[0]).toBe(weekStart(from));
        expect(weeks.at(-1)).toBe(weekStart(to - 1));
        for (let i = 1; i < weeks.length; i += 1) expect(weeks[i]! - weeks[i - 1]!).toBe(WEEK);
      }),
    );
    expect(weekLabel(weekStart(Date.UTC(2026, 0, 18, 23)))).toBe('2026-01-12');
  });

  it('count every signal of the range once by category, in its week, and none outside; a cell selects exactly its signals', () => {
    fc.assert(
      fc.property(trendItems, range, (items, r) => {
        const t = aggregateTrends(items, r);
        const inside = items.filter((i) => inRange(i, r));
        const byId = new Map(items.map((i) => [i.id, i]));
        const selected: string[] = [];
        t.byCategory.series.forEach((category, s) =>
          t.byCategory.weeks.forEach((week, w) => {
            const ids = idsWhere(items, r, both(weekFilter(week), seriesFilter('category', category, t)));
            expect(ids.length).toBe(t.byCategory.counts[s]![w]);
            for (const id of ids) {
              expect(byId.get(id)!.category).toBe(category);
              expect(weekStart(byId.get(id)!.at)).toBe(week);
            }
            selected.push(...ids);
          }),
        );
        expect(sorted(selected)).toEqual(sorted(inside.map((i) => i.id)));
        expect(t.count).toBe(inside.length);
      }),
    );
  });

  it('count each signal under each material it names, the top materials apart and the rest together', () => {
    fc.assert(
      fc.property(trendItems, range, (items, r) => {
        const t = aggregateTrends(items, r);
        const inside = items.filter((i) => inRange(i, r));
        expect(t.byMaterial.series.filter((s) => s !== OTHER_MATERIALS).length).toBeLessThanOrEqual(TOP_MATERIALS);
        t.byMaterial.series.forEach((material, s) => {
          const ids = idsWhere(items, r, seriesFilter('material', material, t));
          expect(ids.length).toBe(t.byMaterial.counts[s]!.reduce((a, b) => a + b, 0));
          t.byMaterial.weeks.forEach((week, w) => expect(idsWhere(items, r, both(weekFilter(week), seriesFilter('material', material, t))).length).toBe(t.byMaterial.counts[s]![w]));
          const expected = material === OTHER_MATERIALS ? inside.filter((i) => i.materials.some((m) => t.otherMaterials.includes(m))) : inside.filter((i) => i.materials.includes(material));
          expect(sorted(ids)).toEqual(sorted(expected.map((i) => i.id)));
        });
        const charted = new Set([...t.byMaterial.series.filter((m) => m !== OTHER_MATERIALS), ...t.otherMaterials]);
        expect(charted).toEqual(new Set(inside.flatMap((i) => i.materials)));
      }),
    );
  });
});

describe('quoted prices', () => {
  it('recognizes currency-per-mass units only', () => {
    for (const unit of ['USD/kg', 'CNY/t', 'EUR/kg', 'USD/lb', 'AUD/t']) expect(isPriceUnit(unit)).toBe(true);
    for (const unit of ['USD', 'CNY', '%', 't', 'kt', 'tpa', 'year', 'quarter', 'date', null, 'usd/kg', 'USD/kgs']) expect(isPriceUnit(unit)).toBe(false);
  });

  it('take every price figure of the range once, in the series of its own unit and materials, oldest first', () => {
    fc.assert(
      fc.property(trendItems, range, (items, r) => {
        const t = aggregateTrends(items, r);
        const expected = items.filter((i) => inRange(i, r)).flatMap((i) => i.prices.filter(isPrice).map((f) => `${i.id}|${f.unit}|${f.value}`));
        const got = t.prices.flatMap((s) => s.points.map((p) => `${p.id}|${s.unit}|${p.value}`));
        expect(sorted(got)).toEqual(sorted(expected));
        const ids = t.prices.map((s) => `${s.material}\n${s.unit}`);
        expect(new Set(ids).size).toBe(ids.length);
        const byKey = new Map(items.map((i) => [i.id, i]));
        for (const s of t.prices) {
          expect(isPriceUnit(s.unit)).toBe(true);
          for (let i = 1; i < s.points.length; i += 1) expect(s.points[i]!.at).toBeGreaterThanOrEqual(s.points[i - 1]!.at);
          for (const p of s.points) {
            const item = byKey.get(p.id)!;
            // Never converted: the value is the figure's own, in its own unit.
            expect(item.prices.some((f) => f.unit === s.unit && f.value === p.value && f.text === p.text)).toBe(true);
            expect(s.material).toBe(item.materials.length ? [...item.materials].sort().join(' + ') : NO_MATERIAL);
            expect(p.sourceLabel).toBe(item.sourceLabel);
            expect(p.state).toBe(item.state);
          }
        }
      }),
    );
  });
});

describe('who is speaking', () => {
  it('splits each category into state-linked sources and the others, exactly', () => {
    fc.assert(
      fc.property(trendItems, range, (items, r) => {
        const t = aggregateTrends(items, r);
        const inside = items.filter((i) => inRange(i, r));
        expect(t.stateShare.map((s) => s.category).sort()).toEqual([...new Set(inside.map((i) => i.category))].sort());
        for (const s of t.stateShare) {
          const of = inside.filter((i) => i.category === s.category);
          const state = idsWhere(items, r, stateFilter(s.category, true));
          const other = idsWhere(items, r, stateFilter(s.category, false));
          expect(sorted(state)).toEqual(sorted(of.filter((i) => i.state !== null).map((i) => i.id)));
          expect(sorted(other)).toEqual(sorted(of.filter((i) => i.state === null).map((i) => i.id)));
          expect([s.state, s.other]).toEqual([state.length, other.length]);
          const f = stateFraction(s);
          expect(f).toBeGreaterThanOrEqual(0);
          expect(f).toBeLessThanOrEqual(1);
        }
      }),
    );
  });

  it('counts state-controlled, state-aligned, state-affiliated and relaying sources as state-linked', () => {
    const at = Date.UTC(2026, 0, 14);
    const item = (id: string, state: (typeof BANNERS)[number] | null) => ({
      id, kind: 'clip' as const, key: id, at, category: 'pricing' as const, materials: [], prices: [], sourceLabel: '', state,
    });
    const items = [...BANNERS.map((b) => item(b, b)), item('independent', null)];
    const r = { from: at, to: at + 1 };
    const t = aggregateTrends(items, r);
    expect(sorted(idsWhere(items, r, stateFilter('pricing', true)))).toEqual(sorted(BANNERS));
    expect([t.stateShare[0]!.state, t.stateShare[0]!.other]).toEqual([4, 1]);
    expect(stateFraction(t.stateShare[0]!)).toBe(0.8);
  });
});

import { type PricePoint, type PriceSeries, type StateShare, type TrendRange, type Trends, rankMaterials } from './aggregate-trends';
import type { TrendPoint } from './trend-point';
import { type TrendWeek, CATEGORY_CODES, MATERIAL, weekPoints } from './trend-week';
import { type WeekSummary, summarizeWeek } from './week-summary';
import { WEEK, weekStart, weeksOf } from './week';

/**
 * The week rows as read (oldest week first), with their summaries made once per "include the
 * log" choice: a range change sums the summaries of its whole weeks (and summarizes the one or
 * two weeks a custom range cuts), so Trends never holds 60,000 point objects. Gives exactly what
 * aggregateTrends gives on the rows' points (test/unit/trends/trend-index.test.ts).
 */
export interface TrendIndex {
  rows: readonly TrendWeek[];
  /** Dedupe keys of every clip (trend-point.ts withoutClipped). */
  clipped: ReadonlySet<string>;
  /** Signals in the reading log, clipped too or not. */
  logCount: number;
  /** Per `withLog`, the summary of each row, made on first use (summaryOf) or ahead (warmSummaries). */
  summaries: Map<boolean, (WeekSummary | undefined)[]>;
}

export function trendIndexOf(rows: readonly TrendWeek[]): TrendIndex {
  const sorted = [...rows].sort((a, b) => a.week - b.week);
  const clipped = new Set<string>();
  let logCount = 0;
  for (const row of sorted) {
    let keys: string[] | null = null;
    for (let i = 0; i < row.kind.length; i += 1) {
      if (row.kind[i] !== 0) logCount += 1;
      else clipped.add((keys ??= row.keys.split('\n'))[i]!);
    }
  }
  return { rows: sorted, clipped, logCount, summaries: new Map() };
}

/**
 * The summary of row `r`. Made when first needed: summarizing every week of 60,000 points took
 * 70–110 ms (bench phases), and the first render needs only the default range's 13 weeks (docs/bench.md "Trends").
 */
export function summaryOf(index: TrendIndex, withLog: boolean, r: number): WeekSummary {
  let list = index.summaries.get(withLog);
  if (!list) index.summaries.set(withLog, (list = new Array<WeekSummary | undefined>(index.rows.length)));
  return (list[r] ??= summarizeWeek(index.rows[r]!, { withLog, clipped: index.clipped }));
}

/** Makes the summaries not made yet, newest week first, while `more()` allows; true when all are made. */
export function warmSummaries(index: TrendIndex, withLog: boolean, more: () => boolean): boolean {
  for (let r = index.rows.length - 1; r >= 0; r -= 1) {
    if (index.summaries.get(withLog)?.[r]) continue;
    if (!more()) return false;
    summaryOf(index, withLog, r);
  }
  return true;
}

/** The oldest point counted, or null (from the oldest weeks only). */
export function oldestIn(index: TrendIndex, withLog: boolean): number | null {
  for (let r = 0; r < index.rows.length; r += 1) {
    const s = summaryOf(index, withLog, r);
    if (s.count > 0) return s.oldest;
  }
  return null;
}

/** The points counted in `range`, as objects (for a click: only the weeks of the range are decoded). */
export function pointsIn(index: TrendIndex, withLog: boolean, range: TrendRange): TrendPoint[] {
  const points: TrendPoint[] = [];
  for (const row of index.rows) if (row.week + WEEK > range.from && row.week < range.to) weekPoints(row, points);
  return points.filter((p) => p.kind === 'clip' || (withLog && !index.clipped.has(p.key)));
}

/** Every figure of Trends for `range` (as aggregateTrends), from the week summaries. */
export function aggregateIndex(index: TrendIndex, withLog: boolean, range: TrendRange): Trends {
  const weeks = weeksOf(range.from, range.to);
  const first = weeks[0] ?? weekStart(range.from);
  const parts: [number, WeekSummary][] = [];
  index.rows.forEach((row, r) => {
    if (row.week + WEEK <= range.from || row.week >= range.to) return;
    const cut = row.week < range.from || row.week + WEEK > range.to;
    const s = cut ? summarizeWeek(row, { withLog, clipped: index.clipped, from: range.from, to: range.to }) : summaryOf(index, withLog, r);
    if (s.count > 0) parts.push([(row.week - first) / WEEK, s]);
  });

  const zeros = () => new Array<number>(weeks.length).fill(0);
  const byCategory = CATEGORY_CODES.map(zeros);
  const stateBy = new Array<number>(CATEGORY_CODES.length).fill(0);
  const setCounts = new Map<string, number[]>();
  const priceLists = new Map<string, PricePoint[][]>();
  let count = 0;
  for (const [w, s] of parts) {
    count += s.count;
    for (let c = 0; c < CATEGORY_CODES.length; c += 1) {
      byCategory[c]![w]! += s.byCategory[c]!;
      stateBy[c]! += s.stateByCategory[c]!;
    }
    for (const [set, n] of s.materialSets) {
      let row = setCounts.get(set);
      if (!row) setCounts.set(set, (row = zeros()));
      row[w]! += n;
    }
    for (const [id, list] of s.prices) {
      const lists = priceLists.get(id);
      if (lists) lists.push(list);
      else priceLists.set(id, [list]);
    }
  }

  // Materials: each stored set of materials counts under each of its materials.
  const byMaterial = new Map<string, number[]>();
  const materialCount = new Map<string, number>();
  const sets = [...setCounts].filter(([set]) => set !== '').map(([set, row]) => [set.split(MATERIAL), row] as const);
  for (const [names, row] of sets) {
    const total = row.reduce((a, b) => a + b, 0);
    for (const m of names) {
      let mine = byMaterial.get(m);
      if (!mine) byMaterial.set(m, (mine = zeros()));
      for (let w = 0; w < row.length; w += 1) mine[w]! += row[w]!;
      materialCount.set(m, (materialCount.get(m) ?? 0) + total);
    }
  }
  const materials = rankMaterials(materialCount, byMaterial, (restSet) => {
    // A signal naming two of the rest counts once in "other materials".
    const other = zeros();
    for (const [names, row] of sets) if (names.some((m) => restSet.has(m))) for (let w = 0; w < row.length; w += 1) other[w]! += row[w]!;
    return other;
  });

  const prices: PriceSeries[] = [...priceLists].map(([id, lists]) => {
    const [material, unit] = id.split('\n') as [string, string];
    // Stable: quotes at the same time keep the order of the rows (as aggregateTrends keeps the points').
    return { material, unit, points: lists.flat().sort((a, b) => a.at - b.at) };
  });

  // CATEGORY_CODES is CATEGORY_ORDER (trend-week.ts): the categories with a signal, in that order.
  const cats = CATEGORY_CODES.map((_, i) => i).filter((i) => byCategory[i]!.some((n) => n > 0));
  const stateShare: StateShare[] = cats.map((i) => {
    const total = byCategory[i]!.reduce((a, b) => a + b, 0);
    return { category: CATEGORY_CODES[i]!, state: stateBy[i]!, other: total - stateBy[i]! };
  });

  return {
    range,
    count,
    byCategory: { weeks, series: cats.map((i) => CATEGORY_CODES[i]!), counts: cats.map((i) => byCategory[i]!) },
    byMaterial: { weeks, series: materials.series, counts: materials.counts },
    otherMaterials: materials.rest,
    prices: prices.sort((a, b) => b.points.length - a.points.length || a.material.localeCompare(b.material) || a.unit.localeCompare(b.unit)),
    stateShare,
  };
}

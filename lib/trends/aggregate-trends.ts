import { CATEGORIES } from '../analysis-result';
import type { ClipCategory } from '../clips/clip-schema';
import { isPrice } from './price-unit';
import type { TrendPoint } from './trend-point';
import { WEEK, weekStart, weeksOf } from './week';

/** A date range, [from, to) in ms. */
export interface TrendRange {
  from: number;
  to: number;
}

/**
 * Counts per series and week. Only counts: the signals behind a cell are found when it is clicked
 * (trend-filters.ts), so a range change is a counting pass (keeping 60,000 ids per range made it
 * 160–240 ms, docs/bench.md "Trends").
 */
export interface StackedWeeks {
  weeks: number[];
  series: string[];
  /** counts[series][week]. */
  counts: number[][];
}

export interface PricePoint {
  at: number;
  value: number;
  /** The figure as written ("US$62/kg"). */
  text: string;
  id: string;
  sourceLabel: string;
  state: TrendPoint['state'];
}

/** Quoted prices of one material (or set of materials named together) in one unit, oldest first. */
export interface PriceSeries {
  material: string;
  unit: string;
  points: PricePoint[];
}

/** Per category: who is speaking. `state` counts state-controlled, -aligned, -affiliated and relaying sources. */
export interface StateShare {
  category: ClipCategory;
  state: number;
  other: number;
}

export interface Trends {
  range: TrendRange;
  /** Points in the range. */
  count: number;
  byCategory: StackedWeeks;
  byMaterial: StackedWeeks;
  /** The materials summed as OTHER_MATERIALS (those past the top ones). */
  otherMaterials: string[];
  prices: PriceSeries[];
  stateShare: StateShare[];
}

/** Materials charted one by one; the rest are summed as OTHER_MATERIALS. */
export const TOP_MATERIALS = 8;
export const OTHER_MATERIALS = 'other materials';
/** The series of a price quoted in a sentence that names no material. */
export const NO_MATERIAL = 'material not named';
export const CATEGORY_ORDER: readonly ClipCategory[] = [...CATEGORIES, 'unclassified'];

export function inRange(point: TrendPoint, range: TrendRange): boolean {
  return point.at >= range.from && point.at < range.to;
}

/** The series a priced sentence's quotes go to: its materials together, or NO_MATERIAL. */
export function priceMaterial(point: Pick<TrendPoint, 'materials'>): string {
  return point.materials.length ? [...point.materials].sort().join(' + ') : NO_MATERIAL;
}

/**
 * Every figure of Trends for the points in `range`, in one pass: signals per week by category and
 * by material, quoted prices per material and unit (never converted: each unit is its own
 * series), and the state share per category.
 */
export function aggregateTrends(points: readonly TrendPoint[], range: TrendRange): Trends {
  const weeks = weeksOf(range.from, range.to);
  const first = weeks[0] ?? weekStart(range.from);
  const byCategory = new Map<string, number[]>();
  const byMaterial = new Map<string, number[]>();
  const materialCount = new Map<string, number>();
  const prices = new Map<string, PriceSeries>();
  const share = new Map<ClipCategory, StateShare>();
  const row = (map: Map<string, number[]>, key: string) => {
    let r = map.get(key);
    if (!r) map.set(key, (r = new Array<number>(weeks.length).fill(0)));
    return r;
  };
  let count = 0;

  for (const p of points) {
    if (p.at < range.from || p.at >= range.to) continue;
    count += 1;
    const w = Math.floor((weekStart(p.at) - first) / WEEK);
    row(byCategory, p.category)[w]! += 1;
    for (const material of p.materials) {
      row(byMaterial, material)[w]! += 1;
      materialCount.set(material, (materialCount.get(material) ?? 0) + 1);
    }
    if (p.prices.length) {
      const material = priceMaterial(p);
      for (const figure of p.prices) {
        if (!isPrice(figure)) continue;
        const id = `${material}\n${figure.unit}`;
        let series = prices.get(id);
        if (!series) prices.set(id, (series = { material, unit: figure.unit, points: [] }));
        series.points.push({ at: p.at, value: figure.value, text: figure.text, id: p.id, sourceLabel: p.sourceLabel, state: p.state });
      }
    }
    let s = share.get(p.category);
    if (!s) share.set(p.category, (s = { category: p.category, state: 0, other: 0 }));
    if (p.state) s.state += 1;
    else s.other += 1;
  }

  const categories = CATEGORY_ORDER.filter((c) => byCategory.has(c));
  const materials = rankMaterials(materialCount, byMaterial, (restSet) => {
    // A signal naming two of the rest counts once in "other materials": counted again, per point.
    const other = new Array<number>(weeks.length).fill(0);
    for (const p of points) {
      if (p.at < range.from || p.at >= range.to || !p.materials.some((m) => restSet.has(m))) continue;
      other[Math.floor((weekStart(p.at) - first) / WEEK)]! += 1;
    }
    return other;
  });
  for (const series of prices.values()) series.points.sort((a, b) => a.at - b.at);

  return {
    range,
    count,
    byCategory: { weeks, series: categories, counts: categories.map((c) => byCategory.get(c)!) },
    byMaterial: { weeks, series: materials.series, counts: materials.counts },
    otherMaterials: materials.rest,
    prices: [...prices.values()].sort((a, b) => b.points.length - a.points.length || a.material.localeCompare(b.material) || a.unit.localeCompare(b.unit)),
    stateShare: CATEGORY_ORDER.filter((c) => share.has(c)).map((c) => share.get(c)!),
  };
}

/**
 * The material series: the TOP_MATERIALS most named (ties by name), then OTHER_MATERIALS with the
 * row `otherRow` counts for the rest, when there is any.
 */
export function rankMaterials(counts: ReadonlyMap<string, number>, rows: ReadonlyMap<string, number[]>, otherRow: (rest: ReadonlySet<string>) => number[]): { series: string[]; counts: number[][]; rest: string[] } {
  const ranked = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([m]) => m);
  const series = ranked.slice(0, TOP_MATERIALS);
  const rest = ranked.slice(TOP_MATERIALS);
  const seriesRows = series.map((m) => rows.get(m)!);
  if (rest.length) {
    series.push(OTHER_MATERIALS);
    seriesRows.push(otherRow(new Set(rest)));
  }
  return { series, counts: seriesRows, rest };
}

/** The share of state-linked voices in one category, 0…1. */
export function stateFraction(s: StateShare): number {
  const total = s.state + s.other;
  return total === 0 ? 0 : s.state / total;
}

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

/** Counts per series and week, with the signals behind each cell (a click filters the Library to them). */
export interface StackedWeeks {
  weeks: number[];
  series: string[];
  /** ids[series][week]: the ids (clip or logged signal) of that cell. */
  ids: string[][][];
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

/** Per category: who is speaking. `state` holds state-controlled, -aligned, -affiliated and relaying sources. */
export interface StateShare {
  category: ClipCategory;
  state: string[];
  other: string[];
}

export interface Trends {
  range: TrendRange;
  /** Items in the range. */
  count: number;
  byCategory: StackedWeeks;
  byMaterial: StackedWeeks;
  prices: PriceSeries[];
  stateShare: StateShare[];
}

/** Materials charted one by one; the rest are summed as OTHER_MATERIALS. */
export const TOP_MATERIALS = 8;
export const OTHER_MATERIALS = 'other materials';
/** The series of a price quoted in a sentence that names no material. */
export const NO_MATERIAL = 'material not named';
const CATEGORY_ORDER: readonly ClipCategory[] = [...CATEGORIES, 'unclassified'];

export function inRange(item: TrendPoint, range: TrendRange): boolean {
  return item.at >= range.from && item.at < range.to;
}

function stacked(weeks: number[], series: string[], cells: Map<string, string[][]>): StackedWeeks {
  return { weeks, series, ids: series.map((s) => cells.get(s) ?? weeks.map(() => [])) };
}

/**
 * Every figure of Trends for the items in `range`, in one pass over the items: signals per week
 * by category and by material, quoted prices per material and unit (never converted: each unit
 * is its own series), and the state share per category.
 */
export function aggregateTrends(items: readonly TrendPoint[], range: TrendRange): Trends {
  const weeks = weeksOf(range.from, range.to);
  const first = weeks[0] ?? weekStart(range.from);
  const emptyRow = () => weeks.map((): string[] => []);
  const byCategory = new Map<string, string[][]>();
  const byMaterial = new Map<string, string[][]>();
  const materialCount = new Map<string, number>();
  const prices = new Map<string, PriceSeries>();
  const share = new Map<ClipCategory, StateShare>();
  let count = 0;

  for (const item of items) {
    if (!inRange(item, range)) continue;
    count += 1;
    const w = Math.floor((weekStart(item.at) - first) / WEEK);
    let row = byCategory.get(item.category);
    if (!row) byCategory.set(item.category, (row = emptyRow()));
    row[w]!.push(item.id);

    for (const material of item.materials) {
      let m = byMaterial.get(material);
      if (!m) byMaterial.set(material, (m = emptyRow()));
      m[w]!.push(item.id);
      materialCount.set(material, (materialCount.get(material) ?? 0) + 1);
    }

    for (const figure of item.prices) {
      if (!isPrice(figure)) continue;
      const material = item.materials.length ? [...item.materials].sort().join(' + ') : NO_MATERIAL;
      const id = `${material}\n${figure.unit}`;
      let series = prices.get(id);
      if (!series) prices.set(id, (series = { material, unit: figure.unit, points: [] }));
      series.points.push({ at: item.at, value: figure.value, text: figure.text, id: item.id, sourceLabel: item.sourceLabel, state: item.state });
    }

    let s = share.get(item.category);
    if (!s) share.set(item.category, (s = { category: item.category, state: [], other: [] }));
    (item.state ? s.state : s.other).push(item.id);
  }

  const categories = CATEGORY_ORDER.filter((c) => byCategory.has(c));
  const ranked = [...materialCount].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([m]) => m);
  const top = ranked.slice(0, TOP_MATERIALS);
  const rest = ranked.slice(TOP_MATERIALS);
  if (rest.length) {
    // An item naming two of the rest counts once in "other materials".
    const other = weeks.map((_, w) => [...new Set(rest.flatMap((m) => byMaterial.get(m)![w]!))]);
    byMaterial.set(OTHER_MATERIALS, other);
    top.push(OTHER_MATERIALS);
  }
  for (const series of prices.values()) series.points.sort((a, b) => a.at - b.at);

  return {
    range,
    count,
    byCategory: stacked(weeks, categories, byCategory),
    byMaterial: stacked(weeks, top, byMaterial),
    prices: [...prices.values()].sort((a, b) => b.points.length - a.points.length || a.material.localeCompare(b.material) || a.unit.localeCompare(b.unit)),
    stateShare: CATEGORY_ORDER.filter((c) => share.has(c)).map((c) => share.get(c)!),
  };
}

/** The share of state-linked voices in one category, 0…1. */
export function stateFraction(s: StateShare): number {
  const total = s.state.length + s.other.length;
  return total === 0 ? 0 : s.state.length / total;
}

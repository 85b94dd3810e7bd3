import type { Figure } from '../analysis-result';
import type { TrendPoint } from './trend-point';

/**
 * The trend points of one week, stored as one row of columns (clip-db.ts, `trendWeeks`): reading
 * 60,000 points as 60,000 IndexedDB rows took 0.5–1.2 s in Chromium on the bench machine, as ~53
 * rows of columns 57–150 ms (measured, docs/bench.md "Trends"). Column i of every array is point i.
 */
export interface TrendWeek {
  /** Monday 00:00 UTC (week.ts). */
  week: number;
  id: string[];
  kind: TrendPoint['kind'][];
  key: string[];
  at: number[];
  category: TrendPoint['category'][];
  /** The point's materials joined by MATERIAL_SEPARATOR (one string per point, not an array: fewer objects to read). */
  materials: string[];
  state: TrendPoint['state'][];
  /** Only the points with quoted prices: [id, prices, source label]. */
  priced: [string, Figure[], string][];
}

const MATERIAL_SEPARATOR = '\u001f';

export function emptyWeek(week: number): TrendWeek {
  return { week, id: [], kind: [], key: [], at: [], category: [], materials: [], state: [], priced: [] };
}

const COLUMNS = ['id', 'kind', 'key', 'at', 'category', 'materials', 'state'] as const;

/** Removes the point of `id` (if there); true when it was there. */
export function removePoint(week: TrendWeek, id: string): boolean {
  const i = week.id.indexOf(id);
  if (i < 0) return false;
  for (const column of COLUMNS) week[column].splice(i, 1);
  week.priced = week.priced.filter(([pid]) => pid !== id);
  return true;
}

/** Adds (or replaces) a point. */
export function addPoint(week: TrendWeek, point: TrendPoint): void {
  removePoint(week, point.id);
  week.id.push(point.id);
  week.kind.push(point.kind);
  week.key.push(point.key);
  week.at.push(point.at);
  week.category.push(point.category);
  week.materials.push(point.materials.join(MATERIAL_SEPARATOR));
  week.state.push(point.state);
  if (point.prices.length) week.priced.push([point.id, point.prices, point.sourceLabel]);
}

/** The week's points, as objects again. */
export function pointsOf(week: TrendWeek, out: TrendPoint[] = []): TrendPoint[] {
  const priced = new Map(week.priced.map(([id, prices, label]) => [id, { prices, label }]));
  for (let i = 0; i < week.id.length; i += 1) {
    const id = week.id[i]!;
    const p = priced.get(id);
    const materials = week.materials[i]!;
    out.push({
      id,
      kind: week.kind[i]!,
      key: week.key[i]!,
      at: week.at[i]!,
      category: week.category[i]!,
      materials: materials ? materials.split(MATERIAL_SEPARATOR) : [],
      prices: p?.prices ?? [],
      sourceLabel: p?.label ?? '',
      state: week.state[i]!,
    });
  }
  return out;
}

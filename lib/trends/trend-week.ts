import { BANNERS, CATEGORIES, type Figure } from '../analysis-result';
import type { ClipCategory } from '../clips/clip-schema';
import type { TrendPoint } from './trend-point';

/**
 * The trend points of one week as one IndexedDB row (clip-db.ts, `trendWeeks`), encoded for
 * reading fast: typed arrays and joined strings are copied in one piece by the structured clone,
 * where 60,000 small objects are decoded one by one. Measured in Chromium on the bench machine
 * for 60,000 points: one row per point 0.5–1.2 s; a row of plain arrays per week 57–150 ms and
 * ~330 ms in the panel; this encoding: docs/bench.md "Trends". Point i is entry i of each column.
 */
export interface TrendWeek {
  /** Monday 00:00 UTC (week.ts). */
  week: number;
  /** Ids joined by "\n" (UUIDs). */
  ids: string;
  /** Short dedupe keys (trend-point.ts) joined by "\n". */
  keys: string;
  at: Float64Array;
  /** 0 = clip, 1 = logged signal. */
  kind: Uint8Array;
  /** Index in CATEGORY_CODES. */
  category: Uint8Array;
  /** 0 = no banner, else 1 + index in BANNERS. */
  state: Uint8Array;
  /** Each point's materials joined by MATERIAL, the points' joined by POINT. */
  materials: string;
  /** Only the points with quoted prices: [id, prices, source label]. */
  priced: [string, Figure[], string][];
}

export const CATEGORY_CODES: readonly ClipCategory[] = [...CATEGORIES, 'unclassified'];
export const MATERIAL = '\u001f';
export const POINT = '\u001e';

/** The source banner of a state code. */
export function decodeState(code: number): TrendPoint['state'] {
  return code === 0 ? null : BANNERS[code - 1]!;
}

/** The week's points, as objects (appended to `out`). */
export function weekPoints(week: TrendWeek, out: TrendPoint[] = []): TrendPoint[] {
  if (week.at.length === 0) return out;
  const ids = week.ids.split('\n');
  const keys = week.keys.split('\n');
  const materials = week.materials.split(POINT);
  const priced = week.priced.length ? new Map(week.priced.map(([id, prices, label]) => [id, { prices, label }])) : null;
  for (let i = 0; i < week.at.length; i += 1) {
    const id = ids[i]!;
    const p = priced?.get(id);
    const state = week.state[i]!;
    out.push({
      id,
      kind: week.kind[i] === 0 ? 'clip' : 'log',
      key: keys[i]!,
      at: week.at[i]!,
      category: CATEGORY_CODES[week.category[i]!]!,
      materials: materials[i] ? materials[i]!.split(MATERIAL) : [],
      prices: p?.prices ?? [],
      sourceLabel: p?.label ?? '',
      state: decodeState(state),
    });
  }
  return out;
}

/** The row of a week holding `points` (all in that week). */
export function encodeWeek(week: number, points: readonly TrendPoint[]): TrendWeek {
  return {
    week,
    ids: points.map((p) => p.id).join('\n'),
    keys: points.map((p) => p.key).join('\n'),
    at: Float64Array.from(points, (p) => p.at),
    kind: Uint8Array.from(points, (p) => (p.kind === 'clip' ? 0 : 1)),
    category: Uint8Array.from(points, (p) => CATEGORY_CODES.indexOf(p.category)),
    state: Uint8Array.from(points, (p) => (p.state === null ? 0 : 1 + BANNERS.indexOf(p.state))),
    materials: points.map((p) => p.materials.join(MATERIAL)).join(POINT),
    priced: points.filter((p) => p.prices.length > 0).map((p) => [p.id, p.prices, p.sourceLabel]),
  };
}

import type { Figure } from '../analysis-result';
import { type PricePoint, priceMaterial } from './aggregate-trends';
import { isPrice } from './price-unit';
import { type TrendWeek, CATEGORY_CODES, MATERIAL, POINT, decodeState } from './trend-week';

/**
 * What Trends counts of one week row (trend-week.ts), read straight from its columns: a range of
 * whole weeks is then a sum of these (trend-index.ts), where aggregating 60,000 point objects
 * cost 20–50 ms a range change and decoding them 50–110 ms of the first render (docs/bench.md
 * "Trends").
 */
export interface WeekSummary {
  week: number;
  count: number;
  /** Per category code (CATEGORY_CODES): all, and those from state-linked sources. */
  byCategory: Int32Array;
  stateByCategory: Int32Array;
  /** Per set of materials as stored (joined by MATERIAL, "" for none): how many points name exactly it. */
  materialSets: Map<string, number>;
  /** Priced points' quotes, per price series id ("material\nunit"), in the week's order. */
  prices: Map<string, PricePoint[]>;
  /** The oldest counted point's time (Infinity when none). */
  oldest: number;
}

/** Which points of a week count: `withLog` off keeps clips only; a logged sentence also clipped counts as the clip. */
export interface WeekFilter {
  withLog: boolean;
  clipped: ReadonlySet<string>;
  /** Only points with from ≤ at < to (a range that cuts the week). */
  from?: number;
  to?: number;
}

/** The summary of the points of `row` that pass `filter`. */
export function summarizeWeek(row: TrendWeek, filter: WeekFilter): WeekSummary {
  const n = row.at.length;
  const summary: WeekSummary = {
    week: row.week,
    count: 0,
    byCategory: new Int32Array(CATEGORY_CODES.length),
    stateByCategory: new Int32Array(CATEGORY_CODES.length),
    materialSets: new Map(),
    prices: new Map(),
    oldest: Infinity,
  };
  if (n === 0) return summary;
  const dedupe = filter.withLog && filter.clipped.size > 0;
  const keys = dedupe ? row.keys.split('\n') : null;
  const materials = row.materials.split(POINT);
  const priced = pricedAt(row);
  const from = filter.from ?? -Infinity;
  const to = filter.to ?? Infinity;
  for (let i = 0; i < n; i += 1) {
    const at = row.at[i]!;
    if (at < from || at >= to) continue;
    if (row.kind[i] !== 0 && (!filter.withLog || (keys && filter.clipped.has(keys[i]!)))) continue;
    summary.count += 1;
    if (at < summary.oldest) summary.oldest = at;
    const c = row.category[i]!;
    summary.byCategory[c]! += 1;
    if (row.state[i] !== 0) summary.stateByCategory[c]! += 1;
    const set = materials[i] ?? '';
    summary.materialSets.set(set, (summary.materialSets.get(set) ?? 0) + 1);
    const p = priced?.get(i);
    if (p) addPrices(summary.prices, p, at, set, decodeState(row.state[i]!));
  }
  return summary;
}

type Priced = TrendWeek['priced'][number];

/**
 * The priced entries by point index. They are in the points' order (encodeWeek), so one walk over
 * the joined ids finds them without splitting 60,000 ids into strings.
 */
function pricedAt(row: TrendWeek): Map<number, Priced> | null {
  if (row.priced.length === 0) return null;
  const out = new Map<number, Priced>();
  const { ids } = row;
  let j = 0;
  for (let i = 0, pos = 0; pos <= ids.length && j < row.priced.length; i += 1) {
    const end = ids.indexOf('\n', pos);
    const stop = end < 0 ? ids.length : end;
    const id = row.priced[j]![0];
    if (stop - pos === id.length && ids.startsWith(id, pos)) out.set(i, row.priced[j++]!);
    pos = stop + 1;
  }
  return out;
}

function addPrices(series: Map<string, PricePoint[]>, [id, figures, label]: Priced, at: number, set: string, state: PricePoint['state']): void {
  const material = priceMaterial({ materials: set ? set.split(MATERIAL) : [] });
  for (const figure of figures as Figure[]) {
    if (!isPrice(figure)) continue;
    const key = `${material}\n${figure.unit}`;
    let list = series.get(key);
    if (!list) series.set(key, (list = []));
    list.push({ at, value: figure.value, text: figure.text, id, sourceLabel: label, state });
  }
}

import type { DBCore, DBCoreMutateRequest, DBCoreMutateResponse, DBCoreTable } from 'dexie';
import type { Clip } from '../clips/clip-schema';
import type { LoggedSignal } from '../reading-log/logged-signal';
import { type TrendPoint, trendPointOf } from './trend-point';
import { type TrendWeek, encodeWeek, weekPoints } from './trend-week';
import { weekStart } from './week';

/** The tables whose rows have a trend point, and the point's kind. Both are keyed by `id`. */
const MIRRORED: Record<string, TrendPoint['kind']> = { clips: 'clip', readingLog: 'log' };
export const TREND_WEEKS = 'trendWeeks';

type Row = Clip | LoggedSignal;

/**
 * Keeps `trendWeeks` (trend-week.ts) in step with clips and the reading log: every write of
 * either, from any context and any path (save, edit, import, delete, clear, retention, forget),
 * moves the row's point in or out of its week in the same transaction, so Trends never counts a
 * deleted clip or misses a new one. A DBCore middleware, like the search words (clip-db.ts):
 * read-write transactions on a mirrored table are widened to include the weeks.
 */
export function withTrendPoints(down: DBCore): Partial<DBCore> {
  return {
    ...down,
    transaction(stores, mode, options) {
      const widen = mode === 'readwrite' && stores.some((s) => s in MIRRORED) && !stores.includes(TREND_WEEKS);
      return down.transaction(widen ? [...stores, TREND_WEEKS] : stores, mode, options);
    },
    table(name) {
      const table = down.table(name);
      const kind = MIRRORED[name];
      if (!kind) return table;
      return { ...table, mutate: (req) => mirrored(table, () => down.table(TREND_WEEKS), kind, req) };
    },
  };
}

async function keysOf(table: DBCoreTable, req: DBCoreMutateRequest): Promise<unknown[]> {
  switch (req.type) {
    case 'add':
    case 'put':
      return req.values.map((row: Row) => row.id);
    case 'delete':
      return req.keys;
    case 'deleteRange':
      return (await table.query({ trans: req.trans, query: { index: table.schema.primaryKey, range: req.range }, values: false })).result;
  }
}

async function mirrored(table: DBCoreTable, weeksTable: () => DBCoreTable, kind: TrendPoint['kind'], req: DBCoreMutateRequest): Promise<DBCoreMutateResponse> {
  // An upgrade from before version 3 writes clips before the weeks table exists; version 3's
  // upgrade then makes the points of every clip (clip-db.ts).
  const idb = req.trans as unknown as IDBTransaction;
  if (!idb.objectStoreNames?.contains(TREND_WEEKS)) return table.mutate(req);
  const keys = await keysOf(table, req);
  const before = (await table.getMany({ trans: req.trans, keys })) as (Row | undefined)[];
  const res = await table.mutate(req);
  const done = (i: number) => !res.failures[i];
  const leaving = before.filter((row, i): row is Row => row !== undefined && done(i)).map((row) => trendPointOf(row, kind));
  const entering = req.type === 'add' || req.type === 'put' ? req.values.filter((_, i) => done(i)).map((row: Row) => trendPointOf(row, kind)) : [];
  if (leaving.length === 0 && entering.length === 0) return res;

  const weeksT = weeksTable();
  const touched = [...new Set([...leaving, ...entering].map((p) => weekStart(p.at)))];
  const stored = (await weeksT.getMany({ trans: req.trans, keys: touched })) as (TrendWeek | undefined)[];
  const gone = new Set(leaving.map((p) => p.id));
  const byWeek = new Map(touched.map((w, i) => [w, stored[i] ? weekPoints(stored[i]!).filter((p) => !gone.has(p.id)) : []]));
  for (const p of entering) {
    const points = byWeek.get(weekStart(p.at))!;
    const at = points.findIndex((q) => q.id === p.id);
    if (at >= 0) points[at] = p;
    else points.push(p);
  }
  const kept = [...byWeek].filter(([, points]) => points.length > 0).map(([w, points]) => encodeWeek(w, points));
  const emptied = [...byWeek].filter(([, points]) => points.length === 0).map(([w]) => w);
  if (kept.length) await weeksT.mutate({ type: 'put', trans: req.trans, values: kept });
  if (emptied.length) await weeksT.mutate({ type: 'delete', trans: req.trans, keys: emptied });
  return res;
}

/** The week rows of `points` (the upgrade's fill of existing clips). */
export function weeksOfPoints(points: readonly TrendPoint[]): TrendWeek[] {
  const weeks = new Map<number, TrendPoint[]>();
  for (const p of points) {
    const w = weekStart(p.at);
    const list = weeks.get(w);
    if (list) list.push(p);
    else weeks.set(w, [p]);
  }
  return [...weeks].map(([w, list]) => encodeWeek(w, list));
}

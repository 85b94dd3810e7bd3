import { OTHER_MATERIALS, type TrendRange, type Trends, inRange } from './aggregate-trends';
import type { TrendPoint } from './trend-point';
import { WEEK, weekStart } from './week';

/** Which points a click in Trends stands for (the Library then shows exactly those). */
export type PointFilter = (point: TrendPoint) => boolean;

/** A category series, or a material series (OTHER_MATERIALS: any of `trends.otherMaterials`). */
export function seriesFilter(chart: 'category' | 'material', series: string, trends: Trends): PointFilter {
  if (chart === 'category') return (p) => p.category === series;
  if (series !== OTHER_MATERIALS) return (p) => p.materials.includes(series);
  const rest = new Set(trends.otherMaterials);
  return (p) => p.materials.some((m) => rest.has(m));
}

export function weekFilter(week: number): PointFilter {
  return (p) => p.at >= week && p.at < week + WEEK && weekStart(p.at) === week;
}

export function both(a: PointFilter, b: PointFilter): PointFilter {
  return (p) => a(p) && b(p);
}

/** Signals of a category from state-linked sources (`state`), or from the others. */
export function stateFilter(category: string, state: boolean): PointFilter {
  return (p) => p.category === category && (p.state !== null) === state;
}

/** The ids of the points in `range` that pass `filter`. */
export function idsWhere(points: readonly TrendPoint[], range: TrendRange, filter: PointFilter): string[] {
  const ids: string[] = [];
  for (const p of points) if (inRange(p, range) && filter(p)) ids.push(p.id);
  return ids;
}

import type { PointFilter } from '@/lib/trends/trend-filters';

/** What a click in Trends selects: the Library shows exactly these signals (clips, and logged ones). */
export interface TrendSelection {
  /** What was clicked, in words ("Pricing, week of 2026-01-12"). */
  label: string;
  /** Ids of clips and of logged signals (one key space: UUIDs). */
  ids: ReadonlySet<string>;
}

export type OnSelect = (selection: TrendSelection) => void;

/** What a chart reports on a click: its words, and which points (resolved to ids by the view). */
export type OnPick = (label: string, filter: PointFilter) => void;

export function selectionOf(label: string, ids: Iterable<string>): TrendSelection {
  return { label, ids: new Set(ids) };
}

/** What a click in Trends selects: the Library shows exactly these signals (clips, and logged ones). */
export interface TrendSelection {
  /** What was clicked, in words ("Pricing, week of 2026-01-12"). */
  label: string;
  /** Ids of clips and of logged signals (one key space: UUIDs). */
  ids: ReadonlySet<string>;
}

export type OnSelect = (selection: TrendSelection) => void;

export function selectionOf(label: string, ids: Iterable<string>): TrendSelection {
  return { label, ids: new Set(ids) };
}

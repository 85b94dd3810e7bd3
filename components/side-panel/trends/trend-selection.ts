/** What a click in Trends selects: the Library shows exactly these signals (clips, and logged ones). */
export interface TrendSelection {
  /** What was clicked, in words ("Pricing, week of 2026-01-12"). */
  label: string;
  keys: ReadonlySet<string>;
}

export type OnSelect = (selection: TrendSelection) => void;

export function selectionOf(label: string, keys: Iterable<string>): TrendSelection {
  return { label, keys: new Set(keys) };
}

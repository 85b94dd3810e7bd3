import type { TrendRange } from './aggregate-trends';
import { WEEK, weekStart } from './week';

const DAY = 86_400_000;
const DAY_TEXT = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The presets of the range bar: the last n weeks (this one included), or everything. */
export const RANGE_PRESETS = [
  { id: '4w', label: '4 weeks', weeks: 4 },
  { id: '13w', label: '13 weeks', weeks: 13 },
  { id: '52w', label: '1 year', weeks: 52 },
  { id: 'all', label: 'All', weeks: null },
] as const;
export type RangePreset = (typeof RANGE_PRESETS)[number]['id'];

/** The range of a preset at `now`; "all" starts at the oldest item (or this week when there is none). */
export function presetRange(preset: RangePreset, now: number, oldest: number | null): TrendRange {
  const to = weekStart(now) + WEEK;
  const weeks = RANGE_PRESETS.find((p) => p.id === preset)!.weeks;
  const from = weeks === null ? weekStart(Math.min(oldest ?? now, now)) : to - weeks * WEEK;
  return { from, to };
}

/** "YYYY-MM-DD" as a UTC day (the weeks are UTC too), or null. `end`: the day after, for an inclusive last day. */
export function utcDay(text: string, end = false): number | null {
  const m = DAY_TEXT.exec(text);
  if (!m) return null;
  const at = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  return Number.isNaN(at) ? null : end ? at + DAY : at;
}

/** The range's first and last days as "YYYY-MM-DD" (for date inputs). */
export function rangeDays(range: TrendRange): { from: string; to: string } {
  const iso = (at: number) => new Date(at).toISOString().slice(0, 10);
  return { from: iso(range.from), to: iso(Math.max(range.from, range.to - DAY)) };
}

/**
 * Weeks as Trends bins them: Monday 00:00 UTC to the next. UTC rather than the reader's zone, so
 * the side panel and an exported brief give the same bins on any machine (a reader east of UTC
 * sees a Monday-morning read in the week before; the bins are labelled by their Monday).
 */
const DAY = 86_400_000;
export const WEEK = 7 * DAY;
/** 1970-01-01 was a Thursday: Monday 1969-12-29 starts week 0. */
const MONDAY_OFFSET = 3 * DAY;

export function weekStart(at: number): number {
  return Math.floor((at + MONDAY_OFFSET) / WEEK) * WEEK - MONDAY_OFFSET;
}

/** The starts of every week that overlaps [from, to), in order. */
export function weeksOf(from: number, to: number): number[] {
  const weeks: number[] = [];
  for (let w = weekStart(from); w < to; w += WEEK) weeks.push(w);
  return weeks;
}

/** "2026-01-12", the Monday that names a week. */
export function weekLabel(week: number): string {
  return new Date(week).toISOString().slice(0, 10);
}

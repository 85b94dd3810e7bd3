/** Order statistics for the bench report (medians and worst cases; no means: one slow page would hide in them). */

/** The median of `xs` (the mean of the two middle values for an even count); NaN when empty. */
export function median(xs: readonly number[]): number {
  const sorted = finite(xs).sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** The q-quantile (0 ≤ q ≤ 1) by nearest rank; NaN when empty. */
export function quantile(xs: readonly number[], q: number): number {
  const sorted = finite(xs).sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!;
}

/** The largest value; NaN when empty. */
export function worst(xs: readonly number[]): number {
  const values = finite(xs);
  return values.length === 0 ? Number.NaN : Math.max(...values);
}

export interface Summary {
  n: number;
  median: number;
  p90: number;
  max: number;
}

export function summarize(xs: readonly number[]): Summary {
  return { n: finite(xs).length, median: median(xs), p90: quantile(xs, 0.9), max: worst(xs) };
}

function finite(xs: readonly number[]): number[] {
  return xs.filter((x) => Number.isFinite(x));
}

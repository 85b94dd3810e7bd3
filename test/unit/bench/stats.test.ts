// The bench's order statistics (scripts/bench/stats.ts): medians and worst cases ignore values
// that were not measured (NaN), and say NaN when nothing was.
import { describe, expect, it } from 'vitest';
import { median, quantile, summarize, worst } from '../../../scripts/bench/stats';

describe('bench statistics', () => {
  it('takes the middle value, or the mean of the two middle ones', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });

  it('ignores values that were not measured', () => {
    expect(median([Number.NaN, 2, 4, Number.NaN])).toBe(3);
    expect(worst([1, Number.NaN, 7])).toBe(7);
    expect(summarize([1, 2, Number.NaN]).n).toBe(2);
  });

  it('says NaN when nothing was measured', () => {
    expect(median([])).toBeNaN();
    expect(worst([Number.NaN])).toBeNaN();
  });

  it('takes quantiles by nearest rank', () => {
    const xs = Array.from({ length: 10 }, (_x, i) => i + 1);
    expect(quantile(xs, 0.9)).toBe(9);
    expect(quantile(xs, 1)).toBe(10);
    expect(quantile(xs, 0)).toBe(1);
  });
});

import { describe, expect, it } from 'vitest';
import { OffsetPairs } from '../../../lib/analysis/offset-pairs';

describe('OffsetPairs', () => {
  it('keeps pairs in order past its first capacity, and starts over when cleared', () => {
    const pairs = new OffsetPairs(2);
    for (let k = 0; k < 9; k++) pairs.push(k * 10, k * 10 + 5);
    expect(pairs.count).toBe(9);
    expect(Array.from({ length: 9 }, (_, k) => [pairs.start(k), pairs.end(k)])).toEqual(Array.from({ length: 9 }, (_, k) => [k * 10, k * 10 + 5]));
    pairs.clear();
    expect(pairs.count).toBe(0);
    pairs.push(3, 4);
    expect([pairs.count, pairs.start(0), pairs.end(0)]).toEqual([1, 3, 4]);
  });
});

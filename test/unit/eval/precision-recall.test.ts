import { describe, expect, it } from 'vitest';
import { precisionRecall } from '../../../lib/eval/precision-recall';

describe('precisionRecall', () => {
  it('computes precision, recall and F1 from counts', () => {
    const s = precisionRecall({ tp: 6, fp: 2, fn: 4 });
    expect(s.precision).toBeCloseTo(0.75);
    expect(s.recall).toBeCloseTo(0.6);
    expect(s.f1).toBeCloseTo((2 * 0.75 * 0.6) / (0.75 + 0.6));
  });

  it('leaves precision undefined when nothing was predicted, and F1 is then 0', () => {
    expect(precisionRecall({ tp: 0, fp: 0, fn: 3 })).toEqual({ tp: 0, fp: 0, fn: 3, precision: null, recall: 0, f1: 0 });
  });

  it('leaves recall undefined when nothing was labelled', () => {
    expect(precisionRecall({ tp: 0, fp: 2, fn: 0 })).toMatchObject({ precision: 0, recall: null, f1: 0 });
  });

  it('has no score at all when there was nothing to score', () => {
    expect(precisionRecall({ tp: 0, fp: 0, fn: 0 })).toMatchObject({ precision: null, recall: null, f1: null });
  });
});

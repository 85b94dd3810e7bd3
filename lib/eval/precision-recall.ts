/** True positives, false positives and false negatives of one measurement. */
export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface Scores extends Counts {
  /** null when nothing was predicted (tp + fp = 0). */
  precision: number | null;
  /** null when nothing was labelled (tp + fn = 0). */
  recall: number | null;
  /** 2·tp / (2·tp + fp + fn); null when there is nothing to score at all. */
  f1: number | null;
}

export const NO_COUNTS: Counts = { tp: 0, fp: 0, fn: 0 };

export function addCounts(a: Counts, b: Counts): Counts {
  return { tp: a.tp + b.tp, fp: a.fp + b.fp, fn: a.fn + b.fn };
}

/** Precision, recall and F1 from pooled counts (micro-averaged when the counts are sums). */
export function precisionRecall(counts: Counts): Scores {
  const { tp, fp, fn } = counts;
  return {
    tp,
    fp,
    fn,
    precision: tp + fp > 0 ? tp / (tp + fp) : null,
    recall: tp + fn > 0 ? tp / (tp + fn) : null,
    f1: tp + fp + fn > 0 ? (2 * tp) / (2 * tp + fp + fn) : null,
  };
}

import { CATEGORIES, type Category } from '../analysis-result';
import type { PageMatch } from './match-labels';
import { addCounts, NO_COUNTS, type Counts } from './precision-recall';

/** The counts of one page (or a pool of pages) for signals. */
export interface SignalCounts {
  /** A labelled signal counts as found whatever category the detector gave it. */
  detected: Counts;
  /** Found with the labelled category; a found signal of another category is also a false positive. */
  category: Counts;
  byCategory: Record<Category, { labels: number; detected: Counts; category: Counts }>;
}

export function emptySignalCounts(): SignalCounts {
  const byCategory = {} as SignalCounts['byCategory'];
  for (const c of CATEGORIES) byCategory[c] = { labels: 0, detected: NO_COUNTS, category: NO_COUNTS };
  return { detected: NO_COUNTS, category: NO_COUNTS, byCategory };
}

/**
 * Counts of one page's match. Per category, "detected" takes true positives and misses by the
 * label's category and false positives by the category the detector gave; "category" is the
 * usual per-class count (a signal found under another category is a miss for its own category
 * and a false positive for the one given).
 */
export function countSignals(match: PageMatch): SignalCounts {
  const out = emptySignalCounts();
  const bump = (c: Category, key: 'detected' | 'category', d: Partial<Counts>) => {
    const slot = out.byCategory[c];
    slot[key] = addCounts(slot[key], { ...NO_COUNTS, ...d });
  };
  let rightCategory = 0;
  for (const { label, detection } of match.found) {
    out.byCategory[label.category].labels += 1;
    bump(label.category, 'detected', { tp: 1 });
    if (detection.category === label.category) {
      rightCategory += 1;
      bump(label.category, 'category', { tp: 1 });
    } else {
      bump(label.category, 'category', { fn: 1 });
      bump(detection.category, 'category', { fp: 1 });
    }
  }
  for (const label of match.missed) {
    out.byCategory[label.category].labels += 1;
    bump(label.category, 'detected', { fn: 1 });
    bump(label.category, 'category', { fn: 1 });
  }
  for (const { detection } of match.falsePositives) {
    bump(detection.category, 'detected', { fp: 1 });
    bump(detection.category, 'category', { fp: 1 });
  }
  const fp = match.falsePositives.length;
  const labels = match.found.length + match.missed.length;
  out.detected = { tp: match.found.length, fp, fn: match.missed.length };
  out.category = { tp: rightCategory, fp: fp + match.found.length - rightCategory, fn: labels - rightCategory };
  return out;
}

export function addSignalCounts(a: SignalCounts, b: SignalCounts): SignalCounts {
  const out = emptySignalCounts();
  out.detected = addCounts(a.detected, b.detected);
  out.category = addCounts(a.category, b.category);
  for (const c of CATEGORIES) {
    const x = a.byCategory[c];
    const y = b.byCategory[c];
    out.byCategory[c] = {
      labels: x.labels + y.labels,
      detected: addCounts(x.detected, y.detected),
      category: addCounts(x.category, y.category),
    };
  }
  return out;
}

import { describe, expect, it } from 'vitest';
import type { PageLabels } from '../../../lib/eval/corpus-labels';
import { matchLabels, type Detection } from '../../../lib/eval/match-labels';
import { countSignals } from '../../../lib/eval/signal-counts';

/** A tiny page: two signals, one non-signal, one neutral sentence. */
const labels: PageLabels = {
  split: 'dev',
  style: 'wire',
  lang: 'en',
  rareEarthArticle: true,
  signals: [
    { quote: 'China cut its export quota', category: 'export-control' },
    { quote: 'Prices of NdPr oxide rose', category: 'pricing' },
  ],
  nonSignals: ['Subscribe to our newsletter'],
  neutral: ['Analysts expect more'],
};

describe('matchLabels', () => {
  it('finds, misses, flags false positives and lists unlabelled detections', () => {
    const detections: Detection[] = [
      { text: 'China cut its export quota by 10% in May.', category: 'trade-policy' },
      { text: 'Subscribe to our newsletter for prices.', category: 'pricing' },
      { text: 'Analysts expect more cuts.', category: 'export-control' },
      { text: 'Lynas raised output.', category: 'supply-expansion' },
    ];
    const m = matchLabels(labels, detections);
    expect(m.found.map((f) => f.label.quote)).toEqual(['China cut its export quota']);
    expect(m.missed.map((l) => l.quote)).toEqual(['Prices of NdPr oxide rose']);
    expect(m.falsePositives.map((f) => f.quote)).toEqual(['Subscribe to our newsletter']);
    expect(m.unlabeled.map((d) => d.text)).toEqual(['Lynas raised output.']);
  });

  it('prefers a detection of the labelled category when several start with the quote', () => {
    const m = matchLabels(labels, [
      { text: 'China cut its export quota.', category: 'trade-policy' },
      { text: 'China cut its export quota again.', category: 'export-control' },
    ]);
    expect(m.found[0]?.detection.category).toBe('export-control');
  });

  it('counts every detection on an off-topic page as a false positive', () => {
    const m = matchLabels({ ...labels, rareEarthArticle: false, signals: [] }, [
      { text: 'The band Rare Earth raised ticket prices.', category: 'pricing' },
      { text: 'Subscribe to our newsletter.', category: 'pricing' },
    ]);
    expect(m.falsePositives.map((f) => f.quote)).toEqual(['Subscribe to our newsletter', null]);
    expect(m.unlabeled).toEqual([]);
  });
});

describe('countSignals', () => {
  it('counts a signal found under another category as found, and as a miss and a false positive by category', () => {
    const m = matchLabels(labels, [
      { text: 'China cut its export quota.', category: 'trade-policy' },
      { text: 'Prices of NdPr oxide rose 5%.', category: 'pricing' },
      { text: 'Subscribe to our newsletter.', category: 'demand' },
    ]);
    const c = countSignals(m);
    expect(c.detected).toEqual({ tp: 2, fp: 1, fn: 0 });
    expect(c.category).toEqual({ tp: 1, fp: 2, fn: 1 });
    expect(c.byCategory['export-control']).toEqual({ labels: 1, detected: { tp: 1, fp: 0, fn: 0 }, category: { tp: 0, fp: 0, fn: 1 } });
    expect(c.byCategory['trade-policy'].category).toEqual({ tp: 0, fp: 1, fn: 0 });
    expect(c.byCategory.pricing.category).toEqual({ tp: 1, fp: 0, fn: 0 });
    expect(c.byCategory.demand).toEqual({ labels: 0, detected: { tp: 0, fp: 1, fn: 0 }, category: { tp: 0, fp: 1, fn: 0 } });
  });
});

import { describe, expect, it } from 'vitest';
import type { PageLabels } from '../../../lib/eval/corpus-labels';
import { evaluatePages, summarizeNegatives, type PageOutcome } from '../../../lib/eval/evaluate-corpus';
import { formatEvalMarkdown } from '../../../lib/eval/eval-markdown';

const page = (split: 'dev' | 'holdout', rareEarthArticle: boolean, quotes: string[]): PageLabels => ({
  split,
  style: 'wire',
  lang: 'en',
  rareEarthArticle,
  signals: quotes.map((quote) => ({ quote, category: 'pricing' })),
  nonSignals: [],
  neutral: [],
});

const none = { isRareEarth: false, detections: [] };
const outcomes: PageOutcome[] = [
  {
    input: 'a.html',
    labels: page('dev', true, ['Prices rose', 'Prices fell']),
    engine: { isRareEarth: true, detections: [{ text: 'Prices rose 5%.', category: 'pricing' }] },
    baseline: none,
  },
  { input: 'b.html', labels: page('dev', false, []), engine: none, baseline: { isRareEarth: true, detections: [] } },
  {
    input: 'c.html',
    labels: page('holdout', true, ['Prices doubled']),
    engine: { isRareEarth: true, detections: [{ text: 'Prices doubled.', category: 'demand' }] },
    baseline: none,
  },
];

describe('evaluatePages', () => {
  const { splits } = evaluatePages(outcomes);

  it('pools the pages of each split and of all', () => {
    expect(splits.dev.pages).toBe(2);
    expect(splits.holdout.pages).toBe(1);
    expect(splits.all.signalLabels).toBe(3);
    expect(splits.dev.engine.signals.detected).toMatchObject({ tp: 1, fp: 0, fn: 1, precision: 1, recall: 0.5 });
    expect(splits.holdout.engine.signals.category).toMatchObject({ tp: 0, fp: 1, fn: 1, f1: 0 });
    expect(splits.all.engine.signals.detected).toMatchObject({ tp: 2, fp: 0, fn: 1 });
  });

  it('scores the topic per page, baseline apart from engine', () => {
    expect(splits.all.engine.topic).toMatchObject({ tp: 2, fp: 0, fn: 0, tn: 1, f1: 1 });
    expect(splits.dev.baseline.topic).toMatchObject({ tp: 0, fp: 1, fn: 1, tn: 0, f1: 0 });
  });

  it('renders a table with every split, engine beside baseline', () => {
    const md = formatEvalMarkdown({
      date: '2026-01-01T00:00:00.000Z',
      commit: 'abc1234',
      corpus: { dir: 'corpus', pages: 3, seed: null, styles: {}, langs: {} },
      splits,
      shared: { dir: 'shared', skipped: 'the folder does not exist on this machine' },
    });
    expect(md).toContain('| | dev engine | dev baseline | holdout engine | holdout baseline | all engine | all baseline |');
    expect(md).toContain('| topic (rare-earth article) | 1.000 / 1.000 / **1.000** | 0.000 / 0.000 / **0.000** |');
    expect(md).toContain('skipped — the folder does not exist on this machine');
  });
});

describe('summarizeNegatives', () => {
  it('names the pages called on-topic and counts their signals', () => {
    const s = summarizeNegatives([
      { input: 'x', engine: { isRareEarth: true, detections: [{ text: 'A.', category: 'demand' }] }, baseline: none },
      { input: 'y', engine: none, baseline: none },
    ]);
    expect(s).toEqual({
      pages: 2,
      engine: { topicPositives: ['x'], signals: 1, pagesWithSignals: ['x'] },
      baseline: { topicPositives: [], signals: 0, pagesWithSignals: [] },
    });
  });
});

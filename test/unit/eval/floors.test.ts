import { existsSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { CATEGORIES } from '../../../lib/analysis-result';
import { DEFAULT_CORPUS, DEFAULT_SHARED, runEval, type EvalRun } from '../../../scripts/eval';

/**
 * The floors of issue 3, item 7, on the team corpus (test/fixtures/corpus + the seed, dev and
 * holdout together, as `npm run eval` computes them): topic F1 ≥ 0.95 and signal F1 ≥ 0.85, both
 * for detecting the labelled sentences and for detecting them with the right category; and no
 * false positive on any page of ../shared/corpus/readability-pages, the 130 real pages that are all
 * negatives, when that folder exists (it is not part of the repository: skipped when absent).
 * `npm run eval` prints what is missed and what is wrong on dev pages.
 */
const sharedPresent = existsSync(DEFAULT_SHARED);
let run: EvalRun;

beforeAll(() => {
  run = runEval({ corpusDir: DEFAULT_CORPUS, sharedDir: sharedPresent ? DEFAULT_SHARED : null, seed: true });
}, 180_000);

const pct = (x: number | null) => (x === null ? 'none' : x.toFixed(3));

describe('the team corpus', () => {
  it('reads every labelled page (no unreadable page, no invalid labels file)', () => {
    expect(run.problems).toEqual([]);
  });

  it('is as large as issue 3 asks: ≥ 60 pages, ≥ 400 labelled sentences, all 11 categories, both splits', () => {
    const all = run.report.splits.all;
    expect(run.report.corpus.pages).toBeGreaterThanOrEqual(60);
    expect(all.signalLabels + all.nonSignalLabels).toBeGreaterThanOrEqual(400);
    expect(CATEGORIES.filter((c) => all.engine.signals.byCategory[c].labels === 0)).toEqual([]);
    expect(run.report.splits.dev.pages).toBeGreaterThan(0);
    expect(run.report.splits.holdout.pages).toBeGreaterThan(0);
  });
});

describe('floors on the team corpus (dev + holdout)', () => {
  it('topic F1 ≥ 0.95', () => {
    const { topic } = run.report.splits.all.engine;
    expect(topic.f1, `topic P ${pct(topic.precision)} R ${pct(topic.recall)} F1 ${pct(topic.f1)}`).toBeGreaterThanOrEqual(0.95);
  });

  it('signal F1 ≥ 0.85 (labelled sentences detected)', () => {
    const s = run.report.splits.all.engine.signals.detected;
    expect(s.f1, `signals P ${pct(s.precision)} R ${pct(s.recall)} F1 ${pct(s.f1)}`).toBeGreaterThanOrEqual(0.85);
  });

  it('signal F1 ≥ 0.85 (detected with the right category)', () => {
    const s = run.report.splits.all.engine.signals.category;
    expect(s.f1, `signals P ${pct(s.precision)} R ${pct(s.recall)} F1 ${pct(s.f1)}`).toBeGreaterThanOrEqual(0.85);
  });
});

describe('the real pages of ../shared/corpus', () => {
  it.skipIf(!sharedPresent)(
    sharedPresent
      ? 'no page of ../shared/corpus/readability-pages is called rare-earth or gets a signal'
      : `skipped: ${DEFAULT_SHARED} does not exist on this machine (it is optional, not part of the repository)`,
    () => {
      const shared = run.report.shared;
      if ('skipped' in shared) throw new Error(`the shared corpus was not evaluated: ${shared.skipped}`);
      expect(shared.pages).toBeGreaterThan(0);
      expect(shared.engine.topicPositives).toEqual([]);
      expect(shared.engine.pagesWithSignals).toEqual([]);
    },
  );
});

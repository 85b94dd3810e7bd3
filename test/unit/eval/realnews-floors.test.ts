import { existsSync, readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { excerptUnits, sentenceHash } from '../../../lib/eval/realnews';
import { RealnewsLabels, unitsOf } from '../../../lib/eval/realnews-labels';
import { LABELS_FILE, readExcerpts, REALNEWS_FILE, SPLIT_FILE } from '../../../scripts/realnews/paths';
import { runRealnews, SENSITIVITY_LEVELS, type RealnewsRun } from '../../../scripts/realnews/run-realnews';

/**
 * Floors on the real news (issue 12): the kept-out split's figures as `npm run eval` reports them
 * in docs/eval.md, less 0.02, so a change that costs recall, precision or category agreement on
 * prose nobody on the team wrote fails here. ../shared/realnews is third-party text read in place:
 * without it the test is skipped with a message, except in CI (CI=true), where it must be there.
 */
const REPORTED_KEPT_OUT = { precision: 0.901, recall: 0.698, categoryAgreement: 0.89, topicF1: 0.986 };
const SLACK = 0.02;
const LANGUAGES = ['zh', 'ja', 'ko', 'ru', 'fr', 'de', 'es', 'pt'];

const present = existsSync(REALNEWS_FILE);
if (!present && process.env.CI === 'true') throw new Error(`${REALNEWS_FILE} is missing in CI`);
const suite = present ? describe : describe.skip;
const title = present ? 'the real news' : `the real news — skipped: ${REALNEWS_FILE} is not on this machine`;

suite(title, () => {
  let run: RealnewsRun;
  beforeAll(() => {
    run = runRealnews();
  }, 300_000);

  it('has every excerpt labelled, each sentence once, with offsets that still hash to the label', () => {
    const excerpts = readExcerpts() ?? [];
    const labels = RealnewsLabels.parse(JSON.parse(readFileSync(LABELS_FILE, 'utf8'))).items;
    expect(run.unlabelled).toEqual([]);
    let sentences = 0;
    for (const e of excerpts) {
      const item = labels[e.id];
      expect(item, e.id).toBeDefined();
      const units = unitsOf(item ?? { topic: false, units: [] });
      expect(units.length, e.id).toBe(excerptUnits(e).length);
      for (const u of units) expect(sentenceHash(e.text.slice(u.start, u.end)), `${e.id} ${u.start}`).toBe(u.hash);
      sentences += units.length;
    }
    expect(excerpts.length).toBeGreaterThanOrEqual(150);
    expect(sentences).toBeGreaterThanOrEqual(1500);
  });

  it('keeps at least 30% of the excerpts out, and no excerpt in both splits', () => {
    const split = JSON.parse(readFileSync(SPLIT_FILE, 'utf8')) as { dev: string[]; keptOut: string[] };
    const all = new Set([...split.dev, ...split.keptOut]);
    expect(all.size).toBe(split.dev.length + split.keptOut.length);
    expect(split.keptOut.length / all.size).toBeGreaterThanOrEqual(0.3);
  });

  it(`kept-out: signal precision ≥ ${REPORTED_KEPT_OUT.precision - SLACK} and recall ≥ ${REPORTED_KEPT_OUT.recall - SLACK}`, () => {
    const { signals } = run.splits.engine.keptOut;
    expect(signals.precision ?? 0, `P ${signals.precision} R ${signals.recall}`).toBeGreaterThanOrEqual(REPORTED_KEPT_OUT.precision - SLACK);
    expect(signals.recall ?? 0, `P ${signals.precision} R ${signals.recall}`).toBeGreaterThanOrEqual(REPORTED_KEPT_OUT.recall - SLACK);
  });

  // What the extension shows: an excerpt the page gate stops is never analyzed (docs/eval.md,
  // "through the page gate"); the same floors hold there, on both splits' topic too.
  it('kept-out through the page gate: the same precision and recall floors, and the gate stops no dev on-topic excerpt', () => {
    const gated = run.throughGate.engine;
    const { signals } = gated.keptOut;
    expect(signals.precision ?? 0, `P ${signals.precision} R ${signals.recall}`).toBeGreaterThanOrEqual(REPORTED_KEPT_OUT.precision - SLACK);
    expect(signals.recall ?? 0, `P ${signals.precision} R ${signals.recall}`).toBeGreaterThanOrEqual(REPORTED_KEPT_OUT.recall - SLACK);
    expect(gated.keptOut.topic.f1 ?? 0).toBeGreaterThanOrEqual(REPORTED_KEPT_OUT.topicF1 - SLACK);
    expect(gated.dev.topic.recall).toBe(run.splits.engine.dev.topic.recall);
  });

  it(`kept-out: category agreement ≥ ${REPORTED_KEPT_OUT.categoryAgreement - SLACK}, topic F1 ≥ ${REPORTED_KEPT_OUT.topicF1 - SLACK}`, () => {
    const s = run.splits.engine.keptOut;
    expect(s.categoryAgreement ?? 0).toBeGreaterThanOrEqual(REPORTED_KEPT_OUT.categoryAgreement - SLACK);
    expect(s.topic.f1 ?? 0).toBeGreaterThanOrEqual(REPORTED_KEPT_OUT.topicF1 - SLACK);
  });

  it("reports every sensitivity level, the default one as the engine's own figures, recall falling as the level rises", () => {
    expect(run.sensitivity.map((p) => p.level)).toEqual([...SENSITIVITY_LEVELS]);
    expect(run.sensitivity.find((p) => p.level === 0.5)?.splits.keptOut.signals).toEqual(run.splits.engine.keptOut.signals);
    const recalls = run.sensitivity.map((p) => p.splits.all.signals.recall ?? 0);
    for (let i = 1; i < recalls.length; i++) expect(recalls[i]).toBeLessThanOrEqual(recalls[i - 1] as number);
  });

  it('gives no signal on any excerpt labelled off-topic (both splits)', () => {
    expect(run.splits.engine.all.negativeDetections).toBe(0);
  });

  it('recognizes at least 95% of the non-English on-topic excerpts', () => {
    const nonEnglish = run.engine.filter((i) => i.lang !== 'en' && i.topic === true);
    expect(nonEnglish.filter((i) => i.predictedTopic).length / nonEnglish.length).toBeGreaterThanOrEqual(0.95);
  });

  it.each(LANGUAGES)('finds signals in %s', (lang) => {
    const s = run.langs.engine[lang];
    expect(s?.signals.tp ?? 0).toBeGreaterThan(0);
  });

  it('beats the keyword baseline on both splits', () => {
    for (const split of ['dev', 'keptOut'] as const) {
      expect(run.splits.engine[split].signals.f1 ?? 0).toBeGreaterThan(run.splits.baseline[split].signals.f1 ?? 0);
    }
  });
});

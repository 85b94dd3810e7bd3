import { describe, expect, it } from 'vitest';
import { sentenceRecords } from '../../../lib/analysis/detect-signals';
import { scoreTopic } from '../../../lib/analysis/topic';
import { excerptArticle, excerptBlocks, type Excerpt } from '../../../lib/eval/realnews';
import { formatRealnewsMarkdown, type RealnewsReport } from '../../../lib/eval/realnews-markdown';
import { addFunnels, countInFunnel, emptyFunnel, recordStage, stagedSentences, unitStage } from '../../../lib/eval/signal-funnel';

/**
 * The eval's table of where labelled signals stand in the engine (lib/eval/signal-funnel.ts), on an
 * excerpt written for this test: one sentence of each kind the table tells apart.
 */
const KINDS: Excerpt = {
  id: 'test-funnel',
  url: 'https://www.metals-wire.example/rare-earths/quota.html',
  lang: 'en',
  publisher: 'Metals Wire',
  text: [
    'Rare earth quotas cut as Beijing tightens its grip',
    'China cut its rare earth mining quota by 20% this year, the industry ministry said on Monday.',
    'The rare earth plant in Baotou employs about 3,000 people.',
    'Crude oil prices rose 3% on Tuesday as stockpiles fell.',
    'Subscribe to our newsletter for the latest news.',
    'Neodymium magnets are used in motors and wind turbines.',
  ].join('\n'),
};

function stagesOf(excerpt: Excerpt) {
  const article = excerptArticle(excerpt);
  const records = sentenceRecords(article, { ...scoreTopic(article), isRareEarth: true });
  return { records, staged: stagedSentences(records, excerptBlocks(excerpt)) };
}

describe('recordStage', () => {
  it('tells the rules, a cue below them, no cue, a sentence not tied to the field and boilerplate apart', () => {
    const { records } = stagesOf(KINDS);
    expect(records.map((r) => [recordStage(r), r.sentence.slice(0, 20)])).toEqual([
      ['rules', 'China cut its rare e'],
      ['no-cue', 'The rare earth plant'],
      ['not-tied', 'Crude oil prices ros'],
      ['boilerplate', 'Subscribe to our new'],
      ['cue-below-rules', 'Neodymium magnets ar'],
    ]);
  });
});

describe('unitStage', () => {
  it("takes the stage of the engine sentence that covers the labelled one, at the excerpt's offsets", () => {
    const { staged } = stagesOf(KINDS);
    const at = (sentence: string) => {
      const start = KINDS.text.indexOf(sentence);
      return { start, end: start + sentence.length };
    };
    expect(unitStage(at('China cut its rare earth mining quota by 20% this year'), staged)).toBe('rules');
    expect(unitStage(at('Crude oil prices rose 3% on Tuesday as stockpiles fell.'), staged)).toBe('not-tied');
    // The title is no body sentence: nothing of the engine's covers it.
    expect(unitStage(at('Rare earth quotas cut as Beijing tightens its grip'), staged)).toBe('no-sentence');
  });

  it('needs half of the labelled sentence (or of the engine sentence) covered', () => {
    const staged = [{ start: 0, end: 100, stage: 'rules' as const }];
    expect(unitStage({ start: 60, end: 140 }, staged)).toBe('rules');
    expect(unitStage({ start: 80, end: 200 }, staged)).toBe('no-sentence');
  });
});

describe('the funnel in the eval report', () => {
  it('counts signals and detections per stage, adds splits, and prints shares and rates', () => {
    const dev = emptyFunnel();
    countInFunnel(dev, 'rules', true);
    countInFunnel(dev, 'rules', true);
    countInFunnel(dev, 'rules', false);
    countInFunnel(dev, 'no-cue', false);
    const keptOut = emptyFunnel();
    countInFunnel(keptOut, 'no-cue', true);
    const all = addFunnels(dev, keptOut);
    expect(all.rules).toEqual({ signals: 3, detected: 2 });
    expect(all['no-cue']).toEqual({ signals: 2, detected: 1 });

    const report: RealnewsReport = {
      source: 'test',
      splits: { engine: { dev: SCORES, keptOut: SCORES, all: SCORES }, baseline: { dev: SCORES, keptOut: SCORES, all: SCORES } },
      throughGate: { engine: { dev: SCORES, keptOut: SCORES, all: SCORES }, baseline: { dev: SCORES, keptOut: SCORES, all: SCORES } },
      langs: {},
      nonEnglishTopic: { recognized: 0, items: 0 },
      engineMbPerSecond: 1,
      sensitivity: [],
      funnel: { dev, keptOut, all },
    };
    const md = formatRealnewsMarkdown(report);
    expect(md).toMatch(/\| read as a signal by the rules[^|]*\| 3 \(75 %\) \| 2 \(67 %\) \| 0 \(0 %\) \| 0 \(—\) \| 3 \(60 %\) \| 2 \(67 %\) \|/);
    expect(md).toMatch(/\| tied to the field, but no cue pattern fires[^|]*\| 1 \(25 %\) \| 0 \(0 %\) \| 1 \(100 %\) \| 1 \(100 %\) \| 2 \(40 %\) \| 1 \(50 %\) \|/);
    // Stages with no signal in any split are left out.
    expect(md).not.toMatch(/read as boilerplate/);
  });
});

const PR = { precision: 1, recall: 1, f1: 1, tp: 1, fp: 0, fn: 0 };
const SCORES = {
  items: 1,
  topicItems: { onTopic: 1, offTopic: 0, borderline: 0 },
  topic: PR,
  signals: PR,
  categoryAgreement: 1,
  signalsWithCategory: PR,
  negativeDetections: 0,
  negativeItemsWithDetections: 0,
  borderlineUnits: 0,
  clearUnits: 1,
  strayDetections: 0,
  byCategory: {},
};

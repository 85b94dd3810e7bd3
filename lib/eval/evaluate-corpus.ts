import { CATEGORIES, type Category } from '../analysis-result';
import type { PageLabels, Split } from './corpus-labels';
import { matchLabels, type Detection, type PageMatch } from './match-labels';
import { precisionRecall, type Scores } from './precision-recall';
import { addSignalCounts, countSignals, emptySignalCounts, type SignalCounts } from './signal-counts';

/** What one detector said about a page. */
export interface DetectorOutput {
  isRareEarth: boolean;
  detections: Detection[];
}

/** One labelled page with the engine's and the baseline's answers. */
export interface PageOutcome {
  input: string;
  labels: PageLabels;
  engine: DetectorOutput;
  baseline: DetectorOutput;
}

export interface DetectorScores {
  topic: Scores & { tn: number };
  signals: {
    detected: Scores;
    category: Scores;
    byCategory: Record<Category, { labels: number; detected: Scores; category: Scores }>;
  };
  /** Detections in no label list (not counted as false positives). */
  unlabeled: number;
}

export interface SplitScores {
  pages: number;
  rareEarthPages: number;
  signalLabels: number;
  nonSignalLabels: number;
  engine: DetectorScores;
  baseline: DetectorScores;
}

export type SplitName = Split | 'all';
export const SPLIT_NAMES: readonly SplitName[] = ['dev', 'holdout', 'all'];

export interface PageScore {
  input: string;
  labels: PageLabels;
  engine: { output: DetectorOutput; match: PageMatch };
  baseline: { output: DetectorOutput; match: PageMatch };
}

/** Matches every page and pools the counts per split (micro-averaged precision, recall, F1). */
export function evaluatePages(outcomes: readonly PageOutcome[]): { pages: PageScore[]; splits: Record<SplitName, SplitScores> } {
  const pages = outcomes.map((o) => ({
    input: o.input,
    labels: o.labels,
    engine: { output: o.engine, match: matchLabels(o.labels, o.engine.detections) },
    baseline: { output: o.baseline, match: matchLabels(o.labels, o.baseline.detections) },
  }));
  const splits = {} as Record<SplitName, SplitScores>;
  for (const name of SPLIT_NAMES) {
    const chosen = pages.filter((p) => name === 'all' || p.labels.split === name);
    splits[name] = {
      pages: chosen.length,
      rareEarthPages: chosen.filter((p) => p.labels.rareEarthArticle).length,
      signalLabels: chosen.reduce((n, p) => n + p.labels.signals.length, 0),
      nonSignalLabels: chosen.reduce((n, p) => n + p.labels.nonSignals.length, 0),
      engine: scoreDetector(chosen.map((p) => ({ labels: p.labels, ...p.engine }))),
      baseline: scoreDetector(chosen.map((p) => ({ labels: p.labels, ...p.baseline }))),
    };
  }
  return { pages, splits };
}

function scoreDetector(pages: { labels: PageLabels; output: DetectorOutput; match: PageMatch }[]): DetectorScores {
  const topic = { tp: 0, fp: 0, fn: 0, tn: 0 };
  let signals: SignalCounts = emptySignalCounts();
  let unlabeled = 0;
  for (const { labels, output, match } of pages) {
    const key = labels.rareEarthArticle ? (output.isRareEarth ? 'tp' : 'fn') : output.isRareEarth ? 'fp' : 'tn';
    topic[key] += 1;
    signals = addSignalCounts(signals, countSignals(match));
    unlabeled += match.unlabeled.length;
  }
  const byCategory = {} as DetectorScores['signals']['byCategory'];
  for (const c of CATEGORIES) {
    const slot = signals.byCategory[c];
    byCategory[c] = { labels: slot.labels, detected: precisionRecall(slot.detected), category: precisionRecall(slot.category) };
  }
  return {
    topic: { ...precisionRecall(topic), tn: topic.tn },
    signals: { detected: precisionRecall(signals.detected), category: precisionRecall(signals.category), byCategory },
    unlabeled,
  };
}

/** One page of a corpus where every page is a negative (the shared real-pages corpus). */
export interface NegativeOutcome {
  input: string;
  engine: DetectorOutput;
  baseline: DetectorOutput;
}

export interface NegativeSummary {
  pages: number;
  engine: { topicPositives: string[]; signals: number; pagesWithSignals: string[] };
  baseline: { topicPositives: string[]; signals: number; pagesWithSignals: string[] };
}

/** False positives on pages that are all negatives: pages called on-topic and signals shown. */
export function summarizeNegatives(outcomes: readonly NegativeOutcome[]): NegativeSummary {
  const side = (pick: (o: NegativeOutcome) => DetectorOutput) => ({
    topicPositives: outcomes.filter((o) => pick(o).isRareEarth).map((o) => o.input),
    signals: outcomes.reduce((n, o) => n + pick(o).detections.length, 0),
    pagesWithSignals: outcomes.filter((o) => pick(o).detections.length > 0).map((o) => o.input),
  });
  return { pages: outcomes.length, engine: side((o) => o.engine), baseline: side((o) => o.baseline) };
}

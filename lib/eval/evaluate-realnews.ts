import type { Category } from '../analysis-result';
import type { Detection } from './match-labels';
import { addCounts, NO_COUNTS, precisionRecall, type Counts, type Scores } from './precision-recall';
import type { Excerpt } from './realnews';
import { unitsOf, type ItemLabels, type LabelledUnit, type TopicLabel } from './realnews-labels';

/**
 * Scores a detector on the labelled real-news excerpts, sentence by sentence. A labelled sentence is
 * detected when a detection covers at least half of it (or it covers half of the detection: a
 * detection may be a glued pair of sentences, or a part of one). Borderline sentences count on
 * neither side; every detection on an excerpt labelled off-topic is a false positive, and a detection
 * that meets no labelled sentence is counted apart (it should not happen: every sentence is labelled).
 */

export const REALNEWS_SPLITS = ['dev', 'keptOut', 'all'] as const;
export type RealnewsSplit = (typeof REALNEWS_SPLITS)[number];

export interface DetectorOutput {
  isRareEarth: boolean;
  detections: Detection[];
}

/** A detection placed in the excerpt, with the prefix it came with (to place repeats rightly). */
export interface PlacedDetection extends Detection {
  start: number;
  end: number;
}

export interface UnitOutcome {
  unit: LabelledUnit;
  detection: PlacedDetection | null;
}

export interface ItemOutcome {
  id: string;
  lang: string;
  split: Exclude<RealnewsSplit, 'all'>;
  topic: TopicLabel;
  predictedTopic: boolean;
  units: UnitOutcome[];
  /** Detections that cover no labelled sentence. */
  stray: PlacedDetection[];
}

export interface RealnewsScores {
  items: number;
  topicItems: { onTopic: number; offTopic: number; borderline: number };
  topic: Scores;
  /** Signal sentences found (any category) against clear labels. */
  signals: Scores;
  /** Found with an accepted category, as a share of found. */
  categoryAgreement: number | null;
  /** Found with an accepted category: precision/recall when a wrong category counts as a miss. */
  signalsWithCategory: Scores;
  /** Detections on excerpts labelled off-topic. */
  negativeDetections: number;
  negativeItemsWithDetections: number;
  borderlineUnits: number;
  clearUnits: number;
  strayDetections: number;
  byCategory: Record<string, { labels: number; found: number; rightCategory: number; predicted: number; predictedRight: number }>;
}

/** Places each detection in the excerpt text: after its prefix when that is found, in reading order. */
export function placeDetections(text: string, detections: readonly (Detection & { prefix?: string })[]): PlacedDetection[] {
  const placed: PlacedDetection[] = [];
  let cursor = 0;
  for (const d of detections) {
    const prefix = d.prefix ?? '';
    let at = -1;
    for (const from of [cursor, 0]) {
      const withPrefix = prefix ? text.indexOf(prefix + d.text, from) : -1;
      at = withPrefix >= 0 ? withPrefix + prefix.length : text.indexOf(d.text, from);
      if (at >= 0) break;
    }
    if (at < 0) continue;
    placed.push({ text: d.text, category: d.category, start: at, end: at + d.text.length });
    cursor = at + d.text.length;
  }
  return placed;
}

const MIN_COVER = 0.5;

function covers(unit: { start: number; end: number }, d: { start: number; end: number }): number {
  const overlap = Math.min(unit.end, d.end) - Math.max(unit.start, d.start);
  if (overlap <= 0) return 0;
  return overlap / Math.max(1, Math.min(unit.end - unit.start, d.end - d.start));
}

/** Meets one excerpt's detections with its labels. */
export function matchExcerpt(
  excerpt: Excerpt,
  labels: ItemLabels,
  split: ItemOutcome['split'],
  output: DetectorOutput & { detections: (Detection & { prefix?: string })[] },
): ItemOutcome {
  // Hard-wrapped lines are joined with a space (excerptBlocks): a line break reads as one here too.
  const placed = placeDetections(excerpt.text.replaceAll('\n', ' '), output.detections);
  const units = unitsOf(labels);
  const used = new Set<PlacedDetection>();
  const outcomes = units.map((unit) => {
    let best: PlacedDetection | null = null;
    let bestCover = 0;
    for (const d of placed) {
      const c = covers(unit, d);
      if (c >= MIN_COVER && c > bestCover) {
        best = d;
        bestCover = c;
      }
    }
    if (best) used.add(best);
    return { unit, detection: best };
  });
  return {
    id: excerpt.id,
    lang: excerpt.lang,
    split,
    topic: labels.topic,
    predictedTopic: output.isRareEarth,
    units: outcomes,
    stray: placed.filter((d) => !used.has(d)),
  };
}

function accepted(unit: LabelledUnit, category: Category): boolean {
  return unit.category === category || unit.also === category;
}

/** Pools the outcomes of some excerpts into scores. */
export function scoreOutcomes(items: readonly ItemOutcome[]): RealnewsScores {
  let topic: Counts = NO_COUNTS;
  let signals: Counts = NO_COUNTS;
  let withCategory: Counts = NO_COUNTS;
  let right = 0;
  let negativeDetections = 0;
  let negativeItemsWithDetections = 0;
  let borderlineUnits = 0;
  let clearUnits = 0;
  let stray = 0;
  const topicItems = { onTopic: 0, offTopic: 0, borderline: 0 };
  const byCategory: RealnewsScores['byCategory'] = {};
  const cat = (c: string) => (byCategory[c] ??= { labels: 0, found: 0, rightCategory: 0, predicted: 0, predictedRight: 0 });
  for (const item of items) {
    if (item.topic === 'borderline') topicItems.borderline++;
    else if (item.topic) topicItems.onTopic++;
    else topicItems.offTopic++;
    if (item.topic !== 'borderline') {
      topic = addCounts(topic, {
        tp: item.topic && item.predictedTopic ? 1 : 0,
        fp: !item.topic && item.predictedTopic ? 1 : 0,
        fn: item.topic && !item.predictedTopic ? 1 : 0,
      });
    }
    const detections = item.units.filter((u) => u.detection).length + item.stray.length;
    if (item.topic === false) {
      negativeDetections += detections;
      if (detections > 0) negativeItemsWithDetections++;
    }
    stray += item.stray.length;
    // One highlight over several labelled sentences (hard-wrapped lines read as one sentence, or two
    // short sentences the engine reads as one) is one detection: a false positive only when none of
    // the sentences it covers is a signal, not once for each of its fragments labelled none.
    const onSignal = new Set(item.units.filter((u) => u.detection && u.unit.clarity !== 'borderline' && u.unit.category !== null && item.topic !== false).map((u) => u.detection));
    for (const { unit, detection } of item.units) {
      if (unit.clarity === 'borderline') {
        borderlineUnits++;
        continue;
      }
      clearUnits++;
      const positive = unit.category !== null && item.topic !== false;
      if (detection) {
        const c = cat(detection.category);
        c.predicted++;
        if (positive && accepted(unit, detection.category)) c.predictedRight++;
      }
      if (positive) {
        const c = cat(unit.category as Category);
        c.labels++;
        if (detection) c.found++;
        const ok = detection !== null && accepted(unit, detection.category);
        if (ok) c.rightCategory++;
        signals = addCounts(signals, { tp: detection ? 1 : 0, fp: 0, fn: detection ? 0 : 1 });
        withCategory = addCounts(withCategory, { tp: ok ? 1 : 0, fp: detection && !ok ? 1 : 0, fn: ok ? 0 : 1 });
        if (ok) right++;
      } else if (detection && !onSignal.has(detection)) {
        signals = addCounts(signals, { tp: 0, fp: 1, fn: 0 });
        withCategory = addCounts(withCategory, { tp: 0, fp: 1, fn: 0 });
      }
    }
    // A stray detection on an off-topic excerpt is a false positive; elsewhere it is reported apart.
    if (item.topic === false && item.stray.length > 0) {
      signals = addCounts(signals, { tp: 0, fp: item.stray.length, fn: 0 });
      withCategory = addCounts(withCategory, { tp: 0, fp: item.stray.length, fn: 0 });
    }
  }
  return {
    items: items.length,
    topicItems,
    topic: precisionRecall(topic),
    signals: precisionRecall(signals),
    categoryAgreement: signals.tp > 0 ? right / signals.tp : null,
    signalsWithCategory: precisionRecall(withCategory),
    negativeDetections,
    negativeItemsWithDetections,
    borderlineUnits,
    clearUnits,
    strayDetections: stray,
    byCategory,
  };
}

/** Scores per split: dev, kept-out and both. */
export function scoreSplits(items: readonly ItemOutcome[]): Record<RealnewsSplit, RealnewsScores> {
  return {
    dev: scoreOutcomes(items.filter((i) => i.split === 'dev')),
    keptOut: scoreOutcomes(items.filter((i) => i.split === 'keptOut')),
    all: scoreOutcomes(items),
  };
}

/** Scores per language of the excerpts (their `lang` guess), all splits pooled. */
export function scoreLanguages(items: readonly ItemOutcome[]): Record<string, RealnewsScores> {
  const langs = [...new Set(items.map((i) => i.lang))].sort();
  return Object.fromEntries(langs.map((lang) => [lang, scoreOutcomes(items.filter((i) => i.lang === lang))]));
}

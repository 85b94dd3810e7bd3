/**
 * The engine and the keyword baseline on the labelled real-news excerpts: outcomes per excerpt and
 * scores per split and language. `npm run eval` reports them; run directly, this prints the figures
 * and the dev split's errors with their text, to stdout only (third-party text is never written to
 * the repo), for tuning. Kept-out errors are never listed.
 *
 *   node --import tsx scripts/realnews/run-realnews.ts [--errors] [--only ID,ID]
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Topic } from '../../lib/analysis-result.ts';
import type { ArticleText } from '../../lib/analysis/article-text.ts';
import { analyzeText } from '../../lib/analysis/analyze-text.ts';
import { sentenceRecords } from '../../lib/analysis/detect-signals.ts';
import { baselineSignals, baselineTopic } from '../../lib/eval/keyword-baseline.ts';
import { excerptArticle, excerptBlocks, excerptGateSample, type Excerpt } from '../../lib/eval/realnews.ts';
import { addFunnels, countInFunnel, emptyFunnel, stagedSentences, unitStage, type Funnel } from '../../lib/eval/signal-funnel.ts';
import { scoreGate } from '../../lib/gate/gate-score.ts';
import { matchExcerpt, scoreLanguages, scoreSplits, type ItemOutcome, type RealnewsScores, type RealnewsSplit } from '../../lib/eval/evaluate-realnews.ts';
import type { RealnewsReport } from '../../lib/eval/realnews-markdown.ts';
import { LABELS_FILE, readExcerpts, readLabels, readSplit, REALNEWS_FILE } from './paths.ts';



/** The figures of a run as the eval report carries them. */
export function realnewsReport(run: RealnewsRun): RealnewsReport {
  const nonEnglish = run.engine.filter((i) => i.lang !== 'en' && i.topic === true);
  return {
    source: '../shared/realnews/dev-excerpts.jsonl',
    splits: run.splits,
    throughGate: run.throughGate,
    langs: run.langs.engine,
    nonEnglishTopic: { recognized: nonEnglish.filter((i) => i.predictedTopic).length, items: nonEnglish.length },
    engineMbPerSecond: run.chars / 1e6 / (run.engineMs / 1000),
    sensitivity: run.sensitivity,
    funnel: run.funnel,
  };
}

/** The reader's sensitivity settings (lib/settings.ts, minimum confidence) the report shows; 0.5 is the default. */
export const SENSITIVITY_LEVELS = [0.3, 0.4, 0.5, 0.6, 0.7] as const;

export interface RealnewsRun {
  engine: ItemOutcome[];
  baseline: ItemOutcome[];
  splits: { engine: Record<RealnewsSplit, RealnewsScores>; baseline: Record<RealnewsSplit, RealnewsScores> };
  /**
   * The same, as the extension shows it: an excerpt the gate (lib/gate/gate-score.ts) does not let
   * through is never analyzed, so it counts as off topic with no detections.
   */
  throughGate: { engine: Record<RealnewsSplit, RealnewsScores>; baseline: Record<RealnewsSplit, RealnewsScores> };
  langs: { engine: Record<string, RealnewsScores>; baseline: Record<string, RealnewsScores> };
  excerpts: Map<string, Excerpt>;
  /** Excerpts without labels (reported, not scored). */
  unlabelled: string[];
  /** Signals at each sensitivity level (SENSITIVITY_LEVELS), per split: what a reader who moves the setting sees. */
  sensitivity: { level: number; splits: Record<RealnewsSplit, RealnewsScores> }[];
  /** Where the labelled signal sentences of on-topic excerpts stand in the engine, per split (signal-funnel.ts). */
  funnel: Record<RealnewsSplit, Funnel>;
  /** Milliseconds the engine took over all excerpts, and their text length. */
  engineMs: number;
  chars: number;
}

/** null with a reason when the real news or its labels are not on this machine. */
export function realnewsSkipReason(): string | null {
  if (!existsSync(REALNEWS_FILE)) return `${REALNEWS_FILE} does not exist on this machine`;
  if (!existsSync(LABELS_FILE)) return `${LABELS_FILE} does not exist`;
  return null;
}

/** What a page the gate stops shows: nothing. */
const nothing = () => ({ isRareEarth: false, detections: [] });

export function runRealnews(only?: readonly string[]): RealnewsRun {
  const all = readExcerpts();
  if (!all) throw new Error(`${REALNEWS_FILE} not found`);
  const labels = readLabels();
  const split = readSplit();
  const keptOut = new Set(split.keptOut);
  const excerpts = only ? all.filter((e) => only.includes(e.id)) : all;
  const engine: ItemOutcome[] = [];
  const baseline: ItemOutcome[] = [];
  const gatedEngine: ItemOutcome[] = [];
  const gatedBaseline: ItemOutcome[] = [];
  const atLevel = new Map<number, ItemOutcome[]>(SENSITIVITY_LEVELS.map((level) => [level, []]));
  const unlabelled: string[] = [];
  const funnel = { dev: emptyFunnel(), keptOut: emptyFunnel() };
  let engineMs = 0;
  let chars = 0;
  for (const e of excerpts) {
    const itemLabels = labels[e.id];
    if (!itemLabels) {
      unlabelled.push(e.id);
      continue;
    }
    const side = keptOut.has(e.id) ? 'keptOut' : 'dev';
    const article = excerptArticle(e);
    const started = performance.now();
    const result = analyzeText(article);
    engineMs += performance.now() - started;
    chars += e.text.length;
    const engineOutcome = matchExcerpt(e, itemLabels, side, { isRareEarth: result.topic.isRareEarth, detections: result.signals });
    engine.push(engineOutcome);
    // Every signal the engine would show at the lowest setting, filtered per level as the reader's setting filters them.
    const all = analyzeText(article, { minConfidence: Math.min(...SENSITIVITY_LEVELS) }).signals;
    for (const [level, outcomes] of atLevel) {
      outcomes.push(matchExcerpt(e, itemLabels, side, { isRareEarth: result.topic.isRareEarth, detections: all.filter((sig) => sig.confidence >= level) }));
    }
    if (itemLabels.topic === true) addToFunnel(funnel[side], engineOutcome, article, result.topic, e);
    const baselineOutcome = matchExcerpt(e, itemLabels, side, { isRareEarth: baselineTopic(article), detections: baselineSignals(article) });
    baseline.push(baselineOutcome);
    const stopped = scoreGate(excerptGateSample(e)).candidate ? null : matchExcerpt(e, itemLabels, side, nothing());
    gatedEngine.push(stopped ?? engineOutcome);
    gatedBaseline.push(stopped ?? baselineOutcome);
  }
  return {
    engine,
    baseline,
    splits: { engine: scoreSplits(engine), baseline: scoreSplits(baseline) },
    throughGate: { engine: scoreSplits(gatedEngine), baseline: scoreSplits(gatedBaseline) },
    langs: { engine: scoreLanguages(engine), baseline: scoreLanguages(baseline) },
    sensitivity: [...atLevel].map(([level, outcomes]) => ({ level, splits: scoreSplits(outcomes) })),
    excerpts: new Map(all.map((e) => [e.id, e])),
    unlabelled,
    funnel: { ...funnel, all: addFunnels(funnel.dev, funnel.keptOut) },
    engineMs,
    chars,
  };
}

/**
 * Counts an on-topic excerpt's labelled signal sentences by where each stands in the engine (read
 * again with the topic taken as on, as the trainer reads them) and whether it was detected.
 */
function addToFunnel(funnel: Funnel, outcome: ItemOutcome, article: ArticleText, topic: Topic, excerpt: Excerpt): void {
  const staged = stagedSentences(sentenceRecords(article, { ...topic, isRareEarth: true }), excerptBlocks(excerpt));
  for (const { unit, detection } of outcome.units) {
    if (unit.category === null || unit.clarity === 'borderline') continue;
    countInFunnel(funnel, topic.isRareEarth ? unitStage(unit, staged) : 'off-topic', detection !== null);
  }
}

const f = (x: number | null) => (x === null ? '—' : x.toFixed(3));

export function summaryLine(name: string, s: RealnewsScores): string {
  return `${name}: items ${s.items}; topic P ${f(s.topic.precision)} R ${f(s.topic.recall)} F1 ${f(s.topic.f1)}; signals P ${f(s.signals.precision)} R ${f(s.signals.recall)} F1 ${f(s.signals.f1)} (tp ${s.signals.tp} fp ${s.signals.fp} fn ${s.signals.fn}); category agreement ${f(s.categoryAgreement)}; with category P ${f(s.signalsWithCategory.precision)} R ${f(s.signalsWithCategory.recall)}; negatives: ${s.negativeDetections} detections on ${s.negativeItemsWithDetections} items; stray ${s.strayDetections}`;
}

/** The dev split's errors with their text: for a tuner's terminal only. */
function printDevErrors(run: RealnewsRun): void {
  for (const item of run.engine) {
    if (item.split !== 'dev') continue;
    const text = run.excerpts.get(item.id)?.text ?? '';
    const lines: string[] = [];
    if (item.topic !== 'borderline' && item.topic !== item.predictedTopic) lines.push(`  TOPIC labelled ${item.topic}, engine ${item.predictedTopic}`);
    for (const { unit, detection } of item.units) {
      if (unit.clarity === 'borderline') continue;
      const sentence = text.slice(unit.start, unit.end).replace(/\s+/g, ' ').slice(0, 260);
      const positive = unit.category !== null && item.topic !== false;
      if (positive && !detection) lines.push(`  MISS [${unit.category}${unit.also ? `|${unit.also}` : ''}] ${sentence}`);
      else if (positive && detection && detection.category !== unit.category && detection.category !== unit.also) lines.push(`  CAT  [${unit.category}${unit.also ? `|${unit.also}` : ''} → ${detection.category}] ${sentence}`);
      else if (!positive && detection) lines.push(`  FP   [${detection.category}] ${sentence}`);
    }
    for (const d of item.stray) lines.push(`  STRAY [${d.category}] ${d.text.slice(0, 200)}`);
    if (lines.length > 0) console.log(`# ${item.id} (${item.lang})\n${lines.join('\n')}`);
  }
}

function main(argv: readonly string[]): number {
  const skip = realnewsSkipReason();
  if (skip) {
    console.error(`real news: skipped — ${skip}`);
    return 2;
  }
  const onlyAt = argv.indexOf('--only');
  const only = onlyAt >= 0 ? argv[onlyAt + 1]?.split(',') : undefined;
  const run = runRealnews(only);
  if (argv.includes('--errors')) printDevErrors(run);
  for (const split of ['dev', 'keptOut', 'all'] as const) console.log(summaryLine(`engine ${split}`, run.splits.engine[split]));
  console.log(summaryLine('baseline all', run.splits.baseline.all));
  for (const split of ['dev', 'keptOut'] as const) console.log(summaryLine(`through the gate ${split}`, run.throughGate.engine[split]));
  for (const [lang, s] of Object.entries(run.langs.engine)) console.log(summaryLine(`  lang ${lang}`, s));
  for (const { level, splits } of run.sensitivity) {
    console.log(`  sensitivity ${level}: ${(['dev', 'keptOut'] as const).map((side) => `${side} P ${f(splits[side].signals.precision)} R ${f(splits[side].signals.recall)} agreement ${f(splits[side].categoryAgreement)}`).join('; ')}`);
  }
  console.log(`engine ${(run.chars / 1e6 / (run.engineMs / 1000)).toFixed(2)} MB/s over ${run.chars} chars; unlabelled excerpts: ${run.unlabelled.length}`);
  return 0;
}

const invokedDirectly = process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href;
if (invokedDirectly) process.exitCode = main(process.argv.slice(2));

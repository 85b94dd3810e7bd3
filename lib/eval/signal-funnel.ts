import type { SentenceRecord } from '../analysis/detect-signals';
import { BASE_INDEX } from '../analysis/signal-features';
import type { ExcerptBlock } from './realnews';

/**
 * Where each labelled signal sentence stands in the engine, and how many of each kind it detects:
 * the eval's answer to "why is recall what it is". Measured on the real news (session 10), the
 * split between dev and kept-out is mostly here: a signal that no cue rule reads is detected a
 * fraction as often as one the rules read, and unseen text has more of them (the cue patterns were
 * written from dev sentences).
 */
export const FUNNEL_STAGES = ['off-topic', 'no-sentence', 'boilerplate', 'not-tied', 'no-cue', 'cue-below-rules', 'rules'] as const;
export type FunnelStage = (typeof FUNNEL_STAGES)[number];

/** How each stage reads in the report. */
export const FUNNEL_STAGE_LABELS: Readonly<Record<FunnelStage, string>> = {
  'off-topic': 'in an item the engine did not take as on topic',
  'no-sentence': "no sentence of the engine's covers half of it",
  boilerplate: 'read as boilerplate (never a signal)',
  'not-tied': 'not tied to the field by its own words (no material, sector company, actor or sector noun; often a follow-up)',
  'no-cue': 'tied to the field, but no cue pattern fires and (beyond English) the word families’ rule does not take it',
  'cue-below-rules': "a cue pattern fires, below the rules' confidence",
  rules: 'read as a signal by the rules (an English cue pattern, or the word families’ rule beyond English)',
};

export type Funnel = Record<FunnelStage, { signals: number; detected: number }>;

export function emptyFunnel(): Funnel {
  return Object.fromEntries(FUNNEL_STAGES.map((stage) => [stage, { signals: 0, detected: 0 }])) as Funnel;
}

const CUE_ANY = BASE_INDEX['cue:any'] as number;

/** The stage of an engine sentence, read from its record (the model's verdict aside). */
export function recordStage(record: SentenceRecord): Exclude<FunnelStage, 'off-topic' | 'no-sentence'> {
  if (record.excluded) return 'boilerplate';
  if (!record.relevance) return 'not-tied';
  if (record.rule) return 'rules';
  return (record.features[CUE_ANY] ?? 0) > 0 ? 'cue-below-rules' : 'no-cue';
}

/** An engine sentence placed in the excerpt (offsets in the excerpt's text), with its stage. */
export interface StagedSentence {
  start: number;
  end: number;
  stage: Exclude<FunnelStage, 'off-topic' | 'no-sentence'>;
}

/** An excerpt's engine sentences at the excerpt's offsets (its blocks as excerptBlocks cut them). */
export function stagedSentences(records: readonly SentenceRecord[], blocks: readonly ExcerptBlock[]): StagedSentence[] {
  return records.map((r) => {
    const offset = blocks[r.blockIndex]?.start ?? 0;
    return { start: offset + r.start, end: offset + r.end, stage: recordStage(r) };
  });
}

/**
 * The stage of a labelled sentence: that of the engine sentence that covers the most of it, when
 * one covers at least half of it (or it half of that sentence), as the scoring meets detections
 * with labels (evaluate-realnews.ts).
 */
export function unitStage(unit: { start: number; end: number }, sentences: readonly StagedSentence[]): FunnelStage {
  let best: StagedSentence | null = null;
  let bestCover = 0;
  for (const s of sentences) {
    const overlap = Math.min(unit.end, s.end) - Math.max(unit.start, s.start);
    if (overlap <= 0) continue;
    const cover = overlap / Math.max(1, Math.min(unit.end - unit.start, s.end - s.start));
    if (cover > bestCover) {
      best = s;
      bestCover = cover;
    }
  }
  return best && bestCover >= MIN_COVER ? best.stage : 'no-sentence';
}

const MIN_COVER = 0.5;

/** Adds one labelled signal sentence to a funnel. */
export function countInFunnel(funnel: Funnel, stage: FunnelStage, detected: boolean): void {
  funnel[stage].signals++;
  if (detected) funnel[stage].detected++;
}

/** Two funnels added (for the "all" column). */
export function addFunnels(a: Funnel, b: Funnel): Funnel {
  const sum = emptyFunnel();
  for (const stage of FUNNEL_STAGES) sum[stage] = { signals: a[stage].signals + b[stage].signals, detected: a[stage].detected + b[stage].detected };
  return sum;
}

import type { Category, Direction } from '../analysis-result';
import { CATEGORY_DIRECTIONS, DIRECTION_WORDS, SIGNAL_CUES, type CueEntry } from './lexicon';

/**
 * Which category of the taxonomy a sentence's cue phrases point to. Text in, verdict out; whether
 * the sentence is about the sector at all is decided by the caller (detect-signals.ts).
 *
 * Reading order matters in news prose: the main clause carries the claim, while "with…", "which…",
 * "through…" and the list after a colon add detail. So a cue scores its lexicon weight, more in the
 * main clause, less in an adjunct, and slightly less the later it comes.
 */

export interface CueHit {
  cue: CueEntry;
  /** Offsets in the sentence. */
  start: number;
  end: number;
  text: string;
  score: number;
}

export interface Classification {
  category: Category;
  direction: Direction;
  /** 0..1 before relevance is taken into account. */
  strength: number;
  /** The cue that decided, as written. */
  cue: string;
  /** All cue hits, for callers that want the detail. */
  hits: CueHit[];
}

const MAIN_CLAUSE_BONUS = 0.1;
const ADJUNCT_FACTOR = 0.85;
const POSITION_PENALTY = 0.15;
const REPEAT_BONUS = 0.05;
const MAX_REPEAT_BONUS = 0.1;
/** A list of three or more kinds of lever with no claim before it describes a strategy as a whole. */
const STRATEGY_LIST_CATEGORIES = 3;
const STRATEGY_LIST_STRENGTH = 0.75;

const CUE_INDEX: readonly CueEntry[] = [...SIGNAL_CUES].sort(
  (a, b) => b.weight - a.weight || b.pattern.length - a.pattern.length,
);

/** All cues as one expression, one capturing group per cue, tried in order of weight. */
const CUE_EXPRESSION = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:${CUE_INDEX.map((cue) => `(${cue.pattern})`).join('|')})(?![\p{L}\p{N}])`,
  'giu',
);

/** Where the main clause ends: a colon, semicolon or dash, a parenthesis, or ", with/which/…ing". */
const MAIN_CLAUSE_END = /[:;—–(]|,\s+(?:with|which|where|while|whereas|including|as well as|\w+ing)(?![\p{L}])/u;

/** Words that open an adjunct of means or circumstance; it runs to the next strong break. */
const ADJUNCT = /(?<![\p{L}])(?:through|via|amid|despite|including|such as|thanks to|due to|because of|as well as|like|by means of)(?![\p{L}])[^:;—–()]*/giu;

/** Direction words, compiled per direction, matched near the deciding cue. */
const DIRECTION_EXPRESSIONS = (Object.keys(DIRECTION_WORDS) as Exclude<Direction, null>[]).map((direction) => ({
  direction,
  expression: new RegExp(String.raw`(?<![\p{L}\p{N}])(?:${DIRECTION_WORDS[direction]})(?![\p{L}\p{N}])`, 'iu'),
}));
const DIRECTION_WINDOW_BEFORE = 28;
const DIRECTION_WINDOW_AFTER = 16;

/** Every cue phrase in the sentence, scored by weight and place. */
export function findCues(sentence: string): CueHit[] {
  const mainEnd = MAIN_CLAUSE_END.exec(sentence)?.index ?? sentence.length;
  const adjuncts = findAdjuncts(sentence);
  const hits: CueHit[] = [];
  CUE_EXPRESSION.lastIndex = 0;
  for (let m = CUE_EXPRESSION.exec(sentence); m !== null; m = CUE_EXPRESSION.exec(sentence)) {
    const group = m.findIndex((value, index) => index > 0 && value !== undefined);
    const cue = CUE_INDEX[group - 1];
    if (!cue) continue;
    const start = m.index;
    const inMain = start < mainEnd;
    const inAdjunct = adjuncts.some(([from, to]) => start >= from && start < to);
    const score =
      cue.weight * (inAdjunct ? ADJUNCT_FACTOR : 1) +
      (inMain ? MAIN_CLAUSE_BONUS : 0) -
      POSITION_PENALTY * (start / Math.max(1, sentence.length));
    hits.push({ cue, start, end: start + m[0].length, text: m[0], score });
  }
  return hits;
}

function findAdjuncts(sentence: string): [number, number][] {
  const spans: [number, number][] = [];
  ADJUNCT.lastIndex = 0;
  for (let m = ADJUNCT.exec(sentence); m !== null; m = ADJUNCT.exec(sentence)) {
    spans.push([m.index, m.index + m[0].length]);
  }
  return spans;
}

/** The category the sentence's cues point to, or null when it has none. */
export function classifySentence(sentence: string): Classification | null {
  const hits = findCues(sentence);
  if (hits.length === 0) return null;
  const strategy = readAsStrategyList(sentence, hits);
  if (strategy) return strategy;

  const byCategory = new Map<Category, CueHit[]>();
  for (const hit of hits) {
    const list = byCategory.get(hit.cue.category) ?? [];
    list.push(hit);
    byCategory.set(hit.cue.category, list);
  }
  let best: { category: Category; score: number; hit: CueHit } | null = null;
  for (const [category, list] of byCategory) {
    const top = list.reduce((a, b) => (b.score > a.score ? b : a));
    const score = top.score + Math.min(MAX_REPEAT_BONUS, REPEAT_BONUS * (list.length - 1));
    // Ties go to the earlier cue: it is nearer the sentence's subject.
    if (!best || score > best.score || (score === best.score && top.start < best.hit.start)) {
      best = { category, score, hit: top };
    }
  }
  if (!best) return null;
  return {
    category: best.category,
    direction: directionOf(sentence, best.category, best.hit),
    strength: clamp01(best.score),
    cue: best.hit.text,
    hits,
  };
}

/**
 * "…operating with increasing sophistication: aggressive market targeting, state-aligned risk
 * governance, and tighter control over export flows." No claim in the main clause, then levers of
 * three kinds: the sentence is about the trade strategy that combines them.
 */
function readAsStrategyList(sentence: string, hits: CueHit[]): Classification | null {
  const mainEnd = MAIN_CLAUSE_END.exec(sentence)?.index ?? sentence.length;
  if (mainEnd >= sentence.length || hits.some((hit) => hit.start < mainEnd)) return null;
  const categories = new Set(hits.map((hit) => hit.cue.category));
  if (categories.size < STRATEGY_LIST_CATEGORIES) return null;
  const first = hits[0] as CueHit;
  return {
    category: 'trade-policy',
    direction: directionOf(sentence, 'trade-policy', first),
    strength: STRATEGY_LIST_STRENGTH,
    cue: hits.map((hit) => hit.text).join(', '),
    hits,
  };
}

/** The cue's own direction, else a direction word next to it, else the category's default. */
function directionOf(sentence: string, category: Category, hit: CueHit): Direction {
  const rule = CATEGORY_DIRECTIONS[category];
  if (hit.cue.category === category && hit.cue.direction && rule.allowed.includes(hit.cue.direction)) {
    return hit.cue.direction;
  }
  const nearby = sentence.slice(Math.max(0, hit.start - DIRECTION_WINDOW_BEFORE), hit.end + DIRECTION_WINDOW_AFTER);
  for (const { direction, expression } of DIRECTION_EXPRESSIONS) {
    if (rule.allowed.includes(direction) && expression.test(nearby)) return direction;
  }
  return rule.fallback;
}

function clamp01(value: number): number {
  return Math.min(1, Math.max(0, value));
}

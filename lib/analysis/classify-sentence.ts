import type { Category, Direction } from '../analysis-result';
import { BmpExpression, hasSurrogate } from './bmp-expression';
import { OffsetPairs } from './offset-pairs';
import { datelineLength } from './dateline';
import { alternationLiteralSets, hasCaseFoldOutliers, literalIndex, lowerCase, NO_LETTER_BEFORE, NO_WORD_CHAR_BEFORE, LiteralGroup, PatternIndex, requiredLiterals, startRequirements } from './required-literals';
import { CATEGORY_DIRECTIONS, DIRECTION_WORDS, SIGNAL_CUES, type CueEntry } from './lexicon';
import { eachScanned, eachSticky } from './each-match';

/**
 * Which category of the taxonomy a sentence's cue phrases point to. Text in, verdict out; whether
 * the sentence is about the sector at all is decided by the caller (detect-signals.ts).
 *
 * Reading order matters in news prose: the main clause carries the claim, while "with…", "which…",
 * "through…", "since…", "rather than…" and the list after a colon add detail. So a cue scores its
 * lexicon weight, more in the main clause, less in an adjunct or an aside (a parenthesis, ", who …,"),
 * and slightly less the later it comes. A wire dateline ("SYDNEY, March 5 (Metals Wire) - ") is
 * not part of the sentence's claim and is skipped.
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
  /** The lexicon weight of the deciding cue: how specific to the field the phrase is, wherever it stands. */
  weight: number;
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

/**
 * One expression per cue, each scanned on its own. Measured on 218 sentences × 20: one alternation of
 * all ~100 cues took 1.3 s, the separate expressions 0.37 s (V8 finds each one's own first
 * characters quickly, and overlapping cues of different phrases are all found).
 */
const CUE_EXPRESSIONS: readonly { cue: CueEntry; expression: BmpExpression }[] = SIGNAL_CUES.map((cue) => ({
  cue,
  expression: new BmpExpression(String.raw`(?<![\p{L}\p{N}])(?:${cue.pattern})(?![\p{L}\p{N}])`, 'giu'),
}));
/** A cue is tried only where one of its required literals occurs (required-literals.ts). */
const CUE_NEEDS = SIGNAL_CUES.map((cue) => requiredLiterals(cue.pattern));
const CUE_INDEX = literalIndex(CUE_NEEDS);
/**
 * Better, a cue whose matches all begin with one of a few literals (startLiterals) is tried only
 * where one begins, sticky: a handful of anchored attempts instead of a scan of the sentence per
 * cue. Both literal sets are found in one pass (PatternIndex).
 */
const CUE_STARTS = SIGNAL_CUES.map((cue) => startRequirements(cue.pattern));
const CUE_COUNT = SIGNAL_CUES.length;
/**
 * The cue and clause indexes read their own automaton, not the one the later per-sentence stages
 * share (SENTENCE_LITERALS): detect-signals.ts runs the cue stage over every sentence in a pass of
 * its own, so sharing never saved a read, and each pass's automaton reported the other's
 * occurrences too.
 */
const CUE_LITERALS = new LiteralGroup();
/**
 * A cue without start literals is scanned over the sentence, so it is held to every need of its
 * alternation (alternationLiteralSets), not only the most selective: on the 1 MB article the two
 * such cues were scanned 2,774 times, in 1.6 ms a thousand, without a match; a need of each rank
 * leaves 152 scans (on the real-news excerpts 900 → 166).
 */
const CUE_CANDIDATES = new PatternIndex(
  CUE_NEEDS.map((need, i) => (CUE_STARTS[i] ? (need ? [need] : []) : alternationLiteralSets((SIGNAL_CUES[i] as CueEntry).pattern))),
  CUE_STARTS,
  CUE_LITERALS,
);
const STICKY_EXPRESSIONS: readonly (BmpExpression | null)[] = SIGNAL_CUES.map((cue, i) =>
  CUE_STARTS[i] ? new BmpExpression(String.raw`(?<![\p{L}\p{N}])(?:${cue.pattern})(?![\p{L}\p{N}])`, 'iuy') : null,
);

/**
 * Where the main clause ends: a colon, semicolon or dash, or ", with/while/including/…ing". A
 * parenthesis or a relative clause (", which …,") is an aside inside it, not its end.
 */
const MAIN_CLAUSE_END = new BmpExpression(String.raw`[:;—–]|,\s+(?:with|while|whereas|including|as well as|\w+ing)(?![\p{L}])`, 'u');

/**
 * Words that open an adjunct of means, cause, time or contrast: it runs to the next strong break,
 * or to the first comma when it opens the sentence ("Since April 2025, exports … have required
 * a licence"). Cues there describe the circumstance, not the claim ("shipments had stopped since
 * the licensing requirement took effect"; "speculation rather than any real shortage").
 */
const ADJUNCT = /(?<![\p{L}])(?:through|via|amid|despite|including|such as|thanks to|due to|because of|because|as well as|like|by means of|since|after|following|rather than|instead of|affected by|impacted by|hit by|in the wake of|on the back of|in response to|driven by|led by|fu?elled by|spurred by|until|unless|(?<!(?:more|less|fewer|greater|higher|lower|other|larger|smaller|rather)\s)than|as(?!\s+(?:a result|such|expected|usual|of|well|much|many|long|soon|far|part|if|though|to)(?![\p{L}]))(?=\s+(?:\S+\s+){0,4}?(?:becomes?|became|grows?|grew|rises?|rose|falls?|fell|gets?|got|remains?|remained|continues?|continued|comes?|came|drew|draw|took|take|held|kept|sold|bought|began|\p{L}+ed)(?![\p{L}])))(?![\p{L}])/giu;
const ADJUNCT_BODY = /[^:;—–()]*/y;
const OPENING_ADJUNCT_BODY = /[^,:;—–()]*/y;
/**
 * An opening phrase of circumstance, up to its comma: "Under the new rules, every product must carry
 * a code". A purpose ("To win them over, …") is not one: it often states the strategy, the claim.
 */
const OPENING_PHRASE = /^[\s"“'‘]*(?:as part of|under|given|faced with|in the face of|on top of|besides|apart from|in addition to)\s[^,;:]{3,100},/iu;
/**
 * Asides: a parenthesis, a non-restrictive relative clause (", who produce 90% of …,"), or an
 * appositive that ranks the subject (", the country's biggest steelmaker,"): who the actor is, not
 * what the sentence says happened.
 */
const ASIDES = new BmpExpression(String.raw`\([^()]*\)?|,\s+(?:who|which|whose)(?![\p{L}])[^,;:—–()]*|,\s+(?:the|a|an)\s+(?:world(?:'|’)s|globe(?:'|’)s|country(?:'|’)s|nation(?:'|’)s|region(?:'|’)s|largest|biggest|leading|top|dominant|only|sole|second|third|\d+(?:st|nd|rd|th))(?![\p{L}])[^,;:—–()]{0,80},`, 'giu');
/**
 * "Analysts see the licensing regime as a lever in Beijing's trade strategy": what is seen is the
 * topic, what it is seen as is the claim.
 */
const SEEN_AS = /(?<![\p{L}])(?:see|sees|saw|seen|view|views|viewed|regard|regards|regarded|describe[sd]?|describing|treat|treats|treated|consider|considers|considered)\s+((?:\S+\s+){1,8}?)as\s+(?:an?|the)\s/giu;

/** Direction words, compiled per direction, matched near the deciding cue. */
const DIRECTION_EXPRESSIONS = (Object.keys(DIRECTION_WORDS) as Exclude<Direction, null>[]).map((direction) => ({
  direction,
  expression: new BmpExpression(String.raw`(?<![\p{L}\p{N}])(?:${DIRECTION_WORDS[direction]})(?![\p{L}\p{N}])`, 'iu'),
}));
const DIRECTION_WINDOW_BEFORE = 28;
const DIRECTION_WINDOW_AFTER = 16;

/**
 * Every cue phrase in the sentence, scored by weight and place; a wire dateline is skipped.
 * `scan`: read it the plain way, every expression scanned over the sentence (the reference the
 * literal indexes must reproduce; tests compare the two).
 */
export function findCues(sentence: string, scan = false): CueHit[] {
  const from = datelineLength(sentence);
  const body = sentence.slice(from);
  const lower = lowerCase(body);
  // Every cue on its own, so that overlapping cues ("Downstream buying", "buying remained cautious")
  // are all found and a weak one never hides a stronger one. Hits are added cue by cue, in the
  // lexicon's order, each cue's from left to right (the sort below keeps that order among ties).
  const hits: CueHit[] = [];
  found = hits;
  if (scan || hasCaseFoldOutliers(body, lower)) {
    for (const index of CUE_INDEX.candidates(body)) scanCue(index, body, collect);
  } else {
    const { required, starts } = CUE_CANDIDATES.find(body, lower, NO_WORD_CHAR_BEFORE);
    const count = cuesToTry(required);
    for (let k = 0; k < count; k++) {
      const index = TRY[k]!;
      if (CUE_CANDIDATES.anchored[index]) stickyCue(index, body, starts[index] as readonly number[], collect);
      else scanCue(index, body, collect);
    }
  }
  if (hits.length === 0) return hits;
  // The place of the main clause and the adjuncts is read once, for the hits' scores.
  const mainEnd = mainClauseEnd(body);
  readAdjuncts(body, scan);
  for (const hit of hits) {
    const start = hit.start;
    const inMain = start < mainEnd;
    const inAdjunct = isInAdjunct(start);
    hit.score =
      hit.cue.weight * (inAdjunct ? ADJUNCT_FACTOR : 1) +
      (inMain && !inAdjunct ? MAIN_CLAUSE_BONUS : 0) -
      POSITION_PENALTY * (start / Math.max(1, body.length));
    hit.start = from + start;
    hit.end = from + start + hit.text.length;
  }
  sortByPlace(hits);
  return hits;
}

/**
 * The cues to try on the sentence just found (CUE_CANDIDATES.find), ascending in TRY: the anchored
 * cues with a start, and the required cues that have none to scan. An anchored cue without a start
 * has no match; on the 1 MB article some 200,000 of the 232,000 required anchored cues had no start,
 * and the loop over every cue of the lexicon with them took a tenth of the cue stage.
 */
function cuesToTry(required: Uint8Array): number {
  const { touched, touchedCount } = CUE_CANDIDATES;
  let n = 0;
  for (let k = 0; k < touchedCount; k++) TRY[n++] = touched[k]!;
  for (const index of SCANNED_CUES) if (required[index] === 1) TRY[n++] = index;
  // Insertion sort: a sentence has a few.
  for (let i = 1; i < n; i++) {
    const index = TRY[i]!;
    let j = i;
    while (j > 0 && TRY[j - 1]! > index) {
      TRY[j] = TRY[j - 1]!;
      j--;
    }
    TRY[j] = index;
  }
  return n;
}

const TRY = new Int32Array(CUE_COUNT);
const SCANNED_CUES = CUE_STARTS.flatMap((starts, index) => (starts ? [] : [index]));

/**
 * `hits.sort(byPlace)` by insertion (stable, as Array.prototype.sort is): a sentence has a few hits,
 * and the built-in sort allocates a work array per call.
 */
function sortByPlace(hits: CueHit[]): void {
  for (let i = 1; i < hits.length; i++) {
    const hit = hits[i] as CueHit;
    let j = i;
    while (j > 0 && byPlace(hits[j - 1] as CueHit, hit) > 0) {
      hits[j] = hits[j - 1] as CueHit;
      j--;
    }
    hits[j] = hit;
  }
}

/**
 * The hit list of the sentence being read: matches are added as hits (offsets in the body, scored
 * once the clause is read). A module-level list and function rather than a closure per sentence:
 * under tsx each closure is also named (__name) as it is made.
 */
let found: CueHit[] = [];
function collect(cue: CueEntry, start: number, text: string): void {
  found.push({ cue, start, end: start + text.length, text, score: Number.NaN });
}

function byPlace(a: CueHit, b: CueHit): number {
  return a.start - b.start || b.cue.weight - a.cue.weight;
}

type AddHit = (cue: CueEntry, start: number, text: string) => void;

/** The cue's matches in `body` by one global scan, as the leftmost-first search finds them. */
function scanCue(index: number, body: string, add: AddHit): void {
  const { cue, expression: both } = CUE_EXPRESSIONS[index] as (typeof CUE_EXPRESSIONS)[number];
  const expression = both.for(body);
  expression.lastIndex = 0;
  for (let m = expression.exec(body); m !== null; m = expression.exec(body)) {
    if (m[0].length === 0) {
      expression.lastIndex++;
      continue;
    }
    add(cue, m.index, m[0]);
  }
}

/**
 * The same matches, tried only at the cue's start positions: the first position at or after the
 * end of the previous match where the cue matches is where the scan would find it.
 */
function stickyCue(index: number, body: string, positions: readonly number[], add: AddHit): void {
  const cue = (CUE_EXPRESSIONS[index] as (typeof CUE_EXPRESSIONS)[number]).cue;
  const expression = (STICKY_EXPRESSIONS[index] as BmpExpression).for(body);
  // eachSticky's walk with `test`: a sticky match ends at lastIndex, and no match array is built.
  let next = 0;
  for (const p of positions) {
    if (p < next) continue;
    expression.lastIndex = p;
    if (!expression.test(body)) continue;
    const end = expression.lastIndex;
    if (end > p) add(cue, p, body.slice(p, end));
    next = p + Math.max(1, end - p);
  }
}

/** Where the main clause ends, asides left out of the count. */
function mainClauseEnd(text: string): number {
  // Asked of the body for the cues' places, then of the whole sentence (the same text without a dateline).
  if (text === mainEndText) return mainEnd;
  // Asides open with a parenthesis or a comma.
  const blanked = text.includes('(') || text.includes(',') ? text.replace(ASIDES.for(text), (aside) => ' '.repeat(aside.length)) : text;
  mainEnd = MAIN_CLAUSE_END.for(blanked).exec(blanked)?.index ?? text.length;
  mainEndText = text;
  return mainEnd;
}

let mainEndText: string | null = null;
let mainEnd = 0;

/**
 * The adjunct and "seen as" expressions are tried only where they can start (as the cues are),
 * asides only when the sentence has a parenthesis or a comma.
 */
const ADJUNCT_STICKY = new BmpExpression(ADJUNCT.source, 'iuy');
const SEEN_AS_STICKY = new BmpExpression(SEEN_AS.source, 'iuy');
const CLAUSE_INDEX = new PatternIndex(
  [ADJUNCT, SEEN_AS].map((e) => {
    const need = requiredLiterals(e.source);
    return need ? [need] : [];
  }),
  [startRequirements(ADJUNCT.source), startRequirements(SEEN_AS.source)],
  CUE_LITERALS,
);

/**
 * The adjuncts and asides of the body being read, as start and end offsets in pairs: a reused typed
 * list and module-level visitors rather than a list of pairs and two named closures per sentence
 * (under tsx, __name and the closures took some 12 ms a run on the 1 MB article).
 */
const SPANS = new OffsetPairs(16);
let spanText = '';
let spanOpening = 0;
const OPENING = /^[\s"“'‘]*/u;

function readAdjuncts(sentence: string, scan: boolean): void {
  SPANS.clear();
  spanText = sentence;
  spanOpening = OPENING.exec(sentence)?.[0].length ?? 0;
  const lower = lowerCase(sentence);
  const scanned = scan || hasCaseFoldOutliers(sentence, lower);
  const candidates = scanned ? null : CLAUSE_INDEX.find(sentence, lower, NO_LETTER_BEFORE);
  if (candidates) {
    if (candidates.required[0] === 1) eachSticky(ADJUNCT_STICKY.for(sentence), sentence, candidates.starts[0] as readonly number[], addAdjunct);
  } else {
    eachScanned(ADJUNCT, sentence, addAdjunct);
  }
  const openingPhrase = OPENING_PHRASE.exec(sentence);
  if (openingPhrase) SPANS.push(0, openingPhrase[0].length);
  if (scanned || sentence.includes('(') || sentence.includes(',')) eachScanned(ASIDES.for(sentence), sentence, addAside);
  if (candidates) {
    if (candidates.required[1] === 1) eachSticky(SEEN_AS_STICKY.for(sentence), sentence, candidates.starts[1] as readonly number[], addAside);
  } else {
    eachScanned(SEEN_AS, sentence, addAside);
  }
}

/** An adjunct runs from its opening word to the next strong break (the first comma when it opens the sentence). */
function addAdjunct(m: RegExpExecArray): void {
  const body = m.index === spanOpening ? OPENING_ADJUNCT_BODY : ADJUNCT_BODY;
  // The body expressions match at every position (possibly nothing): the sticky match ends at lastIndex.
  body.lastIndex = m.index + m[0].length;
  body.test(spanText);
  SPANS.push(m.index, body.lastIndex);
}

/** An aside is its match; of "seen as", what is seen (the captured words). */
function addAside(m: RegExpExecArray): void {
  const seen = m[1];
  if (seen !== undefined) {
    const at = m.index + m[0].indexOf(seen);
    SPANS.push(at, at + seen.length);
  } else {
    SPANS.push(m.index, m.index + m[0].length);
  }
}


function isInAdjunct(start: number): boolean {
  for (let k = 0; k < SPANS.count; k++) if (start >= SPANS.start(k) && start < SPANS.end(k)) return true;
  return false;
}


/** The category the sentence's cues point to, or null when it has none. */
export function classifySentence(sentence: string): Classification | null {
  const hits = findCues(sentence);
  if (hits.length === 0) return null;
  const strategy = readAsStrategyList(sentence, hits);
  if (strategy) return strategy;

  // Each category once, in the order of its first hit: its best hit (the first of the highest
  // score) and a bonus for separate repeats. No list per category: hits are few.
  let best: { category: Category; score: number; hit: CueHit } | null = null;
  for (let i = 0; i < hits.length; i++) {
    const category = (hits[i] as CueHit).cue.category;
    if (seenBefore(hits, i, category)) continue;
    const top = topHit(hits, i, category);
    const score = top.score + Math.min(MAX_REPEAT_BONUS, REPEAT_BONUS * (separateHits(hits, i, category) - 1));
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
    weight: best.hit.cue.weight,
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
  const mainEnd = mainClauseEnd(sentence);
  if (mainEnd >= sentence.length || hits.some((hit) => hit.start < mainEnd)) return null;
  const categories = new Set(hits.map((hit) => hit.cue.category));
  if (categories.size < STRATEGY_LIST_CATEGORIES) return null;
  const first = hits[0] as CueHit;
  return {
    category: 'trade-policy',
    direction: directionOf(sentence, 'trade-policy', first),
    strength: STRATEGY_LIST_STRENGTH,
    weight: STRATEGY_LIST_STRENGTH,
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
    if (rule.allowed.includes(direction) && expression.for(nearby).test(nearby)) return direction;
  }
  return rule.fallback;
}

/** Whether a hit before `i` is of the category. */
function seenBefore(hits: readonly CueHit[], i: number, category: Category): boolean {
  for (let k = 0; k < i; k++) if ((hits[k] as CueHit).cue.category === category) return true;
  return false;
}

/** The category's hit with the highest score, the first of them on a tie (its first hit is at `from`). */
function topHit(hits: readonly CueHit[], from: number, category: Category): CueHit {
  let top = hits[from] as CueHit;
  for (let k = from + 1; k < hits.length; k++) {
    const hit = hits[k] as CueHit;
    if (hit.cue.category === category && hit.score > top.score) top = hit;
  }
  return top;
}

/**
 * The category's hits that do not overlap one another: "prices" inside "prices rose" is not a second
 * cue. Hits come in order of their start (findCues sorts them), so the category's are in order too.
 */
function separateHits(hits: readonly CueHit[], from: number, category: Category): number {
  let count = 0;
  let end = -1;
  for (let k = from; k < hits.length; k++) {
    const hit = hits[k] as CueHit;
    if (hit.cue.category !== category) continue;
    if (hit.start >= end) count++;
    end = Math.max(end, hit.end);
  }
  return count;
}

function clamp01(value: number): number {
  return Math.min(1, Math.max(0, value));
}

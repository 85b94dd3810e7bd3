import { RegExpParser, type AST } from '@eslint-community/regexpp';
import { BmpExpression } from './bmp-expression';

/**
 * The literal strings a case-insensitive pattern cannot match without: every match contains at
 * least one of them (lower-cased). Cue patterns are tried only on sentences that contain one, so a
 * sentence pays for the few cues it could match instead of all of them. Measured on the 2,812
 * sentences of the real-news excerpts: the ~150 cue expressions took 648 ms run on every sentence.
 *
 * Derived from the pattern's syntax tree (regexpp): a sequence needs its most selective part (a
 * literal run, or what a mandatory group needs), an alternation needs one of what each branch needs,
 * an optional part needs nothing. null when no literal is required (the pattern must always run).
 */

type Need = readonly string[] | null;

const parser = new RegExpParser({ ecmaVersion: 2025 });

export function requiredLiterals(source: string): Need {
  const pattern = parser.parsePattern(source, 0, source.length, { unicode: true, unicodeSets: false });
  return needOfAlternatives(pattern.alternatives);
}

/**
 * Several needs, all of which a match meets: for a pattern of one sequence, the need of each of its
 * mandatory parts (a literal run, a mandatory group); for an alternation, its one need. Empty when
 * nothing is required.
 */
export function requiredLiteralSets(source: string): string[][] {
  const pattern = parser.parsePattern(source, 0, source.length, { unicode: true, unicodeSets: false });
  if (pattern.alternatives.length !== 1) {
    const need = needOfAlternatives(pattern.alternatives);
    return need ? [[...need]] : [];
  }
  return candidatesOfSequence((pattern.alternatives[0] as AST.Alternative).elements).map((need) => minimal([...need]));
}

/**
 * Needs of an alternation, all of which a match meets: one union per rank, each alternative giving
 * its mandatory part of that rank (its most selective first, its last when it has fewer parts).
 * Every match is a match of one alternative, which meets each of its parts.
 */
export function alternationLiteralSets(source: string): string[][] {
  const pattern = parser.parsePattern(source, 0, source.length, { unicode: true, unicodeSets: false });
  const ranked = pattern.alternatives.map((alternative) => byRank(candidatesOfSequence(alternative.elements)));
  if (ranked.some((parts) => parts.length === 0)) return [];
  const sets: string[][] = [];
  const keys = new Set<string>();
  const ranks = Math.max(...ranked.map((parts) => parts.length));
  for (let rank = 0; rank < ranks; rank++) {
    const union = new Set<string>();
    for (const parts of ranked) for (const literal of parts[Math.min(rank, parts.length - 1)]!) union.add(literal);
    const set = minimal([...union]);
    const key = [...set].sort().join('\u0000');
    if (keys.has(key)) continue;
    keys.add(key);
    sets.push(set);
  }
  return sets;
}

/** A sequence's needs, most selective first (best's order; ties keep their place). */
function byRank(candidates: readonly (readonly string[])[]): (readonly string[])[] {
  const score = (c: readonly string[]): number => Math.min(Math.min(...c.map((s) => s.trim().length)), 6) * 100 - Math.min(c.length, 99);
  return candidates.map((c, i) => ({ c, i, s: score(c) })).sort((a, b) => b.s - a.s || a.i - b.i).map(({ c }) => c);
}

function needOfAlternatives(alternatives: readonly AST.Alternative[]): Need {
  const union = new Set<string>();
  for (const alternative of alternatives) {
    const need = needOfSequence(alternative.elements);
    if (!need) return null;
    for (const literal of need) union.add(literal);
  }
  return minimal([...union]);
}

function needOfSequence(elements: readonly AST.Element[]): Need {
  return best(candidatesOfSequence(elements));
}

/** The needs of a sequence's mandatory parts, each met by every match of the sequence. */
function candidatesOfSequence(elements: readonly AST.Element[]): (readonly string[])[] {
  const candidates: (readonly string[])[] = [];
  let run = '';
  const flush = (): void => {
    if (run.trim() !== '') candidates.push([run]);
    run = '';
  };
  for (const element of elements) {
    const char = literalChar(element);
    if (char !== null) {
      run += char;
      continue;
    }
    flush();
    const need = needOfElement(element);
    if (need) candidates.push(need);
  }
  flush();
  return candidates;
}

function needOfElement(element: AST.Element): Need {
  switch (element.type) {
    case 'Group':
    case 'CapturingGroup':
      return needOfAlternatives(element.alternatives);
    case 'Quantifier':
      return element.min >= 1 ? needOfElement(element.element) : null;
    case 'CharacterSet':
      // A digit: few sentences have one after the words that start a figure ("output … 5,000 tonnes").
      return element.kind === 'digit' && !element.negate ? DIGITS : null;
    default:
      return null;
  }
}

const DIGITS: readonly string[] = [...'0123456789'];

/** The one character an element stands for, lower-cased, or null when it may be several. */
function literalChar(element: AST.Element): string | null {
  if (element.type === 'Character') return String.fromCodePoint(element.value).toLowerCase();
  if (element.type === 'CharacterClass' && !element.negate) {
    const chars = new Set<string>();
    for (const e of element.elements) {
      if (e.type !== 'Character') return null;
      chars.add(String.fromCodePoint(e.value).toLowerCase());
    }
    return chars.size === 1 ? [...chars][0]! : null;
  }
  return null;
}

/** The most selective need: the one whose shortest literal is longest, then the one with fewest literals. */
function best(candidates: readonly (readonly string[])[]): Need {
  let chosen: readonly string[] | null = null;
  let chosenScore = -1;
  for (const c of candidates) {
    const shortest = Math.min(...c.map((s) => s.trim().length));
    const score = Math.min(shortest, 6) * 100 - Math.min(c.length, 99);
    if (score > chosenScore) {
      chosen = c;
      chosenScore = score;
    }
  }
  return chosen;
}

/** Drops a literal that contains another of the set: the shorter one is found wherever it is. */
function minimal(literals: string[]): string[] {
  return literals.filter((a) => !literals.some((b) => b !== a && a.includes(b)));
}

/**
 * Finds, in one pass, which of many patterns could match a text: one alternation of all their
 * required literals, longest first, tried at every position of the lower-cased text. Where a literal
 * matches, every shorter literal that is a prefix of it matches too, so each literal stands for its
 * own patterns and those of its prefixes. Measured on the 3,691 real-news sentences: 20 ms against
 * 250 ms for testing each pattern's literals with `includes`.
 */
export interface LiteralIndex {
  /** Indexes of the patterns that may match `text`, ascending. */
  candidates(text: string): number[];
}

export function literalIndex(needs: readonly (readonly string[] | null)[]): LiteralIndex {
  const always: number[] = [];
  const byLiteral = new Map<string, Set<number>>();
  needs.forEach((need, index) => {
    if (!need) always.push(index);
    else for (const literal of need) (byLiteral.get(literal) ?? byLiteral.set(literal, new Set()).get(literal)!).add(index);
  });
  const literals = [...byLiteral.keys()].sort((a, b) => b.length - a.length);
  const closure = new Map<string, number[]>();
  for (const literal of literals) {
    const ids = new Set<number>();
    for (const other of literals) if (literal.startsWith(other)) for (const id of byLiteral.get(other)!) ids.add(id);
    closure.set(literal, [...ids]);
  }
  const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/gu, '\\$&');
  const scan = literals.length > 0 ? new RegExp(literals.map(escape).join('|'), 'gu') : null;
  return {
    candidates(text: string): number[] {
      const hit = new Set<number>(always);
      if (scan) {
        const lower = text.toLowerCase();
        scan.lastIndex = 0;
        for (let m = scan.exec(lower); m !== null; m = scan.exec(lower)) {
          for (const id of closure.get(m[0]) ?? []) hit.add(id);
          scan.lastIndex = m.index + 1;
        }
      }
      return [...hit].sort((a, b) => a - b);
    },
  };
}

/**
 * The literal strings every match of a case-insensitive pattern starts with (lower-cased), or
 * null when some match may start otherwise (a digit, a class, an optional part that leaves the
 * start open). Zero-width assertions at the start are skipped: they consume nothing. A pattern with
 * start literals needs to be tried only where one of them occurs.
 */
export function startLiterals(source: string): Need {
  const starts = startRequirements(source);
  return starts ? [...new Set(starts.map((start) => start.literal))] : null;
}

/**
 * A start literal with what the rest of the match then needs: a match that starts with `literal`
 * (at p) also holds, for each set of `follow`, one of its literals at p + literal.length or later
 * (none: nothing known).
 */
export interface StartRequirement {
  literal: string;
  follow: readonly (readonly string[])[];
}

/** The start literals of a pattern, each with what must follow it (see startLiterals). */
export function startRequirements(source: string): StartRequirement[] | null {
  const pattern = parser.parsePattern(source, 0, source.length, { unicode: true, unicodeSets: false });
  return startOfAlternatives(pattern.alternatives, []);
}

/** `after`: the elements that follow the alternatives in the enclosing sequences, in order. */
function startOfAlternatives(alternatives: readonly AST.Alternative[], after: readonly AST.Element[]): StartRequirement[] | null {
  const all: StartRequirement[] = [];
  for (const alternative of alternatives) {
    const starts = startOfSequence(alternative.elements, 0, after);
    if (!starts) return null;
    all.push(...starts);
  }
  return all;
}

function startOfSequence(elements: readonly AST.Element[], from: number, after: readonly AST.Element[]): StartRequirement[] | null {
  let i = from;
  while (i < elements.length && elements[i]!.type === 'Assertion') i++;
  const element = elements[i];
  if (!element) return null;
  let run = '';
  let j = i;
  for (; j < elements.length; j++) {
    const char = literalChar(elements[j]!);
    if (char === null) break;
    run += char;
  }
  if (run !== '') return extendedStarts(run, elements, j, after) ?? [{ literal: run, follow: followOf([...elements.slice(j), ...after]) }];
  const rest = [...elements.slice(i + 1), ...after];
  switch (element.type) {
    case 'Group':
    case 'CapturingGroup':
      return startOfAlternatives(element.alternatives, rest);
    case 'Quantifier': {
      // The first repetition starts the match; what must follow is read after the quantifier.
      const own = startOfSequence([element.element], 0, rest);
      if (element.min >= 1 || !own) return own;
      const skipped = startOfSequence(elements, i + 1, after);
      return skipped ? [...own, ...skipped] : null;
    }
    default: {
      const chars = charsOf(element);
      if (!chars) return null;
      const follow = followOf(rest);
      return chars.map((literal) => ({ literal, follow }));
    }
  }
}

/**
 * A literal run followed by a group: the run with each of the group's start literals ("c" and
 * `(?:ome|ame|omes|oming)`: "come", "came", "comes", "coming"), each with what follows it. Every
 * match that starts with the run goes on with one of the alternatives, so it starts with one of
 * these; a short run alone (a letter, a two-letter word) is found at nearly every word. Measured:
 * the occurrences the sentence indexes go through fell from 153,570 to 137,124 on the excerpts
 * (527,785 to 481,853 on the 1 MB article), sticky cue attempts from 8,128 to 8,016. Null when the
 * group is quantified, an alternative has no start literals, or the product passes MAX_EXTENDED_STARTS.
 */
function extendedStarts(run: string, elements: readonly AST.Element[], j: number, after: readonly AST.Element[]): StartRequirement[] | null {
  const group = elements[j];
  if (!group || (group.type !== 'Group' && group.type !== 'CapturingGroup')) return null;
  const inner = startOfAlternatives(group.alternatives, [...elements.slice(j + 1), ...after]);
  if (!inner || inner.length > MAX_EXTENDED_STARTS) return null;
  return inner.map(({ literal, follow }) => ({ literal: run + literal, follow }));
}

const MAX_EXTENDED_STARTS = 64;

/** What the rest of a match needs: one set per mandatory part. */
function followOf(rest: readonly AST.Element[]): string[][] {
  return candidatesOfSequence(rest).map((need) => minimal([...need]));
}

/** The characters a one-character element may stand for (lower-cased): digits, a small class; else null. */
function charsOf(element: AST.Element): string[] | null {
  if (element.type === 'CharacterSet' && element.kind === 'digit' && !element.negate) return [...'0123456789'];
  if (element.type === 'CharacterClass' && !element.negate) {
    const chars = new Set<string>();
    for (const e of element.elements) {
      if (e.type === 'Character') chars.add(String.fromCodePoint(e.value).toLowerCase());
      else if (e.type === 'CharacterSet' && e.kind === 'digit' && !e.negate) for (const d of '0123456789') chars.add(d);
      else return null;
    }
    return [...chars];
  }
  return null;
}

/**
 * Every occurrence of many literal strings in one pass over a text (Aho-Corasick): a few steps per
 * character whatever the number of literals, where a regular-expression alternation of them is
 * retried at every position. Characters that no literal contains all act as one.
 *
 * The trie's own edges and failure links, not the full transition table: the root has a row of
 * all classes, every other state its few edges, and a character that leaves none of them follows
 * the failure links (at most one step back per character read, amortized). The full table of the
 * sentence literals was 718 KB (7,483 states × 48 classes): read once per sentence between the
 * engine's other work, it missed the caches on nearly every character (a replay of the 1 MB
 * article's sentences with the caches cleared before each took 70–79 ms against 18 ms warm). The
 * edges and links take some 60 KB.
 */
export class LiteralAutomaton {
  readonly literals: readonly string[];
  /** Character class of each UTF-16 code unit (0: in no literal). */
  readonly classOf = new Uint8Array(0x10000);
  readonly width: number;
  /** The root's next state by class. */
  readonly rootNext: Uint16Array;
  /**
   * The full transition rows of the shallow states (breadth-first numbers below `shallow`: depth
   * two or less), where most characters lead: `shallowNext[state * width + class]`.
   */
  readonly shallow: number;
  readonly shallowNext: Uint16Array;
  /**
   * The trie edges of each state but the root: `edgeFrom[state]` to `edgeFrom[state + 1]` in
   * `edgeClass` (the class read) and `edgeTarget`. States are numbered breadth first.
   */
  readonly edgeFrom: Int32Array;
  readonly edgeClass: Uint8Array;
  readonly edgeTarget: Uint16Array;
  /** The state of the longest proper suffix of each state's string that is a trie state. */
  readonly fail: Uint16Array;
  /** Literals ending in each state (its own and, through failure links, its suffixes'), as ranges of `outIds`. */
  readonly outStart: Int32Array;
  readonly outIds: Int32Array;

  constructor(literals: readonly string[]) {
    this.literals = literals;
    let classes = 1;
    for (const literal of literals) {
      for (let i = 0; i < literal.length; i++) {
        const code = literal.charCodeAt(i);
        if (this.classOf[code] !== 0) continue;
        if (classes > 0xff) throw new Error('LiteralAutomaton: more than 255 distinct characters');
        this.classOf[code] = classes++;
      }
    }
    this.width = classes;
    // The trie, state 0 the root.
    const next: Map<number, number>[] = [new Map()];
    const own: number[][] = [[]];
    literals.forEach((literal, id) => {
      let state = 0;
      for (let i = 0; i < literal.length; i++) {
        const c = this.classOf[literal.charCodeAt(i)]!;
        let target = next[state]!.get(c);
        if (target === undefined) {
          target = next.length;
          next.push(new Map());
          own.push([]);
          next[state]!.set(c, target);
        }
        state = target;
      }
      if (literal.length > 0) own[state]!.push(id);
    });
    const states = next.length;
    if (states > 0xffff) throw new Error('LiteralAutomaton: more than 65,535 states');
    // Breadth-first numbering.
    const order = [0];
    for (let head = 0; head < order.length; head++) for (const target of next[order[head]!]!.values()) order.push(target);
    const number = new Int32Array(states);
    order.forEach((state, n) => (number[state] = n));
    this.rootNext = new Uint16Array(classes);
    for (const [c, target] of next[0]!) this.rootNext[c] = number[target]!;
    this.edgeFrom = new Int32Array(states + 1);
    const edgeClass: number[] = [];
    const edgeTarget: number[] = [];
    for (let n = 0; n < states; n++) {
      this.edgeFrom[n] = edgeClass.length;
      if (n === 0) continue;
      for (const [c, target] of next[order[n]!]!) {
        edgeClass.push(c);
        edgeTarget.push(number[target]!);
      }
    }
    this.edgeFrom[states] = edgeClass.length;
    this.edgeClass = Uint8Array.from(edgeClass);
    this.edgeTarget = Uint16Array.from(edgeTarget);
    // Breadth first: a state's failure link is found from its parent's, and its outputs merged with its link's.
    this.fail = new Uint16Array(states);
    const outputs: number[][] = [];
    for (const state of order) outputs.push([...own[state]!]);
    for (let n = 0; n < states; n++) {
      if (n > 0) outputs[n]!.push(...outputs[this.fail[n]!]!);
      for (const [c, target] of next[order[n]!]!) this.fail[number[target]!] = n === 0 ? 0 : this.step(this.fail[n]!, c);
    }
    const depth = new Int32Array(states);
    for (let n = 0; n < states; n++) for (const target of next[order[n]!]!.values()) depth[number[target]!] = depth[n]! + 1;
    let shallow = 0;
    while (shallow < states && depth[shallow]! <= MAX_SHALLOW_DEPTH) shallow++;
    this.shallow = shallow;
    this.shallowNext = new Uint16Array(shallow * classes);
    for (let n = 0; n < shallow; n++) for (let c = 0; c < classes; c++) this.shallowNext[n * classes + c] = this.step(n, c);
    this.outStart = new Int32Array(states + 1);
    const flat: number[] = [];
    outputs.forEach((ids, n) => {
      this.outStart[n] = flat.length;
      flat.push(...ids);
    });
    this.outStart[states] = flat.length;
    this.outIds = Int32Array.from(flat);
  }

  /** The state after reading a character of class `c` in `state`. */
  step(state: number, c: number): number {
    if (c === 0) return 0;
    const { rootNext, edgeFrom, edgeClass, edgeTarget, fail } = this;
    for (;;) {
      if (state === 0) return rootNext[c]!;
      const to = edgeFrom[state + 1]!;
      for (let e = edgeFrom[state]!; e < to; e++) if (edgeClass[e] === c) return edgeTarget[e]!;
      state = fail[state]!;
    }
  }

  /** Calls `found(literal, end)` for every occurrence in `text`, by end offset (exclusive). */
  scan(text: string, found: (literal: number, end: number) => void): void {
    const { classOf, outStart, outIds } = this;
    let state = 0;
    for (let i = 0; i < text.length; i++) {
      state = this.step(state, classOf[text.charCodeAt(i)]!);
      const from = outStart[state]!;
      const to = outStart[state + 1]!;
      for (let k = from; k < to; k++) found(outIds[k]!, i + 1);
    }
  }
}

/** LiteralAutomaton keeps full transition rows for the states this deep or shallower. */
const MAX_SHALLOW_DEPTH = 2;

/**
 * What a case-insensitive pattern needs, for many patterns at once: whether each pattern's required
 * literals occur in a text, and where its start literals occur (for patterns that have them). A
 * pattern is then run only when its required literals occur, sticky at its start positions or
 * scanned when it has none, which finds exactly the matches a scan of the whole text finds.
 *
 * Exact only when the lower-cased text lines up with the text and holds no character that a
 * case-insensitive pattern matches to a literal character without lower-casing to it
 * (hasCaseFoldOutliers): callers take the plain scan then.
 */
export interface PatternCandidates {
  /** 1 where the pattern's required literals occur (valid until the next `find`). */
  required: Uint8Array;
  /**
   * Start positions per pattern with start literals, ascending, without repeats, for the patterns
   * whose `required` is 1 (the others' lists are empty; valid until the next `find`).
   */
  starts: readonly (readonly number[])[];
}

/** Literals shorter than this are not used as conditions (needs, follow sets), only as starts. */
const MIN_FILTER_LENGTH = 2;
/** A digit is the exception: most sentences have none (extract-figures.ts). */
function isDigit(literal: string): boolean {
  return literal.length === 1 && literal >= '0' && literal <= '9';
}

/**
 * What may stand before a start, for patterns that open with a lookbehind: anything, no letter or
 * digit (`(?<![\p{L}\p{N}])`), no letter (`(?<![\p{L}])`). Starts after an ASCII character the
 * lookbehind rejects are left out; the expression decides the others.
 */
export const ANY_BEFORE = 0;
export const NO_WORD_CHAR_BEFORE = 1;
export const NO_LETTER_BEFORE = 2;
export type StartContext = typeof ANY_BEFORE | typeof NO_WORD_CHAR_BEFORE | typeof NO_LETTER_BEFORE;

/** Per ASCII character: 1 for a digit, 2 for a letter. */
const ASCII_WORD_CHAR = new Uint8Array(128);
for (let c = 0; c < 128; c++) ASCII_WORD_CHAR[c] = /[0-9]/.test(String.fromCharCode(c)) ? 1 : /[A-Za-z]/.test(String.fromCharCode(c)) ? 2 : 0;

/**
 * Pattern indexes that read the same texts (a sentence's clause parts, non-claim shapes and
 * figures) share one automaton over all their literals: the text is read once, and each index
 * goes through the occurrences and keeps those of its own literals.
 *
 * Indexes that read their texts at another time are better off in a group of their own: the cue
 * index (classify-sentence.ts) reads every sentence in a pass before the others, so in one group
 * each sentence was read twice anyway, and each read reported the other pass's occurrences too
 * (965,000 occurrences on the 1 MB article, 552,000 in two groups; the per-slot buckets that
 * sorted them out are gone with them). Replayed, the finds of the 1 MB article took 74 ms in one
 * group, 53 ms in two.
 */
export class LiteralGroup {
  private readonly ids = new Map<string, number>();
  private automaton: LiteralAutomaton | null = null;
  private text: string | null = null;
  /** The occurrences in the last text read: literal and end offset, in pairs. */
  occurrences = new Int32Array(256);
  count = 0;

  /** The group's number for a literal (added if new). */
  idOf(literal: string): number {
    let id = this.ids.get(literal);
    if (id === undefined) {
      id = this.ids.size;
      this.ids.set(literal, id);
      this.automaton = null;
      this.text = null;
    }
    return id;
  }

  get size(): number {
    return this.ids.size;
  }

  /** Reads `lower` (the lower-cased `text`) unless it was the last text read. */
  read(text: string, lower: string): void {
    if (text === this.text) return;
    const automaton = (this.automaton ??= new LiteralAutomaton([...this.ids.keys()]));
    this.count = this.scan(automaton, lower);
    this.text = text;
  }

  /**
   * The occurrences in `lower` into `occurrences`; their number. A method of its own: with the
   * count worked out after the loop in `read`, V8 entered the loop's on-stack-replaced code and
   * left it at that step for want of type feedback, 1,700 deoptimizations on six runs of the 1 MB article.
   */
  private scan(automaton: LiteralAutomaton, lower: string): number {
    const { classOf, shallow, shallowNext, width, edgeFrom, edgeClass, edgeTarget, fail, outStart, outIds } = automaton;
    let occurrences = this.occurrences;
    let n = 0;
    let state = 0;
    for (let i = 0; i < lower.length; i++) {
      // LiteralAutomaton.step, inlined.
      const c = classOf[lower.charCodeAt(i)]!;
      if (c === 0) state = 0;
      else {
        for (;;) {
          if (state < shallow) {
            state = shallowNext[state * width + c]!;
            break;
          }
          const to = edgeFrom[state + 1]!;
          let e = edgeFrom[state]!;
          while (e < to && edgeClass[e] !== c) e++;
          if (e < to) {
            state = edgeTarget[e]!;
            break;
          }
          state = fail[state]!;
        }
      }
      const outEnd = outStart[state + 1]!;
      for (let k = outStart[state]!; k < outEnd; k++) {
        if (n + 2 > occurrences.length) occurrences = this.occurrences = grown(occurrences);
        occurrences[n++] = outIds[k]!;
        occurrences[n++] = i + 1;
      }
    }
    return n >> 1;
  }
}

/** The group of the sentence-level indexes of the per-sentence pass (non-claim shapes, figures, the detector's expressions). */
export const SENTENCE_LITERALS = new LiteralGroup();

export class PatternIndex {
  /** Patterns that have start literals. */
  readonly anchored: readonly boolean[];
  /**
   * The group whose automaton reads the text (a group of its own when none is given), and this
   * index's number of each of the group's literals (-1: not one of its own; the group's literals
   * added after this index was made are beyond the end).
   */
  private readonly group: LiteralGroup;
  private readonly localOf: Int32Array;
  /** Per literal: the need sets it meets (a range of `requiredIds`). */
  private readonly requiredFrom: Int32Array;
  private readonly requiredIds: Int32Array;
  /** Per need set: its pattern, and the call in which it was last met. */
  private readonly needPattern: Int32Array;
  private readonly needMet: Int32Array;
  /** Per pattern: how many need sets it has, and how many are met in this call. */
  private readonly needCount: Int32Array;
  private readonly metCount: Int32Array;
  /** Per literal: the starts it makes, as pattern and follow condition (ranges of `startPatterns`, `startFollows`). */
  private readonly startFrom: Int32Array;
  private readonly startPatterns: Int32Array;
  /** -1: nothing needed after the start; else a follow condition: sets (a range of `conditionSets`) all met. */
  private readonly startFollows: Int32Array;
  private readonly conditionFrom: Int32Array;
  private readonly conditionSets: Int32Array;
  /** A follow set: its literals (a range of `followIds`), one of which must start late enough. */
  private readonly followFrom: Int32Array;
  private readonly followIds: Int32Array;
  private readonly lengths: Int32Array;
  private readonly always: number[] = [];
  private readonly required: Uint8Array;
  /** The latest start offset of each literal in the text, valid where `stamp` holds this call's number. */
  private readonly lastStart: Int32Array;
  private readonly stamp: Int32Array;
  /** Per follow set: the latest start of its literals, valid where `setStamp` holds this call's number. */
  private readonly setLatest: Int32Array;
  private readonly setStamp: Int32Array;
  private call = 0;
  private readonly starts: number[][];
  /** What `find` returns: the same arrays every call. */
  private readonly result: PatternCandidates;
  /**
   * Patterns whose start list is not empty, in the order their first start was found (typed, with
   * a count: emptied without a loop or a new store); valid until the next `find`.
   */
  readonly touched: Int32Array;
  touchedCount = 0;

  /**
   * `needs`: for each pattern, sets of literals that a match meets all of, one of each
   * (requiredLiteralSets, or [requiredLiterals]; none: the pattern always runs);
   * `starts`: its start literals and what follows them (startRequirements; null: none, scanned).
   */
  constructor(needs: readonly (readonly (readonly string[])[])[], starts: readonly (readonly StartRequirement[] | null)[], group?: LiteralGroup) {
    const ids = new Map<string, number>();
    const requiredBy: number[][] = [];
    const startOf: [number, number][][] = [];
    const idOf = (literal: string): number => {
      let id = ids.get(literal);
      if (id === undefined) {
        id = ids.size;
        ids.set(literal, id);
        requiredBy.push([]);
        startOf.push([]);
      }
      return id;
    };
    const follows: number[][] = [];
    const followIndex = new Map<string, number>();
    // A one-character literal occurs in nearly every text: as a condition it is not worth its
    // occurrences, so such follow sets and needs are left out (they only ever filter).
    const selective = (literals: readonly string[] | null): literals is readonly string[] =>
      literals !== null && literals.length > 0 && literals.every((literal) => literal.length >= MIN_FILTER_LENGTH || isDigit(literal));
    const followSetOf = (literals: readonly string[]): number => {
      const key = [...literals].sort().join('\u0000');
      let index = followIndex.get(key);
      if (index === undefined) {
        index = follows.length;
        followIndex.set(key, index);
        follows.push(literals.map(idOf));
      }
      return index;
    };
    const conditions: number[][] = [];
    const conditionIndex = new Map<string, number>();
    const conditionOf = (sets: readonly (readonly string[])[]): number => {
      const ids = [...new Set(sets.filter(selective).map(followSetOf))].sort((a, b) => a - b);
      if (ids.length === 0) return -1;
      const key = ids.join(',');
      let index = conditionIndex.get(key);
      if (index === undefined) {
        index = conditions.length;
        conditionIndex.set(key, index);
        conditions.push(ids);
      }
      return index;
    };
    const needPattern: number[] = [];
    const needCount = new Int32Array(needs.length);
    needs.forEach((sets, pattern) => {
      for (const set of sets) {
        if (!selective(set)) continue;
        const id = needPattern.length;
        needPattern.push(pattern);
        needCount[pattern]!++;
        for (const literal of new Set(set)) requiredBy[idOf(literal)]!.push(id);
      }
      if (needCount[pattern] === 0) this.always.push(pattern);
    });
    this.needPattern = Int32Array.from(needPattern);
    this.needMet = new Int32Array(needPattern.length);
    this.needCount = needCount;
    this.metCount = new Int32Array(needs.length);
    starts.forEach((requirements, pattern) => {
      for (const { literal, follow } of requirements ?? []) {
        const id = idOf(literal);
        const entry: [number, number] = [pattern, conditionOf(follow)];
        const list = startOf[id]!;
        if (!list.some(([p, f]) => p === entry[0] && f === entry[1])) list.push(entry);
      }
    });
    const literals = [...ids.keys()];
    const reader = (this.group = group ?? new LiteralGroup());
    const globalIds = literals.map((literal) => reader.idOf(literal));
    this.localOf = new Int32Array(reader.size).fill(-1);
    globalIds.forEach((g, local) => (this.localOf[g] = local));
    [this.requiredFrom, this.requiredIds] = ranges(requiredBy);
    [this.startFrom, this.startPatterns] = ranges(startOf.map((list) => list.map(([pattern]) => pattern)));
    this.startFollows = Int32Array.from(startOf.flatMap((list) => list.map(([, follow]) => follow)));
    [this.followFrom, this.followIds] = ranges(follows);
    this.setLatest = new Int32Array(follows.length);
    this.setStamp = new Int32Array(follows.length);
    [this.conditionFrom, this.conditionSets] = ranges(conditions);
    this.lengths = Int32Array.from(literals, (literal) => literal.length);
    this.lastStart = new Int32Array(ids.size);
    this.stamp = new Int32Array(ids.size);
    this.anchored = starts.map((s) => s !== null);
    this.required = new Uint8Array(needs.length);
    this.starts = needs.map(() => []);
    this.touched = new Int32Array(needs.length);
    this.result = { required: this.required, starts: this.starts };
    this.startOccurrences = new Int32Array(64);
  }

  /** The occurrences of the start literals in the text being read: literal and end offset, in pairs. */
  private startOccurrences: Int32Array;

  /**
   * Candidates in `lower`, the lower-cased `text`. Start positions after a character that the
   * patterns' lookbehind rejects (`before`) are left out, and so is a start whose follow sets do
   * not occur after it. Starts are listed only for the patterns whose required literals occur
   * (the others' lists stay empty: no caller reads them).
   *
   * Two passes: the first goes through the group's occurrences, meets the needs, notes where each
   * literal last starts and keeps the occurrences of start literals; the second goes through
   * those and adds the starts of the patterns found required, their follow sets checked at once.
   * Measured on the 1 MB article: the cue index made 607,000 starts wait for their follow check in
   * one pass, three quarters of them for patterns whose required literals were not there. The
   * second pass reads only the occurrences of start literals where a match may start: 152,000 of
   * the cue index's 432,000 on the 1 MB article's sentences ("e ", "th", "ed" are only ever
   * followed, "a", "in", "on" mostly inside a word).
   */
  find(text: string, lower: string, before: StartContext): PatternCandidates {
    const { required, starts, touched, metCount } = this;
    const call = (this.call = (this.call + 1) | 0) || (this.call = 1);
    required.fill(0);
    metCount.fill(0);
    for (const pattern of this.always) required[pattern] = 1;
    for (let k = 0; k < this.touchedCount; k++) empty(starts[touched[k]!]!);
    this.touchedCount = 0;
    const group = this.group;
    group.read(text, lower);
    const { occurrences, count } = group;
    const { localOf, startFrom, lengths } = this;
    const size = localOf.length;
    let startOccurrences = this.startOccurrences;
    let n = 0;
    for (let k = 0; k < count * 2; k += 2) {
      const g = occurrences[k]!;
      if (g >= size) continue;
      const literal = localOf[g]!;
      if (literal < 0) continue;
      const end = occurrences[k + 1]!;
      this.meet(literal, end, call);
      if (startFrom[literal] === startFrom[literal + 1]) continue;
      // Starts after a character that the patterns' lookbehind rejects are left out before they
      // are kept (the cue index kept 364,000 on the 1 MB article's sentences, now 152,000).
      const p = end - lengths[literal]!;
      if (before !== ANY_BEFORE && p > 0) {
        const c = text.charCodeAt(p - 1);
        if (c < 128 && ASCII_WORD_CHAR[c] !== 0 && (before === NO_WORD_CHAR_BEFORE || ASCII_WORD_CHAR[c] === 2)) continue;
      }
      if (n + 2 > startOccurrences.length) startOccurrences = this.startOccurrences = grown(startOccurrences);
      startOccurrences[n++] = literal;
      startOccurrences[n++] = end;
    }
    for (let k = 0; k < n; k += 2) this.start(startOccurrences[k]!, startOccurrences[k + 1]!);
    return this.result;
  }

  /** An occurrence of one of the index's literals, ending at `end`: the needs it meets, and where it starts. */
  private meet(literal: number, end: number, call: number): void {
    this.lastStart[literal] = end - this.lengths[literal]!;
    this.stamp[literal] = call;
    const requiredFrom = this.requiredFrom;
    let r = requiredFrom[literal]!;
    const requiredEnd = requiredFrom[literal + 1]!;
    if (r === requiredEnd) return;
    const { requiredIds, needMet, needPattern, metCount, needCount, required } = this;
    for (; r < requiredEnd; r++) {
      const need = requiredIds[r]!;
      if (needMet[need] === call) continue;
      needMet[need] = call;
      const pattern = needPattern[need]!;
      if (++metCount[pattern]! === needCount[pattern]) required[pattern] = 1;
    }
  }

  /** The starts an occurrence of a start literal ending at `end` makes, for the patterns found required. */
  private start(literal: number, end: number): void {
    const p = end - this.lengths[literal]!;
    const { startFollows, startPatterns, required } = this;
    const startEnd = this.startFrom[literal + 1]!;
    for (let s = this.startFrom[literal]!; s < startEnd; s++) {
      const pattern = startPatterns[s]!;
      if (required[pattern] === 0) continue;
      const follow = startFollows[s]!;
      if (follow < 0 || this.follows(follow, end)) this.addStart(pattern, p);
    }
  }

  /** Whether every set of the follow condition has a literal that starts at `from` or later. */
  private follows(condition: number, from: number): boolean {
    const { conditionFrom, conditionSets } = this;
    const setsEnd = conditionFrom[condition + 1]!;
    for (let c = conditionFrom[condition]!; c < setsEnd; c++) if (this.latestStart(conditionSets[c]!) < from) return false;
    return true;
  }

  /** The latest start of any literal of a follow set in this call's text (-1: none), worked out once per call. */
  private latestStart(set: number): number {
    const call = this.call;
    if (this.setStamp[set] === call) return this.setLatest[set]!;
    const { followFrom, followIds, lastStart, stamp } = this;
    let latest = -1;
    const end = followFrom[set + 1]!;
    for (let f = followFrom[set]!; f < end; f++) {
      const literal = followIds[f]!;
      if (stamp[literal] === call && lastStart[literal]! > latest) latest = lastStart[literal]!;
    }
    this.setStamp[set] = call;
    this.setLatest[set] = latest;
    return latest;
  }

  private addStart(pattern: number, p: number): void {
    const list = this.starts[pattern]!;
    if (list.length === 0) this.touched[this.touchedCount++] = pattern;
    insertSorted(list, p);
  }
}

/**
 * Empties a reused list and keeps its storage: `list.length = 0` drops the backing store, and the
 * next pushes allocate it again (on the 1 MB article this module allocated 43 MB that way, a
 * quarter of the engine's allocation).
 */
function empty(list: number[]): void {
  while (list.length > 0) list.pop();
}

/** A typed list twice as long, with the same first entries. */
function grown(list: Int32Array): Int32Array<ArrayBuffer> {
  const longer = new Int32Array(list.length * 2);
  longer.set(list);
  return longer;
}

/** Lists of ids as one array and the start of each list in it (one more entry: the end). */
function ranges(lists: readonly (readonly number[])[]): [Int32Array, Int32Array] {
  const from = new Int32Array(lists.length + 1);
  const ids: number[] = [];
  lists.forEach((list, i) => {
    from[i] = ids.length;
    ids.push(...list);
  });
  from[lists.length] = ids.length;
  return [from, Int32Array.from(ids)];
}

/** Adds `value` to an ascending list without repeats (lists are short; occurrences come nearly in order). */
function insertSorted(list: number[], value: number): void {
  let i = list.length;
  while (i > 0 && list[i - 1]! > value) i--;
  if (i > 0 && list[i - 1] === value) return;
  if (i === list.length) list.push(value);
  else list.splice(i, 0, value);
}

/**
 * Characters that a case-insensitive, Unicode pattern matches to an ASCII letter although
 * toLowerCase does not turn them into it: ſ (long s, folds to s) and K (Kelvin sign, folds to k).
 * The literal characters of the lexicon's patterns are ASCII or case-less symbols (€, £, ¥, ’…),
 * which nothing else folds to (test/unit/analysis/required-literals.test.ts checks it).
 */
export const FOLDS_TO_LITERAL_CHARS = /[\u017f\u212a]/u;

/**
 * `text.toLowerCase()`, kept for the last text: the stages of one sentence (English, cues, clause,
 * non-claim, figures, features) all read it in lower case.
 */
export function lowerCase(text: string): string {
  if (text !== lowerText) {
    lowerText = text;
    lowered = text.toLowerCase();
  }
  return lowered;
}

let lowerText = '';
let lowered = '';

/** Whether `lower` cannot stand in for `text` position by position when matching literals. */
export function hasCaseFoldOutliers(text: string, lower: string): boolean {
  // The stages of one sentence ask about the same text: the last answer is kept.
  if (text === outlierText && lower.length === outlierLowerLength) return outlierAnswer;
  outlierAnswer = lower.length !== text.length || FOLDS_TO_LITERAL_CHARS.test(text);
  outlierText = text;
  outlierLowerLength = lower.length;
  return outlierAnswer;
}

let outlierText: string | null = null;
let outlierLowerLength = -1;
let outlierAnswer = false;

/**
 * Hands hasCaseFoldOutliers back what it answered for `text` (lower-cased to `lowerLength`
 * characters) in an earlier pass: it keeps only its last text, and detect-signals.ts reads every
 * sentence in the cue pass, then again in the record pass (the fold check is some 1.1 ms a pass
 * on the 1 MB article, timed alone). The lower-cased texts themselves are not kept from one pass
 * to the other: the whole article's, alive between the passes, made the 5 MB article no faster.
 */
export function primeCaseFold(text: string, lowerLength: number, outliers: boolean): void {
  outlierText = text;
  outlierLowerLength = lowerLength;
  outlierAnswer = outliers;
}

/**
 * A case-insensitive expression (flags `iu`) tried only where it can start (startRequirements),
 * behind its required literals, for a sentence whose other indexes share its literal group
 * (SENTENCE_LITERALS unless another is given, as the record pass's RECORD_LITERALS): the
 * leftmost match is the first start where the sticky expression matches. `before` is what the
 * expression's opening lookbehind rejects (ANY_BEFORE when it has none).
 */
export class IndexedPattern {
  private readonly plain: BmpExpression;
  private readonly sticky: BmpExpression;
  private readonly index: PatternIndex | null;

  constructor(
    source: string,
    private readonly before: StartContext,
    /** Whether to run the BMP twin on texts without surrogates (bmp-expression.ts): measured per expression. */
    twin = true,
    /** The literal group whose reading of a text the index shares. */
    group: LiteralGroup = SENTENCE_LITERALS,
  ) {
    this.plain = new BmpExpression(source, 'iu', twin);
    this.sticky = new BmpExpression(source, 'iuy', twin);
    const starts = startRequirements(source);
    this.index = starts ? new PatternIndex([requiredLiteralSets(source)], [starts], group) : null;
  }

  /** The last text asked about and its match: a sentence's stages ask the same question twice. */
  private lastText: string | null = null;
  private lastMatch: RegExpExecArray | null = null;

  /** The leftmost match, as `new RegExp(source, 'iu').exec(text)` finds it (shared: not to be modified). */
  exec(text: string): RegExpExecArray | null {
    if (text !== this.lastText) {
      this.lastMatch = this.match(text);
      this.lastText = text;
    }
    return this.lastMatch;
  }

  test(text: string): boolean {
    return this.exec(text) !== null;
  }

  private match(text: string): RegExpExecArray | null {
    const lower = lowerCase(text);
    if (this.index === null || hasCaseFoldOutliers(text, lower)) return this.plain.for(text).exec(text);
    const { required, starts } = this.index.find(text, lower, this.before);
    if (required[0] === 0) return null;
    const sticky = this.sticky.for(text);
    for (const p of starts[0] as readonly number[]) {
      sticky.lastIndex = p;
      const m = sticky.exec(text);
      if (m !== null) return m;
    }
    return null;
  }
}


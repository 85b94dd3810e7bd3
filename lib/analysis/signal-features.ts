import { CATEGORIES, type Category, type Figure } from '../analysis-result';
import { BMP_FLAGS, learnFlags, SPACE } from './char-class';
import type { Classification, CueHit } from './classify-sentence';
import { CUE_FAMILIES, CUE_LOOKALIKES, FAMILY_NAMES, type FamilyName } from './cue-families';
import type { EntityMention } from './find-entities';
import { ANAPHORIC_OPENINGS, OTHER_MARKET_SUBJECTS } from './lexicon';
import type { NonClaimReason } from './non-claim';
import { compilePhrases, type PhraseHit, type Token, type WordList } from './phrase-matcher';
import { lexicalBuckets } from './lexical-buckets';
import { RECORD_LITERALS } from './record-literals';
import { IndexedPattern, NO_WORD_CHAR_BEFORE } from './required-literals';
import { textCounts } from './text-counts';

/**
 * What the signal model (signal-model.ts) reads of a sentence: the evidence a careful reader uses,
 * as numbers. The cue patterns' verdict per category (English clauses), the field's word families
 * in nine languages, figures by kind, the entities named (a material, a sector company, a state),
 * the sentence's shape (furniture, headline, question, quotation, length, list item) and, in a
 * second pass, its neighbours' scores: a follow-up sentence ("The rules apply from 1 December.")
 * carries the signal of the one before it.
 */

export const BASE_FEATURES = [
  ...CATEGORIES.map((c) => `cue:${c}`),
  'cue:any',
  'cue:main-clause',
  'rule:signal',
  ...FAMILY_NAMES.map((f) => `family:${f}`),
  'family:kinds',
  'figure:any',
  'figure:price',
  'figure:money',
  'figure:percent',
  'figure:quantity',
  'figure:date',
  'figure:year',
  'entity:material',
  'entity:rare-earth',
  'entity:critical-mineral',
  'entity:sector-org',
  'entity:org',
  'entity:state',
  'entity:none',
  'shape:non-claim',
  'shape:fragment',
  'shape:headline',
  'shape:heading-block',
  'shape:first-block',
  'shape:question',
  'shape:quote-open',
  'shape:list-item',
  'shape:short',
  'shape:long',
  'shape:no-terminal',
  'shape:digits-heavy',
  'shape:non-english',
  'shape:unspaced-script',
  'context:other-market',
  'context:anaphoric',
  'context:topic-score',
  // Clause-level conjunctions: a thing of the field, what happens to it, and how much.
  'clause:supply+quantity',
  'clause:price+figure',
  'clause:change+figure',
  'clause:subject+field',
  'clause:subject+change',
  'clause:field+figure',
  'clause:policy+state',
  'clause:deal+money',
  'clause:speech+courtesy',
  'clause:background-only',
  'clause:field-kinds2',
] as const;

export const CONTEXT_FEATURES = ['context:previous', 'context:next', 'context:previous-anaphoric', 'context:block-mean'] as const;

export type BaseFeature = (typeof BASE_FEATURES)[number];
export const BASE_INDEX: Readonly<Record<string, number>> = Object.fromEntries(BASE_FEATURES.map((f, i) => [f, i]));
/** The same as a Map, for baseFeatures: reading a ~90-key record by a varying name is a slow dictionary lookup. */
const BASE_SLOT: ReadonlyMap<string, number> = new Map(BASE_FEATURES.map((f, i) => [f, i]));
/** Each cue category's feature slot, worked out once (not a `cue:…` string per hit). */
const CUE_SLOT = new Map<string, number>(CATEGORIES.map((c) => [c, BASE_SLOT.get(`cue:${c}`) as number]));
/** Each family's feature slot and whether it is a category, worked out once (not a string per family and sentence). */
const FAMILY_SLOTS = FAMILY_NAMES.map((family) => ({
  family,
  slot: BASE_SLOT.get(`family:${family}`) as number,
  category: (CATEGORIES as readonly string[]).includes(family),
  /** One of FIELD_CATEGORIES: a hit makes the sentence one of the field's. */
  field: family !== 'demand' && (CATEGORIES as readonly string[]).includes(family),
}));

/**
 * The slots of the features baseFeatures sets by name, looked up once rather than a Map lookup per
 * feature and sentence: baseFeatures over the 12,499 sentences of the 1 MB article went from
 * 33–34 to 26–28 ms (best of 15, CPU time).
 */
const SLOT = {
  cueAny: slotOf('cue:any'),
  cueMainClause: slotOf('cue:main-clause'),
  ruleSignal: slotOf('rule:signal'),
  familyKinds: slotOf('family:kinds'),
  figureAny: slotOf('figure:any'),
  figurePrice: slotOf('figure:price'),
  figureMoney: slotOf('figure:money'),
  figurePercent: slotOf('figure:percent'),
  figureQuantity: slotOf('figure:quantity'),
  figureDate: slotOf('figure:date'),
  figureYear: slotOf('figure:year'),
  entityMaterial: slotOf('entity:material'),
  entityRareEarth: slotOf('entity:rare-earth'),
  entityCriticalMineral: slotOf('entity:critical-mineral'),
  entitySectorOrg: slotOf('entity:sector-org'),
  entityOrg: slotOf('entity:org'),
  entityState: slotOf('entity:state'),
  entityNone: slotOf('entity:none'),
  shapeNonClaim: slotOf('shape:non-claim'),
  shapeFragment: slotOf('shape:fragment'),
  shapeHeadline: slotOf('shape:headline'),
  shapeHeadingBlock: slotOf('shape:heading-block'),
  shapeFirstBlock: slotOf('shape:first-block'),
  shapeQuestion: slotOf('shape:question'),
  shapeQuoteOpen: slotOf('shape:quote-open'),
  shapeListItem: slotOf('shape:list-item'),
  shapeShort: slotOf('shape:short'),
  shapeLong: slotOf('shape:long'),
  shapeNoTerminal: slotOf('shape:no-terminal'),
  shapeDigitsHeavy: slotOf('shape:digits-heavy'),
  shapeNonEnglish: slotOf('shape:non-english'),
  shapeUnspacedScript: slotOf('shape:unspaced-script'),
  contextOtherMarket: slotOf('context:other-market'),
  contextAnaphoric: slotOf('context:anaphoric'),
  contextTopicScore: slotOf('context:topic-score'),
  clauseSupplyQuantity: slotOf('clause:supply+quantity'),
  clausePriceFigure: slotOf('clause:price+figure'),
  clauseChangeFigure: slotOf('clause:change+figure'),
  clauseSubjectField: slotOf('clause:subject+field'),
  clauseSubjectChange: slotOf('clause:subject+change'),
  clauseFieldFigure: slotOf('clause:field+figure'),
  clausePolicyState: slotOf('clause:policy+state'),
  clauseDealMoney: slotOf('clause:deal+money'),
  clauseSpeechCourtesy: slotOf('clause:speech+courtesy'),
  clauseBackgroundOnly: slotOf('clause:background-only'),
  clauseFieldKinds2: slotOf('clause:field-kinds2'),
} as const;
function slotOf(name: BaseFeature): number {
  return BASE_SLOT.get(name) as number;
}

export interface FamilyHits {
  /** Hits per family, in order; each family's first hit as written. */
  counts: Record<FamilyName, number>;
  first: Partial<Record<FamilyName, string>>;
}

/**
 * One matcher over every family word; a word in several families counts for each, a lookalike
 * (CUE_LOOKALIKES) for none. Phrases are compiled shortest first: where two stems fit a word the
 * matcher keeps the one added last, so the more specific stem wins ("Lagerstätte*", a deposit,
 * over "Lager*", a stock).
 */
function buildFamilyMatcher() {
  const phrases: string[] = [];
  const families: FamilyName[][] = [];
  const at = new Map<string, number>();
  for (const phrase of CUE_LOOKALIKES) {
    at.set(phrase.toLowerCase(), phrases.length);
    phrases.push(phrase);
    families.push([]);
  }
  for (const family of FAMILY_NAMES) {
    for (const phrase of CUE_FAMILIES[family]) {
      const key = phrase.toLowerCase();
      let id = at.get(key);
      if (id === undefined) {
        id = phrases.length;
        at.set(key, id);
        phrases.push(phrase);
        families.push([]);
      }
      const list = families[id] as FamilyName[];
      if (!list.includes(family)) list.push(family);
    }
  }
  const definitions = phrases.map((phrase, id) => ({ id, phrase, exact: false })).sort((x, y) => x.phrase.length - y.phrase.length);
  return { matcher: compilePhrases(definitions), families };
}

const FAMILIES = buildFamilyMatcher();
/** All families at zero, copied per sentence (a spread copy costs a sixth of Object.fromEntries). */
const ZERO_COUNTS = Object.fromEntries(FAMILY_NAMES.map((f) => [f, 0])) as Record<FamilyName, number>;
// baseFeatures reads a sentence's counts in their key order as FAMILY_NAMES' order.
if (Object.keys(ZERO_COUNTS).join() !== FAMILY_NAMES.join()) throw new Error('signal-features: family counts out of FAMILY_NAMES order');

export function findFamilies(sentence: string, tokens?: Token[] | WordList): FamilyHits {
  const hits = FAMILIES.matcher.find(sentence, tokens) as PhraseHit[];
  if (hits.length === 0) return NO_FAMILIES;
  const counts = { ...ZERO_COUNTS };
  const first: FamilyHits['first'] = {};
  for (const hit of hits) {
    for (const family of FAMILIES.families[hit.id] ?? []) {
      counts[family]++;
      first[family] ??= sentence.slice(hit.start, hit.end);
    }
  }
  return { counts, first };
}

/**
 * The hits of every sentence without a family word: one shared object, never written to (its
 * counts are a copy of ZERO_COUNTS, of the same shape as every sentence's). A record keeps its
 * families as long as it lives: on the 1 MB article 2,947 of 11,790 sentences have none, and their
 * counts and `first` were some 250 bytes a record kept alive.
 */
const NO_FAMILIES: FamilyHits = { counts: { ...ZERO_COUNTS }, first: {} };

const ANAPHORIC = new RegExp(ANAPHORIC_OPENINGS, 'iu');
// Tried only where one of its words starts (required-literals.ts), not scanned over every sentence.
const OTHER_MARKET = new IndexedPattern(String.raw`(?<![\p{L}\p{N}])(?:${OTHER_MARKET_SUBJECTS})(?![\p{L}\p{N}])`, NO_WORD_CHAR_BEFORE, true, RECORD_LITERALS);

/**
 * Whether the text names another market (OTHER_MARKET_SUBJECTS: crude, soybeans, chips). One
 * expression for the relevance rules (detect-signals.ts) and the feature: it keeps its last answer,
 * so the feature reads the rules' answer for the same sentence instead of a second index's.
 */
export function mentionsOtherMarket(text: string): boolean {
  return OTHER_MARKET.test(text);
}
const TERMINAL_CHARS = '.!?。！？…:;"”’»)]';
const QUESTION = /[?？]\s*["”’»]?\s*$/u;
const LIST_ITEM = /^\s*(?:[-–—•·*▪►✓]|\d{1,2}[.)]\s)/u;
const QUOTE_OPEN = /^\s*["“„«‘']/u;

export interface SentenceEvidence {
  sentence: string;
  classification: Classification | null;
  mentions: readonly EntityMention[];
  figures: readonly Figure[];
  families: FamilyHits;
  nonClaim: NonClaimReason | null;
  english: boolean;
  headingBlock: boolean;
  firstBlock: boolean;
  topicScore: number;
  /** The rules' reading: their relevance factor when they take the sentence as a signal, else 0. */
  ruleFactor: number;
}

/** The base features of one sentence, in BASE_FEATURES order. */
export function baseFeatures(e: SentenceEvidence): Float64Array {
  const x = featureRow();
  const s = e.sentence;
  if (e.classification) {
    let any = 0;
    for (const hit of e.classification.hits) {
      const i = CUE_SLOT.get(hit.cue.category) as number;
      const score = Math.max(0, Math.min(1, hit.score));
      x[i] = Math.max(x[i] as number, score);
      any = Math.max(any, score);
    }
    x[SLOT.cueAny] = any;
    x[SLOT.cueMainClause] = e.classification.strength;
  }
  x[SLOT.ruleSignal] = e.ruleFactor;
  let kinds = 0;
  let fieldFamily = false;
  // The counts in their own order, FAMILY_NAMES' (ZERO_COUNTS is built in it), read by for…in: a
  // read by a varying name was a megamorphic lookup per family and sentence (the family loop and
  // the field test below: 15% of baseFeatures' own time in a profile of the 1 MB article).
  const familyCounts = e.families.counts;
  let k = 0;
  for (const family in familyCounts) {
    const n = familyCounts[family as FamilyName];
    const { slot, category, field } = FAMILY_SLOTS[k++] as (typeof FAMILY_SLOTS)[number];
    if (n > 0 && category) kinds++;
    if (n > 0 && field) fieldFamily = true;
    x[slot] = Math.min(n, 3) / 3;
  }
  x[SLOT.familyKinds] = Math.min(kinds, 4) / 4;
  // Each figure's kind once (figureKind runs an expression): which kinds occur, and whether one is
  // a figure proper (not a year or a date).
  let price = false;
  let money = false;
  let percent = false;
  let quantity = false;
  let date = false;
  let year = false;
  let amount = false;
  for (const f of e.figures) {
    const kind = figureKind(f);
    if (kind === 'price') price = true;
    else if (kind === 'money') money = true;
    else if (kind === 'percent') percent = true;
    else if (kind === 'quantity') quantity = true;
    else if (kind === 'date') date = true;
    else if (kind === 'year') year = true;
    if (kind !== 'year' && kind !== 'date') amount = true;
  }
  x[SLOT.figureAny] = e.figures.length > 0 ? 1 : 0;
  x[SLOT.figurePrice] = price ? 1 : 0;
  x[SLOT.figureMoney] = money ? 1 : 0;
  x[SLOT.figurePercent] = percent ? 1 : 0;
  x[SLOT.figureQuantity] = quantity ? 1 : 0;
  x[SLOT.figureDate] = date ? 1 : 0;
  x[SLOT.figureYear] = year ? 1 : 0;
  let material = false;
  let rareEarth = false;
  let critical = false;
  let sectorOrg = false;
  let org = false;
  let state = false;
  for (const m of e.mentions) {
    if (m.type === 'material') {
      material = true;
      if (m.entry.kind === 'critical-mineral' || m.entry.kind === 'battery-mineral') critical = true;
      else rareEarth = true;
    } else if (m.type === 'organization') {
      org = true;
      if (m.entry.focus !== 'general') sectorOrg = true;
      if (m.entry.kind === 'state-body') state = true;
    } else if (m.entry.kind === 'country' || m.entry.kind === 'bloc') {
      state = true;
    }
  }
  x[SLOT.entityMaterial] = material ? 1 : 0;
  x[SLOT.entityRareEarth] = rareEarth ? 1 : 0;
  x[SLOT.entityCriticalMineral] = critical ? 1 : 0;
  x[SLOT.entitySectorOrg] = sectorOrg ? 1 : 0;
  x[SLOT.entityOrg] = org ? 1 : 0;
  x[SLOT.entityState] = state ? 1 : 0;
  x[SLOT.entityNone] = e.mentions.length === 0 ? 1 : 0;
  // Words (/[\p{L}\p{N}][\p{L}\p{M}\p{N}'’.-]*/gu), unspaced-script characters, digits (/\p{N}/gu) and
  // letters (/\p{L}/gu), counted in one pass (text-counts.ts) instead of four matches.
  const counts = textCounts(s);
  const words = counts.words;
  const unspaced = counts.unspaced;
  const length = words + unspaced / 2;
  x[SLOT.shapeNonClaim] = e.nonClaim && e.nonClaim !== 'fragment' && e.nonClaim !== 'headline' ? 1 : 0;
  x[SLOT.shapeFragment] = e.nonClaim === 'fragment' ? 1 : 0;
  x[SLOT.shapeHeadline] = e.nonClaim === 'headline' ? 1 : 0;
  x[SLOT.shapeHeadingBlock] = e.headingBlock ? 1 : 0;
  x[SLOT.shapeFirstBlock] = e.firstBlock ? 1 : 0;
  x[SLOT.shapeQuestion] = (s.includes('?') || s.includes('？')) && QUESTION.test(s) ? 1 : 0;
  x[SLOT.shapeQuoteOpen] = QUOTE_OPEN.test(s) ? 1 : 0;
  x[SLOT.shapeListItem] = LIST_ITEM.test(s) ? 1 : 0;
  x[SLOT.shapeShort] = length < 8 ? 1 : 0;
  x[SLOT.shapeLong] = length > 45 ? 1 : 0;
  x[SLOT.shapeNoTerminal] = endsWithTerminal(s) ? 0 : 1;
  const digits = counts.numbers;
  const letters = counts.letters;
  x[SLOT.shapeDigitsHeavy] = digits > letters ? 1 : 0;
  x[SLOT.shapeNonEnglish] = e.english ? 0 : 1;
  x[SLOT.shapeUnspacedScript] = unspaced > words ? 1 : 0;
  x[SLOT.contextOtherMarket] = mentionsOtherMarket(s) ? 1 : 0;
  x[SLOT.contextAnaphoric] = ANAPHORIC.test(s) ? 1 : 0;
  x[SLOT.contextTopicScore] = e.topicScore;
  const c = e.families.counts;
  const field = e.classification !== null || fieldFamily;
  const figure = amount || c.quantity > 0;
  const change = c.rise > 0 || c.fall > 0;
  const subject = material || sectorOrg || org || state || c.company > 0;
  x[SLOT.clauseSupplyQuantity] = (c['supply-expansion'] > 0 || c['supply-disruption'] > 0) && (quantity || c.quantity > 0) ? 1 : 0;
  x[SLOT.clausePriceFigure] = c.pricing > 0 && (price || money || percent) ? 1 : 0;
  x[SLOT.clauseChangeFigure] = change && figure ? 1 : 0;
  x[SLOT.clauseSubjectField] = subject && field ? 1 : 0;
  x[SLOT.clauseSubjectChange] = subject && change ? 1 : 0;
  x[SLOT.clauseFieldFigure] = field && figure ? 1 : 0;
  x[SLOT.clausePolicyState] = (c['trade-policy'] > 0 || c['export-control'] > 0) && state ? 1 : 0;
  x[SLOT.clauseDealMoney] = c['investment-deal'] > 0 && money ? 1 : 0;
  x[SLOT.clauseSpeechCourtesy] = c.speech > 0 && c.courtesy > 0 ? 1 : 0;
  x[SLOT.clauseBackgroundOnly] = c.background > 0 && !figure && !change ? 1 : 0;
  x[SLOT.clauseFieldKinds2] = kinds >= 2 ? 1 : 0;
  return x;
}

/**
 * A zeroed row of BASE_FEATURES.length, a view into a shared block: the rows of an article's
 * records live as long as the records do, and a row of its own on the heap (616 bytes) is copied
 * by every young-generation collection it survives; a view is some 80 bytes.
 */
const ROWS_PER_BLOCK = 256;
let rowBlock = new ArrayBuffer(0);
let rowOffset = 0;
function featureRow(): Float64Array {
  const bytes = BASE_FEATURES.length * Float64Array.BYTES_PER_ELEMENT;
  if (rowOffset + bytes > rowBlock.byteLength) {
    rowBlock = new ArrayBuffer(bytes * ROWS_PER_BLOCK);
    rowOffset = 0;
  }
  const row = new Float64Array(rowBlock, rowOffset, BASE_FEATURES.length);
  rowOffset += bytes;
  return row;
}

/**
 * TERMINAL (/[.!?。！？…:;"”’»)\]]\s*$/u) read from the end: the last character that is not a
 * space is a terminal one. The expression is tried from every position of the sentence.
 */
function endsWithTerminal(s: string): boolean {
  let i = s.length - 1;
  while (i >= 0 && (((FLAGS[s.charCodeAt(i)] as number) || learnFlags(s.charCodeAt(i))) & IS_SPACE) !== 0) i--;
  return i >= 0 && TERMINAL_CHARS.includes(s.charAt(i));
}

/** Held locally: an imported binding read in a loop costs a getter call per read under tsx. */
const FLAGS = BMP_FLAGS;
const IS_SPACE = SPACE;

/**
 * The context features of a sentence from its neighbours' base probabilities. A missing neighbour
 * (the first or last sentence, a one-sentence item) says nothing either way: it takes the sentence's
 * own probability, so a lone statement is judged on itself.
 */
export function contextFeatures(own: number, previous: number | null, next: number | null, anaphoric: boolean, blockMean: number, into?: Float64Array): Float64Array {
  // Filled in place: Float64Array.from over an array literal goes through the iterator.
  const y = into ?? new Float64Array(4);
  y[0] = previous ?? own;
  y[1] = next ?? own;
  y[2] = anaphoric ? (previous ?? 0) : 0;
  y[3] = blockMean;
  return y;
}

export type FigureKind = 'price' | 'money' | 'percent' | 'quantity' | 'date' | 'year' | 'other';

/** A figure's kind from its unit, as extract-figures.ts writes it. */
export function figureKind(figure: Figure): FigureKind {
  const unit = figure.unit ?? '';
  let kind = KIND_OF_UNIT.get(unit);
  if (kind === undefined) {
    kind = kindOfUnit(unit);
    if (KIND_OF_UNIT.size < MAX_UNITS_KEPT) KIND_OF_UNIT.set(unit, kind);
  }
  return kind;
}

/**
 * Each unit's kind, worked out once: extract-figures.ts writes a few dozen units ("USD/kg", "%",
 * "tpa"), and the money expression below ran for every figure of every sentence.
 */
const KIND_OF_UNIT = new Map<string, FigureKind>();
const MAX_UNITS_KEPT = 512;

function kindOfUnit(unit: string): FigureKind {
  if (unit.includes('/')) return 'price';
  if (/^(?:USD|AUD|CAD|HKD|EUR|GBP|JPY|CNY|\$|€|£|¥|A\$|C\$|US\$|HK\$|RMB|dollars?|yuan|euros?|yen)/iu.test(unit)) return 'money';
  if (unit === '%') return 'percent';
  if (unit === 'date' || unit === 'quarter') return 'date';
  if (unit === 'year') return 'year';
  if (unit) return 'quantity';
  return 'other';
}

/** The category whose cue or family evidence is strongest, for the reason shown to the reader. */
export function strongestEvidence(e: SentenceEvidence, category: Category): string | null {
  // The first of the category's hits with the highest score (what a stable sort by score puts first).
  let hit: CueHit | undefined;
  for (const h of e.classification?.hits ?? []) if (h.cue.category === category && (hit === undefined || h.score > hit.score)) hit = h;
  if (hit) return hit.text;
  return e.families.first[category] ?? null;
}

/**
 * The words of a sentence as hashed buckets (FNV-1a, LEXICAL_BUCKETS): lower-cased words of two
 * letters or more cut to their first six letters (a crude stem that serves every spaced language),
 * numbers as one token, and for Chinese, Japanese and Korean each pair of adjacent characters.
 * Each bucket once per sentence.
 */
export const LEXICAL_BUCKETS = 4096;

export function lexicalFeatures(sentence: string): Int32Array {
  // One pass over the characters, hashed in place (lexical-buckets.ts): the same buckets as
  // [\p{L}\p{M}]{2,}|\p{N}+(?:[.,]\p{N}+)* words and unspaced-script pairs matched and hashed one by one.
  return lexicalBuckets(sentence, LEXICAL_BUCKETS);
}

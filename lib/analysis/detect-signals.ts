import { CATEGORIES, type Category, type Direction, type Figure, type Signal, type Topic } from '../analysis-result';
import type { ArticleText, BlockKind } from './article-text';
import { categoryContext, type CategoryVote } from './category-context';
import { BMP_FLAGS, learnFlags, SPACE } from './char-class';
import { classifySentence, type Classification } from './classify-sentence';
import { CONCENTRATION_CLAIMS_BEYOND_ENGLISH, OTHER_MARKETS_BEYOND_ENGLISH, PROJECT_STAGES_BEYOND_ENGLISH } from './cue-families';
import { extractFigures } from './extract-figures';
import { findEntityMentions, firstMaterials, summarizeEntities, type EntityMention } from './find-entities';
import { isEnglishSentence } from './english';
import { BASE_INDEX, baseFeatures, CONTEXT_FEATURES, contextFeatures, mentionsOtherMarket, findFamilies, lexicalFeatures, type FamilyHits, type SentenceEvidence } from './signal-features';
import { baseProbability, confidenceOf, contextProbability, modelCategory, SIGNAL_MODEL } from './signal-model';
import { ACTOR_PATTERNS, CATEGORY_DIRECTIONS, EQUITY_MOVE, FOLLOW_UP, AGREEMENT_CUE, ANAPHORIC_OPENINGS, ATTRIBUTION_TAIL, FIELD_SUBJECT_OPENINGS, COMPANY_NAME, COMPANY_WORDS, FRAMING_OPENING, IMPLICIT_SUBJECT_MIN_STRENGTH, IMPLICIT_SUBJECT_MIN_WEIGHT, SECTOR_NOUNS } from './lexicon';
import { isHeadingLikeBlock, isNonClaimBlock, nonClaimReason } from './non-claim';
import { keepWords, scanWords, wordsOfPart, type KeptWords } from './phrase-matcher';
import { RECORD_LITERALS } from './record-literals';
import { repairWithOffsets } from './repair-mojibake';
import { ANY_BEFORE, hasCaseFoldOutliers, IndexedPattern, lowerCase, NO_WORD_CHAR_BEFORE, primeCaseFold } from './required-literals';
import { segmentSentences } from './segment-sentences';
import { signalReason } from './signal-reason';
import { bodyText, scoreTopic } from './topic';
import { WordPattern } from './word-pattern';

/**
 * Signal statements: body sentences with a cue of the taxonomy that are about rare earths or
 * critical minerals, either by naming a material or sector term, or (on a rare-earth page) through
 * their subject: a company, a ministry, "Beijing", "the company", the trade's goods ("magnets",
 * "the ore") or the previous sentence's subject; with no subject at all, only a phrase of the field
 * ties a sentence to the article's subject. A sentence about another market (crude, soybeans,
 * chips) is not tied by the page's topic. That is the rules' reading of an English sentence
 * (english.ts); beyond English the word families read it (familyRule), a follow-up carries the
 * measure of the sentence before, and the signal model (signal-model.ts) weighs every reading
 * with the sentence's figures, shape and neighbours to decide. A short unpunctuated paragraph is
 * a standfirst or subheading, not prose.
 *
 * Matching runs on the repaired text; `text`, `prefix` and `suffix` are cut from the block text as
 * given, damage included, so the extension can re-find them in the live page by exact search.
 */

export interface DetectOptions {
  /** Signals below this confidence are dropped (default 0.5). */
  minConfidence?: number;
  /** The article's topic when the caller has it already; computed otherwise. */
  topic?: Topic;
}

export const DEFAULT_MIN_CONFIDENCE = 0.5;
/** Characters of context kept on each side of a signal for re-anchoring. */
export const CONTEXT_LENGTH = 32;
const SIGNAL_BLOCKS: ReadonlySet<BlockKind> = new Set(['paragraph', 'lead', 'list-item', 'table-cell', 'quote']);

/** How much the way a sentence is tied to the sector is worth. */
const RELEVANCE_FACTOR = {
  material: 1,
  /** Lithium, cobalt, nickel: related minerals, a weaker tie to the rare-earth story. */
  batteryMaterial: 0.85,
  organization: 0.95,
  actor: 0.85,
  /** "magnets", "the ore", "feedstock" on a rare-earth page. */
  sectorNoun: 0.85,
  /** "It", "The move": the subject of the previous sentence. */
  carried: 0.8,
  /** No subject named: the article's own (strong cues only, IMPLICIT_SUBJECT_MIN_STRENGTH). */
  implicit: 0.7,
} as const;

/**
 * The expressions read on every sentence are tried only where one of their words starts
 * (required-literals.ts, IndexedPattern: the same leftmost match as the plain expression), not
 * scanned over it: on the 1 MB article the actor, other-market, sector-noun and equity scans took
 * some 60 ms a run (timed per call).
 */
const ACTOR_EXPRESSION = new IndexedPattern(String.raw`(?<![\p{L}\p{N}])(?:${ACTOR_PATTERNS.join('|')})(?![\p{L}\p{N}])`, NO_WORD_CHAR_BEFORE, false, RECORD_LITERALS);
const ANAPHORIC = new RegExp(ANAPHORIC_OPENINGS, 'iu');
const FIELD_SUBJECT = new RegExp(FIELD_SUBJECT_OPENINGS, 'iu');
const SECTOR_NOUN = new IndexedPattern(String.raw`(?<![\p{L}\p{N}])(?:${SECTOR_NOUNS})(?![\p{L}\p{N}])`, NO_WORD_CHAR_BEFORE, true, RECORD_LITERALS);
const AGREEMENT = new RegExp(String.raw`(?<![\p{L}\p{N}])(?:${AGREEMENT_CUE})(?![\p{L}\p{N}])`, 'iu');
const COMPANY_WORD = new RegExp(String.raw`(?<![\p{L}\p{N}])(?:${COMPANY_WORDS})(?![\p{L}\p{N}])`, 'iu');
const COMPANY_NAMED = new RegExp(COMPANY_NAME, 'u');
const ATTRIBUTION = new IndexedPattern(ATTRIBUTION_TAIL, ANY_BEFORE, false, RECORD_LITERALS);
const FRAMING = new RegExp(FRAMING_OPENING, 'iu');
const FOLLOW_UP_EXPRESSION = new RegExp(String.raw`(?<![\p{L}\p{N}])(?:${FOLLOW_UP})(?![\p{L}\p{N}])`, 'iu');
const FOLLOW_UP_STRENGTH = 0.75;
const QUESTION = /[?？]\s*["”’»]?\s*$/u;
/** QUESTION, run only on a sentence that has a question mark. */
function isQuestion(sentence: string): boolean {
  return (sentence.includes('?') || sentence.includes('？')) && QUESTION.test(sentence);
}
const EQUITY = new IndexedPattern(String.raw`(?<![\p{L}\p{N}])${EQUITY_MOVE}(?![\p{L}\p{N}])`, NO_WORD_CHAR_BEFORE, true, RECORD_LITERALS);

interface Relevance {
  factor: number;
  about: string;
  actor: string | null;
}

/**
 * One body sentence with all the evidence the decision reads: offsets in its block (as given,
 * damage included), the cue patterns' verdict and relevance (the rule reading), the word families,
 * figures and entities, and the model's features and base probability.
 */
export interface SentenceRecord {
  blockIndex: number;
  /** Offsets in the block's text as given. */
  start: number;
  end: number;
  /** The repaired sentence the evidence was read from. */
  sentence: string;
  evidence: SentenceEvidence;
  verdict: Classification | null;
  relevance: Relevance | null;
  /** Boilerplate, disclaimers and remarks about the article itself: never a signal. */
  excluded: boolean;
  /** The rules take it as a signal (their confidence ≥ RULE_MIN_CONFIDENCE). */
  rule: boolean;
  features: Float64Array;
  /** Hashed word buckets (signal-features.ts, lexicalFeatures). */
  words: Int32Array;
  base: number;
}

/** The body sentences of an article in reading order, with their evidence and base probability. */
export function sentenceRecords(article: ArticleText, topic: Topic): SentenceRecord[] {
  const lang = article.meta.lang ?? undefined;
  const records: SentenceRecord[] = [];
  let firstBlock = true;
  // The body's words as the topic pass read them (scoreTopic: the blocks joined by line breaks, when
  // no repair changed them), cut into each sentence's (wordsOfPart) instead of a scan per sentence.
  const kept = keepWords(bodyText(article));
  // Whether the previous sentence was about the sector, for "It…", "The move…", "Output…"; and
  // whether it named a subject (a material, a company, a state): beyond English, "Its shipments
  // stopped" and "the Asian nation…" carry it on. Both run on from paragraph to paragraph (news
  // writes a paragraph a sentence: a follow-up is often a paragraph of its own) and stop at a
  // heading, a subheading or a block that is not prose.
  let previousRelevant = false;
  let previousSubject = false;
  const read = readSentences(article, lang);
  readWords(article, read, kept);
  const { english: englishOf, classified: classifiedOf, lowerLength, outliers, mentions: mentionsOf, families: familiesOf } = read;
  article.blocks.forEach((block, blockIndex) => {
    const sentences = read.blocks[blockIndex];
    const headingBlock = sentences !== undefined && isHeadingLikeBlock(block);
    if (sentences === undefined || headingBlock) {
      previousRelevant = false;
      previousSubject = false;
    }
    if (sentences === undefined) return;
    const repaired = sentences.repaired;
    const first = sentences.first;
    sentences.spans.forEach((span, at) => {
      const sentence = span.text;
      const k = first + at;
      primeCaseFold(sentence, lowerLength[k] as number, outliers[k] as boolean);
      const mentions = mentionsOf[k] as EntityMention[];
      const english = englishOf[k] as boolean;
      const classified = classifiedOf[k] ?? null;
      const verdict = classified && betweenStates(sentence, classified, mentions) ? { ...classified, category: 'trade-policy' as const, direction: null } : classified;
      let relevance = relevanceOf(sentence, mentions, topic.isRareEarth, previousRelevant, verdict);
      previousRelevant = relevance !== null;
      // A follow-up puts the previous sentence's measure into practice ("The rules take effect on
      // 1 December."): it carries that sentence's signal and category.
      const previous = records[records.length - 1];
      let carried = verdict;
      if (!(relevance && verdict) && english && previous?.rule && previous.verdict && ANAPHORIC.test(sentence)) {
        const cue = FOLLOW_UP_EXPRESSION.exec(sentence)?.[0];
        if (cue) {
          carried = { ...previous.verdict, strength: FOLLOW_UP_STRENGTH, weight: FOLLOW_UP_STRENGTH, cue, hits: [] };
          relevance = { factor: RELEVANCE_FACTOR.carried, about: "the previous sentence's subject", actor: null };
        }
      }
      const nonClaim = nonClaimReason(sentence);
      const figures = extractFigures(sentence);
      const families = familiesOf[k] as FamilyHits;
      const evidence: SentenceEvidence = {
        sentence,
        classification: carried,
        mentions,
        figures,
        families,
        nonClaim,
        english,
        headingBlock,
        firstBlock,
        topicScore: topic.score,
        ruleFactor: nonClaim ? 0 : relevance && carried ? ruleConfidence(sentence, carried, relevance) : english ? 0 : familyRule(sentence, mentions, families, figures, topic.isRareEarth, previousSubject),
      };
      previousSubject = mentions.length > 0 || families.counts.company > 0;
      const features = baseFeatures(evidence);
      const words = lexicalFeatures(sentence);
      records.push({
        blockIndex,
        start: repaired.toOriginal(span.start),
        end: repaired.toOriginalEnd(span.end),
        sentence,
        evidence,
        verdict: carried,
        relevance,
        // A short unpunctuated paragraph is a standfirst or subheading, never a signal.
        excluded: headingBlock || nonClaim === 'boilerplate' || nonClaim === 'disclaimer' || nonClaim === 'meta',
        // Questions (sub-headings asked of the reader) and equity moves are not read by the rules.
        rule: evidence.ruleFactor >= RULE_MIN_CONFIDENCE && !isQuestion(sentence) && !EQUITY.test(sentence),
        features,
        words,
        base: baseProbability(features, words),
      });
    });
    firstBlock = false;
  });
  return records;
}

/** A signal block's repaired text and sentences; `first`: the number of its first sentence in ReadArticle's lists. */
interface ReadBlock {
  repaired: ReturnType<typeof repairWithOffsets>;
  spans: ReturnType<typeof segmentSentences>;
  first: number;
}

/**
 * The signal blocks (per block index; undefined for a block that holds no signal) and what the
 * passes read of each of their sentences, in lists over the whole article in reading order rather
 * than lists per block: six lists a block, grown by push from empty, were 3.5 MB of the 1 MB
 * article's 62 MB allocation (sampled), kept alive until the records were made.
 */
interface ReadArticle {
  blocks: (ReadBlock | undefined)[];
  english: boolean[];
  classified: (Classification | null)[];
  /** Each sentence's length lower-cased, and whether it has case-fold outliers, as the cue pass read it (primeCaseFold). */
  lowerLength: number[];
  outliers: boolean[];
  /** Filled by readWords. */
  mentions: EntityMention[][];
  families: FamilyHits[];
}

/**
 * The cue patterns read every sentence of the article first, in one pass, and the other stages
 * then read each sentence in turn: the cue stage's expressions and literal tables stay in the
 * caches from one sentence to the next instead of being evicted by the other stages' work between
 * two sentences. Each stage reads the sentence alone (its caches are keyed by the text), so the
 * verdicts are the same.
 */
function readSentences(article: ArticleText, lang: string | undefined): ReadArticle {
  const english: boolean[] = [];
  const classified: (Classification | null)[] = [];
  const lowerLength: number[] = [];
  const outliers: boolean[] = [];
  const blocks = article.blocks.map((block): ReadBlock | undefined => {
    if (!SIGNAL_BLOCKS.has(block.kind) || isNonClaimBlock(block.text)) return undefined;
    const repaired = repairWithOffsets(block.text);
    const spans = segmentSentences(repaired.text, lang);
    const first = english.length;
    for (const span of spans) {
      const isEnglish = isEnglishSentence(span.text);
      english.push(isEnglish);
      classified.push(isEnglish ? classifySentence(span.text) : null);
      // The cue pass's answers (kept by lowerCase and hasCaseFoldOutliers for the last text).
      const lowered = lowerCase(span.text);
      lowerLength.push(lowered.length);
      outliers.push(hasCaseFoldOutliers(span.text, lowered));
    }
    return { repaired, spans, first };
  });
  return { blocks, english, classified, lowerLength, outliers, mentions: [], families: [] };
}

/**
 * The entities and word families of every sentence, in a pass of their own for the same reason
 * (readSentences): the phrase matchers' tries stay in the caches. The body's words as the topic
 * pass read them (`kept`) are cut into each sentence's, as sentenceRecords did per sentence.
 */
function readWords(article: ArticleText, read: ReadArticle, kept: KeptWords | null): void {
  let blockStart = 0;
  article.blocks.forEach((block, blockIndex) => {
    const offset = blockStart;
    blockStart += block.text.length + 1;
    const sentences = read.blocks[blockIndex];
    if (sentences === undefined) return;
    const blockWords = kept !== null && sentences.repaired.text === block.text ? kept : null;
    for (const span of sentences.spans) {
      const sentence = span.text;
      const tokens = blockWords !== null ? wordsOfPart(blockWords, offset + span.start, offset + span.end, sentence) : scanWords(sentence);
      read.mentions.push(findEntityMentions(sentence, tokens));
      read.families.push(findFamilies(sentence, tokens));
    }
  });
}

/** Each record's probability of being a signal once its neighbours are taken into account. */
export function contextProbabilities(records: readonly SentenceRecord[]): number[] {
  // Sums and sizes per block index in arrays (block indexes are small and dense), added in record order.
  // Indexed loops: this runs once per article, mostly before V8 optimizes it, and a for…of there
  // made an iterator result per record and loop (1.3 MB of the 1 MB article's allocation, sampled).
  const n = records.length;
  let blocks = 0;
  for (let i = 0; i < n; i++) blocks = Math.max(blocks, (records[i] as SentenceRecord).blockIndex + 1);
  const blockMeans = new Float64Array(blocks);
  const blockSizes = new Int32Array(blocks);
  for (let i = 0; i < n; i++) {
    const r = records[i] as SentenceRecord;
    blockMeans[r.blockIndex] = (blockMeans[r.blockIndex] as number) + r.base;
  }
  for (let i = 0; i < n; i++) blockSizes[(records[i] as SentenceRecord).blockIndex]!++;
  return records.map((r, i) => {
    const previous = records[i - 1]?.base ?? null;
    const next = records[i + 1]?.base ?? null;
    const mean = (blockMeans[r.blockIndex] as number) / (blockSizes[r.blockIndex] as number);
    const anaphoric = (r.features[ANAPHORIC_SLOT] ?? 0) > 0;
    return contextProbability(r.features, r.words, contextFeatures(r.base, previous, next, anaphoric, mean, CONTEXT_ROW));
  });
}

const ANAPHORIC_SLOT = BASE_INDEX['context:anaphoric'] as number;
/** The context features of the record being weighed, filled in place: read at once, never kept (a typed array per record was 0.4 MB of the 1 MB article's allocation). */
const CONTEXT_ROW = new Float64Array(CONTEXT_FEATURES.length);

/** The signal statements of an article, in document order, each sentence once. */
export function detectSignals(article: ArticleText, options: DetectOptions = {}): Signal[] {
  const minConfidence = options.minConfidence ?? DEFAULT_MIN_CONFIDENCE;
  const topic = options.topic ?? scoreTopic(article);
  const records = sentenceRecords(article, topic);
  const probabilities = contextProbabilities(records);
  const votes = records.map(categoryVote);
  const seen = new Set<string>();
  const signals: Signal[] = [];
  records.forEach((record, i) => {
    if (record.excluded) return;
    // Off a rare-earth page only a sentence the rules tie to the sector by name can be a signal.
    if (!topic.isRareEarth && !(record.relevance && record.verdict)) return;
    const probability = probabilities[i] ?? 0;
    // Confidence maps the decision threshold that applies to this sentence to 0.5, the default
    // minConfidence: a reader who lowers the sensitivity sees the sentences just below it.
    const confidence = confidenceOf(probability, record.rule, record.evidence.english);
    // Below the confidence asked for, the sentence's text and key are not needed (most records).
    if (confidence < minConfidence) return;
    const blockText = article.blocks[record.blockIndex]?.text ?? '';
    const text = blockText.slice(record.start, record.end);
    const key = collapsedKey(text);
    if (seen.has(key) || key === '') return;
    seen.add(key);
    const carried = (records[i - 1]?.base ?? 0) >= SIGNAL_MODEL.threshold && probability >= SIGNAL_MODEL.threshold && record.base < SIGNAL_MODEL.threshold;
    const category = categoryOf(record, categoryContext(votes, i));
    signals.push({
      text,
      prefix: blockText.slice(Math.max(0, record.start - CONTEXT_LENGTH), record.start),
      suffix: blockText.slice(record.end, record.end + CONTEXT_LENGTH),
      category,
      direction: directionFor(record, category),
      confidence,
      entities: summarizeEntities(record.evidence.mentions),
      figures: [...record.evidence.figures],
      why: signalReason(record, category, carried),
    });
  });
  return signals;
}

/**
 * `text.replace(/\s+/g, ' ').trim()`: the text trimmed when its spaces are single spaces already
 * (the common case), which the expression would have rebuilt character by character.
 */
function collapsedKey(text: string): string {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x20 ? text.charCodeAt(i + 1) === 0x20 : ((FLAGS[c] || learnFlags(c)) & IS_SPACE) !== 0) return text.replace(/\s+/g, ' ').trim();
  }
  return text.trim();
}

/** Held locally: an imported binding read in a hot loop costs a getter call per character under tsx (16 ms a run here on the 1 MB article). */
const FLAGS = BMP_FLAGS;
const IS_SPACE = SPACE;

/** What a record tells its neighbours' category (category-context.ts): the rules' reading, if any. */
export function categoryVote(record: SentenceRecord): CategoryVote | null {
  return record.verdict && record.relevance && !record.excluded ? { category: record.verdict.category, strength: record.verdict.strength } : null;
}

/**
 * The rules' category where their deciding cue is strong enough (SIGNAL_MODEL.ruleCategoryStrength,
 * chosen out of fold), else the category model's, which reads the sentence and what the rules read
 * around it (`near`, category-context.ts).
 */
export function categoryOf(record: SentenceRecord, near: ArrayLike<number>): Category {
  if (record.verdict && record.relevance && record.verdict.strength >= SIGNAL_MODEL.ruleCategoryStrength) return record.verdict.category;
  if (!record.evidence.english) return familyCategory(record.sentence, record.evidence.families) ?? modelCategory(record.features, record.words, near);
  return modelCategory(record.features, record.words, near);
}

/**
 * Beyond English, one reading the English cue patterns make of a clause and the category model
 * misses with few foreign examples: volumes (output, exports) that fall are a supply disruption,
 * not the export regime or the output itself. Elsewhere the category model decides (measured on the
 * real news: choosing by the most frequent family lowered category agreement in six of eight
 * languages).
 */
function familyCategory(sentence: string, families: FamilyHits): Category | null {
  const c = families.counts;
  if (!(c.fall > 0 && c.rise === 0 && c.pricing === 0 && (c['supply-expansion'] > 0 || c['export-control'] > 0) && c['trade-policy'] === 0)) return null;
  // A fall the sentence blames on a control it names is the control's (labeling guide). Tested
  // after the counts: its long alternation, scanned over every signal beyond English, was 0.6% of
  // the engine's time on the real-news excerpts, for an answer that only matters after a fall.
  return CONTROL_WORD.test(sentence) ? null : 'supply-disruption';
}

/** Words of a control regime in the languages of cue-families.ts. */
const CONTROL_WORD = /control|licen[cs]|permit|restrict|ban\b|embargo|規制|管制|许可|許可|禁止|통제|규제|허가|kontroll|lizenz|genehmigung|verbot|contrôle|licence|interdi|control|licencia|restricci|prohibi|controle|licença|restrição|proibi|контрол|лиценз|ограничен|запрет/iu;

function directionFor(record: SentenceRecord, category: Category): Direction {
  if (record.verdict && record.verdict.category === category) return record.verdict.direction;
  const rule = CATEGORY_DIRECTIONS[category];
  const { counts } = record.evidence.families;
  if (counts.rise > counts.fall && rule.allowed.includes('rising')) return 'rising';
  if (counts.fall > counts.rise && rule.allowed.includes('falling')) return 'falling';
  return rule.fallback;
}

/** How the sentence is tied to rare earths and critical minerals, or null when it is not. */
function relevanceOf(
  sentence: string,
  mentions: readonly EntityMention[],
  onTopic: boolean,
  previousRelevant: boolean,
  verdict: Classification | null,
): Relevance | null {
  // The actor and the materials' names are worked out only on the paths that report them.
  let material = false;
  let onlyBattery = true;
  for (const m of mentions) {
    if (m.type !== 'material') continue;
    material = true;
    if (m.entry.kind !== 'battery-mineral') onlyBattery = false;
  }
  if (material) {
    return {
      factor: onlyBattery ? RELEVANCE_FACTOR.batteryMaterial : RELEVANCE_FACTOR.material,
      about: firstMaterials(mentions),
      actor: actorOf(sentence, mentions),
    };
  }
  const sectorOrg = mentions.find((m) => m.type === 'organization' && m.entry.focus !== 'general');
  if (sectorOrg) return { factor: RELEVANCE_FACTOR.organization, about: sectorOrg.entry.name, actor: actorOf(sentence, mentions) };
  // Beyond a named material or sector body, the tie is the page's topic, unless another market is named.
  if (!onTopic || mentionsOtherMarket(withoutAttribution(sentence))) return null;
  const actor = actorOf(sentence, mentions);
  if (actor) return { factor: RELEVANCE_FACTOR.actor, about: "the article's subject", actor };
  const noun = SECTOR_NOUN.exec(sentence)?.[0];
  if (noun) return { factor: RELEVANCE_FACTOR.sectorNoun, about: noun.toLowerCase(), actor: null };
  if (previousRelevant && (ANAPHORIC.test(sentence) || FIELD_SUBJECT.test(sentence))) {
    return { factor: RELEVANCE_FACTOR.carried, about: "the previous sentence's subject", actor: null };
  }
  if (verdict && verdict.strength >= IMPLICIT_SUBJECT_MIN_STRENGTH && verdict.weight >= IMPLICIT_SUBJECT_MIN_WEIGHT) {
    return { factor: RELEVANCE_FACTOR.implicit, about: "the article's subject", actor: null };
  }
  return null;
}

/** The sentence without its attribution tail (", officials said on Monday"): `sentence.replace(ATTRIBUTION, '')`. */
function withoutAttribution(sentence: string): string {
  const m = ATTRIBUTION.exec(sentence);
  return m ? sentence.slice(0, m.index) + sentence.slice(m.index + m[0].length) : sentence;
}

/**
 * An agreement whose parties are states ("China and Russia signed a rare earth cooperation
 * agreement"): two states or state bodies are named, and no company, by name or by a word of
 * commerce ("trading house", "developer", "Ltd"). Between states an agreement is trade policy.
 */
const MIN_STATE_PARTIES = 2;

function betweenStates(sentence: string, verdict: Classification, mentions: readonly EntityMention[]): boolean {
  if (verdict.category !== 'investment-deal') return false;
  // The parties first: the expressions below run only for a sentence that names two states.
  const states = new Set<string>();
  for (const m of mentions) {
    if (m.type === 'organization' && m.entry.kind !== 'state-body') return false;
    if (m.type === 'organization' || (m.type === 'place' && (m.entry.kind === 'country' || m.entry.kind === 'bloc'))) states.add(m.entry.name);
  }
  return states.size >= MIN_STATE_PARTIES && AGREEMENT.test(verdict.cue) && !COMPANY_WORD.test(sentence) && !COMPANY_NAMED.test(sentence);
}

/**
 * Who acts: a named organization, else a state (country, bloc, capital), else "the company" and
 * kin. Names in a framing opening ("For the U.S. and Europe, …") are the audience, so they count
 * only when nothing else is named.
 */
function actorOf(sentence: string, mentions: readonly EntityMention[]): string | null {
  // FRAMING ends with a comma: no comma, no framing opening.
  const framingEnd = sentence.includes(',') ? (FRAMING.exec(sentence)?.[0].length ?? 0) : 0;
  // Without a framing opening every mention is in the body: no filtered copy.
  const inBody = framingEnd === 0 ? mentions : mentions.filter((m) => m.start >= framingEnd);
  return actorAmong(inBody) ?? ACTOR_EXPRESSION.exec(sentence.slice(framingEnd))?.[0].toLowerCase() ?? actorAmong(mentions);
}

function actorAmong(mentions: readonly EntityMention[]): string | null {
  for (const m of mentions) if (m.type === 'organization') return m.entry.name;
  for (const m of mentions) if (m.type === 'place' && (m.entry.kind === 'country' || m.entry.kind === 'bloc')) return m.entry.name;
  return null;
}

/**
 * The rules' own confidence, as they computed it alone: the cue's strength times the tie to the
 * sector, a little more with a figure, less for a question.
 */
const RULE_MIN_CONFIDENCE = 0.5;
function ruleConfidence(sentence: string, verdict: Classification, relevance: Relevance): number {
  let confidence = verdict.strength * relevance.factor;
  if (/\d/.test(sentence)) confidence += 0.03;
  if (sentence.trimEnd().endsWith('?')) confidence -= 0.1;
  return Math.min(1, Math.max(0, confidence));
}

/**
 * Beyond English the cue patterns do not read the clause, so the rule is the families': on a
 * rare-earth page, a sentence that names a material, a company or a state, uses the words of one
 * category of the field, and says how much or which way (a figure, a word of rise or fall, a word
 * of plan or control, a halt or shortage, a project's stage) reads as that signal, with a middling
 * confidence the model can overrule. A stage (PROJECT_STAGES_BEYOND_ENGLISH: construction begun, a
 * licence granted) says where a project stands without a figure (dev recall 0.789 → 0.792, no new
 * false positive, before retraining); a claim of concentration (CONCENTRATION_CLAIMS_BEYOND_ENGLISH:
 * dominance, dependence, the largest producer) says how the market stands. A number counts as a
 * figure: extract-figures reads English units, and in Chinese and Japanese a number is written
 * against the characters ("增长12%", "4.6万吨").
 */
const FAMILY_RULE_CONFIDENCE = 0.6;
/** A number that is not a date or an ordinal in Chinese, Japanese or Korean ("8月16日", "第十五届", "2030년"). */
const MEASURE_NUMBER = /(?<![第\p{Nd}.,])\p{Nd}+(?:[.,]\p{Nd}+)*(?!\p{Nd}|\s?[年月日号届일월년])/u;
function familyRule(sentence: string, mentions: readonly EntityMention[], families: FamilyHits, figures: readonly Figure[], onTopic: boolean, previousSubject: boolean): number {
  if (!onTopic) return 0;
  const c = families.counts;
  const subject = mentions.length > 0 || c.company > 0 || previousSubject;
  // What the elements are and what they serve ("elements found in motors and phones") is background, unless something moves.
  const background = c.background > 0 && c.rise === 0 && c.fall === 0 && c['export-control'] === 0;
  // The cheap conditions first: the expressions of `says` run only for a sentence that meets them.
  if (!subject || background || c.furniture !== 0 || !CATEGORIES.some((category) => c[category] > 0)) return 0;
  const says =
    figures.length > 0 || MEASURE_NUMBER.test(sentence) || c.rise > 0 || c.fall > 0 || c.quantity > 0 || c['export-control'] > 0 || c['trade-policy'] > 0 || c['investment-deal'] > 0 || c['supply-disruption'] > 0 ||
    (c['supply-expansion'] > 0 && PROJECT_STAGE.test(sentence)) ||
    (c['market-concentration'] > 0 && CONCENTRATION_CLAIM.test(sentence));
  if (!says) return 0;
  // The same words about oil, grain or chips are about that market (as relevanceOf reads English).
  return aboutOtherMarket(sentence, mentions) ? 0 : FAMILY_RULE_CONFIDENCE;
}

/** Words of another market (cue-families.ts), as stems or words, substrings in Chinese, Japanese and Korean. */
const OTHER_MARKET_BEYOND_ENGLISH = new WordPattern(OTHER_MARKETS_BEYOND_ENGLISH);
const PROJECT_STAGE = new WordPattern(PROJECT_STAGES_BEYOND_ENGLISH);
const CONCENTRATION_CLAIM = new WordPattern(CONCENTRATION_CLAIMS_BEYOND_ENGLISH);

/** A sentence that names another market and no material or sector body of the field. */
function aboutOtherMarket(sentence: string, mentions: readonly EntityMention[]): boolean {
  if (mentions.some((m) => m.type === 'material' || (m.type === 'organization' && m.entry.focus !== 'general'))) return false;
  return OTHER_MARKET_BEYOND_ENGLISH.test(sentence);
}

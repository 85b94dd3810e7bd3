import type { Signal, Topic } from '../analysis-result';
import type { ArticleText, BlockKind } from './article-text';
import { classifySentence, type Classification } from './classify-sentence';
import { extractFigures } from './extract-figures';
import { findEntityMentions, summarizeEntities, type EntityMention } from './find-entities';
import { isEnglishSentence } from './english';
import { ACTOR_PATTERNS, AGREEMENT_CUE, ANAPHORIC_OPENINGS, ATTRIBUTION_TAIL, COMPANY_NAME, COMPANY_WORDS, FRAMING_OPENING, IMPLICIT_SUBJECT_MIN_STRENGTH, IMPLICIT_SUBJECT_MIN_WEIGHT, OTHER_MARKET_SUBJECTS, SECTOR_NOUNS } from './lexicon';
import { isHeadingLikeBlock, isNonClaimBlock, nonClaimReason } from './non-claim';
import { repairWithOffsets } from './repair-mojibake';
import { segmentSentences } from './segment-sentences';
import { scoreTopic } from './topic';

/**
 * Signal statements: body sentences with a cue of the taxonomy that are about rare earths or
 * critical minerals, either by naming a material or sector term, or (on a rare-earth page) through
 * their subject: a company, a ministry, "Beijing", "the company", the trade's goods ("magnets",
 * "the ore") or the previous sentence's subject; with no subject at all, only a phrase of the field
 * ties a sentence to the article's subject. A sentence about another market (crude, soybeans,
 * chips) is not tied by the page's topic. Signals are English-first (english.ts); a short
 * unpunctuated paragraph is a standfirst or subheading, not prose.
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
const SIGNAL_BLOCKS: ReadonlySet<BlockKind> = new Set(['paragraph', 'list-item', 'table-cell', 'quote']);

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
const FIGURE_BONUS = 0.03;
const QUESTION_PENALTY = 0.1;
const MAX_CUE_LENGTH = 60;

const ACTOR_EXPRESSION = new RegExp(String.raw`(?<![\p{L}\p{N}])(?:${ACTOR_PATTERNS.join('|')})(?![\p{L}\p{N}])`, 'iu');
const ANAPHORIC = new RegExp(ANAPHORIC_OPENINGS, 'iu');
const SECTOR_NOUN = new RegExp(String.raw`(?<![\p{L}\p{N}])(?:${SECTOR_NOUNS})(?![\p{L}\p{N}])`, 'iu');
const AGREEMENT = new RegExp(String.raw`(?<![\p{L}\p{N}])(?:${AGREEMENT_CUE})(?![\p{L}\p{N}])`, 'iu');
const COMPANY_WORD = new RegExp(String.raw`(?<![\p{L}\p{N}])(?:${COMPANY_WORDS})(?![\p{L}\p{N}])`, 'iu');
const COMPANY_NAMED = new RegExp(COMPANY_NAME, 'u');
const ATTRIBUTION = new RegExp(ATTRIBUTION_TAIL, 'iu');
const OTHER_MARKET = new RegExp(String.raw`(?<![\p{L}\p{N}])(?:${OTHER_MARKET_SUBJECTS})(?![\p{L}\p{N}])`, 'iu');
const FRAMING = new RegExp(FRAMING_OPENING, 'iu');

interface Relevance {
  factor: number;
  about: string;
  actor: string | null;
}

/** The signal statements of an article, in document order, each sentence once. */
export function detectSignals(article: ArticleText, options: DetectOptions = {}): Signal[] {
  const minConfidence = options.minConfidence ?? DEFAULT_MIN_CONFIDENCE;
  const onTopic = (options.topic ?? scoreTopic(article)).isRareEarth;
  const lang = article.meta.lang ?? undefined;
  const seen = new Set<string>();
  const signals: Signal[] = [];
  for (const block of article.blocks) {
    if (!SIGNAL_BLOCKS.has(block.kind) || isNonClaimBlock(block.text) || isHeadingLikeBlock(block)) continue;
    for (const signal of detectInBlock(block.text, lang, onTopic)) {
      const key = signal.text.replace(/\s+/g, ' ').trim();
      if (signal.confidence < minConfidence || seen.has(key)) continue;
      seen.add(key);
      signals.push(signal);
    }
  }
  return signals;
}

function detectInBlock(blockText: string, lang: string | undefined, onTopic: boolean): Signal[] {
  const repaired = repairWithOffsets(blockText);
  const signals: Signal[] = [];
  // Whether the previous sentence of this block was about the sector, for "It…", "The move…".
  let previousRelevant = false;
  for (const sentence of segmentSentences(repaired.text, lang)) {
    const mentions = findEntityMentions(sentence.text);
    const classified = isEnglishSentence(sentence.text) ? classifySentence(sentence.text) : null;
    const verdict = classified && betweenStates(sentence.text, classified, mentions) ? { ...classified, category: 'trade-policy' as const, direction: null } : classified;
    const relevance = relevanceOf(sentence.text, mentions, onTopic, previousRelevant, verdict);
    previousRelevant = relevance !== null;
    if (!relevance || !verdict || nonClaimReason(sentence.text)) continue;
    const start = repaired.toOriginal(sentence.start);
    const end = repaired.toOriginalEnd(sentence.end);
    const figures = extractFigures(sentence.text);
    signals.push({
      text: blockText.slice(start, end),
      prefix: blockText.slice(Math.max(0, start - CONTEXT_LENGTH), start),
      suffix: blockText.slice(end, end + CONTEXT_LENGTH),
      category: verdict.category,
      direction: verdict.direction,
      confidence: confidenceOf(sentence.text, verdict, relevance, figures.length > 0),
      entities: summarizeEntities(mentions),
      figures,
      why: explain(verdict, relevance),
    });
  }
  return signals;
}

/** How the sentence is tied to rare earths and critical minerals, or null when it is not. */
function relevanceOf(
  sentence: string,
  mentions: readonly EntityMention[],
  onTopic: boolean,
  previousRelevant: boolean,
  verdict: Classification | null,
): Relevance | null {
  const entities = summarizeEntities(mentions);
  const actor = actorOf(sentence, mentions);
  const materials = mentions.filter((m) => m.type === 'material');
  if (materials.length > 0) {
    const onlyBattery = materials.every((m) => m.type === 'material' && m.entry.kind === 'battery-mineral');
    return {
      factor: onlyBattery ? RELEVANCE_FACTOR.batteryMaterial : RELEVANCE_FACTOR.material,
      about: entities.materials.slice(0, 2).join(' and '),
      actor,
    };
  }
  const sectorOrg = mentions.find((m) => m.type === 'organization' && m.entry.focus !== 'general');
  if (sectorOrg) return { factor: RELEVANCE_FACTOR.organization, about: sectorOrg.entry.name, actor };
  // Beyond a named material or sector body, the tie is the page's topic, unless another market is named.
  if (!onTopic || OTHER_MARKET.test(sentence.replace(ATTRIBUTION, ''))) return null;
  if (actor) return { factor: RELEVANCE_FACTOR.actor, about: "the article's subject", actor };
  const noun = SECTOR_NOUN.exec(sentence)?.[0];
  if (noun) return { factor: RELEVANCE_FACTOR.sectorNoun, about: noun.toLowerCase(), actor: null };
  if (previousRelevant && ANAPHORIC.test(sentence)) {
    return { factor: RELEVANCE_FACTOR.carried, about: "the previous sentence's subject", actor: null };
  }
  if (verdict && verdict.strength >= IMPLICIT_SUBJECT_MIN_STRENGTH && verdict.weight >= IMPLICIT_SUBJECT_MIN_WEIGHT) {
    return { factor: RELEVANCE_FACTOR.implicit, about: "the article's subject", actor: null };
  }
  return null;
}

/**
 * An agreement whose parties are states ("China and Russia signed a rare earth cooperation
 * agreement"): two states or state bodies are named, and no company, by name or by a word of
 * commerce ("trading house", "developer", "Ltd"). Between states an agreement is trade policy.
 */
const MIN_STATE_PARTIES = 2;

function betweenStates(sentence: string, verdict: Classification, mentions: readonly EntityMention[]): boolean {
  if (verdict.category !== 'investment-deal' || !AGREEMENT.test(verdict.cue) || COMPANY_WORD.test(sentence) || COMPANY_NAMED.test(sentence)) return false;
  const states = new Set<string>();
  for (const m of mentions) {
    if (m.type === 'organization' && m.entry.kind !== 'state-body') return false;
    if (m.type === 'organization' || (m.type === 'place' && (m.entry.kind === 'country' || m.entry.kind === 'bloc'))) states.add(m.entry.name);
  }
  return states.size >= MIN_STATE_PARTIES;
}

/**
 * Who acts: a named organization, else a state (country, bloc, capital), else "the company" and
 * kin. Names in a framing opening ("For the U.S. and Europe, …") are the audience, so they count
 * only when nothing else is named.
 */
function actorOf(sentence: string, mentions: readonly EntityMention[]): string | null {
  const framingEnd = FRAMING.exec(sentence)?.[0].length ?? 0;
  const inBody = mentions.filter((m) => m.start >= framingEnd);
  return actorAmong(inBody) ?? ACTOR_EXPRESSION.exec(sentence.slice(framingEnd))?.[0].toLowerCase() ?? actorAmong(mentions);
}

function actorAmong(mentions: readonly EntityMention[]): string | null {
  for (const m of mentions) if (m.type === 'organization') return m.entry.name;
  for (const m of mentions) if (m.type === 'place' && (m.entry.kind === 'country' || m.entry.kind === 'bloc')) return m.entry.name;
  return null;
}

function confidenceOf(sentence: string, verdict: Classification, relevance: Relevance, hasFigures: boolean): number {
  let confidence = verdict.strength * relevance.factor;
  if (hasFigures) confidence += FIGURE_BONUS;
  if (sentence.trimEnd().endsWith('?')) confidence -= QUESTION_PENALTY;
  return Math.round(Math.min(1, Math.max(0, confidence)) * 100) / 100;
}

function explain(verdict: Classification, relevance: Relevance): string {
  const cue = verdict.cue.replace(/\s+/g, ' ').trim();
  const shown = cue.length > MAX_CUE_LENGTH ? `${cue.slice(0, MAX_CUE_LENGTH - 1)}…` : cue;
  const actor = relevance.actor ? `, actor ${relevance.actor}` : '';
  return `${verdict.category} cue '${shown.toLowerCase()}' about ${relevance.about}${actor}`;
}

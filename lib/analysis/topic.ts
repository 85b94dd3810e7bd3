import type { Topic } from '../analysis-result';
import type { ArticleText } from './article-text';
import { CONFUSABLES, INDUSTRY_CONTEXT, TOPIC_CONTEXT_TERMS, TOPIC_WEIGHTS } from './lexicon';
import { MATERIALS } from './materials';
import { ORGANIZATIONS } from './organizations';
import { compilePhrases, scanWords, type PhraseDefinition, type WordList } from './phrase-matcher';
import { PLACES } from './places';
import { repairMojibake } from './repair-mojibake';
import { ANY_BEFORE, hasCaseFoldOutliers, PatternIndex, requiredLiteralSets, startRequirements } from './required-literals';
import { eachScanned, eachSticky } from './each-match';

/**
 * Is this page a rare-earth article? Weighted evidence from the title, the description and
 * keywords, and the body, with diminishing returns per term, a density check against the body's
 * length, and a discount when another domain's vocabulary (astronomy, music, a shop, a chemistry
 * lesson, geophysics) explains the words better than the minerals market does.
 */

interface TopicTerm {
  label: string;
  weight: number;
  core: boolean;
}

/** Above this score, and with co-occurring evidence, the page is a rare-earth article. */
export const TOPIC_THRESHOLD = 0.5;
/** Evidence that saturates the score: 1 - e^(-raw / SCALE). */
const SATURATION = 2.5;
/** Core mentions per 1000 body words at which density stops mattering. */
const FULL_DENSITY = 6;
const DENSITY_FLOOR = 0.25;
/** Bodies shorter than this are not penalised for it: a teaser paragraph is dense by nature. */
const MIN_BODY_WORDS = 150;
/** A confusable domain counts once it has this many hits. */
const CONFUSABLE_MIN_HITS = 3;
const CONFUSABLE_DOMAIN_WEIGHT = 3;
const EVIDENCE_LIMIT = 8;
/** "Not a single mention": at least two distinct core terms, or three core mentions. */
const MIN_DISTINCT_CORE = 2;
const MIN_CORE_MENTIONS = 2;
const MIN_CONTEXT_WITH_ONE_CORE = 2;

function buildTopicTerms(): { terms: TopicTerm[]; definitions: PhraseDefinition[] } {
  const terms: TopicTerm[] = [];
  const definitions: PhraseDefinition[] = [];
  const add = (term: TopicTerm, aliases: readonly string[], exact: readonly string[] = []): void => {
    if (term.weight <= 0) return;
    const id = terms.length;
    terms.push(term);
    for (const phrase of aliases) definitions.push({ id, phrase, exact: false });
    for (const phrase of exact) definitions.push({ id, phrase, exact: true });
  };
  // Organizations first so that "Northern Rare Earth" is read as the company.
  for (const org of ORGANIZATIONS) {
    add({ label: org.name, weight: TOPIC_WEIGHTS.organization[org.focus], core: true }, [org.name, ...org.aliases], org.exact);
  }
  for (const material of MATERIALS) {
    const weight = TOPIC_WEIGHTS.sectorTermOverrides[material.name] ?? TOPIC_WEIGHTS.material[material.kind];
    add({ label: material.name, weight, core: true }, [material.name, ...material.aliases], material.exact);
  }
  for (const place of PLACES) {
    if (place.kind === 'deposit') add({ label: place.name, weight: TOPIC_WEIGHTS.deposit, core: true }, place.aliases, place.exact);
  }
  for (const term of TOPIC_CONTEXT_TERMS) add({ label: term.phrase, weight: term.weight, core: false }, [term.phrase]);
  return { terms, definitions };
}

const TOPIC_TERMS = buildTopicTerms();
const TOPIC_MATCHER = compilePhrases(TOPIC_TERMS.definitions);

/** Domain vocabulary: id 0 is the industry, ids 1.. are the confusables in order. */
const DOMAIN_MATCHER = compilePhrases([
  ...INDUSTRY_CONTEXT.map((phrase) => ({ id: 0, phrase, exact: false })),
  ...CONFUSABLES.flatMap((c, index) => c.context.map((phrase) => ({ id: index + 1, phrase, exact: false }))),
]);
const CONFUSABLE_SPANS = CONFUSABLES.map((c) => c.spans.map((source) => new RegExp(source, 'giu')));
/** The same expressions, sticky: tried where one of their start literals is (SPAN_INDEX). */
const CONFUSABLE_STICKY = CONFUSABLES.map((c) => c.spans.map((source) => new RegExp(source, 'iuy')));
/**
 * Each span expression is run only when every literal set it needs occurs in the text
 * (required-literals.ts): "rare earth" is on every page of the field, "hypothesis" or "album" is
 * not. Then it is tried, sticky, only where one of its start literals is ("disc", "ring", "the
 * band"), not scanned: the scans of the body by the retail and band expressions, whose matches
 * open with one of many words, took some 16 ms a run of the 1 MB article, the sticky tries 3 ms
 * and the start literals 2 ms more of the index's reading (timed per call). The spans have no
 * lookbehind: any position of a start literal may start a match (ANY_BEFORE).
 */
const SPAN_SOURCES = CONFUSABLES.flatMap((c) => c.spans);
const SPAN_INDEX = new PatternIndex(
  SPAN_SOURCES.map((source) => requiredLiteralSets(source)),
  SPAN_SOURCES.map((source) => startRequirements(source)),
);

const UNSPACED_CHAR = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
const UNSPACED_CHARS = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu;

interface Tally {
  /** Field-weighted mentions per term id. */
  weighted: Map<number, number>;
  coreMentions: number;
  bodyCoreMentions: number;
  bodyWords: number;
}

/** Scores how surely the article is about rare earths and critical minerals. */
export function scoreTopic(article: ArticleText): Topic {
  const { meta } = article;
  const body = repairMojibake(bodyText(article));
  const fields: { text: string; weight: number; isBody: boolean }[] = [
    { text: repairMojibake(withoutSiteName(meta.title, meta.siteName)), weight: TOPIC_WEIGHTS.field.title, isBody: false },
    { text: repairMojibake(withoutSiteName(meta.description, meta.siteName)), weight: TOPIC_WEIGHTS.field.description, isBody: false },
    { text: repairMojibake(meta.keywords.join(', ')), weight: TOPIC_WEIGHTS.field.keywords, isBody: false },
    { text: meta.description ? '' : repairMojibake(leadOf(article)), weight: TOPIC_WEIGHTS.field.lead, isBody: false },
    { text: body, weight: TOPIC_WEIGHTS.field.body, isBody: true },
  ];
  const tally: Tally = { weighted: new Map(), coreMentions: 0, bodyCoreMentions: 0, bodyWords: 0 };
  const domainHits = new Array<number>(CONFUSABLES.length + 1).fill(0);
  for (const field of fields) {
    if (field.text) countField(field.text, field.weight, field.isBody, tally, domainHits);
  }

  let core = 0;
  let context = 0;
  let distinctCore = 0;
  let contextTerms = 0;
  const contributions: { label: string; value: number }[] = [];
  for (const [id, weighted] of tally.weighted) {
    const term = TOPIC_TERMS.terms[id];
    if (!term) continue;
    // Diminishing returns: the tenth "rare earth" says less than the second.
    const value = term.weight * (weighted >= 1 ? 1 + Math.log(weighted) : weighted);
    if (term.core) {
      core += value;
      distinctCore++;
    } else {
      context += value;
      contextTerms++;
    }
    contributions.push({ label: term.label, value });
  }
  // Industry words support a rare-earth reading but never make one.
  const raw = core + Math.min(context, core);
  const score = 1 - Math.exp((-raw * densityFactor(tally) * confusableFactor(domainHits)) / SATURATION);
  // One core mention is enough beside two words of the industry (a short wire item names its
  // mineral once: "China on Friday began requiring approval for exports of graphite").
  const cooccurs = distinctCore >= MIN_DISTINCT_CORE || tally.coreMentions >= MIN_CORE_MENTIONS || (tally.coreMentions >= 1 && contextTerms >= MIN_CONTEXT_WITH_ONE_CORE);
  const evidence = contributions
    .sort((a, b) => b.value - a.value)
    .slice(0, EVIDENCE_LIMIT)
    .map((c) => c.label);
  const rounded = Math.round(score * 100) / 100;
  return { isRareEarth: cooccurs && rounded >= TOPIC_THRESHOLD, score: rounded, evidence };
}

/**
 * The article's blocks joined by line breaks, as the topic pass reads the body. The last article's
 * is kept: detectSignals cuts its sentences' words from the words of the same text (keepWords),
 * and joining a 1 MB body again cost a copy of it and a comparison of the two copies. It is kept
 * with the strings it was joined from, and joined afresh unless each block still holds its own.
 */
export function bodyText(article: ArticleText): string {
  const blocks = article.blocks;
  if (blocks === joinedBlocks && blocks.length === joinedTexts.length && blocks.every((block, i) => block.text === joinedTexts[i])) return joined;
  joinedTexts = blocks.map((block) => block.text);
  joinedBlocks = blocks;
  joined = joinedTexts.join('\n');
  return joined;
}

let joinedBlocks: ArticleText['blocks'] | null = null;
let joinedTexts: string[] = [];
let joined = '';

function countField(text: string, weight: number, isBody: boolean, tally: Tally, domainHits: number[]): void {
  // The body is long: its tokens as arrays (scanWords), not an object and two strings each.
  const words = scanWords(text);
  if (isBody) tally.bodyWords += countWords(text, words);
  const voided = confusableSpans(text, domainHits);
  const topicHits = TOPIC_MATCHER.findWords(words);
  const domainHitsFound = DOMAIN_MATCHER.findWords(words);
  for (const hit of topicHits) {
    if (voided.some(([from, to]) => hit.start < to && hit.end > from)) continue;
    const term = TOPIC_TERMS.terms[hit.id];
    if (!term) continue;
    tally.weighted.set(hit.id, (tally.weighted.get(hit.id) ?? 0) + weight);
    if (term.core) {
      tally.coreMentions++;
      if (isBody) tally.bodyCoreMentions++;
    }
  }
  for (const hit of domainHitsFound) domainHits[hit.id] = (domainHits[hit.id] ?? 0) + weight;
}

/**
 * The opening of the first paragraph: a news item states its subject in its lead, which is what a
 * page's description says when it has one. Without a description (short wire copy, pages that give
 * none) the lead stands in for it, so that an item on graphite export approvals or a minerals deal
 * is not taken for a passing mention (dev topic recall 0.988 → 0.994; no dev off-topic item, team
 * corpus page or ../shared/corpus page taken).
 */
function leadOf(article: ArticleText): string {
  const first = article.blocks.find((b) => b.kind === 'paragraph');
  return first ? first.text.slice(0, LEAD_CHARS) : '';
}

/** About two sentences of English news; a lead is its first one or two. */
const LEAD_CHARS = 400;

/** Words for the density check; Chinese and Japanese count two characters as a word. */
function countWords(text: string, words: WordList): number {
  const unspaced = words.unspaced && UNSPACED_CHAR.test(text) ? (text.match(UNSPACED_CHARS)?.length ?? 0) : 0;
  return words.words + unspaced / 2;
}

/** Spans where "rare earth" means something else; each also counts for its domain. */
function confusableSpans(text: string, domainHits: number[]): [number, number][] {
  const spans: [number, number][] = [];
  const lower = text.toLowerCase();
  const found = hasCaseFoldOutliers(text, lower) ? null : SPAN_INDEX.find(text, lower, ANY_BEFORE);
  let k = 0;
  CONFUSABLE_SPANS.forEach((expressions, index) => {
    const take = (m: RegExpExecArray): void => {
      spans.push([m.index, m.index + m[0].length]);
      domainHits[index + 1] = (domainHits[index + 1] ?? 0) + 2;
    };
    expressions.forEach((expression, j) => {
      const at = k++;
      if (found !== null) {
        if (found.required[at] === 0) return;
        if (SPAN_INDEX.anchored[at]) {
          eachSticky((CONFUSABLE_STICKY[index] as RegExp[])[j] as RegExp, text, found.starts[at] as readonly number[], take);
          return;
        }
      }
      eachScanned(expression, text, take);
    });
  });
  return spans;
}

/** A long article that names the sector once is not about it. */
function densityFactor(tally: Tally): number {
  const perThousand = (tally.bodyCoreMentions * 1000) / Math.max(tally.bodyWords, MIN_BODY_WORDS);
  return Math.min(1, DENSITY_FLOOR + perThousand / FULL_DENSITY);
}

/** When another domain's words outnumber the industry's, the core words are probably theirs. */
function confusableFactor(domainHits: number[]): number {
  const industry = domainHits[0] ?? 0;
  const strongest = Math.max(0, ...domainHits.slice(1));
  if (strongest < CONFUSABLE_MIN_HITS || strongest <= industry) return 1;
  return (industry + 1) / (industry + 1 + strongest * CONFUSABLE_DOMAIN_WEIGHT);
}

/** "China's … Into 2026 - Rare Earth Exchanges": the publisher's name is not evidence. */
function withoutSiteName(text: string | null, siteName: string | null): string {
  if (!text) return '';
  if (!siteName) return text;
  return text.split(siteName).join(' ');
}

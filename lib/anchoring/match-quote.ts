import { containerSpan, type TextSpan } from './container-span';
import { exactHits } from './exact-hits';
import { fuzzyHits } from './fuzzy-hits';
import { normalizeText } from './normalize-text';
import { isDecisive, scoreHit, type Hit, type PlacementHints } from './score-hit';
import type { TextIndex } from './text-index';

/** A quote as stored or detected: the exact text plus optional hints about where it sits. */
export interface QuoteSelector {
  exact: string;
  prefix?: string;
  suffix?: string;
  /** Roughly where the quote starts, as an offset into the normalized page text. */
  position?: number;
}

export interface MatchQuoteOptions {
  /** Prefer hits inside this node (the article container) over identical text elsewhere. */
  preferWithin?: Node;
  /** Errors allowed in a fuzzy match; default min(32, length / 8). */
  maxErrors?: number;
  /**
   * Where the exact search starts, as an offset into `index.text`; it wraps around to the start,
   * so every occurrence is still seen (and, among equally good ones, the first after `from` wins).
   * Quotes anchored in document order pass the previous match: 200 quotes spread over a 1 MB
   * page then scan its text about once, not 100 times over (68–79 ms → see docs/bench.md).
   */
  from?: number;
}

export interface QuoteMatch {
  /** Offsets into `index.text`, trimmed of edge spaces. */
  start: number;
  end: number;
  /** In [0, 1]; see scoreHit. */
  score: number;
  fuzzy: boolean;
}

/** Hits scored per quote; enough for any sentence that repeats, bounded for one like "the". */
const MAX_EXACT_HITS = 256;
const MAX_DEFAULT_ERRORS = 32;
const SPACE_CODE = 0x20;

function defaultMaxErrors(quoteLength: number): number {
  return Math.min(MAX_DEFAULT_ERRORS, Math.floor(quoteLength / 8));
}

interface RankedHit {
  hit: Hit;
  score: number;
  /** 0–2: how many of the hit's edges fall on a space or the text's ends. */
  aligned: number;
  /** How far the hit's length is from the quote's. */
  lengthGap: number;
}

function isSpaceOrEdge(text: string, offset: number): boolean {
  return offset < 0 || offset >= text.length || text.charCodeAt(offset) === SPACE_CODE;
}

function rank(index: TextIndex, hit: Hit, quoteLength: number, hints: PlacementHints): RankedHit {
  return {
    hit,
    score: scoreHit(index, hit, quoteLength, hints),
    aligned: Number(isSpaceOrEdge(index.text, hit.start - 1)) + Number(isSpaceOrEdge(index.text, hit.end)),
    lengthGap: Math.abs(hit.end - hit.start - quoteLength),
  };
}

/**
 * Highest score wins. A fuzzy search reports every end with the fewest errors ("prices," against
 * "prices." matches with one error ending before or after the "."), so among equal scores the
 * hit whose edges fall between words wins (a quote is whole sentences), then the one closest to
 * the quote's length, then the first seen: in document order from `from` (see MatchQuoteOptions).
 */
function isBetter(a: RankedHit, b: RankedHit): boolean {
  if (a.score !== b.score) return a.score > b.score;
  if (a.aligned !== b.aligned) return a.aligned > b.aligned;
  return a.lengthGap < b.lengthGap;
}

function bestHit(index: TextIndex, hits: Iterable<Hit>, quoteLength: number, hints: PlacementHints): RankedHit | null {
  let best: RankedHit | null = null;
  for (const hit of hits) {
    const ranked = rank(index, hit, quoteLength, hints);
    if (!best || isBetter(ranked, best)) best = ranked;
  }
  return best;
}

function trimmed(text: string, hit: Hit): Hit {
  let { start, end } = hit;
  while (start < end && text.charCodeAt(start) === SPACE_CODE) start += 1;
  while (end > start && text.charCodeAt(end - 1) === SPACE_CODE) end -= 1;
  return { start, end, errors: hit.errors };
}

/**
 * Exact occurrences within text[span.start, span.end), as hits in index offsets: those starting
 * at or after `from` first, then those before it.
 */
function* exactIn(index: TextIndex, quote: string, span: TextSpan, from: number): Generator<Hit> {
  const text = span.start === 0 && span.end === index.text.length ? index.text : index.text.slice(span.start, span.end);
  const offset = Math.min(Math.max(from - span.start, 0), text.length);
  const hit = (at: number): Hit => ({ start: span.start + at, end: span.start + at + quote.length, errors: 0 });
  for (const at of exactHits(text, quote, MAX_EXACT_HITS, offset)) yield hit(at);
  if (offset === 0) return;
  // Occurrences starting before `offset` lie wholly within its first offset + length − 1 characters.
  for (const at of exactHits(text.slice(0, offset + quote.length - 1), quote, MAX_EXACT_HITS)) yield hit(at);
}

/**
 * Exact first: on the corpus, indexOf over whitespace-normalized page text re-finds 767 of 777
 * Readability sentences on the largest page (DESIGN), at a fraction of the fuzzy cost.
 *
 * Each scan of the page text is most of an exact match's cost (200 quotes over 700,000 characters:
 * ~12 ms in Chromium), so the walk stops at the first decisive hit (see isDecisive), and when a
 * container is preferred its own, much shorter, text is searched first: a decisive hit must lie
 * there, and then the rest of the page is never scanned.
 */
function* exactCandidates(index: TextIndex, quote: string, hints: PlacementHints, from: number): Generator<Hit> {
  const whole = { start: 0, end: index.text.length };
  const inside = hints.preferWithin ? containerSpan(index, hints.preferWithin) : null;
  if (inside) {
    for (const hit of exactIn(index, quote, inside, from)) {
      yield hit;
      if (isDecisive(index, hit, hints)) return;
    }
  }
  for (const hit of exactIn(index, quote, whole, from)) {
    if (inside && hit.start >= inside.start && hit.end <= inside.end) continue;
    yield hit;
    if (isDecisive(index, hit, hints)) return;
  }
}

function fuzzyCandidates(index: TextIndex, quote: string, maxErrors: number): Hit[] {
  return fuzzyHits(index.text, quote, maxErrors)
    .map((hit) => trimmed(index.text, hit))
    .filter((hit) => hit.end > hit.start);
}

/**
 * Where `selector.exact` occurs in the indexed text: exact occurrences ranked by the hints, else
 * the best approximate match within `maxErrors`. Null when it is not there. Never throws: this runs
 * inside web pages, whose DOM can be in any state.
 */
export function matchQuote(index: TextIndex, selector: QuoteSelector, options: MatchQuoteOptions = {}): QuoteMatch | null {
  try {
    const quote = normalizeText(selector.exact);
    if (!quote) return null;
    const hints: PlacementHints = {
      prefix: normalizeText(selector.prefix ?? ''),
      suffix: normalizeText(selector.suffix ?? ''),
      position: Number.isFinite(selector.position) ? selector.position : undefined,
      preferWithin: options.preferWithin,
    };
    const exact = bestHit(index, exactCandidates(index, quote, hints, options.from ?? 0), quote.length, hints);
    if (exact) return { start: exact.hit.start, end: exact.hit.end, score: exact.score, fuzzy: false };
    const maxErrors = options.maxErrors ?? defaultMaxErrors(quote.length);
    const fuzzy = bestHit(index, fuzzyCandidates(index, quote, maxErrors), quote.length, hints);
    return fuzzy && { start: fuzzy.hit.start, end: fuzzy.hit.end, score: fuzzy.score, fuzzy: true };
  } catch {
    return null;
  }
}

import { BMP_FLAGS, learnFlags, SPACE as SPACE_FLAG } from './char-class';
import { OffsetPairs } from './offset-pairs';

/**
 * Sentence segmentation of one block of text with `Intl.Segmenter`, plus the repairs ICU needs in
 * news prose. Always called per block: Node 20's segmenter is quadratic on one long string
 * (DESIGN: 1 MB of text took 32 s), Chromium's is linear, and blocks are short.
 */

export interface SentenceSpan {
  /** The sentence, trimmed. */
  text: string;
  /** Offset of the first character in the block text. */
  start: number;
  /** Offset just after the last character in the block text. */
  end: number;
}

/** Abbreviations that are followed by a name, never by the end of a sentence. */
const TITLE_ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'sen', 'rep', 'gov', 'gen', 'lt', 'col', 'capt', 'sgt', 'rev',
  'st', 'mt', 'ft', 'hon', 'pres', 'vs', 'v', 'e.g', 'i.e', 'cf', 'approx', 'ca', 'fig', 'nr',
]);

/** Abbreviations followed by a number ("Jan. 5", "No. 2"), but that can end a sentence otherwise. */
const NUMBER_ABBREVIATIONS = new Set([
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'no', 'nos',
  'vol', 'p', 'pp', 'art', 'sec', 'ch',
]);

/**
 * Abbreviations usually followed by more of a name ("U.S. Commerce Department", "Co. Ltd.") that
 * also end sentences ("…exports to the U.S. The move…"): kept apart when a sentence opener follows.
 */
const NAME_ABBREVIATIONS = new Set([
  'u.s', 'u.k', 'u.n', 'e.u', 'u.s.a', 'p.r.c', 'inc', 'co', 'corp', 'ltd', 'bros', 'jr', 'sr',
  'pty', 's.a', 'n.v', 'cos', 'dept', 'univ', 'intl', 'assn', 'mfg', 'plc', 'ag', 'gmbh',
]);

/** Words that typically open an English sentence; after "U.S." or an initial they mean a real break. */
const SENTENCE_OPENERS = new Set([
  'the', 'this', 'that', 'these', 'those', 'it', 'its', 'he', 'she', 'they', 'we', 'i', 'you',
  'our', 'their', 'his', 'her', 'in', 'on', 'at', 'but', 'and', 'or', 'however', 'meanwhile', 'a',
  'an', 'as', 'if', 'while', 'when', 'yet', 'so', 'still', 'also', 'there', 'for', 'with', 'after',
  'before', 'since', 'although', 'though', 'moreover', 'furthermore', 'analysts', 'officials',
  'shares', 'prices', 'according', 'last', 'next', 'earlier', 'later', 'now', 'then', 'today',
  'yesterday', 'what', 'why', 'how', 'who', 'where', 'such', 'both', 'each', 'all', 'some',
  'many', 'most', 'several', 'one', 'by', 'from', 'to', 'under', 'despite', 'instead', 'indeed',
  'overall', 'separately', 'neither', 'no', 'not', 'other', 'another', 'beyond', 'until', 'once',
]);

/** The word before the final period of a segment: "Mr", "U.S", "e.g", "J". */
export const TRAILING_ABBREVIATION = /(?:^|[\s(“"'‘])((?:\p{L}\.){1,3}\p{L}|\p{L}+)\.$/u;

/**
 * What TRAILING_ABBREVIATION captures, without scanning the whole segment: a match is a separator
 * (or the start) and letters and periods up to the final period, so it can only start at the last
 * character before the final period that is neither a letter nor a period. The expression is run
 * from there (from the start when there is none, or when that character is not ASCII).
 */
export function trailingAbbreviation(segment: string): string | undefined {
  const n = segment.length;
  if (n < 2 || segment.charCodeAt(n - 1) !== 0x2e) return undefined;
  let q = n - 2;
  for (; q >= 0; q--) {
    const c = segment.charCodeAt(q);
    if (!((c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || c === 0x2e)) break;
  }
  if (q >= 0) {
    const c = segment.charCodeAt(q);
    if (c < 0x80) {
      const separator = c === 0x20 || (c >= 0x09 && c <= 0x0d) || c === 0x28 || c === 0x22 || c === 0x27;
      if (!separator) return undefined;
      // Letters alone between the separator and the final period ("said."): the expression's first
      // alternative needs a period among them, so it captures them all; read without running it.
      if (q < n - 2 && segment.indexOf('.', q + 1) === n - 1) return segment.slice(q + 1, n - 1);
      return TRAILING_ABBREVIATION.exec(segment.slice(q))?.[1];
    }
  }
  return TRAILING_ABBREVIATION.exec(segment)?.[1];
}
const LEADING_WORD = /^[\s(“"'‘]*([\p{L}\p{N}]+)/u;

/**
 * Words a German ordinal stands before ("am 1. Dezember", "im 3. Quartal"): ICU ends a sentence at
 * the ordinal's period, which cut every dated German sentence in two.
 */
const ORDINAL_NOUNS = new Set([
  'januar', 'jänner', 'februar', 'märz', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november',
  'dezember', 'quartal', 'halbjahr', 'jahrhundert', 'jahrestag', 'platz', 'stelle',
]);
const ORDINAL_END = /(?:^|[\s(；，、：;,:])\d{1,2}\.$/u;
/** A list number written against Chinese or Japanese text ("1.出口量下降"): ICU breaks after its period. */
const UNSPACED_START = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
/** Opening quotes and brackets ICU leaves at the end of the sentence before ("…した。「影響は…"). */
const OPENING_MARKS = /[「『（《【〈“‘(«„]+$/u;

const segmenters = new Map<string, Intl.Segmenter>();

function segmenterFor(lang: string | undefined): Intl.Segmenter {
  const key = lang ?? '';
  let segmenter = segmenters.get(key);
  if (!segmenter) {
    try {
      segmenter = new Intl.Segmenter(lang || undefined, { granularity: 'sentence' });
    } catch {
      // An invalid language tag from page metadata must not stop the analysis.
      segmenter = new Intl.Segmenter(undefined, { granularity: 'sentence' });
    }
    segmenters.set(key, segmenter);
  }
  return segmenter;
}

/**
 * Node's segmenter turns quadratic past ~20 000 characters, and a page can hold one huge block
 * (a wall of text, a table flattened into one cell): longer blocks are cut into chunks first.
 */
const CHUNK_LIMIT = 4000;
const TERMINAL = /[.!?。！？]/u;
const SPACE = /\s/u;

/**
 * Where a sentence break may be (UAX #29, which ICU implements): only after a sentence terminal
 * (STerm, ATerm) or a paragraph separator; ICU's Greek rules also end a question at ";" (U+037E).
 */
const POSSIBLE_BREAK = /[\p{Sentence_Terminal}\u2024\uFE52\uFF0E\n\r\u0085\u2028\u2029;\u037E]/gu;
/** The end of a sentence: terminals, closing quotes or brackets, spaces (no break inside: SB8a, SB9, SB10). */
const FINAL_TERMINAL = /[.!?]+["'”’)\]]*[ ]*$/uy;

/**
 * Whether ICU would make one piece of the whole block: it has no terminal or separator but its
 * final one. Half the blocks of the 1 MB article (headings, list items, one-sentence paragraphs)
 * are read without a segmenter then. A block longer than CHUNK_LIMIT is cut into chunks anyway.
 */
export function isOneSentence(text: string): boolean {
  if (text.length > CHUNK_LIMIT) return false;
  const first = firstPossibleBreak(text);
  if (first < 0) return true;
  FINAL_TERMINAL.lastIndex = first;
  return FINAL_TERMINAL.test(text);
}

/**
 * Where POSSIBLE_BREAK first matches in the text, or -1: each code unit looked up in BREAK_CHARS
 * (the expression decides a character the first time it is met), the expression itself from the
 * first surrogate on. The global expression built a match per block and cost as much as the rest
 * of the segmentation without ICU (isOneSentence and its expression: 26% of segmentSentences' profile
 * on the 1 MB article).
 */
function firstPossibleBreak(text: string): number {
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c < 0xe000) {
      POSSIBLE_BREAK.lastIndex = i;
      return POSSIBLE_BREAK.exec(text)?.index ?? -1;
    }
    if ((BREAK_CHARS[c] || learnBreak(c)) === IS_BREAK) return i;
  }
  return -1;
}

/** Per BMP code unit that is not a surrogate: IS_BREAK or NO_BREAK once met, 0 before. */
const BREAK_CHARS = new Uint8Array(0x10000);
const IS_BREAK = 1;
const NO_BREAK = 2;
const BREAK_CHAR = /^[\p{Sentence_Terminal}\u2024\uFE52\uFF0E\n\r\u0085\u2028\u2029;\u037E]$/u;

function learnBreak(code: number): number {
  const kind = BREAK_CHAR.test(String.fromCharCode(code)) ? IS_BREAK : NO_BREAK;
  BREAK_CHARS[code] = kind;
  return kind;
}

/** Splits one block into trimmed sentences with offsets into the block text. */
export function segmentSentences(text: string, lang?: string): SentenceSpan[] {
  const spans: SentenceSpan[] = [];
  if (isOneSentence(text)) {
    pushTrimmed(spans, text, 0, text.length);
    return spans;
  }
  const count = icuPieces(text, lang);
  // ICU's pieces are merged in order (a false break joins the piece to the one before). The merged
  // spans are kept for moveOpeningMarks, then trimmed.
  const merged: { start: number; end: number }[] = [];
  let start = -1;
  let end = -1;
  for (let k = 0; k < count; k++) {
    const pieceStart = PIECES.start(k);
    const pieceEnd = PIECES.end(k);
    if (start >= 0 && (isFalseBreakAt(text, start, end, pieceStart, pieceEnd) || isNumberBreakAt(text, start, end, pieceStart, pieceEnd))) {
      end = pieceEnd;
      continue;
    }
    if (start >= 0) merged.push({ start, end });
    start = pieceStart;
    end = pieceEnd;
  }
  if (start >= 0) merged.push({ start, end });
  moveOpeningMarks(text, merged);
  for (const span of merged) pushTrimmed(spans, text, span.start, span.end);
  return spans;
}

/**
 * Where ICU breaks whatever the text around: after a sentence terminal and closing quotes or
 * brackets, before a capital that follows spaces or before a Chinese, Japanese or Korean letter.
 * UAX #29 breaks there (SB11): SB7 needs the capital right after the period, SB8 a lower-case letter
 * before any other letter, SB8a a terminal or a continuation.
 */
const SURE_BREAK = /[.!?。！？]["'”’)」』）》】〉]*(?:[ ]+(?=\p{Lu})|[ ]*(?=\p{L})(?=[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]))/gu;

/** ICU's pieces of the last block read. */
const PIECES = new OffsetPairs(32);

/**
 * ICU's sentence pieces of a block, as Intl.Segmenter cuts each chunk (chunksOf), into PIECES;
 * returns how many. A chunk is cut at its sure breaks (SURE_BREAK) first: ICU starts afresh at a break, so each
 * part gets the pieces the chunk would, and a part with no other possible break is one piece without
 * asking ICU (isOneSentence). On the 1 MB article ICU read every multi-sentence paragraph: the
 * segmentation's own time in a six-run profile (bundled) fell from 229 to some 70 ms. Exported for the test against Intl.Segmenter.
 */
export function icuPieces(text: string, lang?: string): number {
  PIECES.clear();
  for (const [from, to] of chunksOf(text)) {
    let partStart = from;
    SURE_BREAK.lastIndex = from;
    while (partStart < to) {
      const m = SURE_BREAK.exec(text);
      const cut = m === null ? to : m.index + m[0].length;
      const partEnd = cut < to ? cut : to;
      const part = text.slice(partStart, partEnd);
      if (isOneSentence(part)) {
        PIECES.push(partStart, partEnd);
      } else {
        for (const piece of segmenterFor(lang).segment(part)) PIECES.push(partStart + piece.index, partStart + piece.index + piece.segment.length);
      }
      partStart = partEnd;
    }
  }
  return PIECES.count;
}

/** The pieces of the last icuPieces call, as [start, end] pairs (for tests). */
export function lastPieces(count: number): [number, number][] {
  const pairs: [number, number][] = [];
  for (let k = 0; k < count; k++) pairs.push([PIECES.start(k), PIECES.end(k)]);
  return pairs;
}

/**
 * isFalseBreak of text[start, end) (trimmed at its end) and the piece after it, read only when the
 * piece before ends with a period: an abbreviation or an initial can end nowhere else.
 */
function isFalseBreakAt(text: string, start: number, end: number, nextStart: number, nextEnd: number): boolean {
  const last = periodEnd(text, start, end);
  return last > start && isFalseBreak(text.slice(start, last), text, nextStart, nextEnd);
}

/** The end of text[start, end) without its trailing spaces when it ends in a period, else -1. */
function periodEnd(text: string, start: number, end: number): number {
  let last = end;
  while (last > start && isSpace(text.charCodeAt(last - 1))) last--;
  return last > start && text.charCodeAt(last - 1) === 0x2e ? last : -1;
}

/**
 * Chunks of at most CHUNK_LIMIT characters, cut after a sentence end and its space where there is
 * one in the second half of the chunk, else after a space. A cut after an abbreviation is
 * undone by the same repair as ICU's own false breaks.
 */
function chunksOf(text: string): [number, number][] {
  if (text.length <= CHUNK_LIMIT) return [[0, text.length]];
  const chunks: [number, number][] = [];
  let from = 0;
  while (text.length - from > CHUNK_LIMIT) {
    const cut = cutPoint(text, from + CHUNK_LIMIT / 2, from + CHUNK_LIMIT);
    chunks.push([from, cut]);
    from = cut;
  }
  chunks.push([from, text.length]);
  return chunks;
}

function cutPoint(text: string, earliest: number, latest: number): number {
  let afterSpace = -1;
  for (let i = latest - 1; i > earliest; i--) {
    if (!SPACE.test(text[i] ?? '')) continue;
    if (TERMINAL.test(text[i - 1] ?? '')) return i + 1;
    if (afterSpace < 0) afterSpace = i + 1;
  }
  return afterSpace > 0 ? afterSpace : latest;
}

/**
 * Whether ICU broke after an abbreviation or an initial rather than at a sentence end; `after` is
 * text[afterStart, afterEnd). The word before the period is read first: most are no abbreviation
 * or initial ("said.", "2025."), and the next piece's leading word and its tests are then not
 * needed (their expressions and slices ran at every sentence end).
 */
function isFalseBreak(before: string, text: string, afterStart: number, afterEnd: number): boolean {
  const abbreviation = trailingAbbreviation(before);
  if (!abbreviation) return false;
  const word = abbreviation.toLowerCase();
  const title = TITLE_ABBREVIATIONS.has(word);
  const number = !title && NUMBER_ABBREVIATIONS.has(word);
  const name = !title && !number && NAME_ABBREVIATIONS.has(word);
  // An initial: "J. R. Smith", "Donald J. Trump".
  if (!title && !number && !name && !INITIAL.test(abbreviation)) return false;
  const next = LEADING_WORD.exec(text.slice(afterStart, afterEnd))?.[1] ?? '';
  if (next === '') return false;
  if (title) return true;
  if (number) return /^\p{N}/u.test(next);
  return !SENTENCE_OPENERS.has(next.toLowerCase()) && /^\p{Lu}/u.test(next);
}
const INITIAL = /^\p{Lu}$/u;

/** isNumberBreak of text[start, end) and the piece after it, read only when a digit and a period end it. */
function isNumberBreakAt(text: string, start: number, end: number, nextStart: number, nextEnd: number): boolean {
  return periodEnd(text, start, end) - start >= 2 && isNumberBreak(text.slice(start, end), text.slice(nextStart, nextEnd));
}

/**
 * Whether ICU broke after the period of a number that belongs to what follows: a German ordinal
 * before a month or a quarter, or a list number written against Chinese or Japanese text.
 */
function isNumberBreak(before: string, after: string): boolean {
  const trimmed = before.trimEnd();
  if (!ORDINAL_END.test(trimmed)) return false;
  if (trimmed === before && UNSPACED_START.test(after)) return true;
  const next = LEADING_WORD.exec(after)?.[1]?.toLowerCase() ?? '';
  return ORDINAL_NOUNS.has(next);
}

/** Moves opening quotes and brackets from the end of a sentence to the start of the next. */
function moveOpeningMarks(text: string, spans: { start: number; end: number }[]): void {
  for (let i = 0; i + 1 < spans.length; i++) {
    const span = spans[i] as { start: number; end: number };
    const body = text.slice(span.start, span.end).trimEnd();
    const marks = OPENING_MARKS.exec(body)?.[0].length ?? 0;
    if (marks === 0 || marks === body.length) continue;
    const cut = span.start + body.length - marks;
    span.end = cut;
    (spans[i + 1] as { start: number; end: number }).start = cut;
  }
}

/** The span without the spaces at its ends, added unless nothing is left. */
function pushTrimmed(spans: SentenceSpan[], text: string, from: number, to: number): void {
  let start = from;
  let end = to;
  while (start < end && isSpace(text.charCodeAt(start))) start++;
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  if (start < end) spans.push({ text: text.slice(start, end), start, end });
}

/** `/\s/` of one UTF-16 code unit, read from char-class.ts's table (held locally: see lexical-buckets.ts). */
const FLAGS = BMP_FLAGS;
const IS_SPACE = SPACE_FLAG;
function isSpace(code: number): boolean {
  return ((FLAGS[code] || learnFlags(code)) & IS_SPACE) !== 0;
}

import type { BlockKind } from '../analysis/article-text';
import type { Relay } from '../analysis-result';
import type { Mention } from './find-mentions';
import {
  AFTER_FRAME,
  BYLINE,
  CARRIER_FRAME,
  BYLINE_MAX_LENGTH,
  CJK_AFTER_ATTRIBUTION,
  CJK_DATELINE_AFTER,
  CJK_PHOTO_AFTER,
  CJK_PRE_ATTRIBUTION,
  CJK_PRE_CREDIT,
  CONTRIBUTED_FRAME,
  CREDIT_LABEL,
  DATELINE_END,
  DATELINE_PREFIX,
  KO_AFTER_ATTRIBUTION,
  KO_DATELINE_AFTER,
  KO_DATELINE_BEFORE,
  NEXT_WORD_ALLOWED,
  PHOTO_AFTER,
  PHOTO_LABEL,
  PRE_FRAME,
  PREVIOUS_WORD_ALLOWED,
  RU_AFTER_ATTRIBUTION,
  RU_PRE_ATTRIBUTION,
  SLASH_CREDIT_AFTER,
  SLASH_CREDIT_BEFORE,
  SLASH_NAME_AFTER,
  SLASH_NAME_BEFORE,
  STATE_DESCRIPTOR_FRAME,
} from './relay-patterns';
import type { Span } from './sentence-spans';

export type RelayKind = Relay['kind'];

export interface MentionContext {
  /** The block's match view (same indices as its text). */
  view: string;
  kind: BlockKind;
  /** The sentence holding the mention. */
  sentence: Span;
}

export interface Classified {
  kind: RelayKind;
  /** What to quote as evidence (indices into the block's text). */
  evidence: Span;
  /** Named as the carrier of a text ("carried by CGTN"), not as its author. */
  carrier?: boolean;
}

const WINDOW = 120;
const HAN = /\p{Script=Han}/u;
const CYRILLIC = /\p{Script=Cyrillic}/u;
const HANGUL = /\p{Script=Hangul}/u;

/**
 * How a named outlet or wire relates to the text around it: a dateline, a credit, an attribution,
 * a photo credit, or nothing (a lookalike: "Xinhua Road", "Pravda Foods", a bare mention).
 */
export function classifyMention(ctx: MentionContext, m: Mention): Classified | null {
  const { view, sentence } = ctx;
  const name = view.slice(m.start, m.end);
  const han = HAN.test(name);
  if (!han && partOfLongerName(view, m)) return photoAfter(view, m, sentence) ?? null;

  const photo = photoCredit(ctx, m, han);
  if (photo) return photo;
  const dateline = han ? cjkDateline(view, m) : (koreanDateline(view, m) ?? datelineSpan(view, m));
  if (dateline) return { kind: 'dateline', evidence: dateline };

  const before = view.slice(Math.max(sentence.start, m.start - WINDOW), m.start);
  const credited =
    creditOnly(view, m) ||
    isByline(view) ||
    CREDIT_LABEL.test(before) ||
    (han && CJK_PRE_CREDIT.test(before)) ||
    sticky(CONTRIBUTED_FRAME, view, m.end);
  if (credited) return { kind: 'credit', evidence: sentence };
  if (isAttribution(view, m, before, han)) return { kind: 'attribution', evidence: sentence, carrier: CARRIER_FRAME.test(before) };
  return null;
}

function isAttribution(view: string, m: Mention, before: string, han: boolean): boolean {
  if (han) return CJK_PRE_ATTRIBUTION.test(before) || sticky(CJK_AFTER_ATTRIBUTION, view, m.end);
  if (HANGUL.test(view.slice(m.start, m.end))) return sticky(KO_AFTER_ATTRIBUTION, view, m.end);
  if (CYRILLIC.test(view.slice(m.start, m.end))) {
    return RU_PRE_ATTRIBUTION.test(before) || sticky(RU_AFTER_ATTRIBUTION, view, m.end);
  }
  return PRE_FRAME.test(before) || STATE_DESCRIPTOR_FRAME.test(before) || sticky(AFTER_FRAME, view, m.end);
}

/**
 * "Ukrainska Pravda", "Xinhua Road", "Pravda Foods", "Sputnik V": a capitalized word glued to the
 * name makes it another name. Articles, nationalities, weekdays and the like do not.
 */
export function partOfLongerName(view: string, m: Mention): boolean {
  const prev = /(\p{Lu}[\p{L}\p{M}'.-]*) $/u.exec(view.slice(Math.max(0, m.start - 40), m.start));
  // Possessives ("China's") and hyphenated descriptors ("Beijing-based", "Kremlin-run") qualify the name.
  if (prev && !PREVIOUS_WORD_ALLOWED.has(prev[1]!) && !/(?:'s|-\p{Ll}+)$/u.test(prev[1]!)) return true;
  const next = /^ (\p{Lu}[\p{L}\p{M}'-]*)/u.exec(view.slice(m.end, m.end + 40));
  return next !== null && !NEXT_WORD_ALLOWED.has(next[1]!);
}

function photoAfter(view: string, m: Mention, sentence: Span): Classified | null {
  return sticky(PHOTO_AFTER, view, m.end) ? { kind: 'photo-credit', evidence: sentence } : null;
}

function photoCredit(ctx: MentionContext, m: Mention, han: boolean): Classified | null {
  const { view, sentence, kind } = ctx;
  if (kind === 'caption') return { kind: 'photo-credit', evidence: sentence };
  const slashBefore = SLASH_CREDIT_BEFORE.exec(view.slice(Math.max(0, m.start - 45), m.start));
  if (slashBefore) {
    const close = view.slice(m.end).search(/[)）]/);
    if (close >= 0 && close <= 40) return { kind: 'photo-credit', evidence: { start: m.start - slashBefore[0].length, end: m.end + close + 1 } };
  }
  const slashAfter = stickyMatch(SLASH_CREDIT_AFTER, view, m.end);
  const open = view.slice(Math.max(0, m.start - 2), m.start);
  if (slashAfter && /[(（]\s*$/.test(open)) {
    const start = m.start - (open.length - open.search(/[(（]/));
    return { kind: 'photo-credit', evidence: { start, end: m.end + slashAfter.length } };
  }
  const before = view.slice(Math.max(sentence.start, m.start - WINDOW), m.start);
  if (
    PHOTO_LABEL.test(before) ||
    sticky(PHOTO_AFTER, view, m.end) ||
    sticky(SLASH_NAME_AFTER, view, m.end) ||
    SLASH_NAME_BEFORE.test(view.slice(Math.max(0, m.start - 30), m.start)) ||
    (han && sticky(CJK_PHOTO_AFTER, view, m.end))
  ) {
    return { kind: 'photo-credit', evidence: sentence };
  }
  return null;
}

/** "BEIJING, Oct. 9 (Xinhua) --", "MOSCOW, March 3 /TASS/.", "(Reuters) -", "МОСКВА, 3 мар — РИА Новости." */
function datelineSpan(view: string, m: Mention): Span | null {
  if (m.start > 90) return null;
  let i = m.start - 1;
  while (i >= 0 && view[i] === ' ') i--;
  let j = m.end;
  while (j < view.length && view[j] === ' ') j++;
  const open = view[i];
  const close = view[j];
  const bracketed = (open === '(' && close === ')') || (open === '/' && close === '/') || (open === '（' && close === '）');
  if (bracketed && DATELINE_PREFIX.test(view.slice(0, i))) {
    // The dash or period after it is what tells "MOSCOW /TASS/." from "JIM WATSON/AFP/Getty Images".
    const end = stickyMatch(DATELINE_END, view, j + 1);
    if (end !== null) return { start: 0, end: j + 1 + end.length };
  }
  // The dash form of Russian agencies: "МОСКВА, 3 мар — РИА Новости."
  const dash = /[—–-]\s*$/.exec(view.slice(0, m.start));
  if (dash && DATELINE_PREFIX.test(view.slice(0, dash.index)) && view.slice(0, dash.index).trim() !== '' && /^\s*[.:]/.test(view.slice(m.end, m.end + 3))) {
    return { start: 0, end: m.end + (/^\s*[.:]/.exec(view.slice(m.end))?.[0].length ?? 0) };
  }
  return null;
}

/** (서울=연합뉴스): Korean agencies put the place and the agency in one parenthesis at the head. */
function koreanDateline(view: string, m: Mention): Span | null {
  if (m.start > 20 || !KO_DATELINE_BEFORE.test(view.slice(0, m.start))) return null;
  const close = stickyMatch(KO_DATELINE_AFTER, view, m.end);
  return close === null ? null : { start: view.slice(0, m.start).search(/[(（]/), end: m.end + close.length };
}

/** 新华社北京10月9日电: the agency at the head of the block, then place, date and 电. */
function cjkDateline(view: string, m: Mention): Span | null {
  if (view.slice(0, m.start).replace(/[\s（(【\[]/g, '').length > 0) return null;
  const rest = stickyMatch(CJK_DATELINE_AFTER, view, m.end);
  return rest ? { start: 0, end: m.end + rest.length } : null;
}

/** "By Zhang Wei in Beijing | China Daily": a short block that credits the writer and the outlet. */
function isByline(view: string): boolean {
  return view.length <= BYLINE_MAX_LENGTH && BYLINE.test(view);
}

/** A block or line that is only the name: "— Xinhua", "(Xinhua)", "Xinhua". */
function creditOnly(view: string, m: Mention): boolean {
  const rest = view.slice(0, m.start) + view.slice(m.end);
  return rest.length < 12 && /^[\s\p{P}]*$/u.test(rest);
}

function sticky(re: RegExp, text: string, at: number): boolean {
  return stickyMatch(re, text, at) !== null;
}

function stickyMatch(re: RegExp, text: string, at: number): string | null {
  re.lastIndex = at;
  const m = re.exec(text);
  return m ? m[0] : null;
}

/**
 * Repairs UTF-8 text that was decoded with the wrong single-byte code page ("mojibake"), the way
 * scraped or re-saved news pages often arrive: `China’s` read as Windows-1252 becomes `Chinaâ€™s`,
 * read as Thai code page 874 it becomes `Chinaโs` (the lead byte E2 survives as `โ`, the bytes that
 * cp874 leaves undefined are lost).
 *
 * Two strategies, in order:
 * 1. Exact: a run of characters that maps back to a complete, valid UTF-8 sequence is decoded.
 * 2. Lossy: a surviving E2 lead (`โ`, or `â€` with its third byte lost) stood for general
 *    punctuation; which mark it was is decided from its neighbours.
 *
 * The page text stays damaged (signals quote it verbatim so the extension can re-find it), so the
 * repair also returns a map from repaired offsets back to original offsets.
 */

/** Windows-1252's printable 0x80–0x9F characters; cp874 shares the ones it defines. */
const CP1252_SPECIALS: Record<string, number> = {
  '€': 0x80, '‚': 0x82, 'ƒ': 0x83, '„': 0x84, '…': 0x85, '†': 0x86, '‡': 0x87, 'ˆ': 0x88,
  '‰': 0x89, 'Š': 0x8a, '‹': 0x8b, 'Œ': 0x8c, 'Ž': 0x8e, '‘': 0x91, '’': 0x92, '“': 0x93,
  '”': 0x94, '•': 0x95, '–': 0x96, '—': 0x97, '˜': 0x98, '™': 0x99, 'š': 0x9a, '›': 0x9b,
  'œ': 0x9c, 'ž': 0x9e, 'Ÿ': 0x9f,
};

const THAI_FIRST = 0x0e00;
const THAI_LAST = 0x0e7f;

/** The byte a character stood for under Latin-1, Windows-1252 or cp874/TIS-620, or -1. */
function byteOf(ch: string): number {
  const code = ch.charCodeAt(0);
  if (code >= 0x80 && code <= 0xff) return code;
  const special = CP1252_SPECIALS[ch];
  if (special !== undefined) return special;
  // cp874 places Thai U+0E01–U+0E5B at 0xA1–0xFB, one to one.
  if (code >= 0x0e01 && code <= 0x0e5b) return code - THAI_FIRST + 0xa0;
  return -1;
}

const isContinuationByte = (b: number): boolean => b >= 0x80 && b <= 0xbf;
const isThai = (ch: string | undefined): boolean => {
  if (ch === undefined) return false;
  const code = ch.charCodeAt(0);
  return code >= THAI_FIRST && code <= THAI_LAST;
};

/**
 * Lead characters worth trying. Kept narrow on purpose: `Â Ã Ä Å` (Latin-1 supplement and
 * Latin Extended-A), `Î Ï Ð Ñ` (Greek, Cyrillic), `â ã ä å æ ç è é` (3-byte: punctuation, CJK) and
 * `ð` (4-byte) under Windows-1252; `ย ร ฤ ล โ` under cp874. Wider sets start eating real
 * accented text such as `É”`.
 */
const CANDIDATE = /[ÂÃÄÅÎÏÐÑâãäåæçèéðยรฤลโ][\u0080-\u00bf€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ\u0e01-\u0e3a\u0e3f-\u0e5b]{0,3}/g;

/** cp874 lead characters: a run containing them is guarded against genuine Thai neighbours. */
const THAI_LEADS = new Set(['ย', 'ร', 'ฤ', 'ล', 'โ']);

const REAL_PUNCTUATION = '‘’“”–—•…';
const CONTRACTION_TAIL = /^(?:s|t|ll|re|ve|m|d)(?![\p{L}\p{N}])/u;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const DIGIT = /\p{N}/u;
const SPACE = /\s/;
const OPENERS = '([{';
const CLOSING_PUNCT = '.,;:!?)]}';

export interface RepairedText {
  /** The repaired text. */
  text: string;
  /** Whether anything was repaired (false: `text` is the input and the maps are the identity). */
  changed: boolean;
  /** Original offset of the character at repaired offset `index` (a start position). */
  toOriginal(index: number): number;
  /** Original offset just after the character before repaired offset `end` (an end position). */
  toOriginalEnd(end: number): number;
}

interface Edit {
  start: number;
  end: number;
  replacement: string;
}

/** Repairs mojibake and keeps the way back to the damaged text's offsets. */
export function repairWithOffsets(text: string): RepairedText {
  const edits = findEdits(text);
  if (edits.length === 0) {
    // Shared offset maps, not two closures per block (under tsx each closure is also named as it is made).
    return { text, changed: false, toOriginal: sameOffset, toOriginalEnd: sameOffset };
  }
  return applyEdits(text, edits);
}

function sameOffset(i: number): number {
  return i;
}

/** Repairs mojibake; the result is meant for matching and display, never for re-finding text. */
export function repairMojibake(text: string): string {
  const edits = findEdits(text);
  if (edits.length === 0) return text;
  const parts: string[] = [];
  let cursor = 0;
  for (const edit of edits) {
    parts.push(text.slice(cursor, edit.start), edit.replacement);
    cursor = edit.end;
  }
  parts.push(text.slice(cursor));
  return parts.join('');
}

/** Repaired and whitespace-collapsed, for showing a sentence to the reader. */
export function readableText(text: string): string {
  return repairMojibake(text).replace(/\s+/g, ' ').trim();
}

function findEdits(text: string): Edit[] {
  const edits: Edit[] = [];
  CANDIDATE.lastIndex = 0;
  for (let m = CANDIDATE.exec(text); m !== null; m = CANDIDATE.exec(text)) {
    const run = m[0];
    const start = m.index;
    const edit = repairRun(text, run, start);
    if (edit) {
      edits.push(edit);
      CANDIDATE.lastIndex = edit.end;
    } else {
      // Nothing at this lead: let the next character start a run of its own.
      CANDIDATE.lastIndex = start + 1;
    }
  }
  return edits;
}

function repairRun(text: string, run: string, start: number): Edit | null {
  const lead = run[0] ?? '';
  const thaiFamily = THAI_LEADS.has(lead);
  const exact = decodeExact(run);
  if (exact) {
    const end = start + exact.consumed;
    if (thaiFamily && (isThai(text[start - 1]) || isThai(text[end]))) return null;
    return { start, end, replacement: exact.char };
  }
  return repairLossy(text, run, start, thaiFamily);
}

/** Decodes the longest valid UTF-8 sequence at the start of the run, if there is one. */
function decodeExact(run: string): { char: string; consumed: number } | null {
  const first = byteOf(run[0] ?? '');
  const length = first >= 0xf0 ? 4 : first >= 0xe0 ? 3 : first >= 0xc2 ? 2 : 0;
  if (length === 0 || run.length < length) return null;
  const bytes: number[] = [first];
  let latin1Continuations = 0;
  for (let i = 1; i < length; i++) {
    const ch = run[i] ?? '';
    const b = byteOf(ch);
    if (!isContinuationByte(b)) return null;
    // A 2-byte lead then a curly quote or dash is real text ("IRMÃ”", "ESPAÑ—"), never a letter.
    if (length === 2 && REAL_PUNCTUATION.includes(ch)) return null;
    if (ch.charCodeAt(0) >= 0xa0 && ch.charCodeAt(0) <= 0xbf) latin1Continuations++;
    bytes.push(b);
  }
  // 3-byte leads other than E2 (general punctuation) also begin real words ("é—“…"): demand a
  // symbol from the Latin-1 block among the continuation bytes, as CJK mojibake always has.
  if (length === 3 && first !== 0xe2 && latin1Continuations === 0) return null;
  const char = decodeUtf8(bytes);
  return char ? { char, consumed: length } : null;
}

function decodeUtf8(bytes: number[]): string | null {
  const [b0 = 0, b1 = 0, b2 = 0, b3 = 0] = bytes;
  let code: number;
  if (bytes.length === 2) code = ((b0 & 0x1f) << 6) | (b1 & 0x3f);
  else if (bytes.length === 3) code = ((b0 & 0x0f) << 12) | ((b1 & 0x3f) << 6) | (b2 & 0x3f);
  else code = ((b0 & 0x07) << 18) | ((b1 & 0x3f) << 12) | ((b2 & 0x3f) << 6) | (b3 & 0x3f);
  // Overlong forms and surrogates are not what an encoder writes: treat them as no match.
  const minimum = bytes.length === 2 ? 0x80 : bytes.length === 3 ? 0x800 : 0x10000;
  if (code < minimum || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return null;
  return String.fromCodePoint(code);
}

/**
 * The undecodable leftovers: an E2 lead whose continuation bytes were dropped, and a C2 lead whose
 * no-break space became a plain space.
 */
function repairLossy(text: string, run: string, start: number, thaiFamily: boolean): Edit | null {
  const lead = run[0] ?? '';
  const second = run[1];
  if (lead === 'โ' || lead === 'â') {
    // `â` alone is a French letter; only `â€` (E2 80, third byte lost) is certainly damage.
    const markerLength = second === '€' || second === '\u0080' ? 2 : lead === 'โ' ? 1 : 0;
    if (markerLength === 0) return null;
    const end = start + markerLength;
    if (thaiFamily && (isThai(text[start - 1]) || isThai(text[end]))) {
      return markerLength === 1 ? repairThaiPair(text, start) : null;
    }
    return { start, end, replacement: guessPunctuation(text, start, end) };
  }
  if (lead === 'ย' || lead === 'Â') {
    const end = start + 1;
    if (thaiFamily && (isThai(text[start - 1]) || isThai(text[end]))) return null;
    const before = text[start - 1];
    const after = text[end];
    const nearSpace = after === undefined || SPACE.test(after) || (before !== undefined && SPACE.test(before));
    // Next to a space the no-break space's remains just go; between words they become the space.
    if (nearSpace) return { start, end, replacement: '' };
    return lead === 'ย' ? { start, end, replacement: ' ' } : null;
  }
  return null;
}

/**
 * `โ` followed by one Thai letter: E2 ?? XX with the middle byte lost. Only the three marks that
 * news pages carry are recognised (™ or •, …, €); anything else may be real Thai.
 */
function repairThaiPair(text: string, start: number): Edit | null {
  const tail = text[start + 1];
  const end = start + 2;
  if (isThai(text[start - 1]) || isThai(text[end])) return null;
  const before = text[start - 1];
  const afterWord = before !== undefined && LETTER_OR_DIGIT.test(before);
  if (tail === 'ข') return { start, end, replacement: afterWord ? '™' : '•' };
  if (tail === 'ฆ') return { start, end, replacement: '…' };
  if (tail === 'ฌ') return { start, end, replacement: '€' };
  return null;
}

/** Which general-punctuation mark a lost E2 sequence was, judged by the characters around it. */
function guessPunctuation(text: string, start: number, end: number): string {
  const before = text[start - 1];
  const after = text[end];
  const spaceBefore = before === undefined || SPACE.test(before) || OPENERS.includes(before);
  const spaceAfter = after === undefined || SPACE.test(after);
  if (spaceBefore) return spaceAfter ? '–' : '“';
  if (spaceAfter || CLOSING_PUNCT.includes(after)) return '”';
  const wordBefore = LETTER_OR_DIGIT.test(before);
  const wordAfter = LETTER_OR_DIGIT.test(after);
  if (wordBefore && wordAfter) {
    if (DIGIT.test(before) && DIGIT.test(after)) return '–';
    if (CONTRACTION_TAIL.test(text.slice(end, end + 3))) return '’';
    return '—';
  }
  if (before === ':') return '“';
  if (CLOSING_PUNCT.includes(before)) return '”';
  return '—';
}

/**
 * Builds the repaired text and its offset maps. The maps are kept per edit, not per character,
 * so a long block with a few repairs costs a few entries; lookups are binary searches.
 */
function applyEdits(text: string, edits: Edit[]): RepairedText {
  const parts: string[] = [];
  // For each edit: where its replacement starts in the repaired text.
  const repairedStarts = new Int32Array(edits.length);
  let cursor = 0;
  let shift = 0;
  edits.forEach((edit, i) => {
    parts.push(text.slice(cursor, edit.start), edit.replacement);
    repairedStarts[i] = edit.start + shift;
    shift += edit.replacement.length - (edit.end - edit.start);
    cursor = edit.end;
  });
  parts.push(text.slice(cursor));
  const repaired = parts.join('');

  /** The last edit whose replacement starts at or before `index`, or -1. */
  const editAtOrBefore = (index: number): number => {
    let lo = 0;
    let hi = edits.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if ((repairedStarts[mid] ?? 0) <= index) {
        found = mid;
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return found;
  };
  /** Original offset of repaired character `index`: inside a replacement, its damaged span. */
  const locate = (index: number): { start: number; end: number } => {
    // A deletion at `index` owns no repaired character, so `index` is the character after it.
    const i = editAtOrBefore(index);
    if (i < 0) return { start: index, end: index + 1 };
    const edit = edits[i] as Edit;
    const offset = index - (repairedStarts[i] ?? 0);
    if (offset < edit.replacement.length) return { start: edit.start, end: edit.end };
    const original = edit.end + (offset - edit.replacement.length);
    return { start: original, end: original + 1 };
  };
  return {
    text: repaired,
    changed: true,
    toOriginal: (index) => (index >= repaired.length ? text.length : locate(Math.max(0, index)).start),
    toOriginalEnd: (end) => (end <= 0 ? 0 : locate(Math.min(end, repaired.length) - 1).end),
  };
}

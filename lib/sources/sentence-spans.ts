export interface Span {
  start: number;
  end: number;
}

/** Abbreviations whose period does not end a sentence ("Oct. 9", "U.S. firms", "Co. Ltd."). */
const ABBREVIATIONS = new Set(
  (
    'mr mrs ms dr prof st co corp inc ltd jr sr no nos vs etc al fig gen gov sen rep dept est approx ' +
    'jan feb mar apr jun jul aug sep sept oct nov dec mon tue wed thu fri sat sun ' +
    'u.s u.k u.n e.u p.m a.m i.e e.g'
  ).split(' '),
);

const TERMINATOR = /[.!?。！？]/;
const CJK_TERMINATOR = /[。！？]/;

/**
 * The sentences of a text as index spans (trimmed), in one left-to-right pass. A period ends a
 * sentence when a space and a non-lower-case character follow and the word before it is neither
 * an abbreviation nor an initial ("Li X."); CJK full stops end one outright. Closing quotes and
 * brackets after the terminator stay with the sentence.
 */
export function sentenceSpans(text: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (!TERMINATOR.test(c)) continue;
    let end = i + 1;
    while (end < text.length && /["'”’)\]」』）]/.test(text[end]!)) end++;
    if (!CJK_TERMINATOR.test(c)) {
      if (end < text.length && !/\s/.test(text[end]!)) continue;
      let k = end;
      while (k < text.length && /\s/.test(text[k]!)) k++;
      if (k < text.length && /\p{Ll}/u.test(text[k]!)) continue;
      if (c === '.' && isAbbreviation(text, i)) continue;
    }
    pushTrimmed(spans, text, start, end);
    start = end;
    i = end - 1;
  }
  pushTrimmed(spans, text, start, text.length);
  return spans;
}

function isAbbreviation(text: string, dot: number): boolean {
  let s = dot;
  while (s > 0 && /[\p{L}.]/u.test(text[s - 1]!)) s--;
  const word = text.slice(s, dot).toLowerCase();
  if (word.length === 1) return true;
  return ABBREVIATIONS.has(word);
}

function pushTrimmed(spans: Span[], text: string, start: number, end: number): void {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(text[s]!)) s++;
  while (e > s && /\s/.test(text[e - 1]!)) e--;
  if (e > s) spans.push({ start: s, end: e });
}

/** The span holding index `at` (binary search), or the whole text when none does. */
export function spanAt(spans: readonly Span[], at: number, textLength: number): Span {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = spans[mid]!;
    if (at < s.start) hi = mid - 1;
    else if (at >= s.end) lo = mid + 1;
    else return s;
  }
  return { start: 0, end: textLength };
}

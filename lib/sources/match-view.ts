/**
 * A copy of a text to match patterns against, the same length as the text (every UTF-16 unit
 * maps to one unit), so an index found in the copy slices the original: evidence is always
 * returned verbatim, damage included.
 *
 * It evens out what should not change a match: curly quotes and apostrophes, no-break spaces, and
 * the damage of UTF-8 text read as Thai code page 874 (the seed-mojibake fixture), where ’ “ ” —
 * all begin with the byte E2 and come out as "โ" ("Chinaโs", "defendโand", "โaccurate inventory
 * controlโ"), and a no-break space comes out as "ย". In real Thai text those letters are left
 * alone: they count as damage only between non-Thai characters.
 */
export function matchView(text: string): string {
  if (!NEEDS_MAPPING.test(text)) return text;
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    out += mapChar(c, text[i - 1] ?? '', text[i + 1] ?? '', text[i + 2] ?? '');
  }
  return out;
}

const NEEDS_MAPPING = /[’‘ʼ′“”„\u00a0\u2009\u202fโย]/;
const THAI = /[\u0e00-\u0e7f]/;
const LATIN_LETTER = /[A-Za-z\u00c0-\u024f]/;

function mapChar(c: string, prev: string, next: string, afterNext: string): string {
  switch (c) {
    case '’':
    case '‘':
    case 'ʼ':
    case '′':
      return "'";
    case '“':
    case '”':
    case '„':
      return '"';
    case '\u00a0':
    case '\u2009':
    case '\u202f':
      return ' ';
    case 'โ':
      return THAI.test(prev) || THAI.test(next) ? c : damagedPunctuation(prev, next, afterNext);
    case 'ย':
      return THAI.test(prev) || THAI.test(next) ? c : ' ';
    default:
      return c;
  }
}

/** What a "โ" most likely was: an apostrophe ("Chinaโs"), an opening or closing quote, or a dash. */
function damagedPunctuation(prev: string, next: string, afterNext: string): string {
  const letterBefore = LATIN_LETTER.test(prev);
  const letterAfter = LATIN_LETTER.test(next);
  if (letterBefore && /[stdm]/.test(next) && !LATIN_LETTER.test(afterNext)) return "'";
  if (letterBefore && letterAfter) return '—';
  if (!letterBefore && letterAfter) return '"';
  // "Timesโ report": after an s, most likely the possessive apostrophe.
  if (letterBefore && !letterAfter) return prev === 's' ? "'" : '"';
  return '—';
}

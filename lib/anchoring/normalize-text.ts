/**
 * The one normalization shared by the page-text index and the quotes searched in it. It works
 * code unit by code unit and never changes a kept unit's count (one in, at most one out), so every
 * character of the normalized text maps back to exactly one character of a DOM text node.
 */

/** `foldCharCode` result for a whitespace unit (collapsed into a single space by the caller). */
export const SPACE = -1;
/** `foldCharCode` result for an invisible unit, dropped outright. */
export const DROP = -2;

const SPACE_CODE = 0x20;

/**
 * Maps one UTF-16 code unit: whitespace (nbsp and the Unicode spaces included) → SPACE; soft hyphen
 * and zero-width characters → DROP (they split words in the DOM but not on screen); typographic
 * quotes and dashes → their ASCII form, so "China’s" in a stored quote still meets "China's" on a
 * page (or "—" meets "-") by exact search, which is far cheaper than the fuzzy fallback.
 */
export function foldCharCode(code: number): number {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d) ? SPACE : code;
  if (code < 0xa0) return code;
  switch (code) {
    case 0xa0:
    case 0x1680:
    case 0x2028:
    case 0x2029:
    case 0x202f:
    case 0x205f:
    case 0x3000:
      return SPACE;
    case 0xad:
    case 0x200b:
    case 0x200c:
    case 0x200d:
    case 0x2060:
    case 0xfeff:
      return DROP;
    case 0x2018:
    case 0x2019:
    case 0x201a:
    case 0x201b:
    case 0x2032:
      return 0x27; // '
    case 0x201c:
    case 0x201d:
    case 0x201e:
    case 0x201f:
    case 0x2033:
      return 0x22; // "
    case 0x2010:
    case 0x2011:
    case 0x2012:
    case 0x2013:
    case 0x2014:
    case 0x2015:
    case 0x2212:
      return 0x2d; // -
    default:
      return code >= 0x2000 && code <= 0x200a ? SPACE : code;
  }
}

/** A quote (or any string) normalized as the page index is: folded, collapsed, trimmed. */
export function normalizeText(text: string): string {
  let out = '';
  let pendingSpace = false;
  for (let i = 0; i < text.length; i += 1) {
    const folded = foldCharCode(text.charCodeAt(i));
    if (folded === DROP) continue;
    if (folded === SPACE) {
      pendingSpace = out.length > 0;
      continue;
    }
    if (pendingSpace) out += String.fromCharCode(SPACE_CODE);
    pendingSpace = false;
    out += String.fromCharCode(folded);
  }
  return out;
}

/**
 * Bytes of a saved HTML page → text, the way a browser would decode them: a byte-order mark
 * first, then the page's own declaration (`<meta charset>`, `<meta http-equiv="Content-Type">`,
 * an XML declaration), else UTF-8. Saved pages from Chinese, Japanese, Korean and Russian sites
 * are often GBK, Shift_JIS, EUC-KR or KOI8-R; read as UTF-8 they would be unreadable.
 */
export interface DecodedHtml {
  text: string;
  /** The WHATWG name of the encoding used ("utf-8", "gbk", "windows-1252"…). */
  encoding: string;
  /** Where the encoding came from; "fallback": undeclared and not valid UTF-8. */
  from: 'bom' | 'declaration' | 'default' | 'fallback';
}

/** The HTML standard prescans 1024 bytes; saved pages often carry long comments first, so more. */
const PRESCAN_BYTES = 4096;

export function decodeHtml(bytes: Uint8Array): DecodedHtml {
  const bom = bomEncoding(bytes);
  if (bom) return { text: decode(bytes, bom), encoding: bom, from: 'bom' };
  const declared = declaredEncoding(bytes.subarray(0, PRESCAN_BYTES));
  if (declared) return { text: decode(bytes, declared), encoding: declared, from: 'declaration' };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8', from: 'default' };
  } catch {
    // Undeclared and not UTF-8: what browsers in Western locales assume (HTML standard, 13.2.3.3).
    return { text: decode(bytes, 'windows-1252'), encoding: 'windows-1252', from: 'fallback' };
  }
}

/**
 * Bytes 0x80–0x9F of windows-1252 (WHATWG index): Node 20's TextDecoder decodes "windows-1252"
 * (and its aliases latin1, iso-8859-1, ascii) as ISO-8859-1, turning curly quotes, dashes and €
 * into C1 control characters (measured: [0x93, 0x96, 0x80] → U+0093 U+0096 U+0080).
 */
const WINDOWS_1252_HIGH =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

function decode(bytes: Uint8Array, encoding: string): string {
  const text = new TextDecoder(encoding).decode(bytes);
  if (encoding !== 'windows-1252') return text;
  // Where the decoder is right these characters do not occur (but for the five unmapped bytes, kept).
  return text.replace(/[\u0080-\u009f]/g, (c) => WINDOWS_1252_HIGH[c.charCodeAt(0) - 0x80] ?? c);
}

function bomEncoding(b: Uint8Array): string | null {
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return 'utf-8';
  if (b[0] === 0xff && b[1] === 0xfe) return 'utf-16le';
  if (b[0] === 0xfe && b[1] === 0xff) return 'utf-16be';
  return null;
}

const META_CHARSET = /<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([\w.:-]+)/i;
const XML_ENCODING = /^\s*<\?xml\b[^>]*?\bencoding\s*=\s*["']([\w.:-]+)/i;

/** The encoding the page declares, as a name TextDecoder knows; null when none or unknown. */
export function declaredEncoding(head: Uint8Array): string | null {
  // Declarations are ASCII: a byte-per-character view finds them whatever the encoding.
  const ascii = new TextDecoder('windows-1252').decode(head).replace(/<!--[\s\S]*?(?:-->|$)/g, '');
  const label = META_CHARSET.exec(ascii)?.[1] ?? XML_ENCODING.exec(ascii)?.[1];
  if (!label) return null;
  if (/^x-user-defined$/i.test(label)) return 'windows-1252';
  let encoding: string;
  try {
    encoding = new TextDecoder(label).encoding;
  } catch {
    return null;
  }
  // A UTF-16 declaration inside bytes that were readable as ASCII is wrong: the standard says UTF-8.
  return encoding.startsWith('utf-16') ? 'utf-8' : encoding;
}

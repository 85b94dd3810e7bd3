/**
 * A Unicode expression with its property escapes (`\p{L}`, `\p{N}`, `\p{Lu}`…) spelled out as the
 * BMP characters they stand for: on a text without surrogates (no character beyond the BMP,
 * hasSurrogate) it finds exactly what the expression finds, and runs about twice as fast. V8
 * compiles `[\p{L}\p{N}]` in Unicode mode as the BMP ranges or one of some hundred pairs of
 * surrogate ranges, and the cue expressions try it wherever a word may end: replayed alone, the
 * 8,859 sticky cue attempts of the real-news excerpts took 31.5 ms against 16.2 ms with BMP ranges
 * (best of ten), the 29,358 of the 1 MB article 38.7 against 17.3 ms, with the same matches.
 *
 * The ranges are read from the running engine's own `\p{…}` (the Unicode version of the browser,
 * not a table of ours), once per class. Case-insensitive matching closes a class of ranges as it
 * closes the property (test/unit/analysis/bmp-expression.test.ts checks every BMP character).
 */

const RANGES = new Map<string, string>();

/**
 * The BMP characters (surrogates left out) that a class of property escapes matches (`escapes`:
 * their source, `\p{L}\p{N}`), as class ranges. Characters are written as themselves (a source of
 * `\uXXXX` escapes is three times as long, and V8 reads it when the expression is made).
 */
export function bmpRanges(escapes: string): string {
  let ranges = RANGES.get(escapes);
  if (ranges === undefined) {
    ranges = '';
    const run = new RegExp(`[${escapes}]+`, 'gu');
    for (const [from, to] of BMP_SPANS) {
      const chars = bmpChars(from, to);
      for (let m = run.exec(chars); m !== null; m = run.exec(chars)) {
        const first = from + m.index;
        const last = first + m[0].length - 1;
        ranges += first === last ? classChar(first) : last === first + 1 ? classChar(first) + classChar(last) : `${classChar(first)}-${classChar(last)}`;
      }
    }
    RANGES.set(escapes, ranges);
  }
  return ranges;
}

/** The BMP without the surrogates, in two spans. */
const BMP_SPANS: readonly [number, number][] = [
  [0, 0xd7ff],
  [0xe000, 0xffff],
];
const CHARS = new Map<number, string>();
function bmpChars(from: number, to: number): string {
  let chars = CHARS.get(from);
  if (chars === undefined) {
    let out = '';
    for (let c = from; c <= to; c += 4096) out += String.fromCharCode(...Array.from({ length: Math.min(4096, to - c + 1) }, (_, k) => c + k));
    chars = out;
    CHARS.set(from, chars);
  }
  return chars;
}

/** A character as written in a class: syntax characters escaped, controls as \uXXXX. */
function classChar(code: number): string {
  if (code < 0x20 || (code >= 0x7f && code <= 0x9f) || code === 0x2028 || code === 0x2029) return `\\u${code.toString(16).padStart(4, '0')}`;
  const ch = String.fromCharCode(code);
  return '\\]['.includes(ch) || ch === '-' || ch === '^' ? `\\${ch}` : ch;
}

/**
 * `source` (a Unicode-mode expression, no `v` flag) with its property escapes replaced by their BMP
 * ranges: a class's escapes as the ranges of their union, an escape outside a class as a class of
 * its own. The same source when it has none.
 */
export function bmpSource(source: string): string {
  if (!source.includes('\\p{') && !source.includes('\\P{')) return source;
  let out = '';
  let i = 0;
  while (i < source.length) {
    const c = source[i];
    if (c === '\\') {
      const property = propertyAt(source, i);
      if (property) {
        out += `[${bmpRanges(property)}]`;
        i += property.length;
      } else {
        out += source.slice(i, i + 2);
        i += 2;
      }
    } else if (c === '[') {
      // A class: its escapes as one set of ranges, the rest as written.
      let j = i + 1;
      if (source[j] === '^') j++;
      let escapes = '';
      let rest = '';
      while (j < source.length && source[j] !== ']') {
        if (source[j] === '\\') {
          const property = propertyAt(source, j);
          const token = property ?? source.slice(j, j + 2);
          if (property) escapes += property;
          else rest += token;
          j += token.length;
        } else {
          rest += source[j];
          j++;
        }
      }
      const open = source.slice(i, source[i + 1] === '^' ? i + 2 : i + 1);
      out += escapes ? `${open}${bmpRanges(escapes)}${rest}]` : source.slice(i, j + 1);
      i = j + 1;
    } else {
      out += c;
      i++;
    }
  }
  return out;
}

/** The property escape (`\p{…}`, `\P{…}`) at `i`, or null. */
function propertyAt(source: string, i: number): string | null {
  const kind = source[i + 1];
  if ((kind !== 'p' && kind !== 'P') || source[i + 2] !== '{') return null;
  const end = source.indexOf('}', i + 3);
  return end < 0 ? null : source.slice(i, end + 1);
}

/** Whether the text has a surrogate code unit (a character beyond the BMP, or a lone half of one). */
export function hasSurrogate(text: string): boolean {
  // The stages of one sentence ask about the same text: the last answer is kept.
  if (text === lastText) return lastAnswer;
  lastText = text;
  lastAnswer = SURROGATE.test(text);
  return lastAnswer;
}

const SURROGATE = /[\ud800-\udfff]/;
let lastText: string | null = null;
let lastAnswer = false;

/**
 * V8 compiles an expression whose source is longer than 20 KB without its optimizations
 * (kRegExpTooLargeToOptimize): the figure expression's twin (21,890 characters) ran 2–3 times
 * slower than the expression itself. A twin that long is not made.
 *
 * Not every twin is faster: tried at every word start of the excerpts' sentences (best of six),
 * the cue, sector-noun, other-market, equity, adjunct, "seen as", aside, direction and main-clause
 * expressions took a third to a half of their time, the actor expression the same, the
 * attribution tail three times as long (1.9 → 6.0 ms). Callers choose (`useTwin`).
 */
const MAX_TWIN_LENGTH = 20 * 1024;

/**
 * An expression and its BMP twin (bmpSource, same flags): `for(text)` is the one to run on `text`.
 * The twin is made when first needed (a page uses some of the cues), and is the expression itself
 * when the source has no property escape or the twin would be too long.
 */
export class BmpExpression {
  readonly full: RegExp;
  private twin: RegExp | null = null;

  constructor(
    private readonly source: string,
    private readonly flags: string,
    /** false: the expression runs on every text (a twin measured no faster). */
    private readonly useTwin = true,
  ) {
    this.full = new RegExp(source, flags);
  }

  get bmp(): RegExp {
    if (this.twin === null) {
      const source = this.useTwin ? bmpSource(this.source) : this.source;
      this.twin = source === this.source || source.length > MAX_TWIN_LENGTH ? this.full : new RegExp(source, this.flags);
    }
    return this.twin;
  }

  for(text: string): RegExp {
    return hasSurrogate(text) ? this.full : this.bmp;
  }
}

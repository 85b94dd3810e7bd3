import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bmpRanges, bmpSource, BmpExpression, hasSurrogate } from '../../../lib/analysis/bmp-expression';
import { SIGNAL_CUES } from '../../../lib/analysis/lexicon';

/**
 * The BMP twin of an expression must find what the expression finds on any text without
 * surrogates: its ranges are the property's BMP characters, and case-insensitive matching closes
 * them as it closes the property.
 */

/** Every property escape the engine's expressions use, and a few more. */
const ESCAPES = ['\\p{L}', '\\p{N}', '\\p{Lu}', '\\p{Ll}', '\\p{Nd}', '\\p{M}', '\\P{L}', '\\p{Script=Han}', '\\p{Script=Hiragana}', '\\p{Script=Katakana}', '\\p{Sentence_Terminal}'];

function bmpChars(): string[] {
  const chars: string[] = [];
  for (let c = 0; c <= 0xffff; c++) if (c < 0xd800 || c > 0xdfff) chars.push(String.fromCharCode(c));
  return chars;
}

describe('bmpRanges', () => {
  const chars = bmpChars();
  it.each(ESCAPES)('%s: the ranges match the BMP characters the escape matches, with and without case folding, alone, in a class and negated', (escape) => {
    const ranges = bmpRanges(escape);
    for (const flags of ['u', 'iu']) {
      const pairs: [RegExp, RegExp][] = [
        [new RegExp(`^${escape}$`, flags), new RegExp(`^[${ranges}]$`, flags)],
        [new RegExp(`^[${escape}_]$`, flags), new RegExp(`^[${ranges}_]$`, flags)],
        [new RegExp(`^[${escape}\\p{N}]$`, flags), new RegExp(`^[${bmpRanges(`${escape}\\p{N}`)}]$`, flags)],
        [new RegExp(`^[^${escape}]$`, flags), new RegExp(`^[^${ranges}]$`, flags)],
      ];
      for (const [full, bmp] of pairs) {
        const differ = chars.filter((ch) => full.test(ch) !== bmp.test(ch));
        expect(differ.map((ch) => ch.charCodeAt(0).toString(16)), `${escape} ${flags} ${full.source.slice(0, 20)}`).toEqual([]);
      }
    }
  });
});

describe('bmpSource', () => {
  it('spells property escapes out, bare in a class, as a class elsewhere', () => {
    const ln = bmpRanges('\\p{L}\\p{N}');
    const l = bmpRanges('\\p{L}');
    expect(bmpSource('(?<![\\p{L}\\p{N}])ab(?!\\p{L})[^,\\p{L}]')).toBe(`(?<![${ln}])ab(?![${l}])[^${l},]`);
    expect(new RegExp(`^[${ln}]+$`, 'u').test('aZ9é中٣Ⅻ')).toBe(true);
    expect(bmpSource('a\\s+b')).toBe('a\\s+b');
  });

  it('finds what the expression finds on texts without surrogates, and the expression is kept for texts with them', () => {
    const words = fc.constantFrom(...'export controls on rare earths rose 12% to 5,000 tonnes Éxport éclat naïve 中国 稀土 İ Straße ǅ Ⅻ ½ ٣ K ſ 𝔸 😀'.split(' '));
    const cues = SIGNAL_CUES.map((cue) => new BmpExpression(String.raw`(?<![\p{L}\p{N}])(?:${cue.pattern})(?![\p{L}\p{N}])`, 'giu'));
    fc.assert(
      fc.property(fc.array(words, { minLength: 1, maxLength: 12 }), fc.constantFrom(' ', '', '-', ', '), (list, separator) => {
        const text = list.join(separator);
        for (const cue of cues) {
          const chosen = cue.for(text);
          if (hasSurrogate(text)) expect(chosen).toBe(cue.full);
          const all = (re: RegExp) => [...text.matchAll(re)].map((m) => [m.index, m[0]]);
          expect(all(chosen)).toEqual(all(cue.full));
        }
      }),
      { numRuns: 40 },
    );
  }, 60_000);
});

describe('hasSurrogate', () => {
  it('tells a character beyond the BMP or a lone surrogate', () => {
    expect(hasSurrogate('rare earths')).toBe(false);
    expect(hasSurrogate('稀土 €')).toBe(false);
    expect(hasSurrogate('magnets 😀')).toBe(true);
    expect(hasSurrogate('half \ud800')).toBe(true);
  });
});

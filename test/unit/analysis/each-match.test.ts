import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { eachScanned, eachSticky } from '../../../lib/analysis/each-match';

/** The two ways of reading an expression's matches (each-match.ts) give the same matches. */
function scanned(source: string, text: string): [number, string][] {
  const out: [number, string][] = [];
  eachScanned(new RegExp(source, 'giu'), text, (m) => out.push([m.index, m[0]]));
  return out;
}

function sticky(source: string, text: string, starts: readonly number[]): [number, string][] {
  const out: [number, string][] = [];
  eachSticky(new RegExp(source, 'iyu'), text, starts, (m) => out.push([m.index, m[0]]));
  return out;
}

const everyStart = (text: string) => Array.from({ length: text.length + 1 }, (_, i) => i);

describe('eachSticky and eachScanned', () => {
  it('find the same non-overlapping matches, left to right', () => {
    const text = 'magnet toys, N52 magnets and N42H discs; a fridge magnet';
    const source = String.raw`(?:N(?:\d\dH?)|fridge)\s*(?:magnets?|discs?)`;
    expect(sticky(source, text, everyStart(text))).toEqual(scanned(source, text));
    expect(scanned(source, text).map(([, m]) => m)).toEqual(['N52 magnets', 'N42H discs', 'fridge magnet']);
  });

  it('skip a start inside the previous match, as the scan does', () => {
    // "aaaa" holds the match "aaa" at 0; a start at 1 is inside it, the next match starts at 3.
    expect(sticky('a{2,3}', 'aaaaa', [0, 1, 3])).toEqual([[0, 'aaa'], [3, 'aa']]);
    expect(scanned('a{2,3}', 'aaaaa')).toEqual([[0, 'aaa'], [3, 'aa']]);
  });

  it('agree on any text when every position is a start', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', 'b', ' ', 'N', '5', '2', 'H') }), (text) => {
        for (const source of ['a+b?', String.raw`N\d\dH?`, 'b|ab', String.raw`\s+`]) expect(sticky(source, text, everyStart(text))).toEqual(scanned(source, text));
      }),
    );
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compilePhrases, isWordToken, keepWords, scanWords, tokenize, TOKEN, wordsOfPart, type Token, type WordList } from '../../../lib/analysis/phrase-matcher';

/**
 * The tokenizer reads character properties instead of matching TOKEN, and the matcher walks stems
 * as character tries: both must give what the plain forms give. Texts written for these tests, plus
 * generated ones.
 */

/** Tokens as TOKEN finds them, with the apostrophe and currency rules. */
function tokensByExpression(text: string): Token[] {
  const tokens: Token[] = [];
  const expression = new RegExp(TOKEN.source, TOKEN.flags);
  for (let m = expression.exec(text); m !== null; m = expression.exec(text)) {
    let raw = m[0] === '’' || m[0] === 'ʼ' ? "'" : m[0];
    let end = m.index + m[0].length;
    if (text[end] === '$' && raw.length <= 2 && /^\p{Lu}{1,2}$/u.test(raw)) {
      raw += '$';
      end++;
      expression.lastIndex = end;
    }
    tokens.push({ raw, lower: raw.toLowerCase(), start: m.index, end });
  }
  return tokens;
}

const unit = fc.oneof(
  fc.constantFrom('a', 'Z', '9', ' ', '\n', '\u00a0', '-', '‐', '‑', '’', 'ʼ', "'", '$', 'US', 'HK', '.', ',', 'é', 'e\u0301', 'ß', '中', '𝔸', '🙂', '\ud800', '\udc00', '٣', 'Ⅻ', '€'),
  fc.string({ maxLength: 1 }),
);

describe('tokenize', () => {
  it('cuts words, punctuation and currency prefixes', () => {
    expect(tokenize('US$75/kg, rare-earth’s HK$ 3').map((t) => t.raw)).toEqual(['US$', '75', '/', 'kg', ',', 'rare', 'earth', "'", 's', 'HK$', '3']);
  });

  it('gives the tokens the expression gives', () => {
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 40 }), (text) => {
        expect(tokenize(text)).toEqual(tokensByExpression(text));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('compilePhrases', () => {
  /** The stems of a node compared one by one, the way the matcher did before it walked them as tries. */
  function lastStem(stems: readonly { stem: string; exact: boolean; id: number }[], token: Token): number {
    let best = -1;
    const firstRaw = token.raw[0] ?? '';
    const firstLower = token.lower[0] ?? '';
    for (const first of firstRaw === firstLower ? [firstRaw] : [firstRaw, firstLower]) {
      for (const s of stems) if ((s.stem[0] ?? '') === first && (s.exact ? token.raw : token.lower).startsWith(s.stem)) best = s.id;
    }
    return best;
  }

  it('keeps the last stem that fits a word, as a scan of the stems does', () => {
    const definitions = [
      { id: 1, phrase: 'selten*', exact: false },
      { id: 2, phrase: 'Seltenerd*', exact: true },
      { id: 3, phrase: 'seltenerd*', exact: false },
      { id: 4, phrase: 'Sel*', exact: true },
      { id: 5, phrase: 'magnet*', exact: false },
      { id: 6, phrase: 'MAG*', exact: true },
    ];
    const matcher = compilePhrases(definitions);
    const stems = definitions.map((d) => ({ stem: d.exact ? d.phrase.slice(0, -1) : d.phrase.slice(0, -1).toLowerCase(), exact: d.exact, id: d.id }));
    for (const word of ['Seltenerdmetalle', 'seltenerdmetalle', 'Selten', 'SELTEN', 'Sel', 'MAGNETS', 'Magnetism', 'magnet', 'MAGic', 'other']) {
      const token = tokenize(word)[0] as Token;
      const hit = matcher.find(word)[0];
      expect(hit?.id ?? -1).toBe(lastStem(stems, token));
    }
  });

  it('finds phrases of unspaced scripts where a global scan of their alternation finds them', () => {
    const phrases = ['稀土', '稀土永磁', '中国稀土', '土永', 'EU稀土', '永磁体', '레어', '레어어스', 'ー金属', '金属'];
    const matcher = compilePhrases(phrases.map((phrase, id) => ({ id, phrase, exact: false })));
    const alternation = new RegExp([...phrases].sort((a, b) => b.length - a.length).join('|'), 'g');
    const piece = fc.constantFrom('稀', '土', '永', '磁', '体', '中', '国', 'E', 'U', 'EU', '레', '어', '스', 'ー', '金', '属', ' ', 'a', '\ud800');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 20 }), (list) => {
        const text = list.join('');
        const expected = [...text.matchAll(alternation)].map((m) => ({ id: phrases.indexOf(m[0]), start: m.index, end: m.index + m[0].length }));
        expect(matcher.find(text)).toEqual(expected);
        expect(matcher.findWords(scanWords(text))).toEqual(expected);
      }),
      { numRuns: 2000 },
    );
  });

  it('finds the longest phrase from each word', () => {
    const matcher = compilePhrases([
      { id: 1, phrase: 'rare earth', exact: false },
      { id: 2, phrase: 'rare earth magnet', exact: false },
      { id: 3, phrase: 'MP', exact: true },
      { id: 4, phrase: 'MP Materials', exact: false },
    ]);
    expect(matcher.find('Rare-earth magnets from MP Materials and mp, MP.').map((h) => h.id)).toEqual([2, 4, 3]);
  });
});

describe('scanWords', () => {
  const matcher = compilePhrases([
    { id: 1, phrase: 'rare earth', exact: false },
    { id: 2, phrase: 'Seltenerd*', exact: true },
    { id: 3, phrase: 'selten*', exact: false },
    { id: 4, phrase: 'MP', exact: true },
    { id: 5, phrase: 'US$', exact: true },
    { id: 6, phrase: 'l’usine', exact: false },
    { id: 7, phrase: 'ß', exact: false },
    { id: 8, phrase: 'Magnet*', exact: true },
  ]);
  const words = fc.constantFrom(...'rare earth Rare-Earth RARE Seltenerdmetalle seltene MP mp US$ US $ l’usine L\'usine ß SS Magnete magnets 中国 e\u0301 İ , . ’ - 9'.split(' '));

  it('gives tokenize’s tokens, and the matchers the same hits', () => {
    fc.assert(
      fc.property(fc.array(words, { minLength: 1, maxLength: 12 }), fc.constantFrom(' ', '', '\n', ', '), (list, separator) => {
        const text = list.join(separator);
        const tokens = tokenize(text);
        const expected = matcher.find(text, tokens);
        const scanned = scanWords(text);
        expect(scanned.count).toBe(tokens.length);
        expect(scanned.words).toBe(tokens.filter(isWordToken).length);
        tokens.forEach((token, i) => {
          expect([scanned.starts[i], scanned.ends[i]]).toEqual([token.start, token.end]);
        });
        expect(matcher.findWords(scanned)).toEqual(expected);
        expect(matcher.find(text, scanned)).toEqual(expected);
      }),
      { numRuns: 1000 },
    );
  });

  it('fits ASCII words to stems as the character tries of tokenize’s path do', () => {
    // Exact and folded stems that share first letters, in both orders, a repeated stem, stems
    // beyond ASCII and stems after a word: the typed-array tries of plain ASCII tokens must keep
    // the same stem as the Map tries.
    const stems = compilePhrases([
      { id: 1, phrase: 'ab*', exact: false },
      { id: 2, phrase: 'Ab*', exact: true },
      { id: 3, phrase: 'abc*', exact: false },
      { id: 4, phrase: 'aB*', exact: true },
      { id: 5, phrase: 'a*', exact: false },
      { id: 6, phrase: 'ABC*', exact: true },
      { id: 7, phrase: 'ab*', exact: false },
      { id: 8, phrase: 'bä*', exact: false },
      { id: 9, phrase: 'b*', exact: true },
      { id: 10, phrase: '1a*', exact: false },
      { id: 11, phrase: 'c ab*', exact: false },
      { id: 12, phrase: 'c A*', exact: true },
      { id: 13, phrase: 'c', exact: false },
    ]);
    const word = fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'A', 'B', 'C', '1'), minLength: 1, maxLength: 5 });
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 8 }), (list) => {
        const text = list.join(' ');
        expect(stems.findWords(scanWords(text))).toEqual(stems.find(text, tokenize(text)));
      }),
      { numRuns: 2000 },
    );
  });

  it('reads a text again when its word list was overwritten by a later scan', () => {
    const first = 'MP Materials buys rare earth ore.';
    const list = scanWords(first);
    scanWords('Seltenerdmetalle und MP');
    expect(matcher.find(first, list)).toEqual(matcher.find(first, tokenize(first)));
  });
});

describe('wordsOfPart', () => {
  const words = fc.constantFrom(...'rare earth Rare-Earth US$ US $ l’usine ß Magnete 中国 稀土 한국 e\u0301 İ , . ’ - 9 1.5 𝔸 😀'.split(' '));
  /** A word list's contents, for comparison (its arrays are reused). */
  const contents = (list: WordList) => ({
    text: list.text,
    words: list.words,
    unspaced: list.unspaced,
    tokens: Array.from({ length: list.count }, (_, i) => [list.starts[i], list.ends[i], list.rawIds[i], list.lowerIds[i], list.kinds[i], list.raws[i], list.lowers[i]]),
  });

  it('cuts a text’s kept word list into the list scanWords makes of a part', () => {
    fc.assert(
      fc.property(fc.array(words, { minLength: 1, maxLength: 16 }), fc.constantFrom(' ', '', '\n', ', '), fc.nat(), fc.nat(), (list, separator, a, b) => {
        const text = list.join(separator);
        scanWords(text);
        const kept = keepWords(text);
        expect(kept).not.toBeNull();
        const from = a % (text.length + 1);
        const to = from + (b % (text.length - from + 1));
        const part = text.slice(from, to);
        const cut = contents(wordsOfPart(kept!, from, to, part));
        expect(cut).toEqual(contents(scanWords(part)));
      }),
      { numRuns: 2000 },
    );
  });

  it('keeps only the list of the text asked for', () => {
    scanWords('rare earth magnets');
    expect(keepWords('rare earth')).toBeNull();
    expect(keepWords('rare earth magnets')?.count).toBe(3);
  });
});

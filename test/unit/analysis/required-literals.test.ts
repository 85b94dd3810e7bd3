import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FIGURE_SOURCE } from '../../../lib/analysis/extract-figures';
import { ACTOR_PATTERNS, CONFUSABLES, NON_CLAIM_PATTERNS, OTHER_MARKET_SUBJECTS, SECTOR_NOUNS, SIGNAL_CUES } from '../../../lib/analysis/lexicon';
import {
  alternationLiteralSets,
  FOLDS_TO_LITERAL_CHARS,
  hasCaseFoldOutliers,
  IndexedPattern,
  LiteralAutomaton,
  LiteralGroup,
  literalIndex,
  NO_WORD_CHAR_BEFORE,
  PatternIndex,
  requiredLiterals,
  requiredLiteralSets,
  startLiterals,
  startRequirements,
} from '../../../lib/analysis/required-literals';

/**
 * The literal prefilters must never change what the patterns find: a pattern is skipped only where
 * it cannot match, and tried sticky only where its matches can start. Sentences written for these
 * tests, plus generated ones.
 */

const wrap = (pattern: string, flags: string) => new RegExp(String.raw`(?<![\p{L}\p{N}])(?:${pattern})(?![\p{L}\p{N}])`, flags);

/** Every match of a pattern by a scan of the whole text, as [start, text]. */
function scanned(pattern: string, text: string): [number, string][] {
  const expression = wrap(pattern, 'giu');
  const out: [number, string][] = [];
  for (let m = expression.exec(text); m !== null; m = expression.exec(text)) {
    if (m[0].length === 0) expression.lastIndex++;
    else out.push([m.index, m[0]]);
  }
  return out;
}

/** The same through a PatternIndex: required literals first, then sticky at start positions. */
function indexed(index: PatternIndex, patterns: readonly string[], which: number, text: string): [number, string][] {
  const lower = text.toLowerCase();
  const { required, starts } = index.find(text, lower, NO_WORD_CHAR_BEFORE);
  if (required[which] === 0) return [];
  if (!index.anchored[which]) return scanned(patterns[which] as string, text);
  const expression = wrap(patterns[which] as string, 'iuy');
  const out: [number, string][] = [];
  let next = 0;
  for (const p of starts[which] as readonly number[]) {
    if (p < next) continue;
    expression.lastIndex = p;
    const m = expression.exec(text);
    if (!m) continue;
    if (m[0].length === 0) {
      next = p + 1;
      continue;
    }
    out.push([p, m[0]]);
    next = p + m[0].length;
  }
  return out;
}

describe('startLiterals', () => {
  it.each([
    ['export (?:controls?|bans?)', ['export control', 'export ban']],
    ['(?:halt|suspend)\\w*\\s+production', ['halt', 'suspend']],
    ['(?<!(?:car|EV)\\s)(?:output|production)\\s+rose', ['output', 'production']],
    ['(?:about\\s+)?\\d+%', ['about', ...'0123456789']],
    ['(?:US\\$|€)\\d+', ['us$', '€']],
    ['[Ss]hortages?', ['shortage']],
  ])('%s starts with %j', (pattern, expected) => {
    expect(new Set(startLiterals(pattern))).toEqual(new Set(expected));
  });

  it.each([['\\w+-year'], ['(?:a|\\s)b'], ['(?:about)?'], ['[a-z]+ing']])('%s has no start literals', (pattern) => {
    expect(startLiterals(pattern)).toBeNull();
  });

  it('tells what must follow each start literal', () => {
    expect(startRequirements('(?:state|government)[- ](?:aligned|led)|state\\s+planning|reshor\\w*')).toEqual([
      { literal: 'state', follow: [['aligned', 'led']] },
      { literal: 'government', follow: [['aligned', 'led']] },
      { literal: 'state', follow: [['planning']] },
      { literal: 'reshor', follow: [] },
    ]);
    expect(startRequirements('(?:about\\s+)?\\d+\\s?percent')).toEqual([
      { literal: 'about', follow: [[...'0123456789'], ['percent']] },
      ...[...'0123456789'].map((literal) => ({ literal, follow: [['percent']] })),
    ]);
    expect(startRequirements('rare\\s+earth\\s+(?:prices|exports)')).toEqual([{ literal: 'rare', follow: [['earth'], ['prices', 'exports']] }]);
  });

  it('finds start literals for nearly all cues of the lexicon', () => {
    const missing = SIGNAL_CUES.filter((cue) => startLiterals(cue.pattern) === null);
    expect(missing.length).toBeLessThanOrEqual(3);
  });
});

describe('requiredLiteralSets', () => {
  it('needs every mandatory part of a sequence, one need for an alternation', () => {
    expect(requiredLiteralSets('rare[- ]earth\\s+(?:hypothesis|theory)')).toEqual([['rare'], ['earth'], ['hypothesis', 'theory']]);
    expect(requiredLiteralSets('(?:band|act)\\s+rare earth')).toEqual([['band', 'act'], ['rare earth']]);
    expect(requiredLiteralSets('foo|bar baz')).toEqual([['foo', 'bar baz']]);
    expect(requiredLiteralSets('\\d+(?:x)?')).toEqual([[...'0123456789']]);
    expect(requiredLiteralSets('[a-z]+(?:x)?')).toEqual([]);
  });
});

describe('alternationLiteralSets', () => {
  it('needs one part of each rank from every alternative (the last again when an alternative has fewer)', () => {
    expect(alternationLiteralSets('supply\\s+under\\s+(?:contract|deal)|long-term\\s+(?:contract|deal)')).toEqual([
      ['supply', 'long-term'],
      ['under', 'contract', 'deal'],
      ['contract', 'deal'],
    ]);
    expect(alternationLiteralSets('rare[- ]earth\\s+(?:hypothesis|theory)')).toEqual([['hypothesis', 'theory'], ['earth'], ['rare']]);
    expect(alternationLiteralSets('foo|[a-z]+')).toEqual([]);
  });

  const cues = SIGNAL_CUES.map((cue) => ({ pattern: cue.pattern, expression: wrap(cue.pattern, 'iu'), sets: alternationLiteralSets(cue.pattern) }));
  const meetsAll = (sets: readonly string[][], text: string): boolean => {
    const lower = text.toLowerCase();
    return sets.every((set) => set.some((literal) => lower.includes(literal)));
  };

  it.each([
    'Lynas signed a 10-year supply agreement with the Pentagon.',
    'Supplies under the long-term contract start in 2027, and exports hit a record high in March.',
    'Sales volumes in the quarter rose 20%, and record quarterly output followed multi-year highs in production.',
    'Mined supply is expected to climb further.',
  ])('never rules out a sentence where a cue matches: %s', (text) => {
    for (const { pattern, expression, sets } of cues) if (expression.test(text)) expect(meetsAll(sets, text), pattern).toBe(true);
  });

  it('never rules out a generated sentence where a cue matches', () => {
    const words = fc.constantFrom(...'sales volumes volume rose hit reached a record high multi-year 10-year supply supplied under the long-term contract agreement deal exports output in for up'.split(' '));
    fc.assert(
      fc.property(fc.array(words, { minLength: 1, maxLength: 12 }), (list) => {
        const text = list.join(' ');
        for (const { pattern, expression, sets } of cues) if (expression.test(text)) expect(meetsAll(sets, text), pattern).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});

describe('LiteralAutomaton', () => {
  it('reports every occurrence, overlapping ones and suffixes included', () => {
    const automaton = new LiteralAutomaton(['he', 'she', 'his', 'hers', 'e']);
    const found: [string, number][] = [];
    automaton.scan('ushers', (id, end) => found.push([automaton.literals[id] as string, end]));
    expect(found).toEqual([
      ['she', 4],
      ['he', 4],
      ['e', 4],
      ['hers', 6],
    ]);
  });

  it('agrees with indexOf on generated texts', () => {
    const alphabet = fc.constantFrom(...'abc ’€-'.split(''));
    fc.assert(
      fc.property(fc.array(fc.string({ unit: alphabet, minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 6 }), fc.string({ unit: fc.oneof(alphabet, fc.constantFrom('x', 'é', '𝔸')), maxLength: 40 }), (literals, text) => {
        const unique = [...new Set(literals)];
        const automaton = new LiteralAutomaton(unique);
        const found = new Set<string>();
        automaton.scan(text, (id, end) => found.add(`${id}@${end}`));
        const expected = new Set<string>();
        unique.forEach((literal, id) => {
          for (let at = text.indexOf(literal); at >= 0; at = text.indexOf(literal, at + 1)) expected.add(`${id}@${at + literal.length}`);
        });
        expect(found).toEqual(expected);
      }),
    );
  });

  it('reads a text in a group (full rows for shallow states, edges and failure links deeper) as its scan does', () => {
    // Literals up to six characters over three letters: states deeper than the full rows, and
    // failure links from them to deep and shallow states alike.
    const alphabet = fc.constantFrom('a', 'b', 'c');
    fc.assert(
      fc.property(fc.array(fc.string({ unit: alphabet, minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 12 }), fc.string({ unit: fc.oneof(alphabet, fc.constantFrom('x', ' ')), maxLength: 60 }), (literals, text) => {
        const group = new LiteralGroup();
        const unique = [...new Set(literals)];
        for (const literal of unique) group.idOf(literal);
        group.read(text, text);
        const read: string[] = [];
        for (let k = 0; k < group.count * 2; k += 2) read.push(`${group.occurrences[k]}@${group.occurrences[k + 1]}`);
        const scanned: string[] = [];
        new LiteralAutomaton(unique).scan(text, (id, end) => scanned.push(`${id}@${end}`));
        expect(read).toEqual(scanned);
      }),
      { numRuns: 500 },
    );
  });
});

describe('PatternIndex', () => {
  const patterns = SIGNAL_CUES.map((cue) => cue.pattern);
  const index = new PatternIndex(
    patterns.map((p) => {
      const need = requiredLiterals(p);
      return need ? [need] : [];
    }),
    patterns.map((p) => startRequirements(p)),
  );
  const sentences = [
    'Lynas said output of NdPr oxide at Mount Weld rose 15% in the quarter as the Kalgoorlie plant ramped up.',
    'China controls about 90% of the world’s rare earth processing capacity, and more than 60% of mining.',
    'NdPr oxide traded at 560,000 yuan a tonne on Friday, up 3% on the week; terbium slumped 8% to US$1,200/kg.',
    'MOFCOM added seven medium and heavy rare earths to its export control list, requiring licences for shipments.',
    'The plant was halted for two weeks after flooding, and exports fell to almost zero under a ten-year agreement.',
    'SHORTAGES of dysprosium: buyers are struggling to obtain terbium, and supply remains tight in Japan.',
  ];

  it.each(sentences)('finds what a scan of each cue finds: %s', (sentence) => {
    for (let which = 0; which < patterns.length; which++) {
      expect(indexed(index, patterns, which, sentence)).toEqual(scanned(patterns[which] as string, sentence));
    }
  });

  it('finds what a scan finds, and what the required-literal index lets through, on generated sentences', () => {
    const words = fc.constantFrom(
      ...'output production rose fell halted export controls licences prices of the world’s 90% $55/kg US$75 per kg China controls about market share demand for magnets stockpiles supply tight shortages halt mining and to in a it'.split(' '),
    );
    const legacy = literalIndex(patterns.map((p) => requiredLiterals(p)));
    fc.assert(
      fc.property(fc.array(words, { minLength: 1, maxLength: 14 }), fc.constantFrom(' ', ', ', ' - '), (list, separator) => {
        const sentence = list.join(separator);
        const candidates = new Set(legacy.candidates(sentence));
        for (let which = 0; which < patterns.length; which++) {
          const expected = candidates.has(which) ? scanned(patterns[which] as string, sentence) : [];
          expect(indexed(index, patterns, which, sentence)).toEqual(expected);
        }
      }),
      { numRuns: 60 },
    );
  });
});

describe('IndexedPattern', () => {
  const sources = [
    String.raw`(?<![\p{L}\p{N}])(?:${OTHER_MARKET_SUBJECTS})(?![\p{L}\p{N}])`,
    String.raw`(?<![\p{L}\p{N}])(?:${ACTOR_PATTERNS.join('|')})(?![\p{L}\p{N}])`,
    String.raw`(?<![\p{L}\p{N}])(?:${SECTOR_NOUNS})(?![\p{L}\p{N}])`,
  ];
  const patterns = sources.map((source) => [new IndexedPattern(source, NO_WORD_CHAR_BEFORE), new RegExp(source, 'iu')] as const);

  it('finds the leftmost match the expression finds', () => {
    const words = fc.constantFrom(...'the company said crude oil and soybeans chips chipmakers magnets the ore Beijing ministry CHIPS ſoy İ iron ore coal coalition 5G oil-rich'.split(' '));
    fc.assert(
      fc.property(fc.array(words, { minLength: 1, maxLength: 12 }), fc.constantFrom(' ', ', ', '-', ''), (list, separator) => {
        const text = list.join(separator);
        for (const [indexed, plain] of patterns) expect(indexed.exec(text)?.[0]).toBe(plain.exec(text)?.[0]);
      }),
      { numRuns: 500 },
    );
  });
});

describe('hasCaseFoldOutliers', () => {
  it('flags a lower-cased text that does not line up, and the characters that fold to ASCII letters', () => {
    expect(hasCaseFoldOutliers('İstanbul', 'İstanbul'.toLowerCase())).toBe(true);
    expect(hasCaseFoldOutliers('ſhortage', 'ſhortage'.toLowerCase())).toBe(true);
    expect(hasCaseFoldOutliers('Export Controls', 'export controls')).toBe(false);
  });

  it('covers every character that a case-insensitive Unicode pattern matches to a literal character of the lexicon without lower-casing to it', () => {
    const chars = new Set<string>();
    const sources = [...SIGNAL_CUES.map((cue) => cue.pattern), ...NON_CLAIM_PATTERNS.boilerplate, ...NON_CLAIM_PATTERNS.disclaimer, ...NON_CLAIM_PATTERNS.meta, FIGURE_SOURCE, ...CONFUSABLES.flatMap((c) => c.spans)];
    for (const source of sources) {
      for (const literal of [...(requiredLiterals(source) ?? []), ...requiredLiteralSets(source).flat(), ...alternationLiteralSets(source).flat(), ...(startLiterals(source) ?? [])]) for (const ch of literal) chars.add(ch);
    }
    const escape = (ch: string) => ch.replace(/[\\\]^-]/g, '\\$&');
    const anyLiteralChar = new RegExp(`[${[...chars].map(escape).join('')}]`, 'giu');
    let all = '';
    for (let code = 0; code <= 0x10ffff; code++) if (code < 0xd800 || code > 0xdfff) all += String.fromCodePoint(code);
    const outliers: string[] = [];
    for (const m of all.matchAll(anyLiteralChar)) {
      const ch = m[0];
      const matched = [...chars].filter((literal) => new RegExp(`[${escape(literal)}]`, 'iu').test(ch));
      if (matched.some((literal) => ch.toLowerCase() !== literal) && !FOLDS_TO_LITERAL_CHARS.test(ch)) outliers.push(ch);
    }
    expect(outliers).toEqual([]);
  });
});

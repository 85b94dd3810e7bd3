import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { icuPieces, isOneSentence, lastPieces, segmentSentences, TRAILING_ABBREVIATION, trailingAbbreviation } from '../../../lib/analysis/segment-sentences';

const texts = (block: string, lang?: string): string[] => segmentSentences(block, lang).map((s) => s.text);

describe('segmentSentences', () => {
  it('splits plain sentences and trims them', () => {
    expect(texts('  Prices rose.  Exports fell!   Why? ')).toEqual(['Prices rose.', 'Exports fell!', 'Why?']);
  });

  it('keeps titles and names together', () => {
    expect(texts('Mr. Smith said the U.S. Commerce Department will act. It did.')).toEqual([
      'Mr. Smith said the U.S. Commerce Department will act.',
      'It did.',
    ]);
    expect(texts('Dr. Lee met Prof. Wang in St. Louis on Monday. They agreed.')).toEqual([
      'Dr. Lee met Prof. Wang in St. Louis on Monday.',
      'They agreed.',
    ]);
  });

  it('keeps company suffixes and initials together', () => {
    expect(texts('Shenghe Resources Co. Ltd. signed a deal with J. R. Smith on Jan. 5. The deal closed.')).toEqual([
      'Shenghe Resources Co. Ltd. signed a deal with J. R. Smith on Jan. 5.',
      'The deal closed.',
    ]);
    expect(texts('Magnet makers, e.g. Proterial, rely on dysprosium. Vs. last year, i.e. 2024, demand rose.')).toEqual([
      'Magnet makers, e.g. Proterial, rely on dysprosium.',
      'Vs. last year, i.e. 2024, demand rose.',
    ]);
  });

  it('still ends a sentence at an abbreviation when a new sentence clearly starts', () => {
    expect(texts('China shipped more magnets to the U.S. The move surprised traders.')).toEqual([
      'China shipped more magnets to the U.S.',
      'The move surprised traders.',
    ]);
    expect(texts('Prices rose 5% in Feb. Analysts expect more.')).toEqual(['Prices rose 5% in Feb.', 'Analysts expect more.']);
    expect(texts('The order went to Lynas Rare Earths Ltd. It ships in May.')).toEqual([
      'The order went to Lynas Rare Earths Ltd.',
      'It ships in May.',
    ]);
  });

  it('returns offsets into the block text', () => {
    const block = ' Output rose at Mt. Weld.  Exports fell. ';
    for (const sentence of segmentSentences(block)) {
      expect(block.slice(sentence.start, sentence.end)).toBe(sentence.text);
    }
    expect(texts(block)).toEqual(['Output rose at Mt. Weld.', 'Exports fell.']);
  });

  it('segments Chinese and Japanese text', () => {
    expect(texts('稀土价格上涨。出口管制加强。', 'zh')).toEqual(['稀土价格上涨。', '出口管制加强。']);
    expect(texts('レアアースの価格が上昇した。輸出規制が強化された。', 'ja')).toHaveLength(2);
  });

  it('survives an invalid language tag', () => {
    expect(texts('Prices rose. Exports fell.', 'not a tag!')).toHaveLength(2);
  });

  it('returns nothing for an empty or blank block', () => {
    expect(segmentSentences('')).toEqual([]);
    expect(segmentSentences('   ')).toEqual([]);
  });
});

describe('segmentSentences on a very long block', () => {
  it('cuts it into chunks without losing or splitting sentences', () => {
    const sentence = 'Mr. Wang said NdPr output rose 5% at the U.S. Mountain Pass mine, e.g. in Q3. ';
    const block = sentence.repeat(600);
    const spans = segmentSentences(block);
    expect(spans).toHaveLength(600);
    for (const span of spans) {
      expect(span.text).toBe(sentence.trim());
      expect(block.slice(span.start, span.end)).toBe(span.text);
    }
  });

  it('cuts a block with no sentence end at spaces', () => {
    const block = 'word '.repeat(3000).trim();
    expect(segmentSentences(block).map((s) => s.text).join(' ')).toBe(block);
  });
});

/** The abbreviation before a segment's final period is read from its tail; the expression reads the whole segment. */
describe('trailingAbbreviation against the expression', () => {
  it.each(['He met Mr.', 'exports to the U.S.', 'e.g.', 'Donald J.', '(Co.', 'rose 5.', 'it is “Inc.', 'in the Café.', 'x.y.z.w.', 'ends here'])('%s', (segment) => {
    expect(trailingAbbreviation(segment)).toBe(TRAILING_ABBREVIATION.exec(segment)?.[1]);
  });

  it('agrees on generated segments', () => {
    const unit = fc.constantFrom('a', 'B', '.', ' ', '\t', '(', '"', "'", '“', '‘', '5', ',', 'é', 'Ж', '𝔸', '\u00a0', ')');
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 14 }), (segment) => {
        expect(trailingAbbreviation(segment)).toBe(TRAILING_ABBREVIATION.exec(segment)?.[1]);
      }),
      { numRuns: 5000 },
    );
  });
});

/** A block read as one sentence without the segmenter is one piece for ICU too. */
describe('isOneSentence against Intl.Segmenter', () => {
  const pieces = (text: string, lang = 'en') => [...new Intl.Segmenter(lang, { granularity: 'sentence' }).segment(text)].length;

  it.each(['Prices rose', 'Prices rose.', 'Did prices rise?! ', 'He said “prices rose.”', 'Prices (mostly) rose.) '])('%s', (text) => {
    expect(isOneSentence(text)).toBe(true);
    expect(pieces(text)).toBe(1);
  });

  it.each(['Prices rose. Then fell.', 'Up 5.5% in Q1', 'Prices rose.\nThen fell', 'Rose . ) then', 'Really? "Yes"', 'Τι είναι; Αυτό'])('not for %s', (text) => {
    expect(isOneSentence(text)).toBe(false);
  });

  it('agrees on generated blocks', () => {
    const unit = fc.constantFrom('a', 'B', ' ', ' ', '.', '?', '!', '"', "'", '”', '’', ')', ']', '(', ',', '5', '\n', '\u00a0', '。', '…', '\u2029', 'é', '؟', '।', ';', '\u037e');
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 16 }), (text) => {
        if (isOneSentence(text)) for (const lang of ['en', 'el', 'zh', 'ar']) expect(pieces(text, lang)).toBeLessThanOrEqual(1);
      }),
      { numRuns: 20000 },
    );
  });
});

/**
 * A block is cut at its sure breaks (a terminal, closing marks and spaces before a capital) and
 * each part read on its own: the pieces must be the ones Intl.Segmenter makes of the whole block.
 */
describe('icuPieces against Intl.Segmenter', () => {
  const plain = (text: string, lang: string) => [...new Intl.Segmenter(lang, { granularity: 'sentence' }).segment(text)].map((p): [number, number] => [p.index, p.index + p.segment.length]);

  it.each([
    ['en', 'Prices rose. Mr. Smith said so. “Exports fell.” Then U.S. buyers left! Why? Because.'],
    ['zh', '出口量下降了。价格上涨！「影响很大」他说。'],
    ['ja', '輸出が減った。「影響は大きい」と述べた。'],
    ['ru', 'Цены выросли. Экспорт упал.'],
  ])('cuts %s prose where ICU does', (lang, text) => {
    expect(lastPieces(icuPieces(text, lang))).toEqual(plain(text, lang));
  });

  it('agrees on generated blocks', () => {
    const unit = fc.constantFrom('a', 'b', 'B', 'Z', 'É', 'é', ' ', ' ', ' ', '.', '.', '?', '!', '"', "'", '”', '’', ')', ']', '(', '“', ',', '5', '\n', '\u00a0', '\u200d', '\u0301', '。', '…', '\u2029', '؟', ';', '\u037e', '中', 'Mr', 'U.S', 'Co', '国', 'の', 'ア', '・', 'ー', '한', 'Д', 'д', '！', '？', '」', '「', '）', '々', '\u3099', 'ｱ', '𠀀', 'Ⓐ', 'ǅ');
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 40 }), fc.constantFrom('en', 'el', 'zh', 'ar', 'de'), (units, lang) => {
        const text = units.join('');
        expect(lastPieces(icuPieces(text, lang))).toEqual(plain(text, lang));
      }),
      { numRuns: 5000 },
    );
  });

  it('agrees on a long block cut into chunks', () => {
    const text = Array.from({ length: 400 }, (_, i) => `Output at plant ${i} rose. Mr. Lee said U.S. buyers paid more? `).join('');
    const count = icuPieces(text, 'en');
    const pieces = lastPieces(count);
    expect(pieces[0]?.[0]).toBe(0);
    expect(pieces[pieces.length - 1]?.[1]).toBe(text.length);
    for (let k = 1; k < pieces.length; k++) expect(pieces[k]?.[0]).toBe(pieces[k - 1]?.[1]);
  });
});

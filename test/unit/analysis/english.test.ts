import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isEnglishSentence } from '../../../lib/analysis/english';
import { ENGLISH_MARKERS, OTHER_LATIN_MARKERS } from '../../../lib/analysis/lexicon';

/** Signals are English-first: only sentences that read as English are classified (english.ts). */
describe('isEnglishSentence', () => {
  it.each([
    'China tightened export controls on seven heavy rare earths in April.',
    'The separation enterprises stock is few, the holders mentality is strong and reluctant to sell.',
    'Dysprosium oxide up 6% on week',
    'Customs officers in Tianjin held several magnet consignments pending export documentation checks.',
    'Solvay’s La Rochelle plant separates rare earths for European magnet makers.',
  ])('English: "%s"', (sentence) => {
    expect(isEnglishSentence(sentence)).toBe(true);
  });

  it.each([
    ['French', 'La Chine a renforcé le contrôle des exportations de terres rares, dont le dysprosium et le terbium.'],
    ['German', 'China hat die Exportkontrollen für Seltene Erden wie Dysprosium und Terbium verschärft.'],
    ['Spanish', 'Los fabricantes de imanes permanentes buscan nuevas fuentes de neodimio en Brasil.'],
    ['Portuguese', 'O Brasil pretende ampliar a produção de terras raras em Goiás.'],
    ['Japanese', 'ネオジム磁石を使う電気自動車（EV）の駆動モーター向けの需要は底堅い。'],
    ['Chinese', '本周氧化镨钕价格上涨至每吨56万元，下游磁材企业采购意愿增强。'],
    ['Russian', 'Китай ввёл экспортный контроль на ряд редкоземельных элементов.'],
    ['Korean', '정부는 희토류 비축 물량을 늘리기로 했다.'],
  ])('not English (%s)', (_lang, sentence) => {
    expect(isEnglishSentence(sentence)).toBe(false);
  });
});

/** The reading by regular expressions that the one-pass reading must reproduce on any text. */
function readByExpressions(sentence: string): boolean {
  const letters = sentence.match(/\p{L}/gu)?.length ?? 0;
  if (letters === 0) return false;
  const latin = sentence.match(/\p{Script=Latin}/gu)?.length ?? 0;
  if (latin / letters < 0.8) return false;
  let english = 0;
  let other = 0;
  for (const word of sentence.match(/\p{L}+(?:['’]\p{L}+)*/gu) ?? []) {
    const lower = word.toLowerCase();
    if (ENGLISH_MARKERS.includes(lower)) english++;
    else if (OTHER_LATIN_MARKERS.includes(lower)) other++;
  }
  if (english === 0) return other === 0 && !/[àâäçéèêëîïôöùûüÿñãõßœ]/iu.test(sentence);
  return english >= other;
}

describe('isEnglishSentence against the reading by regular expressions', () => {
  it('agrees on generated sentences', () => {
    const pieces = fc.constantFrom(
      ...'The THE of and der die und le la el los é Ñ ß prices rose it’s don\'t l’usine ’ \' Ⅻ ΟΔΟΣ σ ς İstanbul ſ 中国 稀土 Россия ё e\u0301 9 % 𝔸𝔹 🙂 \ud800'.split(' '),
    );
    fc.assert(
      fc.property(fc.array(pieces, { minLength: 1, maxLength: 12 }), fc.constantFrom(' ', '', ', ', '’', "'"), (words, separator) => {
        const sentence = words.join(separator);
        expect(isEnglishSentence(sentence)).toBe(readByExpressions(sentence));
      }),
      { numRuns: 2000 },
    );
  });
});

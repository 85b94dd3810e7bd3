import { describe, expect, it } from 'vitest';
import { isEnglishSentence } from '../../../lib/analysis/english';

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

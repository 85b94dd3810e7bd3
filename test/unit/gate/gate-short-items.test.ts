import { describe, expect, it } from 'vitest';
import { scoreTopic } from '../../../lib/analysis/topic';
import { scoreGate } from '../../../lib/gate/gate-score';
import { articleOf } from '../analysis/article-of';

/**
 * A short wire item names its mineral once, beside a word or two of its market ("… の輸出を禁止",
 * "exportações de …"): the gate must let it through and the topic must read it, in every language
 * the engine reads and in those the gate lets through (issue 12). One sentence each, written for
 * this test, with no title, description or keywords.
 */
const ITEMS: [lang: string, text: string][] = [
  ['ja', '中国商務省は、レアアース磁石の製造装置の輸出を新たに制限すると発表した。'],
  ['ja', '経済産業省は、希土類の新たな鉱山への出資と輸出規制への対応を検討している。'],
  ['ko', '중국은 희토류 자석 기술의 수출을 금지하고 공급망 점검에 나섰다.'],
  ['zh', '商务部宣布对稀土相关技术实施出口管制，涉及相关供应链。'],
  ['ru', 'Китай запретил экспорт технологий производства редкоземельных магнитов.'],
  ['ru', 'Пекин ограничил экспорт галлия и германия, сообщили экспортёры.'],
  ['de', 'Peking verbietet die Ausfuhr von Technologie für Magnete aus Seltenen Erden.'],
  ['fr', 'Pékin interdit les exportations de technologies des aimants aux terres rares.'],
  ['es', 'Pekín prohíbe las exportaciones de tecnología para imanes de tierras raras.'],
  ['pt', 'Pequim proíbe as exportações de tecnologia para ímãs de terras raras.'],
  ['it', 'Pechino vieta le esportazioni di tecnologia per i magneti alle terre rare.'],
  ['id', 'China melarang ekspor teknologi magnet tanah jarang, dan pembatasan ekspor meluas.'],
  ['vi', 'Trung Quốc cấm xuất khẩu công nghệ nam châm đất hiếm.'],
  ['tr', 'Çin, nadir toprak mıknatıs teknolojisinin ihracatını yasakladı; ihracat kısıtlandı.'],
  ['pl', 'Chiny zakazały eksportu technologii magnesów z metali ziem rzadkich; kontrola eksportu rośnie.'],
];

describe('a short wire item beyond English, named once', () => {
  it.each(ITEMS)('%s: %s', (lang, text) => {
    expect(scoreGate({ url: 'https://news.example/item', head: '', body: text }).candidate).toBe(true);
    expect(scoreTopic(articleOf([text], { lang })).isRareEarth).toBe(true);
  });
});

describe('the gate reads the inflected and accented names of the critical minerals', () => {
  it.each([
    ['ru', 'Пекин ограничил поставки галлия и германия; экспорт упал, а экспортёры ищут новые рынки.'],
    ['pt', 'O gálio e o germânio ficaram mais caros; as exportações caíram e a mineração parou.'],
    ['ko', '안티모니 가격이 뛰고 안티모니 수출이 줄자 광산 투자가 늘었다.'],
  ])('%s: %s', (_lang, text) => {
    expect(scoreGate({ url: 'https://news.example/item', head: '', body: text }).candidate).toBe(true);
  });
});

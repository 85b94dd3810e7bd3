import { describe, expect, it } from 'vitest';
import type { Topic } from '../../../lib/analysis-result';
import type { FamilyName } from '../../../lib/analysis/cue-families';
import { sentenceRecords } from '../../../lib/analysis/detect-signals';
import { segmentSentences } from '../../../lib/analysis/segment-sentences';
import { findFamilies } from '../../../lib/analysis/signal-features';
import { articleOf } from './article-of';

/**
 * The field's vocabulary beyond English (cue-families.ts), on sentences written for this test in
 * each language: every kind of statement the news of rare earths and critical minerals makes
 * (output, trade volumes, quotes with units, controls and licences, quotas, stocks, deals, shares,
 * demand, traceability) is read as its family. Where the sentence also says how much or which way
 * (a number, a rise or fall, a control, a policy, a deal) the family rule takes it as a signal on a
 * rare-earth page; a stock, a share or a requirement stated without one is left to the model
 * (STATE_KINDS). Whether the engine then shows it is the signal model's decision.
 */
const ON_TOPIC: Topic = { isRareEarth: true, score: 0.9, evidence: ['rare earths'] };

type Case = [family: FamilyName, sentence: string];

const CASES: Record<string, Case[]> = {
  zh: [
    ['supply-expansion', '该企业新建的年产5000吨稀土分离项目已于上月投运。'],
    ['export-control', '商务部决定对部分中重稀土物项实施出口管制，出口经营者须申请两用物项出口许可。'],
    ['trade-policy', '工信部下达了今年第一批稀土开采指标和冶炼分离指标。'],
    ['pricing', '本周氧化镝成交价为每公斤1650元，较上周走高。'],
    ['inventory', '国储启动新一轮稀土收储，部分磁材企业也在补库。'],
    ['investment-deal', '这家稀土公司拟收购一座海外矿山51%的股权。'],
    ['market-concentration', '我国稀土冶炼分离产能约占全球的九成。'],
    ['risk-governance', '主管部门要求稀土产品全流程可追溯，并严厉打击非法开采。'],
    ['demand', '新能源汽车和风电领域对钕铁硼磁材的需求持续增长。'],
    ['fall', '今年前三季度稀土永磁出口量同比下降12%。'],
  ],
  ja: [
    ['supply-expansion', '住友の新しい精製工場が稼働し、レアアースの生産能力が倍増した。'],
    ['export-control', '中国はジスプロシウムの輸出許可制を導入し、軍民両用品目の輸出管理を強化した。'],
    ['inventory', '政府はレアアースの国家備蓄を積み増す方針だ。'],
    ['investment-deal', '双日はオーストラリアのレアアース企業に出資し、長期契約を結んだ。'],
    ['market-concentration', 'レアアースの精製は中国が世界の大半を占めている。'],
    ['pricing', 'テルビウムの相場は1キロ当たり1500ドルと、過去最高の水準に高騰した。'],
    ['risk-governance', '自動車メーカーは磁石のサプライチェーンでトレーサビリティと監査を求めている。'],
  ],
  ko: [
    ['export-control', '중국은 희토류 7종에 대한 수출허가제를 도입하고 이중용도 품목의 수출 제한을 강화했다.'],
    ['inventory', '정부는 희토류 비축량을 100일분으로 늘리기로 했다.'],
    ['investment-deal', '국내 소재 기업이 호주 희토류 광산에 지분 투자를 하고 장기 구매 계약을 맺었다.'],
    ['market-concentration', '한국의 희토류 수입 의존도는 중국에 대해 90%에 이른다.'],
    ['trade-policy', '정부는 핵심광물 공급망 안정화 방안과 보조금 지원을 발표했다.'],
    ['risk-governance', '업체들은 희토류 원산지를 추적하고 공급망 실사를 강화하고 있다.'],
  ],
  ru: [
    ['supply-expansion', 'Компания начала строительство завода по переработке редкоземельных концентратов мощностью 2 000 тонн в год.'],
    ['export-control', 'Китай ввёл лицензии на экспорт ряда редкоземельных металлов двойного назначения.'],
    ['trade-policy', 'Китай сохранил квоты на добычу редкоземельных металлов и повысил экспортные пошлины.'],
    ['pricing', 'Цены на редкоземельные металлы подскочили до 90 долл. за килограмм.'],
    ['inventory', 'Росрезерв увеличит запасы редкоземельных металлов.'],
    ['investment-deal', 'Госкорпорация объявила о приобретении доли в редкоземельном проекте.'],
    ['market-concentration', 'На Китай приходится около 90% мировой переработки редкоземельных металлов.'],
    ['fall', 'Экспорт редкоземельных магнитов из Китая в мае снизился на 30%.'],
    ['risk-governance', 'Регулятор требует прослеживаемости поставок и проводит аудит рудников.'],
  ],
  fr: [
    ['supply-expansion', 'Le groupe a mis en service une usine qui produira 1 000 tonnes par an d’oxydes de terres rares.'],
    ['export-control', 'Pékin a durci les contrôles à l’exportation des terres rares lourdes et exige des licences.'],
    ['pricing', 'Le prix du dysprosium a flambé à 900 dollars le kilo en Europe.'],
    ['inventory', 'Les industriels accumulent des stocks stratégiques d’aimants.'],
    ['investment-deal', 'Le fonds a annoncé le rachat d’une participation dans un projet de terres rares au Brésil.'],
    ['market-concentration', 'La Chine assure la majeure partie du raffinage mondial des terres rares.'],
    ['risk-governance', 'Les constructeurs exigent la traçabilité des aimants et un devoir de vigilance sur les terres rares.'],
    ['fall', 'Les exportations chinoises de gallium ont reculé de 40 % sur un an.'],
  ],
  de: [
    ['supply-expansion', 'Der Hersteller plant den Ausbau seiner Produktionskapazität für Seltenerdmagnete auf 5.000 Tonnen pro Jahr.'],
    ['export-control', 'Peking hat die Exportkontrollen verschärft und verlangt Ausfuhrgenehmigungen für Seltene Erden.'],
    ['pricing', 'Die Rohstoffpreise für Neodym sind um 20 Prozent gestiegen.'],
    ['inventory', 'Die Bundesregierung prüft den Aufbau einer Bevorratung Seltener Erden.'],
    ['investment-deal', 'Der Konzern erwirbt eine Beteiligung an einem australischen Seltenerdprojekt und schließt einen Abnahmevertrag.'],
    ['market-concentration', 'Europa ist bei Seltenen Erden fast vollständig auf China angewiesen.'],
    ['risk-governance', 'Das Lieferkettengesetz verlangt die Rückverfolgbarkeit der Rohstoffe.'],
    ['fall', 'Die Ausfuhren von Seltenerdmagneten nach Deutschland sind im Mai eingebrochen.'],
  ],
  es: [
    ['supply-expansion', 'La empresa inició la producción en su planta de separación de tierras raras con 2.000 toneladas al año.'],
    ['export-control', 'China endureció el control de exportaciones y exige licencias para el disprosio.'],
    ['trade-policy', 'Pekín mantuvo sin cambios el cupo de extracción de tierras raras.'],
    ['pricing', 'El óxido de neodimio cotiza a 80 dólares por kilo.'],
    ['inventory', 'Los fabricantes de imanes hacen acopio de tierras raras ante las restricciones.'],
    ['investment-deal', 'La minera anunció la adquisición de un yacimiento de litio en Argentina.'],
    ['market-concentration', 'China es el mayor productor de tierras raras del mundo.'],
    ['risk-governance', 'Las nuevas reglas exigen trazabilidad y debida diligencia en la cadena de las tierras raras.'],
  ],
  pt: [
    ['supply-expansion', 'A mineradora pretende produzir 5.000 toneladas por ano de concentrado de terras raras.'],
    ['export-control', 'A China ampliou o controle de exportação de terras raras e passou a exigir licenças.'],
    ['pricing', 'A cotação do óxido de disprósio disparou na Europa.'],
    ['inventory', 'O governo estuda formar um estoque estratégico de terras raras.'],
    ['investment-deal', 'O fundo anunciou a aquisição de uma participação no projeto de terras raras em Goiás.'],
    ['market-concentration', 'A China detém a maior parte do refino mundial de terras raras.'],
    ['risk-governance', 'Os compradores exigem rastreabilidade das terras raras desde a mina.'],
  ],
};

const recordOf = (sentence: string, lang: string) => sentenceRecords(articleOf([sentence], { lang }), ON_TOPIC)[0];

/** Kinds the family rule does not read alone: they state a level, not a move or a measure. */
const STATE_KINDS: ReadonlySet<FamilyName> = new Set(['inventory', 'market-concentration', 'risk-governance']);

describe.each(Object.entries(CASES))('the field beyond English: %s', (lang, cases) => {
  it.each(cases)('%s: "%s"', (family, sentence) => {
    expect(findFamilies(sentence).counts[family]).toBeGreaterThan(0);
    const record = recordOf(sentence, lang);
    expect(record?.sentence).toBe(sentence);
    if (!STATE_KINDS.has(family)) expect(record?.rule).toBe(true);
  });
});

describe('words that hold a family word but are not one', () => {
  it.each([
    ['La empresa, sin embargo, prefirió esperar al verano.', 'export-control'],
    ['De acordo com o ministério, a mina fica em Goiás.', 'investment-deal'],
    ['Das Unternehmen erkundet neue Lagerstätten in Schweden.', 'inventory'],
  ] as [string, FamilyName][])('"%s" has no %s word', (sentence, family) => {
    expect(findFamilies(sentence).counts[family]).toBe(0);
  });

  it('reads a deposit as supply, not a stock', () => {
    expect(findFamilies('Das Unternehmen erkundet neue Lagerstätten in Schweden.').counts['supply-expansion']).toBeGreaterThan(0);
  });

  it('does not take a date for a figure, nor the elements’ uses for a signal', () => {
    expect(recordOf('8月16日，稀土产业论坛在包头开幕。', 'zh')?.rule).toBe(false);
    expect(recordOf('Las tierras raras abarcan diecisiete metales que se usan en imanes.', 'es')?.rule).toBe(false);
    expect(recordOf('As terras raras reúnem dezessete metais usados em ímãs.', 'pt')?.rule).toBe(false);
  });

  it('does not read a ministry alone as a policy', () => {
    expect(recordOf('Según el ministerio, la fecha de apertura de la mina de tierras raras sigue abierta.', 'es')?.rule).toBe(false);
  });

  it('reads a named control even beside words of background', () => {
    expect(recordOf('Pekín añadió siete tierras raras, esenciales para la industria, a su lista de control de exportaciones.', 'es')?.rule).toBe(true);
  });

  it('carries the subject of the block’s previous sentence to one that names none', () => {
    for (const [text, lang] of [
      ['China endureció el control sobre las tierras raras. Las exportaciones de imanes cayeron un 20 % en mayo.', 'es'],
      ['Beijing verschärft die Kontrolle über Seltene Erden. Die Ausfuhren von Magneten sanken im Mai um 20 Prozent.', 'de'],
    ] as const) {
      const records = sentenceRecords(articleOf([text], { lang }), ON_TOPIC);
      expect(records[1]?.evidence.mentions).toEqual([]);
      expect(records[1]?.rule).toBe(true);
    }
  });
});

describe('segmentation beyond English', () => {
  const texts = (text: string, lang: string) => segmentSentences(text, lang).map((s) => s.text);

  it('keeps a German ordinal with its month or quarter', () => {
    expect(texts('Ab dem 1. Dezember gelten neue Exportregeln. Im 3. Quartal fielen die Preise.', 'de')).toEqual([
      'Ab dem 1. Dezember gelten neue Exportregeln.',
      'Im 3. Quartal fielen die Preise.',
    ]);
  });

  it('keeps list numbers written against Chinese text', () => {
    expect(texts('1.出口量下降；2.价格上涨。', 'zh')).toEqual(['1.出口量下降；2.价格上涨。']);
  });

  it('gives an opening quote to the sentence it opens', () => {
    expect(texts('輸出規制が強化された。「影響は大きい」と述べた。', 'ja')).toEqual(['輸出規制が強化された。', '「影響は大きい」と述べた。']);
  });

  it('still ends sentences at 。！？ and after a number that ends a sentence', () => {
    expect(texts('稀土价格上涨。下游采购增加！出口会恢复吗？', 'zh')).toHaveLength(3);
    expect(texts('Die Preise stiegen um 3. Das ist viel.', 'de')).toHaveLength(2);
  });
});

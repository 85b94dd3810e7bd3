import { describe, expect, it } from 'vitest';
import type { Topic } from '../../../lib/analysis-result';
import type { FamilyName } from '../../../lib/analysis/cue-families';
import { sentenceRecords } from '../../../lib/analysis/detect-signals';
import { nonClaimReason } from '../../../lib/analysis/non-claim';
import { findFamilies } from '../../../lib/analysis/signal-features';
import { articleOf } from './article-of';

/**
 * The paradigm of each family beyond English (cue-families.ts): the forms a word takes in each
 * language's news — Russian aspect pairs and participles, German separable verbs and compounds,
 * Romance conjugations, Japanese する/した/している and nominal forms, Korean endings, Chinese
 * comparisons against the year or month — each on a sentence written for this test. Every signal
 * case names its families and is taken by the family rule on a rare-earth page; every near miss
 * (another market in the same words, a question asked as a sub-heading, a related-story teaser) is
 * not.
 */
const ON_TOPIC: Topic = { isRareEarth: true, score: 0.9, evidence: ['rare earths'] };

type Signal = [families: FamilyName[], sentence: string];

const SIGNALS: Record<string, Signal[]> = {
  zh: [
    [['supply-expansion', 'rise'], '该稀土企业一期工程建成后，氧化物产量环比增长18%。'],
    [['pricing', 'rise'], '氧化镨钕报价涨至每吨52万元，创年内新高。'],
    [['pricing', 'fall'], '镝铁均价跌破每公斤1600元，较上月下挫5%。'],
    [['trade-policy'], '美方宣布对中国稀土磁体加征25%关税。'],
    [['investment-deal'], '这家稀土公司签订协议，增持海外矿山股权至35%。'],
    [['demand', 'rise'], '人形机器人和无人机带动钕铁硼需求量大增30%。'],
    [['export-control'], '两家企业被列入实体清单，稀土出口许可证申请暂停受理。'],
  ],
  ja: [
    [['supply-expansion', 'rise'], '同社の新工場は今春竣工し、ネオジム磁石の年産を2000トンに増やした。'],
    [['fall', 'export-control'], '中国からのレアアース輸入は前年比で3割減った。'],
    [['pricing', 'rise'], 'ジスプロシウムの価格はキロ当たり900ドルと最高値を更新した。'],
    [['investment-deal'], '商社は豪州のレアアース鉱山の権益20%を取得する契約を締結した。'],
    [['trade-policy'], '米政府は中国製磁石に追加関税を課す方針を閣議決定した。'],
    [['demand', 'rise'], 'ハイブリッド車向けのネオジム需要が高まっている。'],
  ],
  ko: [
    [['rise', 'export-control'], '희토류 자석 수출이 석 달째 늘면서 5천 톤을 넘었다.'],
    [['pricing', 'rise'], '중국 내 산화디스프로슘 값은 이번 주 킬로그램당 900달러로 한 달 새 15% 올랐다.'],
    [['fall', 'export-control'], '중국산 희토류 수입량이 전년보다 20% 줄면서 업계가 긴장하고 있다.'],
    [['investment-deal'], '국내 소재 기업이 호주 희토류 광산 지분 인수 계약을 체결했다.'],
    [['supply-expansion'], '고려아연은 희토류 분리 설비를 증설해 연산 3천 톤 규모를 갖추기로 했다.'],
  ],
  ru: [
    [['rise', 'supply-expansion'], 'Выпуск редкоземельных металлов на комбинате вырос до 3 тыс. т в год.'],
    [['fall', 'pricing'], 'Цены на оксид неодима падают третий месяц подряд и достигли 60 долл. за килограмм.'],
    [['rise', 'demand'], 'Растущий спрос на постоянные магниты подталкивает производителей редкоземельных металлов к расширению.'],
    [['export-control'], 'Китай запретил вывоз технологий переработки редкоземельных металлов.'],
    [['investment-deal'], 'Госкорпорация подписала договор о покупке доли в литиевом месторождении.'],
    [['trade-policy'], 'США ввели тарифы на импорт редкоземельных магнитов из Китая.'],
    [['fall', 'supply-expansion'], 'Добыча редкоземельных руд в Мьянме снизилась на 40%.'],
  ],
  fr: [
    [['rise', 'supply-expansion'], 'La production d’oxydes de terres rares du groupe progresse de 15 % sur un an.'],
    [['fall', 'pricing'], 'Le prix du néodyme s’est replié de 8 % en un mois.'],
    [['investment-deal'], 'Le groupe a signé un contrat d’achat de terres rares avec un producteur australien.'],
    [['trade-policy'], 'Washington impose une surtaxe de 25 % sur les aimants chinois aux terres rares.'],
    [['supply-expansion'], 'L’usine de séparation de terres rares de Lacq doit démarrer en 2026 avec 1 000 tonnes par an.'],
  ],
  es: [
    [['fall', 'export-control'], 'Las exportaciones chinas de imanes de tierras raras se redujeron un 30 % en mayo.'],
    [['rise', 'pricing'], 'El precio del óxido de disprosio alcanzó máximos de tres años tras subir un 20 %.'],
    [['investment-deal'], 'La minera firmó un contrato de suministro de litio con un fabricante de baterías.'],
    [['supply-expansion'], 'La compañía prevé la construcción de una planta de separación de tierras raras de 5.000 toneladas.'],
    [['trade-policy'], 'Estados Unidos anunció nuevos aranceles a los imanes de tierras raras chineses.'],
  ],
  pt: [
    [['rise', 'supply-expansion'], 'A produção de concentrado de terras raras da mineradora dobrou no trimestre, para 800 toneladas.'],
    [['fall', 'pricing'], 'A cotação do óxido de neodímio recuou 6% na semana.'],
    [['investment-deal'], 'O fundo assinou acordo para comprar 30% da mineradora de terras raras.'],
    [['supply-expansion'], 'A mineradora obteve a licença de operação para a usina de 5 mil toneladas de terras raras em Goiás.'],
    [['trade-policy'], 'O governo enviou ao Congresso um projeto de lei sobre minerais críticos e terras raras.'],
  ],
  de: [
    [['rise', 'export-control'], 'Die Ausfuhren von Seltenerdmagneten nach Europa haben im Juni deutlich zugelegt.'],
    [['fall', 'pricing'], 'Die Neodympreise fielen im Mai um zwölf Prozent.'],
    [['supply-expansion', 'rise'], 'Der Konzern will die Magnetproduktion in Estland bis 2027 auf 5.000 Tonnen ausweiten und die Kapazität verdoppeln.'],
    [['investment-deal'], 'Der Rohstoffhändler hat eine Liefervereinbarung über Seltene Erden unterzeichnet.'],
    [['trade-policy'], 'Washington verhängt Strafzölle auf Magnete mit Seltenen Erden aus China.'],
    [['fall', 'supply-expansion'], 'Der Abbau Seltener Erden in Myanmar sank im Quartal um 40 Prozent.'],
  ],
  id: [
    [['pricing', 'rise'], 'Harga neodimium di pasar China naik 5 persen pekan ini.'],
    [['export-control'], 'Pemerintah Indonesia resmi memberlakukan larangan ekspor bijih bauksit sejak Juni.'],
    [['supply-expansion', 'fall'], 'Produksi logam tanah jarang PT Timah turun 15 persen dibandingkan tahun lalu.'],
    [['investment-deal', 'supply-expansion'], 'Perusahaan itu menandatangani perjanjian usaha patungan untuk membangun smelter nikel di Sulawesi.'],
    [['demand', 'rise'], 'Permintaan logam tanah jarang dari industri kendaraan listrik diperkirakan meningkat tajam.'],
    [['trade-policy', 'rise'], 'Kementerian ESDM menaikkan tarif royalti untuk komoditas nikel dan timah.'],
    [['inventory', 'quantity'], 'Pemerintah menambah cadangan strategis logam tanah jarang hingga 2.000 ton.'],
    [['supply-disruption'], 'Kelangkaan pasokan bijih membuat perusahaan smelter nikel di Morowali menghentikan produksi.'],
  ],
  ms: [
    [['supply-expansion', 'rise'], 'Lynas meningkatkan pengeluaran nadir bumi di loji Kuantan kepada 10,500 tan setahun.'],
    [['export-control'], 'Kerajaan Malaysia mengharamkan eksport bahan mentah nadir bumi bagi melindungi industri tempatan.'],
  ],
  it: [
    [['pricing', 'rise'], 'Il prezzo dell’ossido di neodimio è salito del 12% in un mese.'],
    [['export-control', 'fall'], 'Le esportazioni cinesi di magneti alle terre rare sono calate del 30% a maggio.'],
    [['investment-deal', 'quantity'], 'Il fondo ha concesso un finanziamento da 200 milioni di euro al progetto di terre rare in Svezia.'],
    [['trade-policy'], 'Il governo ha varato una legge sulle materie prime critiche, terre rare comprese.'],
    [['supply-expansion'], 'La miniera di terre rare in Groenlandia produrrà 10.000 tonnellate all’anno di concentrato.'],
    [['demand', 'rise'], 'La domanda di terre rare da parte dell’industria dei veicoli elettrici è in forte crescita.'],
    [['supply-disruption'], 'La sospensione delle forniture di disprosio ha causato ritardi in due stabilimenti di magneti.'],
    [['inventory', 'rise'], 'Le scorte strategiche di terre rare del Giappone sono salite a 3.000 tonnellate.'],
  ],
};

/** A project's stage said in words, without a figure, is a statement of the project's progress. */
const STAGES: [lang: string, sentence: string][] = [
  ['pt', 'A mineradora obteve a licença de operação para a usina de terras raras em Goiás.'],
  ['ru', 'В Татарстане началось строительство завода по разделению редкоземельных металлов.'],
  ['de', 'Die Inbetriebnahme der Trennanlage für Seltene Erden in Estland ist erfolgt.'],
  ['zh', '该稀土分离项目上月正式开工。'],
  ['es', 'La planta de tierras raras de la empresa está en construcción en Jujuy.'],
  ['id', 'Pabrik pengolahan monasit milik perusahaan itu mulai beroperasi di Bangka Barat.'],
  ['it', 'L’impianto di riciclo di magneti alle terre rare in Piemonte è in costruzione.'],
];

describe('project stages beyond English', () => {
  it.each(STAGES)('%s: "%s"', (lang, sentence) => {
    expect(recordOf(sentence, lang)?.rule).toBe(true);
  });

  it('does not take a plant named without a stage for a statement', () => {
    expect(recordOf('La empresa tiene una planta de tierras raras en Jujuy.', 'es')?.rule).toBe(false);
  });
});

/**
 * A claim of concentration in words, without a figure, is a statement of how the market stands;
 * a superlative about something else ("the world's largest research centre") is not one.
 */
const CONCENTRATION: [lang: string, sentence: string][] = [
  ['fr', 'La Chine exerce une domination quasi totale sur le raffinage mondial des terres rares.'],
  ['de', 'Europa bleibt bei Seltenen Erden stark abhängig von China.'],
  ['es', 'China domina el procesamiento mundial de tierras raras.'],
  ['pt', 'A China detém o monopólio do refino mundial de terras raras.'],
  ['ru', 'Китай сохраняет монополию на мировом рынке редкоземельных металлов.'],
  ['ja', 'レアアースの精錬は中国への依存が極めて大きい。'],
  ['zh', '中国在全球稀土冶炼分离领域占据主导地位。'],
  ['ko', '한국은 희토류 수입의 대부분을 중국에 의존하고 있다.'],
  ['id', 'China menguasai sebagian besar pemurnian logam tanah jarang di dunia.'],
  ['id', 'Industri magnet Jepang masih bergantung pada pasokan logam tanah jarang dari China.'],
  ['it', 'L’Europa dipende quasi interamente dalla Cina per le terre rare raffinate.'],
  ['it', 'La Cina controlla quasi tutta la produzione mondiale di magneti alle terre rare.'],
];

describe('concentration claims beyond English', () => {
  it.each(CONCENTRATION)('%s: "%s"', (lang, sentence) => {
    expect(findFamilies(sentence).counts['market-concentration']).toBeGreaterThan(0);
    expect(recordOf(sentence, lang)?.rule).toBe(true);
  });

  it.each([
    ['zh', '包头拥有全球最大的稀土研究院。'],
    ['de', 'Die Stadt hat das weltweit größte Forschungszentrum für Seltene Erden.'],
  ])('does not take a superlative about something else for one, %s: "%s"', (lang, sentence) => {
    expect(recordOf(sentence, lang)?.rule).toBe(false);
  });
});

/** Korean key-point bullets: four or five words (each with its particles) state a claim. */
describe('Korean key-point bullets', () => {
  it.each(['- 일본 정부, 희토류 비축량 두 배로 확대', '- 미국, 중국산 영구자석에 관세 부과'])('"%s" is read as a statement', (sentence) => {
    expect(nonClaimReason(sentence)).toBeNull();
    expect(recordOf(sentence, 'ko')?.rule).toBe(true);
  });

  it('still calls a three-word line a fragment', () => {
    expect(nonClaimReason('관련 기사 보기')).toBe('fragment');
  });
});

/**
 * The same words about another market, with a subject named: each pair is a near miss and its twin
 * about the field, which the family rule does take (so the other market is what keeps it out).
 */
const OTHER_MARKETS: Record<string, [nearMiss: string, twin: string][]> = {
  zh: [['沙特本周将原油价格上调5%，至每桶80美元。', '中国本周将氧化镝价格上调5%，至每公斤1700元。'], ['中国今年玉米进口同比下降20%。', '中国今年稀土进口同比下降20%。']],
  ja: [['日本の半導体輸出は前年比で3割減った。', '日本のレアアース輸入は前年比で3割減った。']],
  ko: [['한국의 원유 수입량이 전년보다 20% 줄었다.', '한국의 희토류 수입량이 전년보다 20% 줄었다.']],
  ru: [['Россия сократила экспорт пшеницы на 12%.', 'Россия сократила экспорт редкоземельных металлов на 12%.'], ['Цены на нефть в Китае выросли на 5% за неделю.', 'Цены на неодим в Китае выросли на 5% за неделю.']],
  fr: [['La Chine a réduit ses exportations de blé de 12 % en mai.', 'La Chine a réduit ses exportations de gallium de 12 % en mai.']],
  es: [['China redujo un 25 % sus importaciones de maíz.', 'China redujo un 25 % sus importaciones de tierras raras.']],
  pt: [['O Brasil aumentou em 12% as exportações de milho.', 'O Brasil aumentou em 12% as exportações de nióbio.']],
  de: [['China erhöhte die Ölpreise für Europa um fünf Prozent.', 'China erhöhte die Magnetpreise für Europa um fünf Prozent.']],
  id: [
    ['Indonesia mengurangi ekspor batu bara ke China sebesar 12 persen.', 'Indonesia mengurangi ekspor logam tanah jarang ke China sebesar 12 persen.'],
    ['Harga minyak sawit naik 5 persen pekan ini di pasar Malaysia.', 'Harga neodimium naik 5 persen pekan ini di pasar Malaysia.'],
  ],
  it: [
    ['Il gruppo ha raddoppiato la capacità di raffinazione del rame.', 'Il gruppo ha raddoppiato la capacità di raffinazione del disprosio.'],
    ['La società ha tagliato del 15% le esportazioni di carbone verso la Germania.', 'La società ha tagliato del 15% le esportazioni di gallio verso la Germania.'],
  ],
};

/** A question asked as a sub-heading, and a related-story teaser. */
const NEAR_MISSES: Record<string, string[]> = {
  zh: ['中国稀土价格还会继续上涨吗？', '相关阅读：中国稀土出口同比增长10%'],
  ja: ['中国のレアアース価格はさらに上昇するのか？', '関連記事：中国のレアアース輸出が3割減少'],
  ko: ['중국 희토류 가격은 계속 오를까?', '관련기사: 중국 희토류 수출 20% 감소'],
  ru: ['Вырастут ли цены на редкоземельные металлы в Китае в 2026 году?', 'См. также: экспорт редкоземельных металлов из Китая вырос на 10%'],
  fr: ['Les prix des terres rares vont-ils encore flamber en Chine ?', 'À lire aussi : la Chine fait flamber de 20 % les prix des terres rares'],
  es: ['¿Subirán los precios de las tierras raras en China en 2026?', 'Lee también: China eleva un 20 % los precios de las tierras raras'],
  pt: ['Os preços das terras raras vão subir na China em 2026?', 'Leia mais: China eleva em 20% o preço das terras raras'],
  de: ['Steigen die Preise für Seltene Erden in China weiter?', 'Mehr zum Thema: China erhöht die Preise für Seltene Erden um 20 Prozent'],
  id: ['Apakah harga logam tanah jarang akan terus naik tahun depan?', 'Baca juga: Ekspor logam tanah jarang China naik 10 persen'],
  it: ['I prezzi delle terre rare continueranno a salire nel 2026?', 'Leggi anche: la Cina taglia del 20% le esportazioni di terre rare'],
};

const recordOf = (sentence: string, lang: string) => sentenceRecords(articleOf([sentence], { lang }), ON_TOPIC)[0];

describe.each(Object.entries(SIGNALS))('paradigms beyond English, %s', (lang, cases) => {
  it.each(cases)('%j: "%s"', (families, sentence) => {
    const counts = findFamilies(sentence).counts;
    for (const family of families) expect(counts[family], family).toBeGreaterThan(0);
    const record = recordOf(sentence, lang);
    expect(record?.sentence).toBe(sentence);
    expect(record?.rule).toBe(true);
  });
});

describe.each(Object.entries(OTHER_MARKETS))('other markets in the same words, %s', (lang, pairs) => {
  it.each(pairs)('"%s" is left out, its twin "%s" is read', (nearMiss, twin) => {
    expect(recordOf(nearMiss, lang)?.rule).toBe(false);
    expect(recordOf(twin, lang)?.rule).toBe(true);
  });
});

describe.each(Object.entries(NEAR_MISSES))('near misses beyond English, %s', (lang, sentences) => {
  it.each(sentences)('"%s" is not read as a signal by the families', (sentence) => {
    expect(recordOf(sentence, lang)?.rule ?? false).toBe(false);
  });
});

describe('forms that only look like a family word', () => {
  it.each([
    ['Как минимум три компании ведут переговоры о поставках.', 'fall'],
    ['Die Anlage liefert knapp 90 Prozent der Seltenen Erden.', 'supply-disruption'],
    ['Das Unternehmen hat kürzlich seine Bilanz vorgelegt.', 'fall'],
    ['包头稀土股份有限公司发布年报。', 'investment-deal'],
    ['A mineradora obteve a licença de operação da usina de Goiás.', 'export-control'],
    ['Le sommet du G7 s’ouvre lundi à Kananaskis.', 'rise'],
    // Italian words that English stems would take ('cost*', 'firm*'), and 'minimi' kept off "de minimis"
    ['La costruzione della nuova linea è iniziata.', 'pricing'],
    ['Il gruppo ha firmato il contratto.', 'rise'],
    ['The de minimis rule exempts small shipments of magnets.', 'fall'],
  ] as [string, FamilyName][])('"%s" has no %s word', (sentence, family) => {
    expect(findFamilies(sentence).counts[family]).toBe(0);
  });
});

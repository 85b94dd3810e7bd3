import { describe, expect, it } from 'vitest';
import { Topic } from '../../../lib/analysis-result';
import { scoreTopic, TOPIC_THRESHOLD } from '../../../lib/analysis/topic';
import { articleOf } from './article-of';

const POSITIVE: Record<string, { title: string; body: string[]; lang: string }> = {
  en: {
    lang: 'en',
    title: 'Dysprosium prices jump as export licences stall',
    body: [
      'Prices of dysprosium oxide in Europe rose 12% this week as Chinese exporters waited for licences under the rare earth export control regime introduced in April.',
      'Magnet makers in Japan and Germany said NdPr supplies were adequate for now, but terbium was hard to find outside China.',
    ],
  },
  zh: {
    lang: 'zh-CN',
    title: '稀土出口管制持续 氧化镨钕价格走高',
    body: [
      '商务部对部分中重稀土相关物项实施出口管制后，镝、铽出口量明显下降。',
      '本周氧化镨钕价格上涨至每吨56万元，下游钕铁硼磁材企业采购意愿增强。',
    ],
  },
  ja: {
    lang: 'ja',
    title: 'レアアース輸出規制、日本の磁石メーカーに影響',
    body: [
      '中国がレアアースの輸出規制を強化したことで、ネオジム磁石に使うジスプロシウムやテルビウムの調達が難しくなっている。',
      '経済産業省は希土類の備蓄拡大を検討している。',
    ],
  },
  ko: {
    lang: 'ko',
    title: '중국 희토류 수출 통제 강화',
    body: [
      '중국이 희토류 수출 통제를 강화하면서 국내 자석 업체들의 네오디뮴과 디스프로슘 조달에 비상이 걸렸다.',
      '정부는 희토류 비축 물량을 늘리기로 했다.',
    ],
  },
  ru: {
    lang: 'ru',
    title: 'Китай ужесточает экспорт редкоземельных металлов',
    body: [
      'Китай ввёл экспортный контроль на ряд редкоземельных элементов, включая диспрозий и тербий.',
      'Российские производители постоянных магнитов ищут альтернативные поставки неодима.',
    ],
  },
  fr: {
    lang: 'fr',
    title: 'Terres rares : Pékin resserre le contrôle des exportations',
    body: [
      'La Chine a renforcé le contrôle des exportations de terres rares, dont le dysprosium et le terbium, essentiels aux aimants permanents.',
      "Les industriels européens craignent une pénurie de néodyme d'ici la fin de l'année.",
    ],
  },
  de: {
    lang: 'de',
    title: 'Seltene Erden: China verschärft Exportkontrollen',
    body: [
      'China hat die Exportkontrollen für Seltene Erden wie Dysprosium und Terbium verschärft.',
      'Deutsche Hersteller von Seltenerdmagneten suchen nach neuen Lieferanten für Neodym.',
    ],
  },
  es: {
    lang: 'es',
    title: 'China endurece los controles a la exportación de tierras raras',
    body: [
      'China endureció los controles a la exportación de tierras raras como el disprosio y el terbio.',
      'Los fabricantes de imanes permanentes buscan nuevas fuentes de neodimio.',
    ],
  },
  pt: {
    lang: 'pt',
    title: 'Brasil quer ampliar produção de terras raras',
    body: [
      'O Brasil pretende ampliar a produção de terras raras em Goiás, onde a Serra Verde extrai neodímio e disprósio de argilas iônicas.',
      'O governo estuda incentivos para a fabricação de ímãs permanentes no país.',
    ],
  },
};

const NEGATIVE: Record<string, { title: string; body: string[] }> = {
  'the Rare Earth hypothesis': {
    title: 'Is Earth special? The Rare Earth hypothesis at 25',
    body: [
      'In their 2000 book Rare Earth: Why Complex Life Is Uncommon in the Universe, Peter Ward and Donald Brownlee argued that microbes may be common but complex life is rare.',
      'Proponents of the Rare Earth hypothesis point to plate tectonics, a large moon and Jupiter shielding the inner solar system.',
      'Critics say thousands of exoplanets in the habitable zone make the Rare Earth view look too pessimistic, and the Drake equation remains open.',
    ],
  },
  'the band Rare Earth': {
    title: 'Rare Earth: the Motown rock band that got ready',
    body: [
      'Rare Earth were an American rock band and one of the first white acts signed to Motown, which named a label after them.',
      'Their 1970 album Get Ready turned a Temptations song into a 21-minute jam, and the single reached the Top 40.',
      'The band toured for decades with a changing lineup; the drummer and the saxophonist kept the funk alive on stage.',
    ],
  },
  'neodymium magnets in a shop': {
    title: 'Super Strong Neodymium Magnets – Pack of 50',
    body: [
      'Super strong neodymium magnets, N52 grade, 10 x 3 mm disc magnets with 2 kg pull force.',
      'Perfect for fridge, whiteboard and DIY craft projects. Add to cart – free shipping on orders over £20.',
      'Customer reviews: 4.8 out of 5. In stock, dispatched within 24 hours. Keep away from kids.',
    ],
  },
  'cerium in a chemistry lesson': {
    title: 'Lesson 12: Cerium and the lanthanide series',
    body: [
      'Cerium is a soft, silvery metal with atomic number 58 and the electron configuration [Xe] 4f1 5d1 6s2.',
      'Unlike most lanthanides, cerium has a stable +4 oxidation state, which students will test in today’s experiment.',
      'Homework: find cerium on the periodic table and explain why lighter flint made with it sparks.',
    ],
  },
  "Earth's magnetic field": {
    title: "Earth's magnetic field is weakening over the South Atlantic",
    body: [
      "Earth's magnetic field, generated by the geodynamo in the liquid outer core, has weakened by about 9% over the past two centuries.",
      'Rare but not unprecedented, pole reversals leave traces in paleomagnetism records, and satellites now track the South Atlantic Anomaly.',
      'A weaker field lets more of the solar wind reach low orbits, where aurora displays and compass errors follow.',
    ],
  },
  'chip export controls': {
    title: 'US tightens chip export controls on China',
    body: [
      'The Commerce Department added 140 Chinese companies to the entity list and tightened export controls on advanced AI chips and chipmaking tools.',
      'Nvidia said the new licensing requirements would cut its China revenue, while Beijing promised countermeasures against the export restrictions.',
      'Analysts expect supply shortages of high-bandwidth memory to persist into next year.',
    ],
  },
  'OPEC output cuts': {
    title: 'OPEC+ extends output cuts as crude inventories climb',
    body: [
      'OPEC+ agreed to extend its production cuts of 2.2 million barrels a day into the first quarter, citing rising crude inventories in the United States.',
      'Brent prices fell 3% after the announcement as traders doubted members would comply with their quotas.',
      'Saudi Arabia said the group stands ready to defend its market share if demand weakens further.',
    ],
  },
  'a game with a rare-earth economy': {
    title: 'Ironvale review: a survival crafting game where rare earth ore rules the map',
    body: [
      'Ironvale drops you into an open world with a pickaxe and a hungry furnace, and within an hour of gameplay you are hunting rare earth ore in the northern biome.',
      'Rare earth veins only spawn below the cavern layer, and the merchant guild buys your rare earth ingots at whatever price it likes, so hoarding them before the winter event pays off.',
      'The co-op mode lets four players share one economy, though the tutorial never explains the trading screen and console players will fight the menus.',
      'Patch 1.3 raised the drop rate of rare earth ore and fixed frame drops on PS5 and Xbox; the DLC adds a new quest line and a skill tree for smelting.',
      'Verdict: 8/10. A sandbox with a real economy, if you can forgive the grind.',
    ],
  },
  'a shop page for a magnetic tool holder': {
    title: 'Magnetic Tool Holder Bar 40 cm – Stainless Steel with Rare Earth Magnets',
    body: [
      'Keep your workshop tidy: this stainless steel bar hides a row of powerful rare earth magnets that hold screwdrivers, pliers and spanners securely on the wall.',
      'Each bar uses N45 neodymium magnets embedded under a brushed steel face, so your tools never scratch. Wall mount screws included.',
      '★★★★★ 4.7 (1,203 ratings). In stock – ships today. Add to cart. Free returns within 30 days.',
      'Product details: length 40 cm, holding force 6 kg, rare earth magnet core, fits any garage or kitchen wall.',
      'Customers also bought: magnetic parts tray, 3-pack of small bars. Use coupon code TOOLS10 at checkout.',
    ],
  },
  'soybean inventories': {
    title: 'Soybean stocks swell as China skips US cargoes',
    body: [
      'US soybean inventories rose to their highest level in five years as Chinese buyers turned to Brazil amid the tariff dispute.',
      'The USDA cut its export forecast and said farm prices would stay under pressure through the harvest.',
      'Crushers in Iowa are running at record capacity, but storage space is running short.',
    ],
  },
};

describe('scoreTopic', () => {
  it.each(Object.entries(POSITIVE))('recognises a rare-earth article in %s', (_lang, sample) => {
    const topic = scoreTopic(articleOf(sample.body, { title: sample.title, lang: sample.lang }));
    expect(Topic.safeParse(topic).success).toBe(true);
    expect(topic.isRareEarth).toBe(true);
    expect(topic.score).toBeGreaterThanOrEqual(TOPIC_THRESHOLD);
    expect(topic.evidence.length).toBeGreaterThan(0);
  });

  it.each(Object.entries(NEGATIVE))('is not fooled by %s', (_name, sample) => {
    const topic = scoreTopic(articleOf(sample.body, { title: sample.title }));
    expect(topic.isRareEarth).toBe(false);
    expect(topic.score).toBeLessThan(TOPIC_THRESHOLD);
  });

  it('needs more than one mention: a long article that names rare earths once is not about them', () => {
    const filler = 'The central bank held rates steady and said inflation was easing in the services sector. ';
    const body = [
      `${filler.repeat(20)}`,
      'Officials also noted that rare earths were among the goods discussed at the summit.',
      `${filler.repeat(20)}`,
    ];
    expect(scoreTopic(articleOf(body, { title: 'Central bank holds rates' })).isRareEarth).toBe(false);
  });

  it('does not count the publisher name as evidence', () => {
    const withName = scoreTopic(
      articleOf(['The city council met on Tuesday to discuss parking fees and a new bus lane.'], {
        title: 'Council debates parking fees - Rare Earth Exchanges',
        siteName: 'Rare Earth Exchanges',
      }),
    );
    expect(withName.isRareEarth).toBe(false);
  });

  it('scores the mojibake twin of a rare-earth page like the page itself', () => {
    const clean = scoreTopic(articleOf(['China’s rare earth exports fell as dysprosium and terbium licences stalled.'], { title: 'China’s rare earth exports fall' }));
    const damaged = scoreTopic(articleOf(['Chinaโs rare earth exports fell as dysprosium and terbium licences stalled.'], { title: 'Chinaโs rare earth exports fall' }));
    expect(damaged).toEqual(clean);
  });
});

describe('scoreTopic: look-alikes added with the real news (sentences written for this test)', () => {
  it('does not take a safety warning about magnet toys for a rare-earth story', () => {
    const toys = articleOf([
      'Regulators warned parents that children who swallow two or more small neodymium magnets can suffer serious injuries.',
      'The recall covers desk toys sold online; rare earth magnets in the sets are strong enough to pinch the intestines, doctors said.',
      'Emergency room visits for magnet ingestion rose last year, and the Consumer Product Safety Commission urged families to check their toys.',
    ]);
    expect(scoreTopic(toys).isRareEarth).toBe(false);
  });

  it('does not take an iron-ore market report that names nickel for a critical-minerals story', () => {
    const ore = articleOf([
      'Iron ore futures in Dalian fell as steel mills cut output and port stocks rose to a three-month high.',
      'Miners shipped fewer tonnes from Port Hedland after a cyclone, while rebar and coking coal prices weakened.',
      'In other metals, nickel edged higher on the London Metal Exchange.',
    ]);
    expect(scoreTopic(ore).isRareEarth).toBe(false);
  });

  it('still reads a short wire item that names the sector once beside words of its market', () => {
    const wire = articleOf(['Beijing tightened export controls on rare earths on Friday, and magnet makers warned of a shortage of oxide across the supply chain.']);
    expect(scoreTopic(wire).isRareEarth).toBe(true);
  });
});

describe('scoreTopic: the lead stands in for a missing description (sentences written for this test)', () => {
  const approvals = [
    'SEOUL — South Korea will require companies to seek government approval before shipping tungsten abroad, the trade ministry said on Tuesday, citing concerns over the security of supply for its defence industry.',
    'Officials said the rule follows a review of strategic goods launched last year. Applications will be processed within 30 days, a ministry spokesperson told reporters.',
  ];

  it('takes a short wire item whose lead puts a critical mineral under export approvals', () => {
    expect(scoreTopic(articleOf(approvals)).isRareEarth).toBe(true);
  });

  it('reads the description, not the lead, when the page gives one', () => {
    expect(scoreTopic(articleOf(approvals, { description: 'Seoul news in brief' })).isRareEarth).toBe(false);
  });

  it('does not take a bullion report whose lead names a battery metal in passing', () => {
    const gold = articleOf([
      'Gold rose to a record on Monday as investors sought safety, with silver and copper following and shares of lithium miners slipping in Sydney.',
      'Bullion has gained a fifth this year on central bank buying and expectations of lower interest rates, dealers said.',
      'Spot silver climbed 2% and three-month LME copper edged up on supply worries in Chile.',
    ]);
    expect(scoreTopic(gold).isRareEarth).toBe(false);
  });
});

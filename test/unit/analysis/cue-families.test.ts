import { describe, expect, it } from 'vitest';
import { detectSignals, sentenceRecords } from '../../../lib/analysis/detect-signals';
import { articleOf } from './article-of';
import { describeParadigms, ON_TOPIC, rulesCategory, type Paradigms } from './rules-reading';

/**
 * The cue families of lexicon.ts, each on sentences written for this test (not corpus sentences):
 * every family must catch at least two differently worded statements, so that a family is a piece
 * of the field's language, not a copy of one labelled sentence (issue 3, item 8). This is the rules'
 * reading (a record the rules take as a signal, and its category); whether the engine then shows it
 * is the signal model's decision, tested in detect-signals.test.ts and new-kinds.test.ts.
 */
const categoryOf = rulesCategory;

const FAMILIES: Paradigms = {
  'volumes compared up, plants put into operation': {
    category: 'supply-expansion',
    sentences: [
      'Energy Fuels processed about 850 tonnes of monazite at its White Mesa mill in the quarter, up from 300 tonnes a year earlier.',
      'Baotou’s magnet makers put five new sintering furnaces into operation this spring.',
      'The company expects to ship 15 tonnes of germanium this year after boosting its recovery rate.',
    ],
  },
  'capacity added, facilities built or restarted': {
    category: 'supply-expansion',
    sentences: [
      'The new separation line will add 12,000 tonnes a year of rare earth oxide capacity.',
      'Vietnam wants to restart mining at the Dong Pao deposit after a decade-long pause.',
      'Production of gallium at the Kazakh smelter has resumed after a two-year shutdown.',
    ],
  },
  'secondary supply filling demand': {
    category: 'supply-expansion',
    sentences: [
      'Magnet recycling could meet about 10% of European demand by 2030.',
      'Ionic clay projects in Brazil and Uganda are racing to fill the gap left by Myanmar.',
    ],
  },
  'buyers who cannot get material, natural events': {
    category: 'supply-disruption',
    sentences: [
      'Buyers in Japan are struggling to obtain terbium, traders say.',
      'Graphite anode makers warned that feedstock could run out within weeks.',
      'Heavy rains flooded pits in Kachin State, suspending mining for most of July.',
    ],
  },
  'volumes compared down, facilities that stop': {
    category: 'supply-disruption',
    sentences: [
      'Myanmar sent 1,900 tonnes of concentrate to China in the second quarter, down 41% from a year earlier.',
      'Several separation lines in Jiangxi were shut for environmental checks.',
      'The export quantity of antimony trioxide is almost zero this month.',
    ],
  },
  'deficits and shortfalls': {
    category: 'supply-disruption',
    sentences: [
      'We think the market will remain in deficit until new supply arrives in 2028.',
      'Some separation enterprises reduce the production because the raw ore is insufficient.',
    ],
  },
  'courting and targeting customers, sales offices': {
    category: 'market-expansion',
    sentences: [
      'JL Mag is setting up a sales subsidiary in Mexico to serve carmakers building plants there.',
      'Solvay has started marketing its rare earth oxides to battery and catalyst makers in Asia.',
      'The group opened a trading office in Rotterdam to get closer to its European clients.',
      'Neo wants to double its share of the Korean magnet market by 2027.',
    ],
  },
  'shares said in words, dependence': {
    category: 'market-concentration',
    sentences: [
      'Two state groups now control virtually all of China’s heavy rare earth mining.',
      'Japan still relies on China for about 60% of its rare earth imports.',
      'Europe depends almost entirely on Chinese suppliers for permanent magnets.',
      'Outside China, just one plant can separate heavy rare earths at commercial scale.',
    ],
  },
  'consolidation by integration': {
    category: 'market-concentration',
    sentences: [
      'China Rare Earth Group has integrated the rare earth assets of several provinces in southern China.',
      'The two state champions have absorbed smaller independent smelters over the past year.',
    ],
  },
  'a good’s own price move or level': {
    category: 'pricing',
    sentences: [
      'NdPr oxide traded at 560,000 yuan a tonne on Friday, up 3% on the week.',
      'Terbium slumped 8% in Rotterdam as buyers waited for licences.',
      'Spot gallium was assessed at $720/kg, its highest since 2011.',
    ],
  },
  'what moves prices, premiums and mechanisms': {
    category: 'pricing',
    sentences: [
      'Higher magnet output has supported prices of NdPr metal this quarter.',
      'European buyers have paid premiums of up to 50% for dysprosium oxide.',
      'Pricing under the contract is indexed to an NdPr benchmark with a minimum price.',
    ],
  },
  'stock cover and holders who will not sell': {
    category: 'inventory',
    sentences: [
      'Several automakers have asked suppliers to hold three months of magnets on site.',
      'Chinese separators are sitting on large stocks of cerium oxide that they cannot sell.',
      'The holders are not willing to sell at low price, traders said.',
    ],
  },
  'the licensing process': {
    category: 'export-control',
    sentences: [
      'Shipments of germanium to the United States now need case-by-case approval from Beijing.',
      'Exporters must now declare the end use of every consignment of graphite anode material.',
      'Beijing granted the first general licences for magnet exports to European buyers in November.',
      'Customs officers in Tianjin held several magnet consignments pending export documentation checks.',
    ],
  },
  'controls extended, technologies prohibited': {
    category: 'export-control',
    sentences: [
      'Beijing extended the controls to rare earth processing equipment and technical know-how.',
      'Separation know-how was added to the catalogue of technologies prohibited from export.',
    ],
  },
  'quotas as policy, state planning': {
    category: 'trade-policy',
    sentences: [
      'China’s MIIT issued the second batch of rare earth mining quotas without a public notice.',
      'The state will continue to implement total amount control on rare earth mining and smelting.',
      'The country will further optimize the layout of the rare earth industry and promote high-end applications.',
    ],
  },
  'industrial incentives and procurement rules': {
    category: 'trade-policy',
    sentences: [
      'The Inflation Reduction Act’s tax credits favour magnets made in North America.',
      'New procurement rules bar magnets refined in China from US weapons systems.',
      'India announced a national critical mineral mission with incentives for domestic processing.',
    ],
  },
  'origin proof, audits and records': {
    category: 'risk-governance',
    sentences: [
      'Automakers are auditing their magnet suppliers to make sure no material comes from illegal mines.',
      'The regulation requires refiners to keep a record of the origin of every batch of ore.',
      'Several Western buyers now require third-party certification of rare earth origin.',
    ],
  },
  'risk prevention, exposure and inspections': {
    category: 'risk-governance',
    sentences: [
      'Buyers should diversify suppliers and stress-test contracts for a prolonged licence freeze.',
      'Enterprises shall establish the risk prevention system and carry out compliance self-inspection every quarter.',
      'Investors are pressing miners for evidence that their supply chains are free of forced labour.',
    ],
  },
  'orders and purchasing': {
    category: 'demand',
    sentences: [
      'Orders for servo motors from robot makers have been unusually strong this year.',
      'Downstream buying remained cautious ahead of the holiday.',
      'Weak appliance sales have cut purchases of ferrite and NdFeB magnets.',
    ],
  },
  'needs, substitution and thrifting': {
    category: 'demand',
    sentences: [
      'Offshore wind installations in Europe will need more dysprosium-free magnets.',
      'Risks to our view include a faster-than-expected rollout of rare-earth-free motors.',
      'New grain-boundary grades reduce terbium use per magnet by a third.',
    ],
  },
  'offtake in other words, funding': {
    category: 'investment-deal',
    sentences: [
      'Under the agreement, the utility will take up to 40% of the refinery’s output for ten years.',
      'Iluka has received a A$1.65 billion loan from the federal government to build its refinery.',
      'Solvay and a Japanese trading house formed a venture to recycle magnet scrap.',
      'Noveon and a German motor maker have teamed up to supply recycled magnets.',
    ],
  },
};

describeParadigms('cue family', FAMILIES);

describe('sentences of a rare-earth page that are not signals, though they use the words', () => {
  it.each([
    'Rare earths are a group of 17 metallic elements.',
    'Dysprosium is added to NdFeB magnets to keep them working at high temperatures.',
    'Shares of Lynas closed 2% higher in Sydney.',
    'The mine is located about 200 kilometres north of Perth.',
    'Neodymium magnets were invented in 1982 by General Motors and Sumitomo Special Metals.',
    'The separation process involves hundreds of stages of solvent extraction.',
    'Samarium-cobalt magnets tolerate higher temperatures than NdFeB magnets.',
    'Lynas is due to report its quarterly results on Thursday.',
  ])('"%s"', (sentence) => {
    expect(categoryOf(sentence)).toBeNull();
    expect(detectSignals(articleOf([sentence]), { topic: ON_TOPIC })).toEqual([]);
  });
});

describe('a company profile reads as background (when it was founded, where it sits)', () => {
  const background = (sentence: string): number => sentenceRecords(articleOf([sentence]), ON_TOPIC)[0]?.evidence.families.counts.background ?? 0;
  it.each([
    'Ferrox, founded in 2017, sells sintered magnets to several makers of industrial motors.',
    'The refiner was founded by two former mining engineers and is headquartered in Ontario.',
    'Die Firma wurde 1998 gegründet und beliefert Hersteller von Elektromotoren.',
  ])('"%s"', (sentence) => {
    expect(background(sentence)).toBeGreaterThan(0);
  });
  it('not a report of what a company did', () => {
    expect(background('Ferrox doubled its magnet output in the third quarter.')).toBe(0);
  });
});

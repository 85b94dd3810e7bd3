import { describe, expect, it } from 'vitest';
import { describeParadigms, rulesCategory, type Paradigms } from './rules-reading';

/**
 * The English cues as paradigms (issue 12): each claim of the field in the several ways trade press,
 * wire copy, company reports and policy news write it — other subjects, other verbs of change in
 * other tenses and voices, noun forms, other word orders. Every sentence here is written for this
 * test (no corpus or real-news wording). Near misses use the same words about another market, or
 * are a question or a teaser, and must not be read as signals.
 *
 * This is the rules' reading (a record the rules take as a signal, and its category); whether the
 * engine shows it is the signal model's decision.
 */
const categoryOf = rulesCategory;

const PARADIGMS: Paradigms = {
  'volumes that rise, every verb and subject': {
    category: 'supply-expansion',
    sentences: [
      'Mined supply of NdPr soared in the second half as new pits in Inner Mongolia came on stream.',
      'Exports of gallium to South Korea edged higher in October.',
      'Tonnage shipped from the Mountain Pass mine has gained steadily since January.',
      'Rare earth output in Sichuan hit a three-year high last month.',
      'The miner reported record quarterly shipments of mixed rare earth carbonate.',
    ],
  },
  'volumes that fall, every verb, voice and noun form': {
    category: 'supply-disruption',
    sentences: [
      'Antimony exports to Europe slid for a fourth straight month.',
      'Shipments of tungsten concentrate were slashed after the checks began.',
      'Sales volumes of terbium metal have dwindled since the spring.',
      'Germanium shipments sank to their lowest level in a decade.',
      'Traders reported a slump in heavy rare earth exports from the southern provinces.',
      'Mined supply from Myanmar tumbled as fighting spread along the border.',
    ],
  },
  'supply cut off, production lost': {
    category: 'supply-disruption',
    sentences: [
      'The rebel army sealed the crossings into Yunnan, cutting off shipments of concentrate.',
      'The miner booked production losses of about 400 tonnes after the mill fire.',
      'Without imported feed, the separation plant will be unable to produce oxide next quarter.',
    ],
  },
  'project stages': {
    category: 'supply-expansion',
    sentences: [
      'The developer expects to make a final investment decision on the Nolans project by mid-year.',
      'A bankable feasibility study for the ionic clay deposit is due in the third quarter.',
      'The updated plan extends the mine life to 25 years.',
      'The refinery reached steady-state production in March.',
      'The company will build a demonstration plant for heavy rare earth separation in Texas.',
      'The explorer published a maiden ore reserve for its carbonatite deposit.',
    ],
  },
  'capacity written with its size': {
    category: 'supply-expansion',
    sentences: [
      'Work started on a 5,000-tonne NdPr oxide plant in Saskatchewan.',
      'The group is adding a 20,000 tpa magnet factory in Baotou.',
    ],
  },
  'deal and finance vocabulary': {
    category: 'investment-deal',
    sentences: [
      'The developer closed a A$120 million rights issue to fund its separation plant.',
      'The miner signed a streaming deal on future production from the deposit.',
      'A Canadian junior agreed a farm-in on the heavy rare earth tenements.',
      'Shareholders approved the scheme of arrangement for the magnet maker.',
      'The refinery will be funded through a mix of export credit and commercial bank debt.',
      'The explorer launched a takeover bid for its neighbouring rare earth developer.',
    ],
  },
  'export controls, licences and bans': {
    category: 'export-control',
    sentences: [
      'Beijing added seven medium and heavy rare earths to its control list in April.',
      'The rules include a catch-all clause for items bound for military end users.',
      'Congolese miners will be allowed to export only a fixed tonnage of cobalt this year.',
      'Jakarta kept its ban on raw ore exports to favour local smelters.',
      'The government is drafting domestic processing requirements for graphite and rare earths.',
    ],
  },
  'state plans, taxes, ownership and caps': {
    category: 'trade-policy',
    sentences: [
      'The government raised the resource tax on rare earth concentrate to 27%.',
      'La Paz plans to nationalise lithium extraction in the salt flats.',
      'Parliament passed a new mining code that lifts the state’s free carried interest.',
      'The ministry said the mining quota was set at 270,000 tonnes for the year.',
      'The Critical Raw Materials Act sets targets for European processing of strategic metals.',
    ],
  },
  'consolidation under one roof': {
    category: 'market-concentration',
    sentences: [
      'Beijing brought six southern producers under a single state group.',
      'A state-led consolidation has left two groups holding every heavy rare earth quota.',
    ],
  },
  'dependence and control': {
    category: 'market-concentration',
    sentences: [
      'America’s import reliance for rare earth compounds is close to complete.',
      'Beijing now holds near-total control of heavy rare earth separation.',
      'Almost all of the world’s dysprosium is refined in China.',
    ],
  },
  'price moves as nouns and with "up"/"down"': {
    category: 'pricing',
    sentences: [
      'A 12% rise in NdPr oxide prices lifted the miner’s revenue.',
      'The slide in terbium quotations continued into November.',
      'European prices for dysprosium oxide were up 9% on the week.',
      'Spot prices for gallium ticked down after the holiday.',
    ],
  },
  'demand with its move as a noun': {
    category: 'demand',
    sentences: [
      'Magnet makers expect demand growth of about 8% a year through 2030.',
      'Traders noted a pickup in consumption from wind turbine builders.',
      'Increasing demand from robot makers has kept order books full.',
    ],
  },
  'stockpiles released and bought': {
    category: 'inventory',
    sentences: [
      'The reserve bureau released 3,000 tonnes of dysprosium from state reserves.',
      'The agency will buy scandium and germanium for the national defense stockpile.',
    ],
  },
  'volume highs are volumes, not prices': {
    category: 'supply-expansion',
    sentences: [
      'Sales volumes of oxide and metal reached all-time highs in the half.',
      'The group hit record highs in separated oxide and magnet output last year.',
    ],
  },
  'outages, shutdowns and maintenance': {
    category: 'supply-disruption',
    sentences: [
      'The separation plant will undergo a temporary shutdown for repairs to its kilns.',
      'Unplanned maintenance at the mill cut the quarter’s concentrate output.',
    ],
  },
  'licences to operate a plant': {
    category: 'risk-governance',
    sentences: [
      'The regulator renewed the refinery’s licence for another three years.',
      'The atomic energy board said the licence renewal depends on a new waste plan.',
      'Villagers near the separation works voiced concerns about radiation from its tailings ponds.',
    ],
  },
  'reach abroad': {
    category: 'market-expansion',
    sentences: [
      'The Ganzhou group is expanding its global footprint with stakes in African deposits.',
      'The magnet maker accelerated its overseas layout with a plant in Vietnam.',
    ],
  },
  'market tone in price reports': {
    category: 'pricing',
    sentences: [
      'With traders sitting on unsold oxide, it is now a buyer’s market for praseodymium.',
      'Price bifurcation between domestic and export terbium has widened.',
    ],
  },
  'trading activity': {
    category: 'demand',
    sentences: [
      'Transactions in the oxide market remained sluggish this week.',
      'Enquiries from magnet plants were brisk after the holiday.',
    ],
  },
  'supply worries, utilisation': {
    category: 'supply-disruption',
    sentences: [
      'Supply worries deepened as the monsoon closed roads to the mining districts.',
      'Magnet makers voiced supply fears after the licensing rules took effect.',
    ],
  },
  'utilisation and nameplate': {
    category: 'supply-expansion',
    sentences: [
      'The refinery has been running at nameplate since the new kiln was installed.',
      'Utilisation rates at the Malaysian plant climbed to about 85% in the quarter.',
      'Gadolinium exports, by contrast, posted a modest improvement.',
    ],
  },
  'control tightened': {
    category: 'market-concentration',
    sentences: [
      'The new state group strengthens Beijing’s hold over heavy rare earth separation.',
      'Nearly all gallium — used in chips and radar — is refined in China.',
    ],
  },
  'deal conditions and approvals': {
    category: 'investment-deal',
    sentences: [
      'The trading house’s stake in the smelter still needs binding contracts and FIRB approval.',
      'Completion of the purchase of the magnet maker requires shareholder approval.',
    ],
  },
  'the state securing its supply': {
    category: 'trade-policy',
    sentences: [
      'Tokyo is shoring up supplies of heavy rare earths for its car industry.',
      'The pact gives Washington access to Kyiv’s mineral resources in return for reconstruction aid.',
      'Listed mining projects are promised faster procedures and easier access to finance.',
    ],
  },
  'the licensing process in its own words': {
    category: 'export-control',
    sentences: [
      'Exporters of terbium must submit applications to the commerce ministry with end-user details.',
      'The new controls cover rare earths with dual military and civilian uses.',
    ],
  },
  'trade agreements named every way': {
    category: 'trade-policy',
    sentences: [
      'The two presidents signed a trade pact that pauses the rare earth curbs for a year.',
      'The trade framework sets out how magnets will flow between the two economies.',
    ],
  },
  'oxides by their trade names': {
    category: 'pricing',
    sentences: [
      'A 4 percent gain made yttria the week’s biggest mover.',
      'Ceria slipped 2% to the lowest level since March.',
    ],
  },
};


describeParadigms('cue paradigm', PARADIGMS);

describe('near misses: the same words about another market, a question, a teaser', () => {
  it.each([
    'Crude exports from the Gulf slid for a fourth straight month.',
    'Soybean shipments to China hit their highest level since 2020.',
    'Brent prices were up 3% on the week.',
    'A rise in copper prices lifted the miner’s shares.',
    'Will the rally in prices last?',
    'Read more: why cobalt prices slumped in 2023.',
    'Copper sales volumes reached all-time highs in the half.',
    'Oil refinery maintenance cut gasoline output in March.',
    'Trading in Brent futures was thin on Friday.',
    'Supply worries lifted crude prices on Monday.',
    'Copper exports, by contrast, posted a modest improvement.',
    'Council officers went over what a mining licence application for the disused pit must contain.',
  ])('"%s" is not a signal', (sentence) => {
    expect(categoryOf(sentence)).toBeNull();
  });
});

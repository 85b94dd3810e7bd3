import { describe, expect, it } from 'vitest';
import { describeParadigms, rulesCategory, type Paradigms } from './rules-reading';

/**
 * Policy and market-structure cues as paradigms (issue 12, second pass): market concentration, trade
 * policy, export control, market expansion and deals, each claim in the several ways wire copy, trade
 * press, company announcements and ministry statements write it. Every sentence here is written for
 * this test (no corpus or real-news wording). Near misses use the same words about another market,
 * or are a question, a generic remark or background, and must not be read as signals of these kinds.
 *
 * This is the rules' reading (a record the rules take as a signal, and its category); whether the
 * engine shows it is the signal model's decision.
 */
const categoryOf = rulesCategory;

const PARADIGMS: Paradigms = {
  'output capped by the state': {
    category: 'trade-policy',
    sentences: [
      'Jiangxi capped rare earth separation for next year at 38,000 tonnes of oxide.',
      'The new decree limits tin mining in the province to 50,000 t a year.',
      'Beijing is capping graphite exports from the region at 20,000 tonnes a quarter.',
    ],
  },
  'shares with other verbs and in words': {
    category: 'market-concentration',
    sentences: [
      'China is responsible for roughly 90% of the world’s separated rare earth oxides.',
      'Chinese refiners process nine of every ten tonnes of graphite used in battery anodes.',
      'The country is home to about a third of known global rare earth reserves.',
      'China is the source of 98% of the European Union’s rare earth magnet imports.',
      'Indonesia now supplies more than half of the world’s mined nickel.',
    ],
  },
  'made in one place only': {
    category: 'market-concentration',
    sentences: [
      'Heavy rare earth separation is concentrated almost entirely in China.',
      'Magnet-grade dysprosium is produced almost exclusively in China.',
      'Almost every NdFeB magnet sold worldwide is made in China.',
      'Supply of the metal is highly concentrated, with one country producing most of it.',
    ],
  },
  'outside China': {
    category: 'market-concentration',
    sentences: [
      'Lynas remains the only commercial-scale producer of separated heavy rare earths outside China.',
      'The Malaysian plant is the sole company outside China able to separate dysprosium at scale.',
      'The group is now the largest rare earth miner outside China.',
      'Outside China, there is virtually no capacity to separate heavy rare earths.',
      'No other country can refine terbium at commercial scale.',
    ],
  },
  'one country’s share, rank and hold': {
    category: 'market-concentration',
    sentences: [
      'China’s share of global mined rare earth output slipped to 69% last year.',
      'Myanmar has become China’s biggest source of heavy rare earth feedstock.',
      'Chinese companies own or control 15 of the 19 cobalt mines in Congo.',
      'Beijing’s leverage over the magnet supply chain is unmatched.',
      'European carmakers are highly vulnerable to Chinese magnet supply.',
      'The United States is 100% import-reliant for a dozen critical minerals.',
    ],
  },
  'state producers merged into one': {
    category: 'market-concentration',
    sentences: [
      'The merger created a state-owned giant that controls most of the country’s heavy rare earth quota.',
      'Beijing merged three state rare earth producers to form a national champion.',
    ],
  },
  'control as a noun, few players, few alternatives': {
    category: 'market-concentration',
    sentences: [
      'China’s control of the supply chain extends from mining to magnets.',
      'A handful of state-owned groups now control the entire industry.',
      'Western buyers have few alternatives to Chinese oxide.',
      'Nearly 90% of refining capacity sits in China.',
      'More than 90% of the gallium produced worldwide comes out of Chinese plants.',
      'The US imports nearly all of its rare earth compounds and metals, most of them from China.',
      'The kingdom holds the world’s sixth-largest reserves of the metal.',
      'A single company in Baotou produces most of the world’s cerium.',
      'China ranks first in both reserves and output.',
      'The country is the number one producer of tungsten.',
      'China mined 270,000 tonnes of the global total of 390,000 tonnes.',
    ],
  },
  'China’s share moving': {
    category: 'market-concentration',
    sentences: [
      'China’s share has fallen to about 60% as new mines opened elsewhere.',
      'Chinese market share slipped below 70% for the first time.',
    ],
  },
  'lists of critical minerals and designations': {
    category: 'trade-policy',
    sentences: [
      'The government added lithium and graphite to its list of critical minerals.',
      'Canada updated its critical minerals list to include high-purity iron.',
      'The ministry designated antimony and tungsten as critical minerals.',
    ],
  },
  'permitting sped up, orders and laws': {
    category: 'trade-policy',
    sentences: [
      'The bill would accelerate permitting for new mines on federal land.',
      'Washington wants to streamline approvals for critical mineral projects.',
      'The administration signed an executive order to boost domestic mineral production.',
      'The presidential decree requires all lithium projects to be developed with the state firm.',
      'Lawmakers introduced a bill that would ban Pentagon purchases of Chinese-made magnets.',
      'India widened its production-linked incentive scheme to magnet makers.',
    ],
  },
  'duties and levies': {
    category: 'trade-policy',
    sentences: [
      'Washington slapped 25% duties on Chinese graphite anode material.',
      'The government imposed a 10% levy on imports of refined cobalt.',
      'The Commerce Department opened a Section 232 investigation into processed critical minerals.',
    ],
  },
  'agreements and talks between states': {
    category: 'trade-policy',
    sentences: [
      'The two governments signed a memorandum of understanding on critical minerals.',
      'The minerals deal gives Washington a share of future revenue from Ukrainian resources.',
      'India joined the Minerals Security Partnership last year.',
      'Beijing and Washington held talks on rare earths and tariffs in Geneva.',
      'Beijing and Washington agreed a 90-day truce on rare earths.',
    ],
  },
  'resource nationalism and vetoed deals': {
    category: 'trade-policy',
    sentences: [
      'Jakarta’s resource nationalism has pushed miners to build smelters at home.',
      'The state ordered Chinese investors to divest their stakes in three lithium juniors.',
      'Ottawa blocked the takeover on national security grounds.',
    ],
  },
  'joint buying, emergency powers, price floors, frameworks between states': {
    category: 'trade-policy',
    sentences: [
      'The European Commission proposed a joint purchasing platform for critical raw materials.',
      'Washington is pushing allies to adopt price floors for rare earths.',
      'The White House invoked emergency powers to expand domestic mineral output.',
      'The US and Japan signed a framework to secure supplies of graphite and rare earth oxides.',
      'The G7 launched a critical minerals production alliance.',
      'The two countries pledged to deepen cooperation on critical minerals supply chains.',
      'Japan and the European Union agreed to cooperate on rare earth stockpiling and processing.',
    ],
  },
  'procurement rules and state bodies issuing policy': {
    category: 'trade-policy',
    sentences: [
      'Batteries with cathodes from a foreign entity of concern lose the tax credit.',
      'The NDAA bars the Pentagon from buying magnets made in China after 2027.',
      'The State Council issued guidelines on the high-quality development of the rare earth industry.',
      'Automakers are trying to diversify away from China for magnets.',
      'Washington and Beijing reached a deal on rare earth exports.',
    ],
  },
  'the state allocating and steering resources': {
    category: 'trade-policy',
    sentences: [
      'The Ministry of Mines auctioned 13 critical mineral blocks last month.',
      'Zimbabwe will require lithium miners to build local refineries by 2027.',
      'The EU and Australia resumed talks on a free trade agreement covering critical minerals.',
      'Beijing halted approvals for new rare earth separation capacity.',
      'The ministry said the measures would safeguard national resource security for rare earths.',
      'The rebel administration raised taxes on rare earth exports to China.',
    ],
  },
  'quotas moved': {
    category: 'trade-policy',
    sentences: [
      'Quotas for this year’s rare earth mining were cut by 6%.',
      'The smelting quota was left unchanged from last year.',
    ],
  },
  'export approval required': {
    category: 'export-control',
    sentences: [
      'From next month, graphite anode shipments will need the state’s approval before export.',
      'Beijing is now requiring an official approval to export terbium metal.',
      'Shipments of the metals will require permission from Beijing from next month.',
      'Exporters have been told to report the end users of every cargo.',
    ],
  },
  'controls in force': {
    category: 'export-control',
    sentences: [
      'The controls took effect on 1 December.',
      'The new curbs come into force in October.',
      'The restrictions on gallium and germanium took effect in August.',
      'Controls on antimony remain in place despite the truce.',
    ],
  },
  'controls on the goods and their scope': {
    category: 'export-control',
    sentences: [
      'Beijing imposed curbs on seven medium and heavy rare earths in April.',
      'Beijing widened the scope of its controls to cover magnet production technology.',
      'The commerce ministry’s announcement No. 61 added holmium and erbium.',
    ],
  },
  'sales to named buyers restricted, controls widened, exports not allowed': {
    category: 'export-control',
    sentences: [
      'China said on Thursday it would restrict sales of rare earth magnets to US defence contractors.',
      'The curbs were broadened to include five more elements.',
      'China will not allow exports of gallium to military users in the United States.',
      'Beijing suspended the October measures for a year after the summit.',
      'Beijing added controls on separation technology in the same notice.',
    ],
  },
  'what a control covers and the queue it makes': {
    category: 'export-control',
    sentences: [
      'The curbs apply to 28 US defence firms.',
      'Magnet makers face a backlog of licence applications at the ministry.',
    ],
  },
  'the notice’s own words, China’s controls by name': {
    category: 'export-control',
    sentences: [
      'Listed items shall not be exported without permission from the state.',
      'Exporters must apply to the competent commerce department for each contract.',
      'Traders who want to ship the metal abroad now need exporting licences.',
      'China’s curbs have forced several European motor lines to pause.',
      'Beijing’s latest rare earth restrictions reach far beyond its borders.',
    ],
  },
  'approvals granted': {
    category: 'export-control',
    sentences: [
      'The ministry approved some shipments of magnets to European automakers.',
      'Commerce officials have cleared export applications from a handful of magnet makers.',
      'Several magnet makers have received licences valid for six months.',
    ],
  },
  'reach beyond borders and enforcement': {
    category: 'export-control',
    sentences: [
      'The rules extend to products made abroad with Chinese rare earths under a de minimis threshold.',
      'The extraterritorial provisions apply to foreign firms using Chinese technology.',
      'Customs officers stepped up checks on cargoes of antimony leaving Guangxi.',
      'Traders said material is being transshipped via Thailand to evade the curbs.',
      'Beijing blacklisted two US drone makers.',
    ],
  },
  'markets entered and first sales': {
    category: 'market-expansion',
    sentences: [
      'The magnet maker entered the Indian market with a plant near Chennai.',
      'The magnet maker launched in the US market with a line of motor-grade magnets.',
      'The company made its first sales of separated oxide to customers in Japan.',
      'The refiner won its first order from a US defence contractor.',
      'The separator signed its first European customer in March.',
    ],
  },
  'new customers supplied, a share of a market aimed at': {
    category: 'market-expansion',
    sentences: [
      'The magnet maker will begin supplying a German automaker from its Estonian plant next year.',
      'Exports to India have become a growth market for the Baotou producers.',
      'The start-up aims to capture 10% of the European magnet market by 2030.',
    ],
  },
  'going abroad': {
    category: 'market-expansion',
    sentences: [
      'Chinese magnet makers are going overseas to be closer to their buyers.',
      'The refiner is diversifying its customer base away from China.',
    ],
  },
  'customers won, products qualified': {
    category: 'market-expansion',
    sentences: [
      'The recycler signed a new customer in Germany for its recovered oxide.',
      'Its oxide has been qualified by two Japanese magnet makers.',
      'The magnet maker’s grades were adopted by eight of the ten largest automakers.',
    ],
  },
  'presence abroad and talks with buyers': {
    category: 'market-expansion',
    sentences: [
      'The producer set up a subsidiary in Germany to sell magnets to European carmakers.',
      'The company is expanding its presence in Southeast Asia.',
      'The company is in talks with European carmakers to supply magnets.',
      'The company is in talks with automakers about rare earth supply for 2027.',
      'The magnet maker now ships to more than 30 countries.',
      'The group is going global with sales offices in Europe and North America.',
      'Chinese magnet makers are shifting exports to Southeast Asia.',
    ],
  },
  'deal words in other spellings and stages': {
    category: 'investment-deal',
    sentences: [
      'The miner signed an off-take agreement with a Korean battery maker.',
      'The two companies formed a JV to build a separation plant in Vietnam.',
      'The Canadian junior signed an earn-in agreement on the tenements.',
      'The company entered into a subscription agreement with a strategic investor.',
      'The agency will hold a direct stake in the refiner.',
      'The fund’s equity interest in the miner rises to 12% after the placement.',
      'The company completed a C$35 million bought deal financing.',
      'The refiner will process the miner’s concentrate under a tolling agreement.',
      'The two groups entered a strategic collaboration on magnet recycling.',
      'The separator will supply the carmaker with up to 1,000 tonnes of NdPr oxide a year.',
    ],
  },
  'bids and shareholders': {
    category: 'investment-deal',
    sentences: [
      'The Chinese group made a bid for the Australian lithium developer.',
      'The board rejected a non-binding indicative offer from its largest shareholder.',
      'After the placement the defence department will become the junior miner’s biggest shareholder.',
    ],
  },
  'the price of a deal': {
    category: 'investment-deal',
    sentences: [
      'The miner bought the deposit for $120 million.',
      'The acquisition values the company at A$1.4 billion.',
      'The deal is worth about $300 million.',
      'The state lender committed AU$200 million to the refinery.',
    ],
  },
  'a price guaranteed by a backer, cooperation agreed between companies, joint development': {
    category: 'investment-deal',
    sentences: [
      'The Pentagon will guarantee a minimum price for the company’s NdPr output as part of the deal.',
      'Lynas and the trading house agreed to cooperate on heavy rare earth projects.',
      'The two companies will jointly develop the deposit.',
      'The company secured a US$ 75 million debt package.',
    ],
  },
  'takeover terms and money drawn': {
    category: 'investment-deal',
    sentences: [
      'The offer represents a 40% premium to the last closing price.',
      'The second tranche of the placement needs shareholder approval.',
      'The developer drew down the first A$50 million of the facility.',
    ],
  },
  'output sold ahead, funds, rounds and closings': {
    category: 'investment-deal',
    sentences: [
      'The output is contracted to a European magnet maker for ten years.',
      'The two firms set up a fund to invest in rare earth projects.',
      'The magnet start-up closed a Series B round led by a sovereign fund.',
      'The transaction is expected to close in the second quarter.',
      'The miner completed the sale of its stake in the Brazilian clay project.',
      'A Japanese consortium will fund the refinery.',
      'The developer is backed by sovereign investors from the Gulf.',
    ],
  },
};

describeParadigms('policy paradigm', PARADIGMS);

describe('near misses: another market, a question, a generic remark, background', () => {
  it.each([
    'Saudi Arabia is responsible for about a tenth of the world’s crude output.',
    'Soybean exports are made almost exclusively in Brazil and the United States.',
    'The chipmaker entered the Indian smartphone market last year.',
    'Will Beijing lift the curbs on gallium before the summit?',
    'Critical minerals are essential for the energy transition.',
    'Rare earth elements comprise seventeen metallic elements found in many minerals.',
    'Oil majors signed a memorandum of understanding on LNG shipping.',
    'Prices entered a bear market in March.',
    'The two leaders discussed soybean purchases and Boeing orders.',
    'Talks on wage increases at the copper mine stalled.',
    'Gold miners signed a new customer for refined bullion.',
    'The coal miner bought a truck fleet for $120 million.',
    'The city council imposed a levy on plastic bags.',
    'The controls on semiconductor equipment took effect on Friday.',
    'Copper output is contracted to smelters in Japan.',
    'Washington added a Chinese chipmaker to its entity blacklist.',
    'Oil exporters have been told to cut output by OPEC.',
    'Our first sales conference will be held in Toronto.',
    'It is home to about a third of the nation’s wheat farms.',
    'The company issued a notice to shareholders about the meeting.',
    'The rains drew down reservoir levels in the dry season.',
    'The plant managers will address customers’ concerns about delivery times.',
    'Two companies hold talks over the port lease.',
    'The rebels raised taxes on soybean exports.',
    'The bank launched into a long explanation of its market outlook.',
  ])('"%s" is not a signal', (sentence) => {
    expect(categoryOf(sentence)).toBeNull();
  });
});

describe('the same words in another category', () => {
  it.each([
    // A share of demand is demand, not concentration.
    ['Wind turbines accounted for about a third of global magnet demand last year.', 'demand'],
    // A bare unit price is a price, not the price of a deal.
    ['The company sold NdPr oxide for $60/kg in the quarter.', 'pricing'],
  ] as const)('"%s" → %s', (sentence, category) => {
    expect(categoryOf(sentence)).toBe(category);
  });
});

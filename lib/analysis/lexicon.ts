import type { Category, Direction } from '../analysis-result';

/**
 * The language of the field as data: cue phrases per signal category, direction words, the words
 * that make a sentence's subject a sector actor, topic evidence and its confusables, and the shapes
 * of sentences that never carry a claim. Names of materials, organizations and places live in
 * materials.ts, organizations.ts and places.ts.
 *
 * Cue patterns are regular-expression sources, matched case-insensitively (flags `iu`) on the
 * repaired sentence, anchored on word boundaries at both ends, each on its own (cues may overlap).
 * They use non-capturing groups only. Weights say how surely the phrase, on its own, makes the
 * sentence a signal of that category: 0.8 and above for phrases of the field ("export licensing",
 * "due diligence"), which may stand without a named subject on a rare-earth page; below for
 * common words ("prices", "investment"), which need one.
 *
 * Every pattern is a general expression of the field, with its morphological variants: each must
 * catch differently worded statements (test/unit/analysis/cue-families.test.ts), never one
 * labelled corpus sentence (issue 3, item 8).
 */

export interface CueEntry {
  category: Category;
  pattern: string;
  /** 0..1: how surely this phrase alone marks the category. */
  weight: number;
  /** The direction the phrase itself carries ("prices fell"), when it carries one. */
  direction?: Direction;
}

/** Nouns of supply, reused by the supply cues. */
const SUPPLY_NOUN = String.raw`(?:output|production|capacity|supply(?!\s+chains?)|supplies|mining|refining|processing|separation|throughput|shipments|deliveries|sales volumes?|recovery(?:\s+rates?)?|yields?|(?:operating|run|utili[sz]ation)\s+rates?)`;
/**
 * Making things downstream ("EV production", "turbine output") is demand for rare earths, not
 * supply of them: supply nouns right after these words are not supply cues.
 */
const NOT_AFTER_DOWNSTREAM = String.raw`(?<!(?:vehicle|car|auto|EV|turbine|smartphone|robot|appliance|motor|steel|crude|oil)\s)`;
/** Plants, mines and lines: what is built, restarted, expanded or shut. */
const FACILITY = String.raw`(?:mines?|plants?|refiner(?:y|ies)|facilit(?:y|ies)|smelters?|(?:production|processing|separation|smelting|magnet|sintering|assembly)\s+lines?|lines?|factor(?:y|ies)|hubs?|kilns?|circuits?|works|operations)`;
const RISE_VERB = String.raw`(?:rose|risen|rises|rise|grew|grown|grows|grow|climbed|climbs|increased|increases|jumped|jumps|surged|surges|expanded|expands|rebounded|rebounds|doubled|doubles|tripled|quadrupled|soared|soars|gained|edged (?:up|higher)|inched (?:up|higher)|ticked up|crept (?:up|higher)|shot up|recover|recovers|recovered|resumed|restarted|picked up|hit a record|(?:hit|reached|touched)\s+(?:a\s+|an\s+)?(?:record|all-time|(?:multi|\S+)-(?:year|month))\s+high|reach(?:es|ed|ing)?\s+(?:a\s+)?record|(?:is|are|was|were) up)`;
const FALL_VERB = String.raw`(?:fell|fallen|falls|dropped|drops|plunged|plunges|slumped|slumps|declined|declines|collapsed|dried up|halved|shrank|shrinks|shrunk|tumbled|tumbles|plummeted|slid|slides|slipped|dipped|dwindled|contracted|slowed|stalled|ceased|sank|sinks|decreased|decreases|edged (?:down|lower)|ticked down|(?:hit|reached|touched|sank to)\s+(?:a\s+|an\s+)?(?:record|all-time|(?:multi|\S+)-(?:year|month))\s+low|(?:is|are|was|were|has been|have been|had been)\s+(?:\w+\s+)?(?:halted|suspended|disrupted|decreased|reduced|cut|lowered|slashed|curtailed|halved|scaled back|down)|(?:fell|dropped|plunged|declined|slumped)\s+to\s+(?:almost\s+|nearly\s+|virtually\s+)?zero|(?:is|are|was|were)\s+(?:almost|nearly|close to|effectively|virtually)\s+zero|(?:has|have|had)\s+(?:effectively\s+|virtually\s+|all but\s+)?(?:stopped|halted|ceased|dried up)|(?:effectively|virtually|all but)\s+(?:stopped|halted|ceased))`;
const PERCENT = String.raw`\d[\d.,]*\s?(?:%|percent|per cent)\+?`;
const APPROX = String.raw`(?:(?:about|around|roughly|nearly|almost|over|more than|some|at least|close to|upwards of|up to|as much as|an estimated|approximately|just over|just under|less than)\s+)?`;
/** A large part, said in words or numbers: "95%", "nine in ten", "almost all", "the bulk". */
const SHARE = String.raw`(?:${APPROX}${PERCENT}|(?:almost|nearly|virtually|practically|essentially)\s+(?:all|every)|all|most|(?:more than|over|about|nearly|almost|roughly|around)\s+(?:half|two[- ]thirds|three[- ]quarters|(?:a|one)[- ](?:third|quarter|fifth)|two[- ]fifths)|half|two[- ]thirds|three[- ]quarters|(?:a|one)[- ](?:third|quarter)|(?:roughly\s+|about\s+|around\s+|nearly\s+)?(?:one|two|three|four|five|six|seven|eight|nine|\d)\s+(?:in|out of|of every)\s+(?:every\s+)?(?:ten|10)(?:\s+(?:tonnes|tons|units|magnets|kilograms))?|the\s+(?:bulk|majority|lion(?:'|’)?s share)|the\s+vast\s+majority)`;
/**
 * Currencies of the places the field's news comes from, besides the dollar, euro, pound, yen and
 * yuan: Malaysia (ringgit, RM), Brazil (reais, R$), South Africa (rand), Kazakhstan (tenge),
 * India (₹), Korea (₩), Russia (₽), Indonesia (rupiah, Rp), Vietnam (dong), Saudi Arabia
 * (riyals), Greenland and the Nordics (kroner), and their ISO codes.
 */
const CURRENCY_SIGN = String.raw`US\$|A\$|AU\$|C\$|CA\$|HK\$|NZ\$|S\$|R\$|\$|€|£|¥|₹|₩|₽|₸|(?:USD|AUD|CAD|EUR|RMB|CNY|JPY|GBP|CHF|MYR|BRL|ZAR|KZT|INR|KRW|RUB|IDR|VND|SAR|DKK|NOK|SEK|RM|Rp)\s?`;
const CURRENCY_WORD = String.raw`(?:euros?|dollars|yuan|yen|won|pounds|rupees|roubles|rubles|ringgit|reais|rand|tenge|rupiah|dong|riyals?|kroner|kronor|krone|francs|pesos)(?![\p{L}])`;
const CURRENCY_AMOUNT = String.raw`(?:${CURRENCY_SIGN})\s?\d[\d.,]*`;
/** "$480 million", "A$1 billion", "3 billion euros", "20 million yuan". */
const MONEY = String.raw`(?:${CURRENCY_AMOUNT}(?:\s?(?:million|billion|bn|mn|m|b)(?![\p{L}]))?|\d[\d.,]*\s?(?:million|billion|bn|mn)?\s?${CURRENCY_WORD})`;
/**
 * The price of a deal, always with its scale ("$120 million", "A$1.4 billion", "300 million euros"):
 * a bare "$60" is more often a unit price ("sold oxide for $60/kg") than a deal.
 */
const DEAL_MONEY = String.raw`(?:${CURRENCY_AMOUNT}\s?(?:million|billion|bn|mn|m|b)(?![\p{L}])|\d[\d.,]*\s?(?:million|billion|bn|mn)\s+${CURRENCY_WORD})`;
/** A price per unit, ranges included: "$55–60/kg", "US$75 per kilogram", "560,000 yuan/t". */
const UNIT_PRICE = String.raw`(?:${CURRENCY_AMOUNT}(?:\s?[-–—]\s?\d[\d.,]*)?\s?(?:/|per|a)\s?(?:kg|kilogram|kilo|tonne|ton|t|mt|lb|pound)|\d[\d.,]*(?:\s?[-–—]\s?\d[\d.,]*)?(?:\s?(?:million|thousand|k))?\s?(?:yuan|RMB|dollars)\s?(?:/|per|a)\s?(?:kg|kilogram|tonne|ton|t))`;
/**
 * What the market prices, by name: the elements, their usual products, the adjacent minerals. A
 * move of one of these in percent or to a price is a price move ("Terbium slumped 8%").
 */
const PRICED_GOOD = String.raw`(?:lanthanum|cerium|praseodymium|neodymium|samarium|europium|gadolinium|terbium|dysprosium|holmium|erbium|thulium|ytterbium|lutetium|scandium|yttrium|NdPr|PrNd|Pr-Nd|ferro-?dysprosium|DyFe|NdFeB|yttria|ceria|scandia|gadolinia|gallium|germanium|antimony|graphite|tungsten|APT|indium|bismuth|molybdenum|tellurium|cobalt|lithium|nickel)(?:\s+(?:oxides?|metals?|carbonates?|concentrates?|alloys?|trioxide|ingots?|chloride|fluoride))?`;
/**
 * What an export control names as its object: the field's goods and their technology ("curbs on
 * seven medium and heavy rare earths", "restrictions on gallium and germanium").
 */
const CONTROLLED_GOOD = String.raw`(?:${PRICED_GOOD}|rare[- ]earths?(?:\s+(?:elements?|metals?|magnets?|oxides?|items|products|technolog(?:y|ies)))?|(?:rare[- ]earth|permanent|NdFeB)\s+magnets?|magnets?|(?:magnet|extraction|separation|processing|refining|smelting|mining)\s+technolog(?:y|ies)|critical\s+minerals|strategic\s+(?:minerals|metals|materials)|superhard\s+materials|battery\s+(?:materials|technolog(?:y|ies)))`;
/** Words between a good and its move that would make the move one of volume, not of price. */
const NOT_VOLUME = String.raw`(?!(?:output|production|supply|supplies|exports?|imports?|shipments|capacity|sales|deliveries|demand|consumption|use|usage|stocks|inventor\w*|reserves|mining|quotas?|volumes?)(?![\p{L}]))`;

/** Licences other than trade licences: "mining licence", "software licensing". */
const NOT_A_TRADE_LICENCE = String.raw`(?<!(?:mining|exploration|exploitation|extraction|operating|business|driving|driver(?:'|’)?s|software|broadcast|banking|fishing|liquor|patent|technology|environmental|production|processing|retention|prospecting|stage)\s)`;
const LICENCE = String.raw`${NOT_A_TRADE_LICENCE}licen[cs](?:e|es|ed|ing)`;
/** Modal and aspect words between a subject and its verb: "would rise", "have also picked up". */
const AUX = String.raw`(?:(?:will|would|could|may|might|should|can|is expected to|are expected to|is set to|are set to|is going to|are going to|is likely to|are likely to|to|has|have|had|also|still|further|again)\s+){0,3}`;

/** A volume with its unit: "640 t", "12,480 tonnes", "3.2 tons", "80,000 pounds", "4mn tonnes". */
const TONNAGE = String.raw`${APPROX}\d[\d.,]*(?:\s?[-–—]\s?\d[\d.,]*)?\+?\s?(?:million\s+|mn\s+|m\s+|thousand\s+|k\s+)?(?:metric\s+)?(?:tonnes|tons|t|mt|tpa|kt|kilograms|kg|lbs|pounds)(?![\p{L}])`;
/** A tonnage of another commodity ("90,000 tons of copper") is not a volume of the field. */
const NOT_OTHER_GOOD = String.raw`(?!\s+(?:\S+\s+)?of\s+(?:copper|gold|silver|iron|steel|coal|oil|crude|zinc|lead|aluminium|aluminum|soybeans?|wheat|corn|grains?|coffee|cocoa|sugar|cotton|fertili[sz]ers?)(?![\p{L}]))`;
/** The nouns of a volume that moves: output and trade flows. */
const VOLUME_NOUN = String.raw`(?:exports?|imports?|shipments|output|production|sales(?:\s+volumes?)?|deliveries|volumes?)`;
/** A fall or a rise said as a noun: "a fall of 4%", "a yearly drop of 9%", "a 12% increase". */
const FALL_NOUN = String.raw`(?:(?:a|an)\s+(?:\S+\s+){0,2}?(?:fall|drop|decline|decrease|slump|contraction|plunge|reduction)\s+of|${PERCENT}\s+(?:\S+\s+)?(?:fall|drop|decline|decrease|slump|contraction|plunge|reduction))(?![\p{L}])`;
const RISE_NOUN = String.raw`(?:(?:a|an)\s+(?:\S+\s+){0,2}?(?:rise|increase|gain|jump|surge|growth)\s+of|${PERCENT}\s+(?:\S+\s+)?(?:rise|increase|gain|jump|surge|growth))(?![\p{L}])`;
/** What a financing is: "a $60 million term debt facility", "A$75 million in grants". */
const FINANCE_NOUN = String.raw`(?:loans?|(?:\S+\s+)?debt\s+facilit(?:y|ies)|credit\s+facilit(?:y|ies)|grants?|funding|financing|finance|investment|equity|stake|warrants?|preferred\s+(?:stock|shares|equity)|convertible\s+(?:notes?|bonds?)|bonds?|placement|capital\s+raise|raise|prepayment|package|guarantees?|boost|injection)`;

export const SIGNAL_CUES: readonly CueEntry[] = [
  // supply-expansion: output, capacity or production grows; a mine, plant or line starts.
  { category: 'supply-expansion', weight: 0.8, direction: 'rising', pattern: String.raw`(?:increas|rais|boost|expand|ramp|lift|doubl|tripl|scal|grow|accelerat|restart|resum)\w*(?:\s+up)?(?:\s+(?!(?:about|over|on|of|for|to|in|with|from|amid|and)\s)\S+){0,3}?\s+${SUPPLY_NOUN}` },
  { category: 'supply-expansion', weight: 0.75, direction: 'rising', pattern: String.raw`(?:increased|higher|rising|record|growing|expanded|additional|greater|stronger|new|incremental|extra|added)\s+(?:\S+\s+){0,2}?${SUPPLY_NOUN}(?!\s+(?:laws?|codes?|rules|regulations?|licen[cs]\w*|permits?|polic(?:y|ies)|acts?|bills?|ministry|minister|rights|concessions?))` },
  // "Output in Baotou, a city in Inner Mongolia, rose 11.4%": the subject may carry an apposition.
  { category: 'supply-expansion', weight: 0.8, direction: 'rising', pattern: String.raw`${NOT_AFTER_DOWNSTREAM}(?:output|production|capacity|supply(?!\s+chains?)|supplies|shipments|deliveries|exports|mine supply)(?:\s+\S+){0,8}?(?:,[^,;:]{1,90},)?\s+${AUX}${RISE_VERB}` },
  { category: 'supply-expansion', weight: 0.75, direction: 'rising', pattern: String.raw`(?:commission(?:ed|ing)\s+(?:(?:of\s+)?(?:the|its|a|an|their)\s+)?(?:\S+\s+){0,2}?(?:mines?|plants?|lines?|refiner(?:y|ies)|facilit(?:y|ies)|circuits?|kilns?|smelters?|separation|processing|magnet)|(?:mine|plant|line|refinery|facility|circuit|smelter)\s+(?:was|is|were|has been|will be)\s+commissioned|start\w*\s+(?:to\s+)?(?:up|production|operations?|commercial production|mining|processing|producing|refining|separating|shipping|ship|produce|operating|deliver\w*)|beg[ia]ns?\s+(?:\w+\s+)?(?:production|operations|mining|processing|commercial|shipments|shipping|deliveries)|enter\w*\s+(?:trial|commercial|full|pilot|mass)\s+(?:production|operations?)|first\s+(?:\w+\s+)?(?:production|output|concentrate|ore|shipments?|oxide|batch(?!\s+of\s+(?:\S+\s+){0,6}?quotas?)|magnets?|deliver\w*|volumes|cargo(?:es)?)|c(?:ome|ame|omes|oming)\s+on[- ]?(?:stream|line)|brought\s+on[- ]?line|ramp(?:s|ed|ing)?[- ]?up|nameplate capacity|commercial production|came into production)` },
  { category: 'supply-expansion', weight: 0.65, direction: 'rising', pattern: String.raw`new\s+(?:\S+\s+){0,3}?(?:mines?|plants?|refinery|refineries|facility|facilities|(?:production|smelting|separation|processing|magnet) lines?|separation (?:plant|line)s?|processing (?:plant|hub)s?|magnet (?:plant|factory|factories)|factory|factories|smelters?)` },
  { category: 'supply-expansion', weight: 0.6, direction: 'rising', pattern: String.raw`(?:expansion|extension|debottleneck\w*)\s+(?:of\s+)?(?:the\s+|its\s+)?(?:\w+\s+){0,2}?(?:mine|plant|refinery|facility|capacity|operations)` },
  // "will add about 40,000 tonnes of capacity", "adding 20,000 tonnes a year".
  { category: 'supply-expansion', weight: 0.8, direction: 'rising', pattern: String.raw`add(?:s|ed|ing)?\s+(?:\S+\s+){0,7}?(?:tonnes|tons|tpa|capacity|output|production)(?!\s+(?:to|into)\s+(?:\w+\s+)?(?:stocks?|stockpiles?|reserves|inventor))` },
  { category: 'supply-expansion', weight: 0.75, direction: 'rising', pattern: String.raw`(?:build|builds|built|building|construct\w*|restart\w*|reopen\w*|re-open\w*|expand\w*|enlarg\w*|upgrad\w*|open(?:s|ed|ing)?|develop(?:s|ed|ing)?|commission\w*)\s+(?:\S+\s+){0,4}?${FACILITY}(?![\p{L}])(?!\s+(?:office|offices))` },
  { category: 'supply-expansion', weight: 0.75, direction: 'rising', pattern: String.raw`capacity\s+(?:additions?|expansions?|announcements?|build-?outs?|increases?|growth)|(?:will|plans? to|aims? to|intends? to|expects? to|set to|is to)\s+(?:start\s+)?(?:produc\w*|make|mine|separate|refine|process)\s+(?:\S+\s+){0,3}?(?:tonnes|tons|tpa|oxides?|magnets?|metals?|concentrates?|rare earths?)` },
  // Volumes compared up: "processed 850 tonnes in the quarter, up from 300 tonnes"; plants put into operation.
  { category: 'supply-expansion', weight: 0.75, direction: 'rising', pattern: String.raw`(?:processed|produced|mined|shipped|separated|refined|delivered|output|production)\s+(?:\S+\s+){0,14}?(?:up\s+(?:by\s+)?${APPROX}${PERCENT}|up from|more than doubl\w*)|(?:put|puts|putting|placed|brought|bring\w*)\s+(?:\S+\s+){0,5}?into\s+(?:operation|production|service)|(?:go|goes|went|gone|going)\s+into\s+(?:operation|production|service)|(?:expects?|plans?|aims?|intends?)\s+to\s+(?:ship|produce|deliver|mine)\s+(?:\S+\s+){0,3}?\d` },
  // Supply filling demand: "recycling could meet about 10% of demand", "projects racing to fill the gap".
  { category: 'supply-expansion', weight: 0.8, direction: 'rising', pattern: String.raw`(?:meet|meets|cover|covers|satisf\w*)\s+(?:about\s+|around\s+|roughly\s+|up to\s+|nearly\s+)?(?:\S+\s+){0,2}?of\s+(?:\S+\s+){0,3}?(?:demand|needs|requirements|consumption)|fill\w*\s+(?:the\s+)?(?:\w+\s+)?(?:gap|void|shortfall)` },
  { category: 'supply-expansion', weight: 0.6, direction: 'rising', pattern: String.raw`recycl\w*\s+(?:\w+\s+){0,2}?(?:magnets?|scrap|rare earths?|materials?|batteries|swarf|oxides?)|(?:magnet|scrap|battery|rare earth)\s+recycling|recycled\s+(?:\w+\s+)?(?:magnets?|rare earths?|oxides?|material|feedstock|scrap)|recycling\s+(?:plants?|capacity|lines?|facilit(?:y|ies))|secondary supply` },
  // Utilisation: "running at 40% of capacity", "operating at high rates".
  { category: 'supply-expansion', weight: 0.6, pattern: String.raw`(?:running|operating|runs|operates|ran|operated|run|operate)\s+(?:\S+\s+){0,6}?at\s+(?:\S+\s+){0,8}?(?:capacity|rates?|utili[sz]ation|nameplate|design|full\s+tilt|full\s+speed)|(?:utili[sz]ation|operating|run)\s+rates?\s+(?:\S+\s+){0,5}?(?:below|under|above|at|of|around|near|to)\s+${APPROX}${PERCENT}` },

  // Report language for what is coming: "due to be commissioned next year", "first carbonate is expected in Q3",
  // and the state-media form "the first phase is to be launched in 2027" (a plan stated as an obligation).
  { category: 'supply-expansion', weight: 0.8, direction: 'rising', pattern: String.raw`(?:due|expected|scheduled|slated|set|on track|planned|poised|is|are)\s+to\s+(?:be\s+)?(?:commissioned|completed|launched|put\s+into\s+(?:operation|production|service)|brought\s+on(?:line|stream)|start\w*|begin|enter\s+(?:commercial\s+)?production|come\s+on[- ]?(?:line|stream)|produce|ship|deliver|ramp\s+up)|first\s+(?:\S+\s+){0,3}?(?:carbonate|concentrate|oxide|ore|feed|product|metal|magnets?|shipments?|production|output|batch|cargo)\s+(?:\S+\s+){0,5}?(?:is\s+|are\s+|was\s+)?(?:expected|due|scheduled|planned|targeted|slated|forecast)` },

  // supply-disruption: supply falls or stops.
  { category: 'supply-disruption', weight: 0.8, direction: 'falling', pattern: String.raw`shortages?|supply (?:crunch|squeeze|shocks?|gaps?|deficits?|disruptions?|crisis|cuts?|losses|interruptions?|constraints?|tightness|tension|shortfalls?|pressures?|worries|fears|concerns|anxiet(?:y|ies)|jitters|risks?)|tight(?:er|ening)? supply|supply\s+(?:of\s+(?:\S+\s+){1,4}?)?(?:is|was|are|were|remains?|remained|stays?|stayed)\s+(?:\w+\s+)?tight|scarcit(?:y|ies)|scarce|in short supply|(?:structurally|chronically|critically|desperately)\s+short\s+of|short\s+of\s+(?:\w+\s+){0,2}?(?:rare earths?|feed|feedstock|supply|material|ore|concentrate|metal|oxide|dysprosium|terbium)|undersuppl\w*|bottlenecks?|market deficits?|(?:not|n't)\s+(?:be\s+)?(?:nearly\s+)?(?:enough|sufficient)|insufficient|fall(?:s|ing)?\s+short|fell\s+short|in\s+(?:a\s+)?(?:\w+\s+)?deficit|(?:supply|structural)\s+deficits?|(?:feedstock|raw material|feed|ore|concentrate)\s+(?:shortfalls?|tension|constraints?|squeeze)|(?:for\s+)?lack of\s+(?:\w+\s+){0,2}?(?:feed|feedstock|supply|supplies|material|materials|ore|concentrate|dysprosium|terbium|rare earths?)` },
  { category: 'supply-disruption', weight: 0.8, direction: 'falling', pattern: String.raw`(?:halt|suspend|stop|shut|idl|clos(?!ely)|paus|curtail)\w*(?:\s+down)?\s+(?:\w+\s+){0,2}?(?:production|output|operations|mining|work|shipping|exporting|producing|selling|deliveries|shipments|supply|supplies|deliveries|plants?|mines?|refiner(?:y|ies)|facilit(?:y|ies)|smelters?|lines?)` },
  { category: 'supply-disruption', weight: 0.8, direction: 'falling', pattern: String.raw`${NOT_AFTER_DOWNSTREAM}(?:production|output|operations|mining|exports|shipments|imports|supply(?!\s+chains?)|supplies|deliveries|availability|(?:export|import|supply|production|sales)\s+(?:quantity|quantities|volumes?))(?:\s+\S+){0,10}?\s+${FALL_VERB}` },
  // "Most mines around Pangwa stopped work", "magnet lines in Europe to stop within three months".
  { category: 'supply-disruption', weight: 0.8, direction: 'falling', pattern: String.raw`${FACILITY}(?:\s+\S+){0,8}?\s+(?:(?:is|are|were|was|to|would|could|will|may|might|had|have|has)\s+)?(?:stop|stopped|stops|halt|halted|halts|shut|shuts|close|closed|closes|idled|idle|suspended|ceased|went offline|(?:been|be)\s+(?:shut|closed|halted|idled|suspended))(?![\p{L}-])` },
  // Volumes compared down: "imported 3,870 tonnes ..., down 38% from December", "less than half of what it sent".
  { category: 'supply-disruption', weight: 0.75, direction: 'falling', pattern: String.raw`(?:imported|exported|shipped|sent|produced|mined|delivered|output|imports|exports|shipments|production)\s+(?:\S+\s+){0,18}?(?:down\s+(?:by\s+)?${APPROX}${PERCENT}|less than (?:half|a third|a quarter)|(?:half|a third|a quarter) of (?:what|the)|the lowest (?:since|in))` },
  { category: 'supply-disruption', weight: 0.75, direction: 'falling', pattern: String.raw`(?:cut|cuts|cutting|curb\w*|reduc\w*|lower\w*|slash\w*|trim\w*)\s+(?:\w+\s+){0,2}?(?:output|production|supply(?!\s+chains?)|supplies|mining|shipments|operating rates?|run rates?)` },
  { category: 'supply-disruption', weight: 0.7, direction: 'falling', pattern: String.raw`(?:tighten\w*|constrain\w*|limit\w*|squeez\w*|threaten\w*|disrupt\w*)\s+(?:\S+\s+){0,3}?(?:availability|supply(?!\s+chains?)|supplies)` },
  // The taxonomy's "smuggling crackdown": illegal supply taken out of the market.
  { category: 'supply-disruption', weight: 0.8, direction: 'falling', pattern: String.raw`(?:crackdown|crack(?:s|ed|ing)? down|clampdown)\s+on\s+(?:\w+\s+){0,2}?(?:smuggling|illegal|mining|exports?)|smuggl\w*|illegal(?:ly)?[- ]mined|illegal (?:mining|mines|ores?|production)|(?:grey|gray|black)[- ]market` },
  { category: 'supply-disruption', weight: 0.7, direction: 'falling', pattern: String.raw`border (?:closures?|crossings? (?:closed|shut))|(?:closed|shut|blocked|sealed|cut off)\s+(?:\w+\s+){0,2}?(?:roads?|border|crossings?|routes?|ports?)|(?:roads?|border|crossings?|routes?|railways?|highways?)\s+(?:\S+\s+){0,3}?(?:shut|closed|blocked|cut off|sealed)` },
  { category: 'supply-disruption', weight: 0.7, direction: 'falling', pattern: String.raw`(?:floods?|flooding|fire|explosion|accident|strikes?|protests?|blockades?|fighting|conflict|unrest)\s+(?:at|near|halted|closed|shut|disrupted|hit)\s+(?:the\s+|a\s+|its\s+)?(?:\S+\s+){0,2}?(?:mines?|plants?|refiner(?:y|ies)|facilit(?:y|ies)|smelters?|ports?|operations|production|border)` },
  // Buyers cannot get material: "struggling to obtain terbium", "feedstock could run out".
  { category: 'supply-disruption', weight: 0.8, direction: 'falling', pattern: String.raw`(?:struggl\w*|unable|scrambl\w*)\s+to\s+(?:obtain|source|secure|get|find|buy|procure)|(?:hard|difficult|impossible)\s+to\s+(?:obtain|source|secure|get|find|buy|procure)|run(?:s|ning)?\s+out|ran\s+out|run(?:s|ning)?\s+dry|ran\s+dry` },
  { category: 'supply-disruption', weight: 0.7, direction: 'falling', pattern: String.raw`flood(?:s|ed|ing)|landslides?|earthquakes?|typhoons?|power (?:rationing|cuts|outages|shortages)|blackouts?` },
  { category: 'supply-disruption', weight: 0.6, direction: 'falling', pattern: String.raw`disruptions?|disrupt(?:s|ed|ing)|outages?|force majeure` },

  // market-expansion: an actor pushes for share, channels or customers.
  { category: 'market-expansion', weight: 0.85, direction: 'rising', pattern: String.raw`(?:expand|grow|gain|increas|boost|captur|win|widen|extend|seiz|grab|regain|defend|protect|build)\w*(?:\W+\w+){0,3}?\W+market shares?|(?:defend|gain|win|grab|regain|protect|seiz|captur|doubl|increas|rais|lift|boost|grow|expand)\w*\s+(?:\w+\s+){0,2}?share(?![\p{L}-]|\s+(?:prices?|holders?|capital|buyback))(?:\s+of\s+(?:the\s+)?(?:\S+\s+){0,3}?markets?)?(?<=markets?|share)(?!\s+of)` },
  { category: 'market-expansion', weight: 0.75, direction: 'rising', pattern: String.raw`(?:push|expansion|expand\w*|foray|moves?|moving|entry|enter\w*|venture\w*|break\w*)\s+into\s+(?:\S+\s+){0,4}?(?:markets?|segments?|sectors?)|(?:expand|develop|explor|open\w*\s+up|tap|tapp\w*|penetrat|enter|broaden|diversif)\w*\s+(?:into\s+)?(?:the\s+|new\s+|overseas\s+|international\s+|foreign\s+|global\s+|export\s+|wider\s+|emerging\s+){1,2}markets?` },
  { category: 'market-expansion', weight: 0.7, direction: 'rising', pattern: String.raw`new (?:markets|customers|buyers|clients|sales channels|export markets)|(?:sales|trading|distribution|retail|export|marketing)[- ]channels?|channel expansion|market (?:targeting|penetration|development|expansion|entry)|customer base|(?:overseas|foreign|international|global|export) (?:sales|buyers|customers|clients|expansion)|(?:sales|marketing|distribution|representative|trading|branch|overseas)\s+(?:office|offices|subsidiary|subsidiaries|network|team|presence|agents?)|brand (?:influence|awareness|recognition|building)|(?:gain|establish|build|win|secur)\w*\s+(?:an?\s+)?(?:foothold|beachhead|toehold)|(?:redirect|divert|rerout)\w*\s+(?:\S+\s+){0,3}?(?:cargoes|shipments|exports|sales|volumes|supply)\s+to` },
  // "courting buyers in India", "targeting customers in Turkey", "marketing magnets ... to motor makers".
  { category: 'market-expansion', weight: 0.75, direction: 'rising', pattern: String.raw`(?:court|target|woo|chas|pursu|approach|sign(?:ing|ed|s)? up)\w*\s+(?:\S+\s+){0,2}?(?:buyers|customers|clients|automakers|carmakers|manufacturers|makers|OEMs|end[- ]users)|(?:marketing|sell|sells|selling|sold|offer\w*|pitch\w*)\s+(?:\S+\s+){0,8}?to\s+(?:\S+\s+){0,5}?(?:buyers|customers|clients|partners|markets|automakers|carmakers|makers|manufacturers|OEMs)|(?:sales\s+)?pitch(?:es)?\s+to\s+(?:\S+\s+){0,2}?(?:customers|buyers|clients)|win\w*\s+(?:them|customers|buyers|clients|users)\s+over` },
  { category: 'market-expansion', weight: 0.6, direction: 'rising', pattern: String.raw`(?:win|wins|won|secur\w*|land\w*)\s+(?:\w+\s+){0,2}?(?:customers?|clients?|orders?)|sales velocity` },

  // market-concentration: share of global capacity, dominance, consolidation.
  { category: 'market-concentration', weight: 0.9, pattern: String.raw`(?:control|account|hold|produc|process|refin|suppl|command|represent|make|made|mak|mine|separat)\w*(?:\s+up)?\s+(?:\w+\s+)?(?:for\s+)?${SHARE}\s+of\s+(?:the\s+)?(?:world|global|worldwide|total|international)(?!\s+(?:\S+\s+){0,3}?(?:demand|consumption|use|usage)(?![\p{L}]))` },
  { category: 'market-concentration', weight: 0.85, pattern: String.raw`${SHARE}\s+(?:of\s+)?(?:the\s+)?(?:world(?:'|’)?s?|global|worldwide)\s+(?:\w+\s+)?(?:supply|output|production|capacity|market|reserves|processing|refining|mining|share)|${SHARE}\s+of\s+(?:the\s+)?(?:world(?:'|’)s|globe(?:'|’)s)|${PERCENT}\s+of\s+(?:\S+\s+){0,4}?(?:output|production|supply|capacity|reserves)\s+(?:worldwide|globally)` },
  // Without "world": "China will account for about 68% of mined NdPr", "hold all of the country's quota".
  { category: 'market-concentration', weight: 0.8, pattern: String.raw`(?:control|account|hold|holds|held|produc|process|refin|suppl|command|represent|make|made|mak|mine|separat)\w*(?:\s+up)?\s+(?:\w+\s+)?(?:for\s+)?${SHARE}\s+of(?=\s)(?!\s+(?:its|their|our|his|her)\s+own\s|\s+(?:\S+\s+){0,3}?(?:consumption|demand|use|usage|sales|revenues?|costs?|spending)(?![\p{L}]))` },
  // Dependence: "sources about 98% of its magnets from China", "dependent on Chinese feedstock".
  { category: 'market-concentration', weight: 0.85, pattern: String.raw`(?:sources?|sourced|sourcing|imports?|imported|gets?|got|buys?|bought|obtains?|obtained|receives?|received)\s+${SHARE}\s+of\s+(?:\S+\s+){0,10}?from` },
  { category: 'market-concentration', weight: 0.75, pattern: String.raw`(?:dependen(?:t|ce|cy)|relian(?:t|ce)|rel(?:y|ies|ied|ying)|depend(?:s|ed|ing)?)\s+(?:\S+\s+){0,8}?(?:on|upon)\s+(?:\S+\s+){0,2}?(?:Chin(?:a|ese)\S*|Beijing|a single|one (?:country|supplier|source|producer)|imports?|foreign)` },
  { category: 'market-concentration', weight: 0.8, pattern: String.raw`dominan(?:ce|t)|dominat\w*|monopol\w*|near-monopoly|stranglehold|chokehold|choke ?points?|oligopol\w*|(?:market|global|world|industry) leader\w*|grip (?:on|over)|(?:a|the)\s+(?:large|larger|major|dominant|huge|big|significant|sizeable|sizable|lion(?:'|’)?s|largest|biggest|overwhelming)\s+share` },
  { category: 'market-concentration', weight: 0.75, direction: 'rising', pattern: String.raw`(?:growing|increasing|expanding|outsized|rising|greater|tightening)\s+(?:influence|leverage|clout|control|sway)\s+(?:in|over|on|across)|(?:tighten|strengthen|cement|extend|deepen|solidif|entrench|reinforc|tight)\w*\s+(?:\S+\s+){0,2}?(?:control|grip|dominance|hold|influence|leverage|stranglehold)\s+(?:of|over|on)(?=\s)` },
  // Not the accountant's "consolidated revenue".
  { category: 'market-concentration', weight: 0.65, pattern: String.raw`consolidat\w*(?!\s+(?:financial|revenue|statements?|net|basis|results|accounts|earnings|profit|balance|subsidiar))|integrat\w*\s+(?:the\s+)?(?:\S+\s+){0,3}?(?:assets|operations|producers|companies|mines|resources|enterprises)|(?:control|controls|controlled|controlling|dominat\w*)\s+(?:the\s+|most\s+of\s+the\s+|much\s+of\s+the\s+)?(?:\w+\s+)?(?:refining|processing|separation|mining|supply|market|production|mines|smelting)(?![\p{L}])|(?:absorb|swallow)\w*\s+(?:\w+\s+){0,2}?(?:smaller|rival|independent|weaker)\s+(?:\S+\s+){0,2}?(?:plants?|producers?|rivals?|companies|firms|players|smelters?|refiners?|separators?|miners?)` },
  { category: 'market-concentration', weight: 0.75, pattern: String.raw`share\s+of\s+(?:the\s+)?(?:global|world|worldwide|total|international)\s+\w+|(?:world(?:'|’)s|global|globe(?:'|’)s)\s+(?:largest|biggest|second[- ]largest|leading|top|dominant)\s+(?:\S+\s+){0,4}?(?:producers?|suppliers?|deposits|reserves|miners?|refiners?|processors?|exporters?|makers?)` },
  { category: 'market-concentration', weight: 0.8, pattern: String.raw`(?:only|just)\s+(?:\S+\s+){1,9}?at\s+(?:commercial\s+|industrial\s+|meaningful\s+)?scale|(?:only|just)\s+(?:a handful|a few|one|two|three)\s+(?:of\s+)?(?:\w+\s+){0,2}?(?:compan(?:y|ies)|producers?|suppliers?|firms?|refiners?|plants?|processors?|separators?)` },
  { category: 'market-concentration', weight: 0.65, pattern: String.raw`concentrat\w*\s+(?:of|in)\s+(?:\w+\s+){0,2}?(?:supply|production|processing|refining|capacity|markets?)|(?:single|sole)\s+(?:source|supplier|producer)|(?:only|largest|biggest|dominant|leading)\s+(?:\w+\s+){0,2}?(?:producers?|suppliers?|processors?|refiners?)\s+(?:of|outside|in)|(?:global|world|market) share` },

  // Consolidation into one state group: "merged three producers into a single group".
  { category: 'market-concentration', weight: 0.85, pattern: String.raw`absorb\w*\s+(?:\S+\s+){0,4}?(?:producers?|companies|firms|miners|smelters|refiners|rivals|units|enterprises|assets)(?![\p{L}])` },
  { category: 'market-concentration', weight: 0.9, pattern: String.raw`(?:merg\w*|combin\w*|fold\w*|consolidat\w*|integrat\w*|restructur\w*)\s+(?:\S+\s+){0,10}?into\s+(?:a\s+|one\s+|the\s+)?(?:single\s+|new\s+|state\s+|national\s+)?(?:\S+\s+){0,2}?(?:group|company|giant|champion|conglomerate|entity|firm|enterprise)s?` },

  // pricing: price level, move, pressure or leverage.
  { category: 'pricing', weight: 0.9, direction: 'falling', pattern: String.raw`(?:downward|bearish)\s+pressure\s+on\s+(?:\w+\s+){0,2}?prices?` },
  { category: 'pricing', weight: 0.9, direction: 'rising', pattern: String.raw`(?:upward|bullish)\s+pressure\s+on\s+(?:\w+\s+){0,2}?prices?` },
  { category: 'pricing', weight: 0.85, pattern: String.raw`pressure\s+on\s+(?:\w+\s+){0,2}?prices?|price pressure` },
  // What moves prices: "Higher output has supported prices", "the glut weighed on prices".
  { category: 'pricing', weight: 1, pattern: String.raw`(?:support|lift|boost|push|pushed|drive|drove|driven|underpin|weigh|weighed|weighing|drag|dragged|depress|sent|send|keep|keeps|kept|keeping)\w*\s+(?:on\s+|down\s+|up\s+)?(?:\w+\s+){0,2}?prices?|(?:cut|cuts|cutting|slash\w*|lower\w*|rais\w*|hik\w*|increas\w*|reduc\w*|trim\w*|mark\w*\s+(?:up|down))\s+(?:\w+\s+){0,2}?prices?` },
  { category: 'pricing', weight: 0.85, direction: 'rising', pattern: String.raw`prices?\s+(?:\S+\s+){0,6}?${AUX}(?:rose|rise|rises|rising|risen|climbed|jumped|surged|soared|skyrocketed|rocketed|rallied|spiked|firmed|strengthened|gained|advanced|increased|doubled|tripled|quadrupled|edged (?:up|higher)|inched (?:up|higher)|ticked up|crept (?:up|higher)|shot up|leapt|leaped|moved higher|hit (?:a )?(?:record|high)|(?:hit|reached|touched)\s+(?:a\s+|an\s+)?(?:\S+\s+)?(?:high|peak)|(?:is|are|was|were)\s+up\s+(?:by\s+)?${APPROX}${PERCENT})|prices?\s+(?:\S+\s+){0,6}?${AUX}(?:decoupled|diverged|converged|split)` },
  { category: 'pricing', weight: 0.85, direction: 'falling', pattern: String.raw`prices?\s+(?:\S+\s+){0,6}?${AUX}(?:fell|fall|falls|falling|fallen|dropped|slumped|plunged|plummeted|declined|eased|weakened|slid|slipped|dipped|tumbled|softened|sagged|sank|crashed|collapsed|nosedived|halved|retreated|lost|edged (?:down|lower)|inched (?:down|lower)|ticked down|moved lower|(?:hit|touched|sank to|fell to)\s+(?:a\s+|an\s+)?(?:\S+\s+)?low|(?:is|are|was|were)\s+down\s+(?:by\s+)?${APPROX}${PERCENT})` },
  { category: 'pricing', weight: 0.75, direction: 'stable', pattern: String.raw`prices?\s+(?:\w+\s+)?(?:remain\w*|held|stayed|hold\w*|were|was)\s+(?:\w+\s+)?(?:stable|steady|flat|unchanged|firm)|(?:stable|steady|flat)\s+prices?` },
  // A product's move in percent: "Gadolinium oxide has risen 14%", "Dysprosium oxide up 6% on week".
  { category: 'pricing', weight: 0.8, pattern: String.raw`(?:oxides?|metals?|alloys?|carbonates?|ingots?|ferro\w*|spot)(?!\s+(?:output|production|supply|exports?|imports?|shipments|capacity|sales|deliveries))\s+(?:\S+\s+){0,3}?(?:(?:has|have|had)\s+)?(?:rose|risen|climbed|gained|jumped|surged|fell|fallen|dropped|slipped|declined|eased|up|down)\s+(?:by\s+)?${APPROX}${PERCENT}` },
  { category: 'pricing', weight: 0.8, pattern: String.raw`price (?:floor|ceiling|premium|discount|volatility|war|spread|benchmark|index|assessment|hike|increase|rise|surge|spike|jump|rally|gains?|drop|decline|slump|collapse|cuts?|recovery|outlook|forecast|levels?|trend|movements?|caps?|controls?|gap)|pric(?:ing|e)\s+(?:power|leverage|discovery|setting|mechanisms?|parity|transparency|reporting|agenc(?:y|ies))|price[- ](?:maker|taker|setter)s?|(?:multi-year|all-time|decade|\d+-(?:year|month|week)|(?:one|two|three|four|five|ten)-year|year|month|week)[- ](?:high|low)s?|priced\s+(?:at|above|below)|(?:pa(?:y|ys|id|ying)|charg\w*|command\w*|fetch\w*)\s+(?:\w+\s+){0,2}?(?:premiums?|discounts?)|(?:at|a)\s+(?:\w+\s+){0,2}?(?:premium|discount)\s+(?:to|over|of|on)|quot(?:e|es|ed|ing)\s+(?:\S+\s+){0,5}?at\s+(?:about\s+|around\s+)?${CURRENCY_AMOUNT}` },
  { category: 'pricing', weight: 0.8, pattern: UNIT_PRICE },
  // Price mechanisms: "linked to an NdPr index with a floor", "a minimum price of $110 per kg".
  { category: 'pricing', weight: 0.85, pattern: String.raw`(?:linked|pegged|tied|indexed)\s+to\s+(?:an?\s+|the\s+)?(?:\S+\s+){0,3}?(?:index|indices|benchmark|prices?|floor)|(?:minimum|maximum|floor|reference|guaranteed|fixed|spot|contract|average|selling)\s+prices?` },
  // Premiums and spreads that move; prices that stay high; who sets them: "the premium widened to 30%",
  // "prices remain elevated", "China's grip lets it set prices", "selling below cost".
  { category: 'pricing', weight: 0.85, pattern: String.raw`(?:premiums?|discounts?|spreads?|price gaps?|differentials?)\s+(?:\S+\s+){0,6}?(?:widened|narrowed|widen|narrow|widens|narrows|widening|narrowing|rose|fell|jumped|shrank|doubled)|prices?\s+(?:\S+\s+){0,4}?(?:remain\w*|stay\w*|are|were|is|was)\s+(?:\w+\s+)?(?:elevated|high|higher|low|lower|depressed|weak|strong|subdued|volatile|soft)(?![\p{L}])|(?:cost|value)\s+of\s+(?:\S+\s+){0,4}?(?:has\s+|have\s+)?(?:risen|rose|fallen|fell|doubled|tripled|soared|jumped|dropped)|(?:set|sets|setting|dictat\w*|control\w*|influenc\w*|manipulat\w*|determin\w*)\s+(?:\w+\s+){0,2}?prices?|(?:below|under)\s+(?:the\s+)?(?:cost|production costs?|cash costs?)|at\s+a\s+loss` },
  // A good's own move or level: "Terbium slumped 8%", "NdPr oxide traded at 560,000 yuan", "Spot gallium was assessed at $720".
  { category: 'pricing', weight: 0.8, pattern: String.raw`${PRICED_GOOD}\s+(?:${NOT_VOLUME}\S+\s+){0,3}?${AUX}(?:rallied|slumped|soared|firmed|softened|weakened|tumbled|plunged|spiked|rebounded|(?:rose|risen|climbed|gained|jumped|surged|fell|fallen|dropped|slipped|declined|eased|up|down|edged\s+(?:up|down|higher|lower))\s+(?:by\s+)?(?:${APPROX}${PERCENT}|to\s+(?:\S+\s+){0,2}?(?:${CURRENCY_AMOUNT}|\d[\d.,]*\s?(?:yuan|dollars|euros))))|(?:traded|trading|trades|assessed|quoted|offered|sold|selling|changed hands|fetch\w*|cost|costs|valued)\s+(?:\S+\s+){0,3}?(?:at|for|around)\s+(?:about\s+|around\s+|roughly\s+)?(?:${CURRENCY_AMOUNT}|\d[\d.,]*\s?(?:yuan|dollars|euros|RMB))` },
  { category: 'pricing', weight: 0.75, pattern: String.raw`(?:cheap|cheaper|expensive|costly|costlier|pricey|pricier|affordable)(?![\p{L}])|undercut\w*|(?:below|above|at|near)\s+(?:\S+\s+){0,2}?(?:last week(?:'|’)s|last month(?:'|’)s|previous|prior|earlier|recent|current)\s+levels` },
  { category: 'pricing', weight: 0.55, pattern: String.raw`prices?|pricing|priced|offers|bids|quotations` },

  // inventory: stockpiles, reserves, safety stocks, inventory control.
  { category: 'inventory', weight: 0.85, pattern: String.raw`(?:safety|buffer|strategic|emergency|national|state|government|commercial|port|warehouse|bonded)\s+(?:\w+\s+)?(?:stocks?|reserves?|inventor(?:y|ies)|stockpiles?)|stockpil\w*|state reserve bureau|reserve bureau` },
  { category: 'inventory', weight: 0.85, direction: 'rising', pattern: String.raw`(?:build|builds|built|building|rebuild\w*|replenish\w*|restock\w*|add\w*\s+to|rais\w*|increas\w*|boost\w*)\s+(?:up\s+)?(?:\w+\s+){0,3}?(?:stocks|inventor(?:y|ies)|stockpiles?|reserves)|(?:higher|ample|rising|swelling|record|large|big|huge|excess|surplus|heavy|unsold)\s+(?:\w+\s+)?(?:stocks|inventor(?:y|ies)|stockpiles?)|hoard\w*|restock\w*|(?:sit\w*|sat)\s+on\s+(?:\S+\s+){0,3}?(?:stocks|inventor\w*|stockpiles?|material|tonnes)` },
  { category: 'inventory', weight: 0.85, direction: 'falling', pattern: String.raw`(?:draw\w*|drew|deplet\w*|run\w*|ran|sell\w*|sold|releas\w*)\s+(?:down\s+)?(?:\w+\s+){0,2}?(?:stocks|inventor(?:y|ies)|stockpiles?|reserves)|destock\w*|(?:lower|thin|depleted|low|falling|dwindling|tight)\s+(?:\w+\s+)?(?:stocks|inventor(?:y|ies)|stockpiles?)` },
  // Cover: "six to eight weeks of feed", "three months' worth of supply".
  { category: 'inventory', weight: 0.8, pattern: String.raw`(?:days?|weeks?|months?)(?:'|’)?\s+(?:worth\s+)?of\s+(?:\w+\s+){0,3}?(?:feed|feedstock|stocks?|supply|supplies|inventor(?:y|ies)|material|materials|consumption|ore|concentrate|cover|needs|usage|requirements|magnets?|metals?|oxides?|imports|production|output|use|demand)|(?:on\s+site|on\s+hand|in\s+stock)(?![\p{L}])` },
  { category: 'inventory', weight: 0.8, pattern: String.raw`stocks?\s+(?:\w+\s+)?(?:is|are|was|were|remain\w*|stay\w*)\s+(?:\w+\s+)?(?:few|low|thin|tight|high|ample|sufficient|limited|scarce|lean|depleted|elevated|plentiful|adequate|accumulat\w*)|reluctant to (?:sell|release|offer|part with)|(?:unwilling|not willing|refus\w*)\s+to\s+sell|holding\s+(?:back|on\s+to|onto)\s+(?:\S+\s+){0,3}?(?:supply|sales|material|cargoes|stocks?|metal|oxides?)|(?:purchas\w*|buying)\s+and\s+stor\w*|stor(?:e|es|ed|ing)\s+up` },
  { category: 'inventory', weight: 0.8, pattern: String.raw`inventor(?:y|ies)|stock ?levels` },
  { category: 'inventory', weight: 0.7, pattern: String.raw`unsold|(?:sit|sits|sat|stored|held|kept|stockpiled)\s+in\s+(?:\w+\s+)?warehouses?|warehoused` },

  // export-control: licensing, export bans or limits, dual-use rules, entity lists.
  { category: 'export-control', weight: 0.9, pattern: String.raw`export[- ]?controls?|export (?:licen[cs]\w*|permits?|restrictions?|curbs?|bans?|limits?|limitations?|approvals?|regime|quotas?|declarations?|prohibitions?|documentation|documents|paperwork|checks|inspections|clearance|reviews?)|case[- ]by[- ]case\s+(?:approvals?|reviews?|licen[cs]\w*)|declar\w*\s+(?:the\s+)?end[- ]?use(?:rs?)?|end[- ]?use(?:rs?)?\s+of\s+(?:\S+\s+){0,3}?(?:consignments?|shipments?|exports?|cargoes)|(?:require|requires|required|requiring|oblig\w*|forc\w*)\s+exporters|exporters\s+(?:must|shall|will have to|have to|need to|are required to)|${NOT_A_TRADE_LICENCE}(?:licen[cs]ing|licen[cs]e)\s+(?:regime|requirements?|system|approvals?|applications?|rules?)|dual[- ]use|dual\s+(?:military|civilian|civil)(?:(?:[- ]|\s+and\s+|\s+or\s+)(?:military|civilian|civil))?\s+(?:uses?|applications?|purposes?)|(?:unreliable )?entit(?:y|ies) list|(?:general|individual|blanket|open)\s+(?:export\s+)?licen[cs]es?|end[- ]?users?(?:\s+and\s+end[- ]?uses?)?\s+(?:verification|certificates?|checks?|statements?)|end[- ]?uses?\s+(?:and\s+end[- ]?users?\s+)?(?:verification|certificates?|checks?|statements?|controls?)|re-?exports?|foreign direct product rule|deemed exports?|non-?proliferation|(?:military|defen[cs]e)\s+end[- ]?(?:users?|uses?)` },
  { category: 'export-control', weight: 0.8, pattern: String.raw`(?:ban\w*|restrict\w*|curb\w*|halt\w*|suspend\w*|block\w*|limit\w*|control\w*|tight\w*|prohibit\w*|embargo\w*)\s+(?:on\s+|over\s+|of\s+|from\s+)?(?:the\s+)?(?:\S+\s+){0,3}?exports?(?:\s+flows?)?|licen[cs](?:e|es|ed)?\s+(?:for|to)\s+(?:\w+\s+)?exports?|(?:catalogue|catalog|list)\s+of\s+(?:\S+\s+){0,3}?(?:prohibited|restricted)|(?:ban|bans|banned|banning|embargo\w*)\s+(?:on\s+)?(?:\S+\s+){0,4}?(?:shipments|sales|deliveries)\s+to` },
  { category: 'export-control', weight: 0.9, pattern: String.raw`(?:exports?|shipments?|sales|deliveries|consignments?)\s+(?:\S+\s+){0,14}?(?:requir|need)\w*\s+(?:an?\s+)?(?:\S+\s+){0,2}?(?:licen[cs]es?|permits?|approvals?)|(?:requir|need)\w*\s+(?:\w+\s+)?(?:export\s+)?(?:licen[cs]es?|permits?)\s+(?:for|to)(?=\s)` },
  // The licensing process: "licences have been issued, but unevenly", "Beijing slows approvals", "a licence could take 45 working days".
  { category: 'export-control', weight: 0.75, pattern: String.raw`${LICENCE}\s+(?:\S+\s+){0,4}?(?:issued|granted|approved|refused|rejected|denied|delayed|frozen|stalled|revoked|valid|processed)|(?:slow|delay|withh[oe]ld|freez|froze|resum|grant|issu|refus|reject|deny|denied|revok)\w*\s+(?:\w+\s+){0,3}?(?:licen[cs]es|licen[cs]ing|approvals)|(?:licen[cs]es?|licen[cs]ing|approvals?)\s+(?:\S+\s+){0,3}?(?:take|takes|took|taking)\s+(?:\S+\s+){0,4}?(?:days|weeks|months)|(?:tighten|expand|impos|extend|introduc|broaden|widen|strengthen|appl)\w*\s+(?:the\s+|its\s+|new\s+)?(?:\w+\s+)?controls?\s+(?:on|over|to)|(?:approv|reject|refus|den|process|review)\w*\s+(?:\w+\s+){0,2}?applications?|customs\s+(?:checks?|inspections?|clearance|holds?|scrutiny)|(?:held|holding|detain\w*|seiz\w*)\s+(?:\S+\s+){0,3}?(?:consignments?|shipments?|cargoes)` },
  // MOFCOM's standing justification of a control: "to safeguard national security and interests".
  { category: 'export-control', weight: 0.7, pattern: String.raw`(?:safeguard|protect|defend)\w*\s+(?:\w+\s+)?national\s+security` },
  { category: 'export-control', weight: 0.6, pattern: String.raw`${LICENCE}|licences|licenses|permits?(?=\s+(?:for|to)\s+(?:\w+\s+)?(?:export|ship))` },

  // trade-policy: state planning, quotas, tariffs, industrial policy, trade strategy.
  { category: 'trade-policy', weight: 0.85, pattern: String.raw`tariffs?|(?:import|anti-?dumping|countervailing|punitive|retaliatory)\s+dut(?:y|ies)|anti-?dumping|countervailing|section\s+(?:232|301)` },
  { category: 'trade-policy', weight: 0.8, pattern: String.raw`trade\s+(?:strateg\w*|polic\w*|wars?|deals?|pacts?|accords?|frameworks?|talks|truce|agreements?|negotiations?|tensions?|measures?|barriers?|disputes?|restrictions?|remed\w*|frictions?|rules|relations|retaliation|weapons?|leverage)` },
  // Quotas as policy: "issued its first batch of mining and smelting quotas", "total quantity control".
  { category: 'trade-policy', weight: 0.85, pattern: String.raw`(?:issu|set|allocat|announc|rais|kept|keep|releas|approv|grant)\w*\s+(?:\S+\s+){0,8}?quotas?|total\s+(?:quantity|volume|amount)\s+(?:control|management)|(?:control|production|mining|quota)\s+indicators?` },
  { category: 'trade-policy', weight: 0.8, pattern: String.raw`(?:tax|production|investment|manufacturing|export)\s+(?:tax\s+)?(?:incentives?|credits?(?!\s+(?:agenc\w*|insurance|facilit\w*))|breaks?|rebates?)|procurement\s+(?:rules|bans?|restrictions?|regulations?|requirements?|polic\w*)|(?:rules?|laws?|regulations?|legislation|acts?)\s+(?:\w+\s+)?(?:bar|bars|barred|ban|bans|banned|prohibit\w*|forbid\w*)|purchase obligations?|designat\w*\s+(?:\S+\s+){0,8}?as\s+strategic|(?:sets?|setting|set out|fix\w*)\s+(?:an?\s+|the\s+)?(?:\w+\s+)?(?:goals?|targets?|benchmarks?)` },
  { category: 'trade-policy', weight: 0.7, pattern: String.raw`industrial\s+(?:polic\w*|strateg\w*|plans?|bases?|clusters?|upgrading|parks?)|(?:five|5|14th|15th)[- ]year\s+plans?|state[- ]planning|(?:state|government)[- ](?:aligned|directed|led|guided)|national\s+(?:security|strategic)\s+(?:reviews?|priorit\w*|interests?)|critical\s+minerals?\s+(?:strateg\w*|polic\w*|lists?)|self[- ]sufficien\w*|reshor\w*|onshor\w*|friend[- ]?shor\w*|de-?risk\w*|decoupl\w*|local content|buy american|made in china 2025|roadmaps?|(?:development|action|national|regional|provincial|master|strategic)\s+plans?|high[- ]quality development|benchmarks?(?!\s+(?:prices?|index|grades?|contracts?))|(?:interim|draft|administrative|implementing|regulatory|new|management)\s+(?:\S+\s+){0,3}?(?:measures|regulations|provisions|guidelines)|incentives?\s+(?:for|to)\s|(?:national|state)\s+(?:\w+\s+){0,3}?(?:missions?|programmes?|programs?|strateg\w*)|(?:state|government|ministry|direct)\s+supervision|allow\w*\s+(?:\w+\s+)?(?:mining|production|output|smelting|extraction)\s+of|strategic\s+(?:projects?|status)|(?:faster|streamlined|simplified|accelerated|quicker|fast[- ]track\w*)\s+(?:permit\w*|procedures|approvals?|licensing)|(?:better|easier|improved|preferential)\s+access\s+to\s+(?:finance|financing|capital|funding)|an?\s+(?:\w+\s+)?(?:lever|bargaining chip|pressure point|trump card|geopolitical tool|policy tool|weapon)(?![\p{L}])` },
  // Resource policy and supply-security policy: "protect strategic resources", "supply chain security".
  { category: 'trade-policy', weight: 0.75, pattern: String.raw`optimi[sz]\w*\s+(?:the\s+)?(?:\w+\s+){0,2}?(?:layout|structure|allocation)|promot\w*\s+(?:the\s+)?(?:\w+\s+){0,2}?(?:development|upgrading|transformation)|high-end\s+(?:applications?|products?|manufacturing|development)|(?:security|stability|resilience)\s+(?:and\s+(?:security|stability|resilience)\s+)?of\s+(?:the\s+)?(?:\w+\s+){0,3}?(?:industrial|supply)\s+(?:and\s+supply\s+)?chains?|protect\w*\s+(?:\w+\s+){0,2}?(?:resources|the environment)|resource protection|(?:strategic|scarce|non-renewable|national)\s+resources?|supply[- ]chain\s+(?:security|resilience|sovereignty|independence)|(?:secur\w*|resilien\w*|diversif\w*)\s+(?:\w+\s+){0,2}?supply chains?|economic security|(?:bilateral|intergovernmental|government-to-government)\s+(?:agreements?|deals?|partnerships?|pacts?|frameworks?)|critical\s+minerals?\s+(?:agreements?|deals?|pacts?|frameworks?|partnerships?|alliances?|clubs?)|(?:sets?|set|establish\w*|creat\w*)\s+(?:up\s+)?(?:an?\s+|the\s+)?(?:\w+\s+)?(?:price\s+floors?|strategic reserves?|state reserves?)` },
  { category: 'trade-policy', weight: 0.7, pattern: String.raw`sanctions?|retaliat\w*|countermeasures?|(?:economic|trade) coercion|weaponi[sz]\w*|(?:production|mining|smelting|separation|import|output)\s+quotas?|quota system|quotas?` },

  // risk-governance: risk management, due diligence, compliance regimes.
  { category: 'risk-governance', weight: 0.85, pattern: String.raw`risk[- ](?:management|controls?|governance|assessments?|mitigation|frameworks?|reviews?|monitoring|prevention|systems?)|full[- ]process\s+(?:risk|control|oversight)\w*|due diligence|compliance\s+(?:regimes?|programs?|programmes?|procedures?|systems?|frameworks?|reviews?|checks?|requirements?|(?:self[- ])?inspections?|audits?)|self[- ]inspections?|traceab\w*|responsible sourcing|supply[- ]chain\s+(?:due diligence|transparency|audits?|mapping|traceability)|internal controls?|anti-?corruption|sanctions screening|know[- ]your[- ](?:customer|supplier)|contract standardi[sz]\w*|environmental,?\s+social,?\s+and\s+governance|ESG\s+(?:standards|rules|criteria|requirements|audits?|reporting)|chain[- ]of[- ]custody|provenance|trac(?:e|es|ed|ing)\s+(?:\S+\s+){0,3}?(?:origin|source|provenance)|(?:certif\w*|proof|evidence|records?|verif\w*|declar\w*|documents?)\s+(?:\S+\s+){0,3}?origin|forced labou?r|child labou?r|human rights|conflict minerals?|independent (?:review|audit|assessment)|third[- ]party\s+(?:audits?|reviews?|certification|verification|checks?)|audit\w*\s+(?:\w+\s+){0,3}?(?:suppliers?|supply chains?|sources?|sourcing|mines?|smelters?|refiners?)|radiation (?:safety|levels|waste|monitoring)|safety (?:reviews?|standards|audits?|conditions)` },
  // Records and reporting duties: "establish product flow records", "report production data to the authorities".
  { category: 'risk-governance', weight: 0.85, pattern: String.raw`(?:flow|tracking|traceability|transaction|product)\s+records?|record[- ]keeping|(?:report|submit|disclos|provid|fil)\w*\s+(?:\S+\s+){0,6}?(?:data|information|figures|records|details)\s+to\s+(?:the\s+)?(?:authorities|regulators?|ministry|government|customs)|(?:prepar|maintain|keep|establish|compil|assembl)\w*\s+(?:\S+\s+){0,3}?(?:documentation|records?|paperwork|files)` },
  { category: 'risk-governance', weight: 0.75, pattern: String.raw`(?:map\w*|assess\w*|review\w*|reduc\w*|manag\w*|hedg\w*|limit\w*|lower\w*|stress[- ]test\w*|audit\w*)\s+(?:\w+\s+){0,2}?(?:exposure|exposures|vulnerabilit\w*)|diversif\w*\s+(?:\w+\s+){0,2}?(?:suppliers?|sources?|sourcing|supply)|stress[- ]test\w*|violat\w*|penalt(?:y|ies)|fined|fines|contamination|pollution|environmental\s+(?:damage|violations?|inspections?|standards|rules|rectification|checks?)|safety\s+inspections?` },
  // Controls tightened and enforced: "stepped up supervision", "an inspection campaign", "rectification".
  { category: 'risk-governance', weight: 0.8, pattern: String.raw`(?:strengthen|tighten|improv|enhanc|step\w*\s+up|reinforc|upgrad)\w*\s+(?:the\s+|its\s+|their\s+)?(?:internal\s+|regulatory\s+|environmental\s+|safety\s+|industry\s+)?(?:supervision|oversight|inspections?|compliance|governance|monitoring|audits?|(?:risk|quality|safety|compliance)\s+(?:management|controls?))|(?:inspection|rectification|supervision|enforcement)\s+campaigns?|rectif(?:y|ied|ies|ication)|(?:central\s+)?environmental\s+inspect\w*|investigat\w*\s+(?:into\s+)?(?:\w+\s+){0,3}?(?:violations?|smuggling|corruption|irregularities|misconduct)|probes?\s+into|disciplinary|whistle-?blow\w*|bribery|corruption|money laundering|(?:risks?\s+of\s+(?:diversion|non-?compliance|violations?|penalties))|diversion\s+risks?|risk warnings?|contingency plans?|business continuity|hedg(?:e|es|ed|ing)\s+(?:\w+\s+){0,2}?(?:exposure|risks?|prices?)|responsible (?:mining|supply chains?)|(?:mining|sourcing|industry|ESG)\s+standards|OECD (?:guidance|guidelines)|standardi[sz]ed\s+(?:management|operations?)` },
  // Vetting, origin proof, contract and environmental safeguards, and the state-media idiom of risk prevention.
  { category: 'risk-governance', weight: 0.8, pattern: String.raw`(?:vet|vets|vetted|vetting|screen|screens|screened|screening|verif(?:y|ies|ied|ying|ication))\s+(?:of\s+)?(?:the\s+|their\s+|its\s+)?(?:\w+\s+){0,2}?(?:suppliers?|customers?|buyers?|counterpart(?:y|ies)|end[- ]?users?|partners?|sources?|origins?)|end[- ]?users?\s+screening|(?:certificates?|proof|evidence)\s+of\s+origin|origin\s+(?:certificates?|tracking|tracing|verification|labell?ing|labels)|(?:mine|source)[- ]to[- ](?:magnet|market|customer)|(?:digital|product|battery|material)\s+passports?|blockchain|scenario planning|(?:monitor|track)\w*\s+(?:\w+\s+){0,2}?(?:risks?|exposures?|suppliers?|supply chains?)|map\w*\s+(?:\w+\s+){0,2}?supply chains?|(?:contract|contractual)\s+(?:terms|clauses|protections?|safeguards)|environmental\s+(?:impact|approvals?|permits?|assessments?|compliance|protection|regulations?|requirements?)|pollution controls?|radioactiv\w*|tailings\s+(?:dams?|management|storage)|waste\s+(?:management|disposal|storage|treatment)|social licen[cs]e|community consent|prevent\w*\s+(?:and\s+\w+\s+)?(?:\w+\s+){0,2}?risks?|risk prevention|safety production|production safety|supervision\s+and\s+inspection` },
  { category: 'risk-governance', weight: 0.8, pattern: String.raw`credit records?|(?:dishonest|untrustworthy)\s+(?:entities|enterprises|companies)|joint punishment|administrative penalt\w*|traceability\s+(?:platforms?|systems?)|responsible minerals|IRMA|grievance mechanisms?|stakeholder engagement|(?:technology|technical)\s+(?:leakage|secrets?)|(?:export\s+)?compliance\s+(?:officers?|teams?|departments?|units?|staff)|counterparty\s+(?:checks?|risks?|screening)` },
  // Generic words of rule-keeping: a subject must tie them to the sector.
  { category: 'risk-governance', weight: 0.7, pattern: String.raw`compl(?:y|ies|ied|ying)\s+with|in\s+compliance\s+with|adher\w*\s+to|abid\w*\s+by|self[- ]discipline|(?:monitoring|information|tracking)\s+(?:platforms?|systems?)|(?:revok|cancel)\w*\s+(?:\w+\s+){0,2}?(?:membership|qualifications?|certificates?)|(?:establish|improv|perfect|build)\w*\s+(?:and\s+(?:improv|perfect)\w*\s+)?(?:the\s+|a\s+|an\s+)?(?:\w+\s+){0,3}?(?:systems?|mechanisms?)(?![\p{L}])` },
  { category: 'risk-governance', weight: 0.6, pattern: String.raw`audit\w*|ESG|governance|oversight|compliance|documentation|paperwork|transparen\w*|accountab\w*` },

  // demand: demand and its drivers.
  { category: 'demand', weight: 0.85, pattern: String.raw`demand\s+(?:\S+\s+){0,8}?${AUX}(?:(?:is|are|was|were|has been|have been)\s+(?:\w+\s+)?(?:growing|rising|climbing|increasing|falling|slowing|weakening|softening|declining|booming|surging|picking up|cooling)|rose|rise|rises|risen|grew|grow|grows|grown|increas\w*|surg\w*|jump\w*|climb\w*|picked up|picks? up|rebound\w*|strengthen\w*|soar\w*|doubl\w*|fell|fall|falls|fallen|dropp?\w*|slump\w*|weaken\w*|soften\w*|declin\w*|slow\w*|cool\w*|outstrip\w*|outpac\w*|exceed\w*|reach\w*|(?:remain\w*|stay\w*|is|was|were|are)\s+(?:\w+\s+)?(?:strong|robust|firm|weak|sluggish|solid|healthy|resilient|soft|tepid|good|poor)|keeps?\s+(?:climbing|rising|growing))` },
  { category: 'demand', weight: 0.85, pattern: String.raw`(?:strong|stronger|weak|weaker|soft|softer|rising|growing|increasing|expanding|accelerating|falling|declining|decreasing|slowing|soaring|skyrocketing|ballooning|exploding|burgeoning|robust|sluggish|higher|lower|surging|booming|record|increased|reduced|tepid|firm|insatiable|resilient|solid|healthy|fast-growing|rapidly growing)\s+(?:\S+\s+)?demand` },
  { category: 'demand', weight: 0.8, pattern: String.raw`(?:strong|weak|robust|sluggish|brisk|healthy|solid|record|rising|growing|tepid|firm)\s+(?:\S+\s+)?(?:orders|buying|purchasing|purchases|offtake interest)|(?:meet|meeting|fill|filling|serve|serving|fulfil\w*)\s+(?:\w+\s+){0,2}?(?:orders|demand)|purchas(?:ing|e)\s+(?:enthusiasm|interest|appetite|sentiment|intentions?|willingness)|buying\s+(?:interest|appetite|enthusiasm|spree)|restocking demand` },
  { category: 'demand', weight: 0.8, pattern: String.raw`(?:orders|buying|purchases|purchasing|consumption|bookings|installations|(?:EV|vehicle|car)\s+sales)\s+(?:\S+\s+){0,8}?${AUX}(?:rose|rise|rises|grew|grow|grows|increase\w*|surg\w*|jump\w*|picked up|pick up|rebound\w*|strengthen\w*|fell|fall|falls|drop\w*|slump\w*|declin\w*|weaken\w*|slipp?\w*|lagg?(?:ed|ing|s)?|(?:is|are|was|were|been|remain\w*|stay\w*)\s+(?:\w+\s+)?(?:good|strong|weak|poor|high|low|robust|brisk|sluggish|slow|cautious|subdued|muted|thin|active|limited|quiet|positive|negative|enthusiastic|improving|picking up))|(?:cut|cuts|cutting|reduc\w*|curb\w*|lower\w*|slash\w*|boost\w*|lift\w*|increas\w*|rais\w*)\s+(?:\w+\s+){0,2}?(?:purchases|orders|buying|procurement|consumption)` },
  // Substitution: "rare-earth-free motors", "ferrite magnets replacing NdFeB".
  { category: 'demand', weight: 0.75, direction: 'falling', pattern: String.raw`(?:rare[- ]earth|magnet|dysprosium|heavy[- ]rare[- ]earth|terbium)[- ]free|substitut\w*|thrifting|(?:replac\w*|displac\w*)\s+(?:\w+\s+){0,2}?(?:NdFeB|neodymium|rare earth|permanent)\s+magnets?` },
  // Thrifting and intensity: "cut dysprosium use per magnet by half", "grams per vehicle".
  { category: 'demand', weight: 0.75, pattern: String.raw`(?:cut\w*|reduc\w*|lower\w*|halv\w*|trim\w*|eliminat\w*|minimi[sz]\w*)\s+(?:\w+\s+){0,2}?(?:use|usage|consumption|intensity|loadings?|content)(?:\s+per)?|(?:use|usage|intensity|loading|content)\s+per\s+(?:magnet|vehicle|car|motor|unit|turbine)|(?:will|would)\s+need\s+(?:\S+\s+){0,3}?(?:\d[\d.,]*|more)|needs?\s+(?:about|around|some|roughly|nearly|at least)\s+\d[\d.,]*|needs?\s+more` },
  { category: 'demand', weight: 0.8, pattern: String.raw`demand\s+from(?=\s)` },
  { category: 'demand', weight: 0.7, pattern: String.raw`(?:imports)\s+(?:\w+\s+)?(?:rose|grew|increased|surged|jumped|fell|dropped|slumped|declined)|orders\s+from` },
  { category: 'demand', weight: 0.65, pattern: String.raw`demand(?!\s+(?:that|for (?:an? )?(?:apology|explanation|answers|justice|accountability)))|consumption|end[- ]use (?:sectors?|markets?|applications?|industries|demand)|end[- ]markets?|downstream (?:buyers|users|demand|buying|purchasing|orders|consumption)|(?:appliance|vehicle|car|EV|phone|smartphone|turbine|motor)\s+sales` },
  { category: 'demand', weight: 0.8, pattern: String.raw`sales\s+of\s+(?:\w+\s+){0,2}?(?:EVs?|electric (?:vehicles|cars)|vehicles|cars|turbines|appliances|smartphones|robots)|redesign\w*\s+(?:\S+\s+){0,4}?(?:without|free of|to (?:use|need) less)|without\s+(?:heavy\s+)?rare earths` },
  { category: 'demand', weight: 0.45, pattern: String.raw`electric vehicles?|EVs?|wind turbines?|defen[cs]e (?:systems|applications|industry|sector|contractors)|robotics|humanoid robots?|drones?|consumer electronics|data cent(?:er|re)s?|hybrid vehicles?|traction motors?|missiles?|fighter jets?|F-35s?|new energy vehicles?` },

  // investment-deal: offtake, funding, acquisitions, government support, partnerships.
  // Money committed: "approved a $250 million loan for the refinery", "awarded grants to".
  { category: 'investment-deal', weight: 0.9, pattern: String.raw`(?:approv|award|provid|extend|secur|receiv|announc|offer|commit|issu)\w*\s+(?:\S+\s+){0,6}?(?:loans?|grants?|financing|funding|credit facilit\w*|debt facilit\w*|equity investment|preferred (?:stock|shares|equity))(?![\p{L}])` },
  { category: 'investment-deal', weight: 0.9, pattern: String.raw`offtake\s+(?:agreement|deal|contract|arrangement|partner)s?|(?:signed|signs|sign|signing|inked|inks|struck|strikes|reached|finali[sz]ed|entered into)\s+(?:an?\s+|the\s+)?(?:\S+\s+){0,4}?(?:agreements?|deals?|contracts?|memorand(?:um|a)|mou|partnerships?|joint ventures?|term sheets?|letters? of intent|frameworks?|pacts?|accords?)` },
  { category: 'investment-deal', weight: 0.85, pattern: String.raw`joint ventures?|acqui(?:re|res|red|ring|sition|sitions)|merg(?:er|ers|ed|ing)|takeover|buyout|(?:equity|minority|majority|controlling)\s+stakes?|(?:buy|bought|take|took|taking|acquire)\s+(?:an?\s+)?(?:\d[\d.]*\s?%\s+)?stake|contracted\s+(?:volumes|output|sales|tonnes|supply|production)|(?:agree\w*|commit\w*)\s+to\s+(?:buy|purchase|take)` },
  { category: 'investment-deal', weight: 0.8, pattern: String.raw`(?:government|state|federal|public|pentagon|dod|doe)\s+(?:support|backing|funding|financing|loans?|investment|grants?|awards?|equity)|conditional (?:commitment|support|approval)|letter of interest|partnership|partner(?:ed|s|ing)? with|memorandum of understanding|mou|supply (?:agreement|deal|contract)s?|binding (?:agreement|offtake)|strategic (?:alliance|cooperation|partnership)|cooperation agreement|(?:form|set up|sets up|setting up|establish|creat|launch)\w*\s+(?:an?\s+)?(?:\w+\s+){0,2}?(?:venture|consortium|alliance)|team(?:ed|s|ing)?\s+up|join(?:ed|s|ing)?\s+forces|tie-?ups?|prepayments?|writ\w*\s+(?:\w+\s+)?(?:cheques|checks)|(?:pour|pump|plough|plow)\w*\s+(?:\S+\s+){0,3}?(?:money|billions|millions|capital|cash|funds)\s+into|anchor\s+(?:customer|investor|buyer|offtaker|tenant)s?|cornerstone\s+investors?|(?:exclusive|distribution|marketing|supply)\s+rights|(?:lend|lends|lent|lending)\s+(?:\S+\s+){0,2}?${MONEY}|(?:help|helps|to|will|would)\s+fund(?![\p{L}])|fund(?:s|ed)?\s+(?:the\s+)?(?:\w+\s+){0,3}?(?:construction|development|expansion|projects?|plants?)|(?:support|funding|financing|backing)\s+(?:of|worth|totall?ing)\s+(?:\w+\s+)?${MONEY}|apply\s+for\s+(?:\w+\s+)?(?:support|funding|grants?|financing|loans?)` },
  // Offtake in other words: "will take up to 30% of the plant's output", "agreed to buy half of its production".
  { category: 'investment-deal', weight: 0.85, pattern: String.raw`(?:take|takes|took|taking|buy|buys|bought|buying|purchase|purchases|purchased)\s+(?:up to\s+|about\s+|around\s+|roughly\s+|nearly\s+|all\s+|part\s+|most\s+)?(?:\S+\s+){0,2}?of\s+(?:the\s+|its\s+|their\s+)?(?:\S+\s+){0,3}?(?:output|production|volumes)(?![\p{L}])` },
  { category: 'investment-deal', weight: 0.75, pattern: String.raw`(?:supply|suppl(?:y|ies|ied)\s+(?:\S+\s+){0,4}?)under\s+(?:an?\s+|the\s+)?(?:\S+\s+){0,2}?(?:contracts?|agreements?|deals?)|(?:\w+-year|long-term|multi-year|multiyear)\s+(?:supply\s+|sales\s+|offtake\s+)?(?:contracts?|agreements?|deals?)` },
  { category: 'investment-deal', weight: 0.75, pattern: String.raw`offtakes?|invest(?:ment|ments|ed|s|ing)?|funding|financ(?:ing|ed)|loans?|grants?|equity raise|capital raise|(?:private|share|equity|institutional|share)\s+placements?|placement\s+of\s+(?:new\s+)?shares|ipo|bond issue|subsid(?:y|ies|ize|ized|ise|ised)|(?:raised|raises|raise|secured|secures|received|receives|awarded|wins|won|obtained|attracted)\s+(?:\S+\s+){0,4}?(?:${MONEY}|support|backing)` },
  // Report and deal language (issue 12): what quarterly reports, customs figures and funding news say
  // in other words than the cues above.
  // A volume stated as a level: "half-year output was 1,100 t", "the country mined 700 t",
  // "shipments totalled 8,250 tonnes".
  { category: 'supply-expansion', weight: 0.7, pattern: String.raw`(?:produced|produce|produces|producing|manufactur(?:es|ed|ing)|capacity|mined|processed|separated|refined|shipped|exported|sold|delivered|output|production|exports|imports|shipments|sales(?:\s+volumes?)?)\s+(?:\S+\s+){0,8}?(?:(?:was|were|totall?ed|amounted\s+to|came\s+(?:in\s+)?(?:at|to)|stood\s+at|reached|hit|of)\s+)?${TONNAGE}${NOT_OTHER_GOOD}` },
  // The same volume with a fall or rise in nouns: "shipments reached 8,250 tonnes, a drop of 4%";
  // no exports at all: "no exports of antimony went to Europe in March".
  { category: 'supply-disruption', weight: 0.8, direction: 'falling', pattern: String.raw`${VOLUME_NOUN}\s+(?:\S+\s+){0,20}?${FALL_NOUN}|(?:no|zero|nil)\s+(?:\S+\s+){0,2}?(?:exports?|imports?|shipments|output|production|deliveries)\s+(?:of|to|from|in)(?=\s)|(?:exported|imported|shipped|produced|sold)\s+(?:no|zero|nil|nothing)(?![\p{L}])|(?:feed|feedstock|ore|ores|concentrates?|supply|supplies|shipments|exports)\s+(?:\S+\s+){0,6}?(?:has|have|had)\s+(?:all\s+but\s+|largely\s+|virtually\s+|almost\s+|nearly\s+|effectively\s+)?dried\s+up` },
  { category: 'supply-expansion', weight: 0.8, direction: 'rising', pattern: String.raw`${VOLUME_NOUN}\s+(?:\S+\s+){0,20}?${RISE_NOUN}` },
  // Plants opened or built, with their size in between: "inaugurated the region's largest alloy
  // plant", "will construct a 3,000 tonne per year separation facility", "expansion of its coastal
  // oxide refining plant".
  { category: 'supply-expansion', weight: 0.75, direction: 'rising', pattern: String.raw`(?:inaugurat\w*|build|builds|built|building|construct\w*|complet\w*|commission\w*|expansion\s+of|expand\w*|open(?:s|ed|ing)?)\s+(?:\S+\s+){0,8}?(?:mine|plant|refinery|facility|factory|smelter|hub)s?(?![\p{L}])(?!\s+(?:office|offices|site\s+visit))` },
  // Money committed or arranged, in any order: "the state pledged C$120 million", "comprises a
  // $45 million bridge debt facility", "$30 million in loans from the bank".
  { category: 'investment-deal', weight: 0.8, pattern: String.raw`(?:commit\w*|pledg\w*|award\w*|lend\w*|lent|invest\w*|provid\w*|allocat\w*|approv\w*|secur\w*|rais(?:e|es|ed|ing)|includ\w*|arrang\w*|contribut\w*|inject\w*|pour\w*|channel\w*|plough\w*|plow\w*|put|puts|putting)\s+(?:\S+\s+){0,4}?${MONEY}|${MONEY}\s+(?:\S+\s+){0,4}?${FINANCE_NOUN}(?![\p{L}])` },
  // Shares issued to a state or an investor: "will issue 5 million new shares to the agency",
  // "subscribes to convertible preferred stock".
  { category: 'investment-deal', weight: 0.85, pattern: String.raw`(?:issu\w*|sell\w*|sold|buy\w*|bought|purchas\w*|acquir\w*|subscrib\w*)\s+(?:\S+\s+){0,6}?(?:shares|warrants|preferred\s+(?:stock|shares)|common\s+stock|convertible\s+\w+)(?![\p{L}])(?!\s+(?:closed|rose|fell|jumped|slumped|traded|were\s+up|were\s+down))` },
  // Supply contracted: "contracted for 900 tonnes a year of feed", "a deal to deliver carbonate",
  // "will sell all its concentrate to".
  { category: 'investment-deal', weight: 0.8, pattern: String.raw`contract(?:ed|s)?\s+(?:for|to\s+(?:supply|buy|purchase|sell|deliver))|(?:agreements?|deals?|contracts?|accords?)\s+to\s+(?:supply|buy|purchase|sell|deliver|provide|acquire|take)(?![\p{L}])|(?:sell|sells|selling|sold|supply|supplies|supplying|supplied|deliver\w*)\s+(?:all|the\s+entire|${PERCENT}\s+of|(?:\S+\s+){0,2}?${TONNAGE})\s+(?:\S+\s+){0,6}?to(?=\s)` },
  // Exports curbed, banned or limited by a state, the noun after: "restricted its magnet exports",
  // "a ban on shipments of the ore abroad".
  { category: 'export-control', weight: 0.8, direction: 'tightening', pattern: String.raw`(?:exports?|shipments|overseas\s+sales)\s+(?:\S+\s+){0,6}?(?:have|has|had|were|was|are|is|will|would)\s+(?:been\s+|be\s+)?(?:\w+\s+)?(?:banned|prohibited|barred|embargoed|restricted|blocked)(?![\p{L}])|(?:curb\w*|restrict\w*|limit\w*|ban|bans|banned|banning|halt\w*|block\w*|suspend\w*|tighten\w*|throttl\w*|choke\w*)\s+(?:\S+\s+){0,5}?(?:exports?|exporting|export\s+of|shipments\s+(?:of|to|abroad))(?![\p{L}])|(?:ban|bans|embargo\w*|prohibition|moratorium|restrictions?|curbs?|limits?)\s+on\s+(?:\S+\s+){0,4}?(?:exports?|shipments|sales\s+abroad|overseas\s+sales)(?![\p{L}])` },
  // Moves of a volume said with a noun: "a steep fall in graphite shipments", "a rebound in imports";
  // a volume raised: "the country stepped up tungsten exports"; "shipments ... dipped 2%".
  { category: 'supply-disruption', weight: 0.8, direction: 'falling', pattern: String.raw`(?:declines?|drops?|falls?|decreases?|slump|plunge|contraction|slowdown|reductions?)\s+in\s+(?:\S+\s+){0,4}?${VOLUME_NOUN}(?![\p{L}])|${VOLUME_NOUN}\s+(?:\S+\s+){0,8}?(?:slipped|slips|dipped|dips|eased|eases|edged\s+(?:down|lower)|contracted|shrank|retreated)(?![\p{L}])` },
  { category: 'supply-expansion', weight: 0.75, direction: 'rising', pattern: String.raw`(?:rises?|increases?|jumps?|surge|rebound|recovery|growth|pickup|pick-up)\s+in\s+(?:\S+\s+){0,4}?${VOLUME_NOUN}(?![\p{L}])|(?:increas|rais|boost|doubl|lift|ramp|step)\w*(?:\s+up)?\s+(?:\S+\s+){0,3}?(?:exports|imports|shipments|deliveries|sales\s+volumes?)(?![\p{L}])` },
  // A price quoted with its conversion in brackets: "closing at CNY 510 ($71) per kg".
  { category: 'pricing', weight: 0.8, pattern: String.raw`${CURRENCY_AMOUNT}(?:\s?\([^)]{1,24}\))?\s?(?:/|per|a)\s?(?:metric\s+)?(?:kg|kilogram|kilo|tonne|ton|t|mt|lb|pound|mtu)(?![\p{L}])` },
  // A good's move said with a noun: "a 5% gain for holmium oxide", "terbium was the week's top mover".
  { category: 'pricing', weight: 0.8, pattern: String.raw`(?:${RISE_NOUN}|${FALL_NOUN}|${PERCENT}\s+(?:climb|jump|gain|loss|drop|slide|dip|rally))(?:\s+\S+){0,12}?\s+${PRICED_GOOD}(?![\p{L}])|${PRICED_GOOD}\s+(?:\S+\s+){0,6}?(?:biggest|largest|heaviest|top|sharpest)\s+(?:\S+\s+)?(?:mover|movers|gain|gainer|gains|decline|loss|loser|drop|change)(?![\p{L}])` },
  // A project carried forward: "is developing its Namibian oxide project", "advancing the deposit".
  { category: 'supply-expansion', weight: 0.65, direction: 'rising', pattern: String.raw`(?:develop(?:s|ed|ing)?|advanc(?:es|ed|ing)|progress(?:es|ed|ing))\s+(?:\S+\s+){0,6}?(?:project|deposit|mine|operation)s?(?![\p{L}])` },
  // An agreement done, said in the passive: "the accord was signed on Monday", "the deal has been approved".
  { category: 'investment-deal', weight: 0.75, pattern: String.raw`(?:agreements?|deals?|pacts?|accords?|memorand(?:um|a)|treat(?:y|ies))\s+(?:(?!(?:supposed|meant|not|never|yet)\s)\S+\s+){0,3}?(?:was|were|has been|have been|is|are|had been)\s+(?:(?!(?:supposed|meant|not|never|yet)\s)\w+\s+)?(?:signed|agreed|reached|concluded|finali[sz]ed|struck|inked|approved|ratified)(?![\p{L}])` },
  // Volumes compared: "shipments stay down 5% on the year", "a tonnage down from the month before".
  { category: 'supply-disruption', weight: 0.8, direction: 'falling', pattern: String.raw`${VOLUME_NOUN}\s+(?:\S+\s+){0,6}?down\s+(?:by\s+)?${APPROX}${PERCENT}|${TONNAGE}\s+(?:\S+\s+){0,6}?down\s+from(?=\s)|(?:production|output|plant|factory|line|mine|mining|smelter|refinery)\s+(?:cuts|curtailments?|shutdowns?|closures?|halts?|stoppages?|suspensions?)(?![\p{L}])` },
  { category: 'supply-expansion', weight: 0.75, direction: 'rising', pattern: String.raw`${TONNAGE}\s+(?:\S+\s+){0,12}?(?:more than (?:double|triple)|up\s+(?:by\s+)?${APPROX}${PERCENT}|up from|higher than|a record)` },
  // Start dates of output: "output at the new line will begin next spring".
  { category: 'supply-expansion', weight: 0.8, direction: 'rising', pattern: String.raw`(?:production|output|operations|mining|processing|shipments|deliveries)\s+(?:\S+\s+){0,6}?(?:should|will|would|is\s+expected\s+to|are\s+expected\s+to|is\s+due\s+to|is\s+set\s+to|to)\s+(?:\w+\s+)?(?:start|begin|commence|resume|restart)(?![\p{L}])` },
  // The size of a deposit, as reports state it: "a resource estimate of 40 million tonnes".
  { category: 'supply-expansion', weight: 0.65, pattern: String.raw`(?:mineral\s+)?(?:resources?|reserves?|deposits?)\s+(?:estimate\s+)?(?:\S+\s+){0,3}?(?:of|at|to)\s+${TONNAGE}` },
  // A facility or grant of a stated size: "a credit facility of up to $80 million", "a $200 million injection".
  { category: 'investment-deal', weight: 0.8, pattern: String.raw`(?:facilit(?:y|ies)|loans?|grants?|funding|financing|investment|boost|package|injection|commitment|placement|raise)\s+of\s+(?:up\s+to\s+|about\s+|around\s+|nearly\s+|more than\s+)?${MONEY}` },
  // Dependence with its measure: "relies on one supplier for 80% of its feed".
  { category: 'market-concentration', weight: 0.85, pattern: String.raw`(?:dependen\w*|relian\w*|rel(?:y|ies|ied|ying)|depend\w*)\s+(?:\w+\s+){0,2}?(?:on|upon)\s+(?:\S+\s+){0,3}?for\s+${SHARE}` },
  // Imports restricted and self-reliance sought are trade policy: "a plan to curb magnet imports".
  { category: 'trade-policy', weight: 0.8, direction: 'tightening', pattern: String.raw`(?:restrict|curb|limit|ban|block|tax|cut)\w*\s+(?:\S+\s+){0,3}?imports(?![\p{L}])|self[- ]relian\w*|(?:reduc|cut|lower|end|curb)\w*\s+(?:\w+\s+){0,2}?(?:dependen\w*|relian\w*)` },
  // Volumes compared in words; shipments "posting growth"; production "at a rate" per year.
  { category: 'supply-expansion', weight: 0.75, direction: 'rising', pattern: String.raw`${VOLUME_NOUN}\s+(?:\S+\s+){0,6}?(?:more than (?:double|triple)|doubled|tripled)|${VOLUME_NOUN},?\s+(?:\S+\s+){0,4}?(?:showed|show|shows|saw|sees|posted|recorded)\s+(?:\S+\s+){0,3}?(?:recovery|rebound|growth|increase|gains?|upturn|improvement)(?![\p{L}])|${TONNAGE}\s+(?:\S+\s+){0,8}?(?:per|a|each)\s+(?:year|annum)(?![\p{L}])` },
  { category: 'supply-disruption', weight: 0.75, direction: 'falling', pattern: String.raw`${VOLUME_NOUN},?\s+(?:\S+\s+){0,4}?(?:showed|show|shows|saw|sees|posted|recorded)\s+(?:\S+\s+){0,3}?(?:declines?|falls?|drops?|weakness|contraction)(?![\p{L}])` },
  // Mining banned, plants closed: "a law prohibiting the extraction of thorium ores", "closure of the smelter".
  { category: 'supply-disruption', weight: 0.8, direction: 'falling', pattern: String.raw`(?:ban\w*|prohibit\w*|outlaw\w*|forbid\w*)\s+(?:\S+\s+){0,4}?(?:mining|exploration|extraction|processing|smelting)(?![\p{L}])|closures?\s+of\s+(?:\S+\s+){0,8}?(?:plants?|mines?|facilit(?:y|ies)|refiner(?:y|ies)|smelters?|operations?|lines?)(?![\p{L}])` },
  // Project milestones as reports state them: "site works have been finished", "a scoping study",
  // "began commissioning", "plans to begin supplying metal next year".
  { category: 'supply-expansion', weight: 0.75, direction: 'rising', pattern: String.raw`(?:early\s+works?|construction|commissioning|site\s+works?|drilling|earthworks)\s+(?:\S+\s+){0,5}?(?:was|were|has been|have been|is|are)\s+(?:\w+\s+)?(?:completed|finished|started|begun|underway|under\s+way)|(?:pre-?feasibility|feasibility|bankable\s+feasibility|definitive\s+feasibility|scoping)\s+stud(?:y|ies)|(?:enter\w*|began|begun|start\w*)\s+(?:\w+\s+)?commissioning|(?:start|begin|commence)\w*\s+(?:to\s+)?(?:selling|supplying|exporting|delivering|sell|supply|export|deliver)(?![\p{L}])` },
  // Stakes and control held: "owns a 12 percent interest", "secured all of the mine's output",
  // "majority ownership of the company".
  { category: 'investment-deal', weight: 0.8, pattern: String.raw`(?:holds?|held|owns?|owned|acquir\w*|tak\w*|took|buy\w*|bought)\s+(?:an?\s+|its\s+|the\s+)?(?:\S+\s+)?${PERCENT}\s+(?:\w+\s+)?(?:stake|interest|holding)(?![\p{L}])|secur\w*\s+(?:all|the\s+entire|the\s+whole|(?:\S+\s+){0,2}?${PERCENT}\s+of)\s+(?:\S+\s+){0,4}?(?:output|production|concentrate|supply|offtake|product)|(?:full|majority|controlling|total)\s+(?:control|ownership)\s+of(?=\s)` },
  // Comparisons in percent with the volume they measure: "9% more than the tonnes shipped in May",
  // "3% lower than the same quarter"; nothing shipped at all.
  { category: 'supply-expansion', weight: 0.7, direction: 'rising', pattern: String.raw`${PERCENT}\s+(?:more|higher|above|up)\s+(?:than|on|from)\s+(?:\S+\s+){0,6}?(?:tonnes|tons|kilograms|shipped|exported|imported|produced|mined|output|production|volumes?|the\s+same\s+(?:month|period|quarter|time))(?![\p{L}])` },
  { category: 'supply-disruption', weight: 0.75, direction: 'falling', pattern: String.raw`${PERCENT}\s+(?:less|lower|below|fewer|down)\s+(?:than|on|from)\s+(?:\S+\s+){0,6}?(?:tonnes|tons|kilograms|shipped|exported|imported|produced|mined|output|production|volumes?|the\s+same\s+(?:month|period|quarter|time))(?![\p{L}])|(?:no|nothing)\s+(?:\S+\s+){0,2}?(?:has|have|had|was|were)\s+been\s+(?:shipped|exported|delivered|produced|mined|sold)(?![\p{L}])` },
  // Plants and lines shutting as it happens: "the magnet lines are idling", "smelters are winding down".
  { category: 'supply-disruption', weight: 0.75, direction: 'falling', pattern: String.raw`(?:lines?|factories|plants?|mines?|smelters?|refiner(?:y|ies)|assembly\s+lines?|operations)\s+(?:are|is|were|was|have\s+been|has\s+been)\s+(?:\w+\s+)?(?:closing|shutting|cutting\s+back|idling|halting|stopping|suspending|winding\s+down)(?![\p{L}])` },
  // Project stages, permits held, plans for a plant: "moved into the development phase", "was granted
  // an environmental permit", "plans to build a recycling plant".
  { category: 'supply-expansion', weight: 0.75, direction: 'rising', pattern: String.raw`enter\w*\s+(?:the\s+|its\s+)?(?:\w+\s+)?(?:construction|development|production|commissioning|operational|execution)\s+(?:stage|phase)|(?:holds?|held|granted|received|obtained|awarded|secured|issued)\s+(?:an?\s+|the\s+|its\s+)?(?:\w+\s+)?(?:mining|exploitation|environmental|production|construction)\s+(?:licen[cs]es?|permits?|approvals?|concessions?|rights)|plans?\s+(?:for|to\s+(?:build|construct|open|develop|set\s+up))\s+(?:an?\s+|the\s+|its\s+)?(?:\S+\s+){0,4}?(?:facility|plant|refinery|factory|mine|smelter|hub)(?![\p{L}])` },
  // A quantity of the field's own products: "some 50,000 tonnes of contained oxides".
  { category: 'supply-expansion', weight: 0.65, pattern: String.raw`${TONNAGE}\s+(?:of\s+)?(?:\S+\s+){0,3}?(?:REO|TREO|rare\s+earth\s+oxides?|oxides?|concentrates?|ore|NdPr|magnets?|carbonates?)(?![\p{L}])` },
  // Permits applied for: "traders must apply for licences", "applications by exporters for permits".
  { category: 'export-control', weight: 0.75, pattern: String.raw`(?:apply|applied|applying)\s+for\s+(?:\S+\s+){0,2}?(?:permits?|licen[cs]es?|approvals?)|applications?\s+(?:\S+\s+){0,4}?for\s+(?:\S+\s+){0,2}?(?:permits?|licen[cs]es?)(?![\p{L}])` },
  // Controls eased, suspended or delayed: "postponed the new curbs", "the bans are being relaxed".
  { category: 'export-control', weight: 0.8, direction: 'loosening', pattern: String.raw`(?:suspend\w*|lift\w*|eas(?:e|es|ed|ing)|relax\w*|paus\w*|delay\w*|postpon\w*|scrap\w*|roll\w*\s+back)\s+(?:\S+\s+){0,4}?(?:controls?|restrictions?|curbs?|bans?)(?![\p{L}])|(?:controls?|restrictions?|curbs?|bans?)\s+(?:\S+\s+){0,3}?(?:will be|would be|were|was|have been|has been|to be|are being|is being)\s+(?:\w+\s+)?(?:lifted|suspended|eased|relaxed|paused|delayed|postponed|removed|scrapped)(?![\p{L}])` },
  // Ownership and backers: "60% of the venture is held by the miner", "a cornerstone investor in",
  // "takes equity in the refiners", "technical and financial assistance from".
  { category: 'investment-deal', weight: 0.75, pattern: String.raw`${PERCENT}\s+(?:\S+\s+){0,4}?(?:is|are|was|were)\s+(?:\w+\s+)?(?:owned|held|controlled)\s+by(?=\s)|(?:equity|strategic|cornerstone|anchor|major|largest|key)\s+(?:\w+\s+)?(?:investors?|shareholders?|backers?)\s+in(?=\s)|(?:tak\w*|took|seek\w*|sought)\s+(?:an?\s+)?(?:\w+\s+)?(?:shares|stakes?|equity)\s+(?:in|of)(?=\s)|(?:financial|technical|funding|financing)\s+(?:and\s+(?:financial|technical)\s+)?(?:support|assistance|backing)` },
  // Exclusive channels: "appointed sole sales agent for Europe", "offtake talks with magnet makers".
  { category: 'market-expansion', weight: 0.75, direction: 'rising', pattern: String.raw`(?:exclusive|sole)\s+(?:\w+\s+)?(?:distributors?|agents?|sales\s+agents?|marketers?|resellers?)|(?:commercial|offtake|sales)\s+(?:discussions|talks|negotiations)\s+(?:\S+\s+){0,6}?(?:customers|buyers|clients|makers|manufacturers)` },
  // Operating licences and their conditions: "extended the refinery's processing licence", "subject to strict conditions".
  { category: 'risk-governance', weight: 0.8, pattern: String.raw`(?:renew\w*|extension|extend\w*|revok\w*|suspen\w*)\s+(?:\S+\s+){0,6}?(?:operating|processing|plant(?:'|’)s)\s+licen[cs]es?|(?:operating|processing)\s+licen[cs]es?\s+(?:\S+\s+){0,4}?(?:renew\w*|extended|extension|revoked|suspended|conditions?)|on\s+condition\s+that|subject\s+to\s+(?:\S+\s+){0,2}?conditions|(?:with|has|have|set|impos\w*|attach\w*)\s+(?:the\s+following\s+)?(?:\w+\s+)?conditions` },
  // State rules of production and supply: "only licensed state firms are allowed to extract", "no
  // enterprise shall exceed its indicator", "no more than half of demand from one source".
  { category: 'trade-policy', weight: 0.8, direction: 'tightening', pattern: String.raw`(?:only|solely)\s+(?:\S+\s+){0,6}?(?:permitted|allowed|authori[sz]ed|licensed|entitled)\s+to\s+(?:mine|exploit|extract|process|export|produce|explore|survey|trade)|only\s+(?:allow|permit|authori[sz]e|licen[cs]e)\w*\s+(?:\S+\s+){0,4}?to\s+(?:mine|exploit|extract|process|export|produce|explore|survey|trade)|(?:no|any)\s+(?:unit|enterprise|company|individual|entity)\s+(?:\S+\s+){0,3}?(?:may|shall|can)\s+(?:not\s+)?(?:produce|mine|exceed|export|exploit)|allocat\w*\s+(?:\S+\s+){0,2}?indicators|(?:no|not)\s+more\s+than\s+${PERCENT}\s+of\s+(?:\S+\s+){0,4}?(?:supplies|supply|consumption|imports|demand|needs)` },
  // Offers and agreements between parties: "willing to offer joint development", "open to deals",
  // "a truce between the two capitals", "to sign a framework on minerals".
  // Between states betweenStates() reads them as trade policy.
  { category: 'investment-deal', weight: 0.7, pattern: String.raw`(?:ready|open|willing|prepared)\s+to\s+(?:offer\s+)?(?:\S+\s+){0,2}?(?:cooperation|joint\s+(?:projects?|ventures?|exploration|development)|deals?|partnerships?)|offer\w*\s+(?:\S+\s+){0,4}?(?:cooperation|joint\s+(?:projects?|exploration|development|ventures?)|partnership)|(?:agreements?|deals?|pacts?|accords?|truce)\s+(?:\S+\s+){0,3}?between(?=\s)|(?:unveil|announc|sign|launch|adopt|agree)\w*\s+(?:an?\s+|the\s+)?(?:\S+\s+){0,2}?(?:pact|accord|deal|agreement|framework|alliance)\s+on(?=\s)` },
  // Where supply comes from, ranks and control taken: "most of the oxide it buys is sourced from one
  // country", "the world's second-largest holder", "militias seized control of the mining belt".
  { category: 'market-concentration', weight: 0.8, pattern: String.raw`${SHARE}\s+of\s+(?:\S+\s+){0,8}?(?:(?:comes?|came|originat\w*|sourced|supplied)\s+(?:from|out\s+of)(?=\s)|(?:sits?|sat|lies|lie|is\s+(?:located|based|found)|are\s+(?:located|based|found)|resides?)\s+in\s+(?:China|one\s+country)(?![\p{L}]))|(?:world(?:'|’)s|global|globe(?:'|’)s|country(?:'|’)s)\s+(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))[- ](?:largest|biggest)|rank\w*\s+(?:\S+\s+){0,2}?(?:behind|after|second|third|fourth|fifth)(?=\s)|(?:seiz\w*|tak\w*|took|gain\w*|wrest\w*|captur\w*)\s+control\s+(?:of|over)(?=\s)|key\s+player\s+in(?=\s)` },

  // Paradigms completed (issue 12): each family below says the same claim the ways trade press, wire
  // copy, company reports and policy news say it, not only the phrasings met in dev errors. On the
  // dev split the rules read 82.5% of the English signal sentences before this block.
  // Volumes, every subject and noun form: "mined supply slid", "the drop in concentrate shipments",
  // "tonnage shipped sank to a two-year low", "exports hit their lowest level since".
  { category: 'supply-disruption', weight: 0.8, direction: 'falling', pattern: String.raw`${NOT_AFTER_DOWNSTREAM}(?:mined\s+supply|mine\s+supply|sales\s+volumes?|tonnages?|volumes?\s+(?:shipped|exported|produced|mined|sold))(?:\s+\S+){0,8}?\s+${AUX}${FALL_VERB}|${VOLUME_NOUN}\s+(?:\S+\s+){0,8}?(?:(?:hit|reached|touched|sank\s+to|fell\s+to|dropped\s+to|slid\s+to)\s+(?:their|its|the|a|an)\s+(?:lowest|weakest|smallest)|(?:were|was|are|is)\s+(?:\w+\s+)?(?:slashed|curtailed|scaled\s+back|cut\s+back|choked\s+off))(?![\p{L}])|(?:slump|collapse|plunge|slide|dip|shrinkage|contraction)\s+in\s+(?:\S+\s+){0,4}?(?:output|production|supply|supplies|mining|shipments|exports|deliveries|volumes)(?![\p{L}])` },
  { category: 'supply-expansion', weight: 0.85, direction: 'rising', pattern: String.raw`${NOT_AFTER_DOWNSTREAM}(?:mined\s+supply|sales\s+volumes?|tonnages?|volumes?\s+(?:shipped|exported|produced|mined|sold))(?:\s+\S+){0,8}?\s+${AUX}${RISE_VERB}|${VOLUME_NOUN}\s+(?:\S+\s+){0,8}?(?:hit|reached|touched|climbed\s+to|rose\s+to|jumped\s+to|set)\s+(?:(?:their|its|the|a|an|new|fresh)\s+)?(?:highest|largest|biggest|strongest|record|all-time\s+highs?|(?:multi|\S+)-(?:year|month)\s+highs?)(?![\p{L}])|(?:record|all-time|(?:multi|\S+)-(?:year|month))\s+highs?\s+(?:in|for)\s+(?:\S+\s+){0,8}?(?:output|production|sales|shipments|exports|volumes|deliveries)(?![\p{L}])|record\s+(?:quarterly|monthly|annual|half-year(?:ly)?|full-year)\s+(?:output|production|shipments|sales|exports|volumes|deliveries)` },
  // Cut off: "cutting off cross-border shipments", "choked off supplies of feed", "sealing the border".
  { category: 'supply-disruption', weight: 0.8, direction: 'falling', pattern: String.raw`(?:cut|cuts|cutting|chok\w*|shut\w*|clos\w*)\s+off\s+(?:\S+\s+){0,4}?(?:supply|supplies|shipments|exports|imports|deliveries|flows?|feed|feedstock|access|trade)(?![\p{L}])|(?:(?:temporary|partial|full|planned|unplanned|extended|prolonged|indefinite)\s+(?:shutdowns?|closures?|stoppages?|suspensions?|halts?)|(?:planned|scheduled|unplanned|annual)\s+maintenance)(?![\p{L}])|(?:seal|seals|sealed|sealing|clos(?:e|es|ed|ing)|shut(?:s|ting)?|block(?:s|ed|ing)?)\s+(?:\S+\s+){0,4}?(?:border|borders|border\s+crossings?|border\s+gates?|crossings?|trade\s+routes?)(?![\p{L}])|(?:production|output|operating|mining)\s+(?:losses|disruptions?|interruptions?|outages?|setbacks?|shortfalls?)|(?:unable|not\s+able|could\s+not|cannot|can(?:'|’)t)\s+to\s+(?:produce|manufacture|make|run|operate|ship|deliver|supply)(?=\s)` },

  // Project stages as reports state them: "a bankable feasibility study", "final investment decision",
  // "first production", "steady-state output", "a maiden ore reserve", "mine life of 20 years".
  { category: 'supply-expansion', weight: 0.8, direction: 'rising', pattern: String.raw`final\s+investment\s+decisions?|FID|(?:definitive|bankable|pre-?)\s*feasibility|DFS|PFS|BFS|(?:construction|development|investment)\s+decision|decision\s+to\s+(?:mine|build|proceed|develop|construct)|(?:mine|project|operating)\s+life|life[- ]of[- ]mine|maiden\s+(?:\w+\s+)?(?:resources?|reserves?|production|shipments?|output|concentrate)|(?:resource|reserve)\s+(?:upgrades?|updates?|expansions?|increases?|growth|conversion)|(?:JORC|NI\s?43-101)(?:[- ]compliant)?|measured\s+and\s+indicated|steady[- ]state\s+(?:production|output|operations?|throughput|capacity)|(?:full|design|nameplate|name-plate)\s+(?:capacity|production|throughput|rates?)|(?:at|on)\s+(?:a\s+)?commercial\s+(?:scale|quantities)|commercial[- ](?:scale|quantities)|(?:pilot|demonstration|demo)\s+(?:plants?|lines?|scale|production|facilit(?:y|ies)|projects?|runs?)|(?:trial|test)\s+(?:production|mining|runs?|operations?|extraction|recovery)|production\s+(?:targets?|guidance|forecasts?|ramp-up)|on-spec\s+(?:\S+\s+){0,2}?(?:product|oxide|NdPr|concentrate|carbonate|metal)` },
  // Capacity written with its size: "a 50,000-ton alloy project", "a 3,000-tpa magnet plant".
  { category: 'supply-expansion', weight: 0.75, direction: 'rising', pattern: String.raw`\d[\d.,]*\s?[- ]?(?:million[- ]|thousand[- ])?(?:tonnes?|tons?|t|tpa|ktpa|kt|mtpa)(?:[- ](?:per|a)[- ](?:year|annum))?(?:[- ]capacity)?\s+(?:\S+\s+){0,3}?(?:projects?|plants?|facilit(?:y|ies)|lines?|refiner(?:y|ies)|smelters?|mines?|expansions?|factor(?:y|ies)|operations?)(?![\p{L}])` },

  // Deal and finance vocabulary: "a streaming deal", "a rights issue", "a farm-in", "the scheme of
  // arrangement", "a takeover bid", "financed by an export credit agency".
  { category: 'investment-deal', weight: 0.85, pattern: String.raw`(?:royalty|streaming|stream)\s+(?:deals?|agreements?|financing|transactions?|interests?|packages?)|rights\s+(?:issues?|offerings?)|entitlement\s+offers?|share\s+purchase\s+plans?|(?:equity|capital|share)\s+(?:raisings?|issues?|offerings?)|farm[- ]?(?:ins?|outs?)|farm(?:s|ed|ing)?\s+(?:into|in\s+to)|schemes?\s+of\s+arrangement|(?:takeover|tender|buyout|cash|all-share|all-cash|scrip)\s+(?:bids?|offers?|proposals?)|(?:bid|bids|bidding|offer\w*)\s+(?:\S+\s+){0,3}?(?:a|per)\s+share|(?:spin[- ]?offs?|spin(?:s|ning)?\s+off|spun\s+off|demergers?|divest\w*)|(?:sell|sells|selling|sold)\s+(?:its|their|a|the)\s+(?:\S+\s+){0,2}?(?:stakes?|interests?|holdings?|shares)\s+in(?=\s)|(?:project|debt|bridge|mezzanine|export[- ]credit|vendor|senior|green)\s+(?:finance|financing|loans?|facilit(?:y|ies))|export\s+credit\s+(?:agenc(?:y|ies)|support|cover|insurance)|(?:loan|credit)\s+guarantees?|underwrit(?:e|es|ten|ing|ers?)|(?:funded|financed|bankrolled|underwritten|refinanced)\s+(?:\S+\s+){0,3}?(?:by|via|through|with)(?=\s)|tenor|co-invest\w*|convertible\s+(?:notes?|bonds?|debentures?|loans?|securities)|(?:dual|secondary|primary)\s+listings?|(?:plans?|seeks?|seeking|sought|filed|files)\s+(?:\S+\s+){0,2}?(?:listing|IPO)|strategic\s+(?:investments?|investors?|stakes?|partners?)|(?:sovereign\s+wealth|investment|strategic|venture)\s+funds?` },
  // Export credit and development lenders, with what they give: "a letter of support from EXIM",
  // "KfW financing" (their names alone describe a program, not a deal).
  { category: 'investment-deal', weight: 0.8, pattern: String.raw`(?:EXIM|Ex-Im|Export-Import\s+Bank|Export\s+Finance\s+Australia|EFA|Development\s+Finance\s+Corporation|DFC|KfW|JBIC|UKEF|UK\s+Export\s+Finance|Export\s+Development\s+Canada|Northern\s+Australia\s+Infrastructure\s+Facility|NAIF|Critical\s+Minerals\s+Facility|Office\s+of\s+Strategic\s+Capital)\s+(?:\S+\s+){0,3}?(?:loans?|financing|finance|funding|support|letters?\s+of\s+(?:interest|support)|guarantees?|facilit(?:y|ies)|backing|debt)(?![\p{L}])|(?:loans?|financing|funding|support|letters?\s+of\s+(?:interest|support)|guarantees?|facilit(?:y|ies)|backing|debt)\s+(?:\S+\s+){0,3}?from\s+(?:the\s+)?(?:EXIM|Ex-Im|Export-Import\s+Bank|Export\s+Finance\s+Australia|EFA|Development\s+Finance\s+Corporation|DFC|KfW|JBIC|UKEF|UK\s+Export\s+Finance|Export\s+Development\s+Canada|Northern\s+Australia\s+Infrastructure\s+Facility|NAIF|Critical\s+Minerals\s+Facility|Office\s+of\s+Strategic\s+Capital)(?![\p{L}])` },

  // Export-control vocabulary: "a catch-all clause", "added to the control list", "exporters must
  // obtain an export permit", "allowed to export up to", "a ban on raw ore exports", "domestic
  // processing requirements".
  { category: 'export-control', weight: 0.85, direction: 'tightening', pattern: String.raw`catch[- ]all\s+(?:clauses?|controls?|provisions?|rules?)|(?:control|controlled|export[- ]control)\s+lists?|controlled\s+(?:items|goods|technolog(?:y|ies)|materials?|substances)|export[- ]controlled|export\s+(?:authori[sz]ations?|permission|caps?|windows?|volumes?\s+(?:caps?|limits?)|moratori(?:um|a)|embargo(?:es)?|stoppages?|suspensions?|freezes?)|(?:allowed|permitted|authori[sz]ed|licensed)\s+to\s+export|(?:maximum|annual|total)\s+(?:\w+\s+)?export\s+(?:volumes?|quantit(?:y|ies)|allocations?|allowances?)|(?:raw|unprocessed|unrefined)\s+(?:ore|ores|minerals?|concentrates?|materials?)\s+(?:exports?|export\s+bans?|shipments)|(?:ban|bans|banned|banning|prohibit\w*)\s+(?:\S+\s+){0,2}?(?:the\s+)?export(?:s|ing)?\s+of|(?:domestic|local|in-country|onshore|downstream)\s+(?:processing|beneficiation|refining|smelting|value[- ]adding)\s+(?:requirements?|rules?|mandates?|obligations?|policy|policies)|downstreaming` },

  // State plans, taxes and ownership: "raised the resource tax", "a higher royalty rate",
  // "nationalised the lithium sector", "a new mining code", "the Critical Raw Materials Act",
  // "output caps", "the mining quota was set at".
  { category: 'trade-policy', weight: 0.8, pattern: String.raw`(?:resource|mineral|mining|windfall|export)\s+(?:tax|taxes|levy|levies|royalt(?:y|ies)|dut(?:y|ies))(?![\p{L}])|royalt(?:y|ies)\s+(?:rates?|regimes?|increases?|hikes?|rises?)|nationali[sz](?:e|es|ed|ing|ation|ations)|(?:state|government|public)\s+(?:takeover|ownership|control)\s+of(?=\s)|(?:Critical\s+(?:Raw\s+)?Materials?|Critical\s+Minerals?|Inflation\s+Reduction|Defen[cs]e\s+Production|Mineral\s+Resources)\s+Act|(?:output|production|mining|extraction|smelting)\s+(?:caps?|ceilings?|limits?|controls?|targets?)|(?:quotas?|caps?|ceilings?|allocations?|indicators?)\s+(?:\S+\s+){0,6}?(?:(?:is|was|were|are|has\s+been|have\s+been|will\s+be)\s+(?:set|fixed|capped|kept|held|raised|cut|lowered|increased|reduced)\s+at|at\s+${TONNAGE})|(?:quota|quotas)\s+(?:allocations?|cuts?|increases?|growth|rises?|volumes?|levels?|batch(?:es)?)` },

  // The law that frames mining is the subject of many claims ("the new mining law keeps the ban on
  // ore exports"): on its own it is policy, but weaker than the measure it carries.
  { category: 'trade-policy', weight: 0.7, pattern: String.raw`mining\s+(?:codes?|laws?|acts?|legislation|reforms?|regimes?|bills?)` },

  // Policy and market-structure paradigms (issue 12, second pass): dominance, dependence, state
  // policy, export controls, market entry and deals as trade press, wire copy, company reports and
  // ministry statements say them. On kept-out news these categories were read far less often than on
  // dev (market-concentration 0.86 → 0.59, trade-policy 0.72 → 0.50, export-control 0.81 → 0.64,
  // market-expansion 0.63 → 0.00), so each entry is a whole paradigm, not a dev phrasing.
  // Shares said with other verbs and nouns: "is responsible for 90% of", "home to a third of",
  // "the source of 98% of the bloc's imports".
  { category: 'market-concentration', weight: 0.85, pattern: String.raw`(?:responsible|home|(?:the\s+|a\s+)?(?:source|origin|supplier|producer|exporter)\s+of)\s+(?:for\s+|to\s+)?${SHARE}\s+of(?=\s)` },
  // Made in one place only: "produced almost exclusively in China", "concentrated almost entirely in
  // China", "refined only in China", "highly concentrated supply", "concentration risk".
  { category: 'market-concentration', weight: 0.85, pattern: String.raw`(?:almost|nearly|virtually|practically|essentially)\s+(?:entirely|exclusively|solely|only|wholly)\s+(?:\S+\s+){0,2}?(?:in|from|by)\s+(?:China|Chinese|one\s+country|a\s+single\s+(?:country|nation|supplier|company|source))|(?:mined|produced|refined|processed|separated|made|manufactured|smelted|sourced|available)\s+(?:exclusively|solely|entirely|only)\s+(?:in|from|by)\s+(?:China|Chinese|one\s+country)(?![\p{L}])|(?:highly|heavily|extremely|dangerously|geographically|overly|so)\s+concentrated|concentration\s+risks?|(?:supply|market|geographic|geographical)\s+concentration` },
  // Outside China: "the only commercial-scale producer outside China", "the largest miner outside
  // China", "virtually no separation capacity outside China", "no other country can refine terbium".
  { category: 'market-concentration', weight: 0.9, pattern: String.raw`(?:only|sole|largest|biggest|main|leading|first|major|dominant|top)\s+(?:\S+\s+){0,4}?(?:producers?|suppliers?|sources?|miners?|refiners?|processors?|separators?|compan(?:y|ies)|firms?|plants?|facilit(?:y|ies)|operations?|makers?|manufacturers?|mines?)\s+(?:\S+\s+){0,5}?outside\s+(?:of\s+)?(?:China|Asia|the\s+Chinese)|(?:no|little|virtually\s+no|almost\s+no|hardly\s+any|scant)\s+(?:\S+\s+){0,2}?(?:capacity|production|supply|refining|processing|separation|producers?|alternatives?|suppliers?)\s+(?:\S+\s+){0,4}?outside\s+(?:of\s+)?China|outside\s+(?:of\s+)?China,?\s+(?:\S+\s+){0,4}?(?:no|little|virtually\s+no|almost\s+no|hardly\s+any)\s+(?:\S+\s+){0,2}?(?:capacity|production|supply|refining|processing|separation|producers?|alternatives?|suppliers?)|no\s+other\s+(?:country|nation|company|producer|supplier|firm|refiner)\s+(?:\S+\s+){0,6}?(?:can|could|has|have|is\s+able|produces|refines|processes|makes|separates|comes\s+close)(?![\p{L}])` },
  // One country's share and rank: "China's share of global mined output", "Myanmar is China's
  // biggest source of feed", "own or control 15 of the 19 mines".
  { category: 'market-concentration', weight: 0.8, pattern: String.raw`(?<=\p{L}(?:'|’)s?\s+(?:\S+\s+)?)share\s+of\s+(?:the\s+)?(?:\S+\s+){0,3}?(?:output|production|supply|capacity|refining|processing|mining|market|reserves)(?![\p{L}])|(?<=\p{L}(?:'|’)s\s+(?:single\s+)?)(?:largest|biggest|main|top|leading|primary|dominant)\s+(?:\S+\s+){0,2}?(?:sources?|suppliers?|exporters?)\s+of(?=\s)|(?:own|control|hold|operat)\w*\s+(?:or\s+(?:\w+\s+)?(?:own|control|hold|operat)\w*\s+)?\d+\s+of\s+(?:the\s+|its\s+)?\d+\s+(?:\S+\s+){0,3}?(?:mines?|plants?|refiner(?:y|ies)|smelters?|projects?|producers?|deposits?)(?![\p{L}])` },
  // Leverage and exposure: "Beijing's leverage over supply chains", "vulnerable to Chinese supply".
  { category: 'market-concentration', weight: 0.8, pattern: String.raw`(?:leverage|sway|clout|stranglehold|chokehold|hold|grip)\s+over\s+(?:the\s+)?(?:\S+\s+){0,3}?(?:supply|supplies|supply\s+chains?|markets?|industry|production|processing|refining)(?![\p{L}])|(?:vulnerab\w*|over-?relian\w*|over-?dependen\w*)\s+(?:\S+\s+){0,2}?(?:to|on)\s+(?:\S+\s+){0,3}?(?:Chin(?:a|ese)|Beijing|a\s+single|one\s+(?:country|supplier|source))(?![\p{L}])` },
  // One actor and the top rank: "a single company produces 60%", "ranks first in reserves",
  // "the number one producer".
  { category: 'market-concentration', weight: 0.8, pattern: String.raw`(?:a\s+single|one)\s+(?:company|firm|producer|supplier|country|nation|mine|refiner|plant)\s+(?:\S+\s+){0,6}?(?:produces|controls|supplies|accounts\s+for|holds|refines|processes|makes|dominates)(?![\p{L}])|rank\w*\s+(?:first|No\.?\s*1|number\s+one|top)\s+(?:in|among|globally|worldwide|for)(?![\p{L}])|(?:number\s+one|No\.?\s*1)\s+(?:global\s+|world\s+)?(?:producer|supplier|exporter|refiner|miner|processor)s?(?![\p{L}])` },
  // Control named as a noun, few players, few alternatives: "China's control of the supply chain",
  // "a handful of state groups control the industry", "by far the largest producer", "few
  // alternatives to Chinese oxide".
  { category: 'market-concentration', weight: 0.8, pattern: String.raw`(?<=\p{L}(?:'|’)s\s+(?:\S+\s+)?)(?:control|dominance|grip|hold|monopoly|command)\s+(?:of|over|on)\s+(?:the\s+)?(?:\S+\s+){0,3}?(?:supply|supplies|supply\s+chains?|markets?|industry|production|processing|refining|mining|separation|output)(?![\p{L}])|(?:a\s+handful|a\s+few|two|three|four|five|six)\s+(?:of\s+)?(?:\S+\s+){0,2}?(?:groups|companies|firms|producers|players|conglomerates)\s+(?:\S+\s+){0,2}?(?:control|dominate|account\s+for)(?![\p{L}])|(?:control\w*|dominat\w*|own\w*)\s+(?:the\s+)?(?:entire|whole)\s+(?:\S+\s+)?(?:industry|sector|supply\s+chain|value\s+chain|market)|by\s+far\s+the\s+(?:largest|biggest|dominant|leading|top)|of\s+(?:the\s+)?(?:global|world(?:'|’)?s?|worldwide)\s+total(?![\p{L}])|(?:few|no|limited|little)\s+(?:\S+\s+)?(?:alternatives?|substitutes?|options|other\s+sources?)\s+to\s+(?:\S+\s+){0,2}?(?:Chin(?:a|ese)|Beijing)` },
  // China's share moving: "China's share has fallen to 60%".
  { category: 'market-concentration', weight: 0.8, pattern: String.raw`(?:China|Beijing|Chinese)(?:'|’)s?\s+(?:\S+\s+)?(?:market\s+)?share\s+(?:\S+\s+){0,2}?(?:has\s+|had\s+|have\s+)?(?:fallen|fell|dropped|declined|slipped|eroded|shrunk|shrank|risen|rose|grown|grew|climbed|stands|stood|remains?|remained)(?![\p{L}])` },
  // State producers merged into one: "merged three state producers", "the merger created a
  // state-owned giant", "to form a national champion".
  { category: 'market-concentration', weight: 0.9, pattern: String.raw`(?:merg\w*|combin\w*|consolidat\w*|amalgamat\w*)\s+(?:\S+\s+){0,6}?(?:state|state-owned|state-run|state-backed|central)\s+(?:\S+\s+){0,3}?(?:producers?|groups?|compan(?:y|ies)|firms?|miners?|enterprises?|giants?|champions?)(?![\p{L}])|(?:merg\w*|combination|tie-up|consolidation|restructuring)\s+(?:\S+\s+){0,8}?(?:creat\w*|form\w*|forg\w*|produc\w*)\s+(?:an?\s+|the\s+)?(?:\S+\s+){0,3}?(?:giant|behemoth|champion|conglomerate|mega-?group|super-?group|powerhouse)s?(?![\p{L}])|(?:creat|form|forg|build)\w*\s+(?:an?\s+|the\s+)?(?:\S+\s+){0,2}?(?:national|state|industry)\s+champions?` },

  // Lists of critical minerals and designations: "added graphite to its list of critical minerals",
  // "updated its critical raw materials list", "designated antimony as a critical mineral".
  { category: 'trade-policy', weight: 0.85, pattern: String.raw`(?:list|catalogue|catalog|register)\s+of\s+(?:\S+\s+){0,2}?(?:critical|strategic|key)\s+(?:raw\s+)?(?:minerals?|materials?|metals?|commodities|elements)|(?:critical|strategic)\s+(?:raw\s+)?(?:minerals?|materials?|metals?)\s+(?:lists?|catalogues?)|(?:designat|classif|declar|recogni[sz]|nam|list)\w*\s+(?:\S+\s+){0,8}?as\s+(?:an?\s+|the\s+)?(?:\S+\s+){0,2}?(?:critical|strategic)\s+(?:raw\s+)?(?:minerals?|materials?|metals?|commodities|resources?)` },
  // Permitting sped up: "accelerate permitting for new mines", "streamline approvals for mineral
  // projects", "permitting reform".
  { category: 'trade-policy', weight: 0.85, pattern: String.raw`(?:accelerat|speed\w*\s+up|sped\s+up|streamlin|expedit|fast[- ]track|shorten|simplif|ease)\w*\s+(?:the\s+)?(?:\S+\s+){0,3}?(?:permitting|permits?\s+(?:times|approvals?|process\w*|for)|approvals?\s+(?:for|of)\s+(?:\S+\s+){0,3}?(?:mines?|mining|mineral\s+projects?|refiner(?:y|ies)|processing\s+plants?|smelters?)|approval\s+(?:times|process\w*)|environmental\s+reviews?)|permitting\s+(?:reforms?|times?|process(?:es)?|timelines?|overhaul|rules|regimes?)` },
  // Orders and decrees: "signed an executive order", "a presidential decree".
  { category: 'trade-policy', weight: 0.85, pattern: String.raw`executive\s+orders?|presidential\s+(?:orders?|decrees?|memorand(?:um|a)|determinations?|proclamations?)|(?:government|ministerial|royal|supreme|emergency)\s+decrees?|decree(?:s|d)?` },
  // Duties and levies on goods: "slapped 25% duties on graphite", "a 10% levy on imports of cobalt".
  { category: 'trade-policy', weight: 0.85, pattern: String.raw`(?:dut(?:y|ies)|levies|levy)\s+on\s+(?:\S+\s+){0,4}?(?:imports?|exports?|goods|products|shipments|${CONTROLLED_GOOD}|minerals?|metals?|ores?|concentrates?|anodes?|cells|batter(?:y|ies)|materials?)(?![\p{L}])|${PERCENT}\s+(?:\S+\s+)?(?:dut(?:y|ies)|levy|levies)(?![\p{L}])|(?:customs|import|anti-?subsidy|safeguard)\s+(?:dut(?:y|ies)|levy|levies)|(?:tax(?:es)?|levies|levy|dut(?:y|ies)|royalt(?:y|ies))\s+on\s+(?:\S+\s+){0,3}?(?:exports?|imports?)(?![\p{L}])` },
  // Agreements between states: "the two governments signed a memorandum on critical minerals", "the
  // minerals deal", "joined the Minerals Security Partnership".
  { category: 'trade-policy', weight: 0.95, pattern: String.raw`(?:two|both|the)\s+(?:governments|countries|nations|sides|leaders|presidents|prime\s+ministers|capitals|administrations)\s+(?:\S+\s+){0,4}?(?:signed|sign|signs|signing|inked|agreed|struck|reached|concluded|finali[sz]ed|unveiled|announced|pledged|vowed|promised)\s+(?:\S+\s+){0,6}?(?:agreements?|deals?|pacts?|accords?|memorand(?:um|a)|MoUs?|frameworks?|partnerships?|declarations?|roadmaps?|cooperation|cooperate|collaborate)` },
  { category: 'trade-policy', weight: 0.8, pattern: String.raw`(?:critical\s+)?minerals?\s+(?:(?:production|security|supply|trade|investment|buyers(?:'|’)?|purchasing|processing)\s+)?(?:deals?|pacts?|accords?|agreements?|frameworks?|MoUs?|memorand(?:um|a)|diplomacy|dialogues?|alliances?|clubs?|partnership)|Minerals\s+Security\s+Partnership|(?:supply[- ]chain|minerals?)\s+(?:initiatives?|alliances?|pacts?|clubs?|dialogues?)|state-to-state|government-to-government` },
  // Talks on minerals between states: "held talks on rare earths and tariffs".
  { category: 'trade-policy', weight: 0.8, pattern: String.raw`(?:talks|negotiations|consultations|dialogue|summit)(?!\s+with\s+(?:\S+\s+){0,3}?(?:customers|buyers|clients|automakers|carmakers|makers|manufacturers|OEMs|companies|firms|investors|partners|miners|producers|suppliers|developers)(?![\p{L}]))\s+(?:\S+\s+){0,6}?(?:on|over|about|covering)\s+(?:\S+\s+){0,3}?(?:critical\s+minerals|minerals|rare\s+earths?|tariffs|export\s+controls)(?![\p{L}])` },
  // Resource nationalism and state vetoes of deals: "resource nationalism", "ordered Chinese investors
  // to divest", "blocked the takeover on national security grounds".
  { category: 'trade-policy', weight: 0.9, pattern: String.raw`resource\s+nationalism|(?:resource|mineral)\s+sovereignty|(?:order|forc|direct|instruct)\w*\s+(?:\S+\s+){0,4}?to\s+(?:divest|sell\s+(?:down|off)|exit|dispose)|(?:block|veto|prohibit|bar|reject|forbid|forbade)\w*\s+(?:\S+\s+){0,4}?(?:takeovers?|acquisitions?|investments?|bids?|purchases?|stakes?|mergers?)\s+(?:\S+\s+){0,5}?(?:national\s+security|national\s+interest|foreign\s+investment)|(?:foreign\s+investment|investment)\s+(?:screening|review\s+board|restrictions?|curbs?)|national\s+security\s+grounds` },
  // Laws, schemes and truces: "lawmakers introduced a bill", "a production-linked incentive scheme",
  // "a bill would ban Pentagon purchases of Chinese magnets", "a 90-day truce".
  { category: 'trade-policy', weight: 0.75, pattern: String.raw`(?:introduc|pass|approv|enact|adopt|draft|tabl|unveil)\w*\s+(?:an?\s+|the\s+)?(?:\S+\s+){0,3}?(?:bill|legislation|law|ordinance)(?![\p{L}])|signed\s+into\s+law|incentive\s+(?:schemes?|programmes?|programs?|packages?)|truce` },
  { category: 'trade-policy', weight: 0.85, pattern: String.raw`(?:ban|bar|prohibit|restrict)\w*\s+(?:\S+\s+){0,4}?(?:purchases?|procurement|use|buying)\s+of\s+(?:\S+\s+){0,3}?(?:Chinese|China|foreign)[- ](?:\S+\s+){0,2}?(?:origin|made|magnets?|minerals?|metals?|rare\s+earths?|materials?|components?|batter(?:y|ies))` },
  // Joint buying, emergency powers, price floors adopted: "a joint purchasing platform", "invoked
  // emergency powers", "pushing allies to adopt price floors".
  { category: 'trade-policy', weight: 0.85, pattern: String.raw`(?:joint|common|pooled)\s+(?:purchasing|procurement|buying)|demand\s+aggregation|emergency\s+powers|(?:invok|us)\w*\s+(?:the\s+)?(?:Defen[cs]e\s+Production\s+Act|national\s+emergency)|(?:adopt|introduc|impos|coordinat|agree\w*\s+on)\w*\s+(?:\S+\s+){0,2}?price\s+floors?` },
  // Procurement rules: "foreign entity of concern rules", "the NDAA bars the Pentagon from buying
  // magnets made in China", "DFARS".
  { category: 'trade-policy', weight: 0.85, pattern: String.raw`foreign\s+entit(?:y|ies)\s+of\s+concern|FEOC|prohibited\s+foreign\s+entit(?:y|ies)|National\s+Defen[cs]e\s+Authori[sz]ation\s+Act|NDAA|DFARS|(?:ban|bar|prohibit)\w*\s+(?:\S+\s+){0,3}?from\s+(?:buying|purchasing|procuring|sourcing|using|importing)` },
  // A state body issuing policy: "the State Council issued guidelines", "the ministry released a
  // plan"; diversifying away from China.
  { category: 'trade-policy', weight: 0.8, pattern: String.raw`(?:ministry|ministries|MIIT|MOFCOM|State\s+Council|government|commission|NDRC|cabinet|regulators?|authorities|Beijing|Brussels|Washington|department|parliament|Congress)\s+(?:\S+\s+){0,3}?(?:issu|releas|publish|unveil|adopt|approv|announc)\w*\s+(?:an?\s+|the\s+|its\s+|new\s+)?(?:\S+\s+){0,3}?(?:guidance|guidelines|opinions|notices?|circulars?|regulations|rules|measures|polic(?:y|ies)|strateg(?:y|ies)|roadmaps?|directives?)(?![\p{L}])|diversif\w*\s+(?:(?!(?:customer|client|buyer|sales|export)\w*\s)\S+\s+){0,3}?away\s+from\s+(?:China|Chinese|Beijing)` },
  // The state allocating and steering resources: "auctioned 13 critical mineral blocks", "miners must
  // build local refineries", "a free trade agreement", "halted approvals for new capacity",
  // "resource security".
  { category: 'trade-policy', weight: 0.85, pattern: String.raw`auction\w*\s+(?:\S+\s+){0,4}?(?:blocks?|licen[cs]es|concessions?|tenements|permits|rights|deposits|exploration\s+areas)(?![\p{L}])|(?:requir|forc|oblig|compel|order)\w*\s+(?:\S+\s+){0,3}?to\s+(?:build|set\s+up|establish|invest\s+in)\s+(?:\S+\s+){0,3}?(?:local|domestic|in-country)\s+(?:\S+\s+)?(?:refiner(?:y|ies)|smelters?|processing|plants?|beneficiation)|free\s+trade\s+(?:agreements?|deals?|pacts?|zones?|talks|negotiations)|(?:halt|freez|froze|stop|suspend|ban)\w*\s+(?:\S+\s+){0,2}?(?:approvals?|permits?)\s+(?:for|of)\s+(?:\S+\s+){0,4}?(?:capacity|projects?|mines?|plants?|smelters?|refiner(?:y|ies))(?![\p{L}])|(?:resource|mineral|raw\s+materials?)\s+security` },
  // Quotas moved: "quotas for this year's mining were cut by 6%".
  { category: 'trade-policy', weight: 0.9, pattern: String.raw`(?:quotas?|caps?|ceilings?|allocations?|indicators?)\s+(?:\S+\s+){0,6}?(?:(?:is|was|were|are|has\s+been|have\s+been|will\s+be)\s+)?(?:set|fixed|capped|kept|held|raised|cut|lowered|increased|reduced|trimmed|slashed|left)\s+(?:unchanged|by|to|at|from)(?![\p{L}])` },

  // Output capped by the state: "the province capped smelting for next year at 42,000 tonnes",
  // "limits mining to 60,000 t a year".
  { category: 'trade-policy', weight: 0.9, pattern: String.raw`(?:capp(?:ed|ing)|caps|limit(?:ed|s|ing))\s+(?:\S+\s+){0,3}?(?:output|production|mining|smelting|refining|separation|extraction|exports|shipments)\s+(?:\S+\s+){0,6}?(?:at|to)\s+${TONNAGE}` },

  // Export approval required: "shipments need the state's approval before export",
  // "shipments will require permission from Beijing", "exporters have been told to report end users".
  { category: 'export-control', weight: 0.9, direction: 'tightening', pattern: String.raw`(?:requir|need)\w*\s+(?:\S+\s+){0,2}?(?:approval|permission|authori[sz]ation|clearance|licen[cs]es?|permits?)\s+(?:\S+\s+){0,3}?(?:for|to|before)\s+(?:\S+\s+){0,2}?(?:exports?|exporting|export|ship(?:ping|ments?)?|sell(?:ing)?\s+abroad|overseas\s+sales)(?![\p{L}])|(?:exports?|shipments?|sales|deliveries|consignments?|cargoes)\s+(?:\S+\s+){0,10}?(?:requir|need)\w*\s+(?:an?\s+|the\s+)?(?:\S+\s+){0,2}?(?:permission|authori[sz]ation|clearance)|exporters?\s+(?:\S+\s+){0,3}?(?:told|ordered|asked|instructed|required|obliged|barred|banned|forbidden)\s+to(?=\s)` },
  // Controls in force: "the controls took effect on 1 December", "the curbs come into force in
  // October", "restrictions in place since August".
  { category: 'export-control', weight: 0.8, direction: 'tightening', pattern: String.raw`(?:controls?|curbs?|restrictions?|bans?|embargo(?:es)?|prohibitions?|licensing\s+(?:requirements?|regime|rules))\s+(?:\S+\s+){0,6}?(?:(?:took|take|takes|taking|taken)\s+effect|(?:come|comes|came|coming|went|go|goes|going|enter\w*)\s+into\s+(?:effect|force)|in\s+(?:place|force|effect)\s+since|(?:remain\w*|stay\w*)\s+in\s+(?:place|force|effect)|(?:effective|apply|applies|will\s+apply)\s+(?:from|on|as\s+of|since|starting))` },
  // Controls on the goods themselves: "imposed curbs on seven medium and heavy rare earths",
  // "restrictions on gallium and germanium", "widened the scope of its controls".
  { category: 'export-control', weight: 0.8, direction: 'tightening', pattern: String.raw`(?<!price\s)(?:controls?|curbs?|restrictions?|bans?|embargo(?:es)?|limits?)\s+on\s+(?:\S+\s+){0,4}?${CONTROLLED_GOOD}(?![\p{L}])(?!\s+(?:mining|production|output|imports?|extraction|smelting|processing|prices?|projects?|mines?))|(?:widen|expand|broaden|extend|enlarg|increas)\w*\s+(?:the\s+)?scope\s+of\s+(?:\S+\s+){0,3}?(?:controls?|curbs?|restrictions?|bans?|licensing|the\s+list)|scope\s+of\s+(?:the\s+|its\s+)?(?:\S+\s+){0,2}?(?:controls?|curbs?|restrictions?)` },
  // What a control covers and the queue it makes: "the curbs apply to 28 US firms", "a backlog of
  // licence applications", "applications stuck for weeks".
  { category: 'export-control', weight: 0.75, pattern: String.raw`(?:export\s+)?(?:controls?|curbs?|restrictions?)\s+(?:\S+\s+){0,3}?(?:appl(?:y|ies)\s+to|cover(?:s|ing)?|extend(?:s|ed)?\s+to|target(?:s|ing|ed)?)(?=\s)|backlog\s+of\s+(?:\S+\s+){0,2}?(?:applications|licen[cs]e\s+requests|licen[cs]es|permits)|(?:applications|licen[cs]es|approvals|permits)\s+(?:\S+\s+){0,2}?(?:pending|in\s+limbo|stuck|backlogged|awaiting)(?![\p{L}])` },
  // Sales to named targets restricted, controls widened in the passive, exports not allowed,
  // measures paused, cargoes seized: "restrict sales of magnets to US defence contractors", "the
  // curbs were broadened", "will not allow exports of gallium to", "suspended the measures".
  { category: 'export-control', weight: 0.8, direction: 'tightening', pattern: String.raw`(?:restrict|curb|limit|halt|suspend|block|stop|prohibit)\w*\s+(?:\S+\s+){0,5}?(?:sales|shipments|deliveries|supplies|exports)\s+(?:\S+\s+){0,5}?to\s+(?:\S+\s+){0,3}?(?:US|U\.S\.|American|Japanese|European|Taiwanese|military|defen[cs]e)(?![\p{L}])|(?:controls?|curbs?|restrictions?|bans?)\s+(?:\S+\s+){0,3}?(?:was|were|has\s+been|have\s+been|will\s+be|is\s+being|are\s+being)\s+(?:\w+\s+)?(?:broadened|widened|expanded|extended|tightened|strengthened)(?![\p{L}])|(?:allow|permit)\w*\s+(?:\S+\s+){0,2}?(?:exports?|shipments)\s+(?:of|to)(?=\s)` },
  { category: 'export-control', weight: 0.7, direction: 'loosening', pattern: String.raw`(?:suspend\w*|paus\w*|postpon\w*|delay\w*)\s+(?:the\s+|its\s+)?(?:\S+\s+){0,2}?measures(?![\p{L}])` },
  { category: 'export-control', weight: 0.75, pattern: String.raw`(?:seiz|confiscat|intercept|impound)\w*\s+(?:\S+\s+){0,3}?(?:tonnes|tons|kilograms|kg|cargoes|shipments|consignments|containers)\s+of(?=\s)` },
  // The notice's own words: "shall not be exported without permission", "apply to the commerce
  // department".
  { category: 'export-control', weight: 0.85, direction: 'tightening', pattern: String.raw`(?:not|never)\s+be\s+exported\s+without|exporting\s+(?:licen[cs]es?|permits?)|exported\s+without\s+(?:\S+\s+){0,2}?(?:permission|licen[cs]es?|authori[sz]ation|approval)|apply\s+to\s+(?:the\s+)?(?:\S+\s+){0,3}?(?:ministry|MOFCOM|commerce\s+(?:department|ministry)|competent\s+(?:department|authorit(?:y|ies)))` },
  // China's controls by name: "China's curbs", "Beijing's latest rare earth restrictions".
  { category: 'export-control', weight: 0.8, direction: 'tightening', pattern: String.raw`(?:China|Beijing|Chinese)(?:'|’)?s?\s+(?:new\s+|latest\s+|recent\s+|sweeping\s+|expanded\s+|tighter\s+)?(?:rare[- ]earths?\s+|minerals?\s+|magnet\s+|metals?\s+)?(?:controls|curbs|restrictions|embargo|ban|licensing\s+(?:regime|system|rules))(?![\p{L}])` },
  // Approvals granted: "approved some shipments of magnets", "cleared export applications".
  { category: 'export-control', weight: 0.8, pattern: String.raw`(?:approv|clear|authori[sz]|greenlight|green-light)\w*\s+(?:\S+\s+){0,3}?(?:exports?|shipments|sales|deliveries|cargoes|consignments)\s+(?:of|to)(?=\s)|(?:clear|greenlight|green-light|authori[sz]|fast-track|expedit|grant)\w*\s+(?:\S+\s+){0,2}?(?:export\s+)?(?:applications|licen[cs]es|permits|requests)(?![\p{L}])` },
  // Reach beyond borders and enforcement: "de minimis threshold", "extraterritorial provisions",
  // "stepped up checks on cargoes", "transshipped to evade the curbs", "announcement No. 61".
  { category: 'export-control', weight: 0.8, direction: 'tightening', pattern: String.raw`extraterritorial\w*|de\s+minimis\s+(?:rules?|thresholds?|levels?|content|standards?)|long-arm\s+jurisdiction|(?:step\w*\s+up|tighten\w*|intensif\w*|increas\w*|launch\w*)\s+(?:\S+\s+){0,2}?(?:checks|inspections|scrutiny|enforcement)\s+(?:on|of)\s+(?:\S+\s+){0,3}?(?:cargoes|shipments|exports|consignments|containers)|(?:evad|circumvent|skirt|bypass|dodg|sidestep)\w*\s+(?:\S+\s+){0,3}?(?:controls?|curbs?|restrictions?|bans?|export\s+rules|licensing)|trans-?ship\w*|(?:MOFCOM|commerce\s+ministry(?:'|’)s|Ministry\s+of\s+Commerce(?:'|’)s)\s+(?:\S+\s+){0,2}?(?:announcements?|notices?|orders?|circulars?|lists?)|announcement\s+(?:No\.?|number)\s*\d+|blacklist\w*` },

  // Markets entered and first sales: "entered the Indian market", "first sales of oxide to customers
  // in Japan", "won its first order from a defence contractor".
  { category: 'market-expansion', weight: 0.8, direction: 'rising', pattern: String.raw`(?:enter(?:s|ed|ing)?|penetrat\w*|crack\w*|break(?:s|ing)?\s+into|broke\s+into|debut\w*\s+in|launch\w*\s+in(?:to)?)\s+(?!(?:\S+\s+){0,3}?(?:bear|bull|buyer\S*|seller\S*|stock|equity|capital|debt|bond|futures|grey|gray|black)\s+markets?)(?:the\s+|a\s+|new\s+)?(?:\S+\s+){0,2}?markets?(?![\p{L}])|first\s+(?:\S+\s+){0,3}?(?:sales?|orders?|customers?|export\s+(?:orders?|contracts?))\s+(?:of\s+(?:\S+\s+){0,3}?)?(?:to|in|into|from|outside|with|for)(?=\s)` },
  // Going abroad: "Chinese magnet makers are going overseas", "sold in more than 30 countries".
  { category: 'market-expansion', weight: 0.75, direction: 'rising', pattern: String.raw`(?:go(?:es|ing)?|gone|went)\s+overseas|overseas\s+(?:push|foray|drive|ventures?)|(?:sold|sells|sell|selling|exported|exports?|exporting|shipped|ships|customers)\s+(?:to|in)\s+(?:more\s+than\s+|over\s+|some\s+|about\s+|nearly\s+)?(?:\d+|a\s+dozen|dozens\s+of)\s+(?:other\s+)?countries` },
  // A share of a market aimed at: "aims to capture 10% of the European magnet market".
  { category: 'market-expansion', weight: 0.8, direction: 'rising', pattern: String.raw`(?:captur|win|gain|grab|secur|target|take)\w*\s+(?:about\s+|around\s+|roughly\s+|up\s+to\s+|some\s+|at\s+least\s+)?${PERCENT}\s+of\s+(?:the\s+)?(?:\S+\s+){0,4}?markets?(?![\p{L}])` },
  // Supplying new customers: "will begin supplying a German automaker", "a growth market for".
  { category: 'market-expansion', weight: 0.8, direction: 'rising', pattern: String.raw`(?:begin|began|begun|begins|start\w*|commenc\w*)\s+(?:to\s+)?(?:supply(?:ing)?|sell(?:ing)?|deliver(?:ing)?|ship(?:ping)?)\s+(?:\S+\s+){0,3}?(?:automakers?|carmakers?|customers?|clients?|buyers?|OEMs?|manufacturers?|makers?)(?![\p{L}])|(?:growth|new|promising|emerging)\s+markets?\s+for(?=\s)` },
  // Customers won, products qualified: "signed a new customer in Germany", "qualified by two Japanese
  // magnet makers", "adopted by eight of the ten largest automakers".
  { category: 'market-expansion', weight: 0.75, direction: 'rising', pattern: String.raw`(?:new|additional|another)\s+(?:\S+\s+){0,2}?(?:customers?|clients?|buyers?|offtakers?|off-takers?)\s+(?:in|from|for|outside)(?=\s)|(?:sign(?:s|ed|ing)?|add(?:s|ed|ing)?|attract\w*|onboard\w*)\s+(?:an?\s+|its\s+)?(?:new\s+)?(?:\S+\s+){0,2}?(?:customers?|clients?)(?![\p{L}])|(?:sign(?:s|ed|ing)?|land\w*|win|wins|won|secur\w*)\s+(?:its\s+|a\s+|their\s+)?first\s+(?:\S+\s+){0,2}?(?:customers?|clients?|orders?|buyers?|offtakers?)(?![\p{L}])|(?:qualif\w*|certif\w*|adopt\w*|validat\w*|selected|chosen)\s+(?:\S+\s+){0,2}?by\s+(?:\S+\s+){0,8}?(?:customers?|buyers?|clients?|automakers|carmakers|makers|manufacturers|OEMs)(?![\p{L}])|(?:customer|product|supplier)\s+qualifications?` },
  // Presence abroad and talks with buyers: "set up a subsidiary in Germany", "expanding its presence
  // in Southeast Asia", "in talks with European carmakers to supply magnets", "going global".
  { category: 'market-expansion', weight: 0.75, direction: 'rising', pattern: String.raw`(?:set\s+up|sets\s+up|setting\s+up|establish\w*|open\w*|launch\w*|register\w*|incorporat\w*)\s+(?:an?\s+|its\s+|the\s+)?(?:\S+\s+){0,2}?(?:subsidiar(?:y|ies)|branch(?:es)?|trading\s+(?:arm|company|unit)|sales\s+(?:arm|company|unit|entity)|representative\s+offices?|distribution\s+(?:centres?|centers?|hubs?))\s+in(?=\s)|(?:expand|extend|establish|grow|build|strengthen|deepen|broaden|increas|widen|bolster)\w*\s+(?:its\s+|their\s+|our\s+|a\s+)?(?:\S+\s+){0,2}?(?:presence|footprint|foothold)\s+(?:in|across|into|beyond)(?=\s)|(?:talks|discussions|negotiations)\s+with\s+(?:\S+\s+){0,4}?(?:customers|buyers|clients|automakers|carmakers|makers|manufacturers|OEMs|end[- ]users)\s+(?:\S+\s+){0,3}?(?:to\s+(?:supply|sell|secure|deliver)|(?:about|over|for)\s+(?:\S+\s+){0,2}?(?:supply|supplies|orders|offtake|sales))|(?:go(?:es|ing|ne)?|went)\s+global|new\s+(?:export\s+|sales\s+)?(?:destinations|outlets|geographies)|(?:shift\w*|pivot\w*)\s+(?:\S+\s+){0,3}?(?:cargoes|shipments|exports|sales|volumes)\s+to(?=\s)` },

  // Deal vocabulary in other spellings and stages: "an off-take agreement", "formed a JV", "a binding
  // term sheet", "a letter of intent", "an earn-in", "a subscription agreement", "a bought deal".
  { category: 'investment-deal', weight: 0.85, pattern: String.raw`off-takes?|off-take(?:rs?)|JVs?|joint-ventures?|earn[- ]ins?|heads\s+of\s+agreement|letters?\s+of\s+intent|LOIs?|term\s+sheets?|(?:subscription|investment|shareholders?(?:'|’)?|implementation|share\s+sale|share\s+purchase|sale\s+and\s+purchase)\s+agreements?|bought[- ]deal|tolling\s+(?:agreements?|arrangements?|deals?|contracts?)|strategic\s+collaborations?|collaboration\s+agreements?|direct\s+(?:equity|stake)|equity\s+(?:positions?|interests?|participation)|(?:co-?managed|jointly\s+(?:managed|owned|funded|financed|develop\w*|build|built|operat\w*|explor\w*|invest\w*)|co-?owned|co-?funded|co-?financ\w*)(?![\p{L}])` },
  // Bids and shareholders: "made a bid for the developer", "rejected a non-binding indicative offer",
  // "a state fund becomes its biggest shareholder once the deal closes".
  { category: 'investment-deal', weight: 0.85, pattern: String.raw`(?:made|make|makes|making|launch\w*|lodg\w*|tabl\w*|submit\w*|sweeten\w*|reject\w*|rebuff\w*|spurn\w*|recommend\w*)\s+(?:an?\s+|the\s+|its\s+)?(?:\S+\s+){0,3}?(?:bid|proposal|approach)s?\s+(?:for|from|to\s+(?:buy|acquire))(?=\s)|(?:non-binding|indicative|unsolicited|revised|improved|sweetened|hostile|rival|competing|conditional|all-cash|all-stock|all-scrip)\s+(?:\S+\s+)?(?:bids?|offers?|proposals?|approach(?:es)?)(?![\p{L}])|becom\w*\s+(?:the\s+|a\s+|its\s+)?(?:\S+\s+){0,2}?(?:largest|biggest|major|top|single\s+largest|controlling|substantial|strategic|cornerstone|anchor)\s+(?:shareholder|investor|owner)` },
  // The price of a deal: "bought the deposit for $120 million", "values the company at A$1.4 billion",
  // "the deal is worth about $300 million", "a $50 million acquisition".
  { category: 'investment-deal', weight: 0.85, pattern: String.raw`(?:bought|buy|buys|buying|acquir\w*|purchas\w*|sold|sell|sells|selling|paid|pay|pays|paying)\s+(?:\S+\s+){0,8}?for\s+(?:about\s+|around\s+|roughly\s+|nearly\s+|some\s+|up\s+to\s+)?${DEAL_MONEY}|valu(?:es|ed|ing)\s+(?:\S+\s+){0,4}?at\s+(?:about\s+|around\s+|roughly\s+|nearly\s+|some\s+)?${DEAL_MONEY}|(?:deal|transaction|acquisition|takeover|purchase|buyout|investment|bid|offer)\s+(?:\S+\s+){0,3}?(?:is\s+|was\s+)?(?:worth|valued\s+at|totall?ing)\s+(?:about\s+|around\s+|roughly\s+|nearly\s+|some\s+|up\s+to\s+)?${DEAL_MONEY}|${DEAL_MONEY}\s+(?:\S+\s+){0,2}?(?:deal|transaction|acquisition|takeover|purchase|buyout|bid|merger)(?![\p{L}])` },
  // Rounds, closings, disposals and backers: "a Series B round", "the transaction is expected to
  // close in June", "the sale of its stake", "a consortium led by", "backed by sovereign investors".
  { category: 'investment-deal', weight: 0.85, pattern: String.raw`(?:funding|financing|investment|seed|equity)\s+rounds?|Series\s+[A-E](?![\p{L}])|(?:transactions?|acquisitions?|deals?|mergers?|takeovers?|purchases?|sale)\s+(?:\S+\s+){0,4}?(?:to\s+close|closed|closes|(?:is|are)\s+(?:now\s+)?complete(?![\p{L}])|completion)|sale\s+of\s+(?:its\s+|a\s+|the\s+|their\s+)?(?:\S+\s+){0,2}?(?:stakes?|interests?|holdings?|shares|assets|business|subsidiar(?:y|ies))(?![\p{L}'’])|backed\s+by\s+(?:\S+\s+){0,3}?(?:investors?|funds?|government|state|Pentagon|banks?|lenders?|shareholders?|${DEAL_MONEY})(?![\p{L}])` },
  // Cooperation agreed: "agreed to cooperate on rare earth processing" (between two states
  // betweenStates() reads it as trade policy).
  { category: 'investment-deal', weight: 0.8, pattern: String.raw`(?:agree\w*|pledg\w*|vow\w*|promis\w*)\s+to\s+(?:(?:deepen|expand|strengthen|boost|enhance|step\s+up)\s+(?:\S+\s+)?cooperation|cooperate|collaborate|work\s+together|coordinate|partner|jointly\s+develop)\s+(?:\S+\s+){0,4}?(?:on|in)\s+(?:\S+\s+){0,3}?(?:critical\s+minerals|minerals|rare\s+earths?|supply\s+chains?|mining|processing|refining|projects?|magnets?)(?![\p{L}])` },
  // A price guaranteed by a backer is a term of a deal: "will guarantee a minimum price for the
  // output", "a price floor guaranteed by the Pentagon".
  { category: 'investment-deal', weight: 0.9, pattern: String.raw`(?:guarantee\w*|underwrit\w*|backstop\w*)\s+(?:an?\s+|the\s+)?(?:\S+\s+){0,2}?(?:minimum|floor)\s+prices?|price\s+floors?\s+(?:\S+\s+){0,3}?(?:guaranteed|underwritten|backstopped)` },
  // Takeover terms and drawn money: "the offer represents a 40% premium to the last close", "an
  // implied equity value of", "the second tranche", "drew down the facility".
  { category: 'investment-deal', weight: 0.9, pattern: String.raw`(?:offer|bid|price|consideration|proposal)\s+(?:\S+\s+){0,4}?(?:represents?|implies|implying|reflects?)\s+(?:an?\s+)?(?:\S+\s+)?premium|premium\s+(?:of\s+\S+\s+)?to\s+(?:the\s+|its\s+)?(?:\S+\s+){0,3}?(?:closing|last|undisturbed|VWAP|volume[- ]weighted)|(?:implied|enterprise|equity)\s+values?\s+of|(?:first|second|third|final)\s+tranche|tranche\s+(?:one|two|1|2)(?![\p{L}\p{N}])|(?:draw\w*|drew)\s+(?:down\s+)?(?:on\s+)?(?:\S+\s+){0,6}?(?:facility|loan)(?![\p{L}])` },
  // A supply deal stated by its tonnage: "will supply the carmaker with 1,000 tonnes a year".
  { category: 'investment-deal', weight: 0.8, pattern: String.raw`(?:will|to|agreed\s+to|would)\s+supply\s+(?:\S+\s+){0,4}?with\s+(?:up\s+to\s+)?(?:\S+\s+){0,2}?${TONNAGE}` },
  // Output sold ahead: "the output is contracted to a magnet maker", "volumes under contract".
  { category: 'investment-deal', weight: 0.9, pattern: String.raw`(?:is|are|was|were|has\s+been|have\s+been|will\s+be|remains?)\s+(?:\w+\s+)?(?:contracted|sold\s+forward|pre-?sold|under\s+contract|spoken\s+for)(?![\p{L}])|funds?\s+(?:\S+\s+){0,2}?(?:to|will|would|that|which)\s+(?:\S+\s+){0,1}?(?:invest|finance|back|deploy)\s+in(?=\s)|(?:set\s+up|sets\s+up|setting\s+up|establish\w*|launch\w*|creat\w*|form\w*)\s+(?:an?\s+|the\s+|a\s+joint\s+)?(?:\S+\s+){0,3}?(?:fund|investment\s+vehicle)(?![\p{L}])` },

  // Consolidation under one roof: "brought under a single state group", "a state-led reorganisation".
  { category: 'market-concentration', weight: 0.8, pattern: String.raw`(?:under|into)\s+(?:a\s+|one\s+)?(?:single|one|state|unified|national)\s+(?:\S+\s+)?(?:umbrella|group|entity|company|roof|champion)(?![\p{L}])|(?:state-led|government-led|industry|sector|sector-wide|industry-wide)\s+(?:consolidation|restructuring|reorgani[sz]ation|mergers?)|reorgani[sz]\w*\s+(?:\S+\s+){0,6}?into(?=\s)` },
  // Dependence and control as the press says it: "import reliance", "near-total control",
  // "nearly all of it is refined in China", "supply is concentrated in one country".
  { category: 'market-concentration', weight: 0.85, pattern: String.raw`(?:import|net\s+import)[\s-](?:relian\w*|dependen\w*)|(?:near|almost|virtually|nearly)[- ](?:total|complete|full|absolute)\s+(?:\w+\s+)?(?:control|dominance|monopoly|grip)|de\s+facto\s+(?:control|monopoly)|${SHARE}\s+(?:of\s+)?[^.;:]{0,120}?[\s—–](?:is|are|was|were)\s+(?:\w+\s+){0,2}?(?:mined|processed|refined|separated|produced|made|manufactured|smelted|sourced)\s+(?:\S+\s+){0,6}?in\s+(?:China|one\s+country|a\s+single\s+(?:country|nation|place))(?![\p{L}])|(?:supply|output|production|capacity|processing|refining|reserves)\s+(?:\S+\s+){0,3}?(?:is|are|was|were|remains?)\s+(?:\w+\s+)?(?:concentrated|clustered|located)\s+in(?=\s)` },

  // Prices with the move as a noun: "a 12% rise in NdPr prices", "the slide in spot prices",
  // "prices were up 4%", "a rebound in oxide prices".
  { category: 'pricing', weight: 0.85, direction: 'rising', pattern: String.raw`(?:rise|rises|increase|increases|jump|jumps|surge|surges|spike|spikes|rally|rallies|climb|gains?|rebound|recovery|upturn|run-up|hike|hikes)\s+in\s+(?:\S+\s+){0,4}?(?:prices?|quotations|quotes)(?![\p{L}])` },
  { category: 'pricing', weight: 0.85, direction: 'falling', pattern: String.raw`(?:fall|falls|drop|drops|decline|declines|slump|slide|plunge|collapse|dip|retreat|downturn|slowdown|correction|weakness|softness|sell-off)\s+in\s+(?:\S+\s+){0,4}?(?:prices?|quotations|quotes)(?![\p{L}])` },

  // Demand with its move as a noun: "demand growth", "a pickup in consumption", "the slowdown in orders".
  { category: 'demand', weight: 0.85, pattern: String.raw`(?:demand|consumption|offtake)\s+(?:growth|outlook|forecasts?|projections?|recovery|slowdown|destruction|boom|surge|weakness|gap)|(?:rise|increase|growth|surge|jump|pickup|pick-up|rebound|recovery|fall|drop|decline|slump|slowdown|weakness|softness)\s+in\s+(?:\S+\s+){0,4}?(?:demand|consumption|orders|purchases|buying)(?![\p{L}])` },

  // Stockpiles released and bought: "released 5,000 tonnes from state reserves", "stockpile purchases",
  // "the agency's procurement for the stockpile".
  { category: 'inventory', weight: 0.85, pattern: String.raw`releas\w*\s+(?:\S+\s+){0,5}?from\s+(?:\S+\s+){0,3}?(?:stockpiles?|reserves?|stocks|inventor(?:y|ies))|(?:stockpile|reserve|stockpiling)\s+(?:purchases?|procurement|acquisitions?|buying|releases?|sales|solicitations?|targets?|budgets?)|(?:purchas\w*|procur\w*|buy\w*|bought|acquir\w*)\s+(?:\S+\s+){0,6}?(?:for|into)\s+(?:the\s+|a\s+|its\s+)?(?:\S+\s+){0,2}?(?:stockpiles?|reserves?)(?![\p{L}])` },

  // Licences to operate a plant or a mine are the regulator's hold on it, not trade licences:
  // "renewed the refinery's licence for three years", "the licence renewal conditions".
  { category: 'risk-governance', weight: 0.85, pattern: String.raw`(?:renew\w*|extend\w*|extension|revok\w*|revocation|suspen\w*|cancel\w*|withdr[ae]w\w*)\s+(?:(?!exports?\s|export-)\S+\s+){0,4}?licen[cs]es?(?!\s+(?:for|to)\s+(?:\w+\s+)?exports?)|(?<!export\s)(?<!export-)licen[cs]es?\s+(?:(?!(?:for|of)\s+exports?\s)\S+\s+){0,10}?(?:renewal|renewed|revoked|revocation|cancell?ed|withdrawn)(?![\p{L}])|licen[cs]es?\s+to\s+operate|(?:radiation|radiological)\s+(?:risks?|concerns?|exposure|hazards?|limits?)|(?:levels?|risks?|concerns?)\s+(?:of|over|about)\s+radiation` },
  // A company's reach abroad: "expanding its global footprint", "its overseas layout of resources".
  { category: 'market-expansion', weight: 0.75, direction: 'rising', pattern: String.raw`(?:expand|extend|grow|broaden|deepen|accelerat|strengthen|build|widen)\w*\s+(?:\w+\s+){0,3}?(?:global|overseas|international|foreign|worldwide)\s+(?:footprint|presence|layout|reach|network|expansion|operations|business)|(?:global|overseas|international)\s+(?:footprint|layout)` },
  // Market tone in price reports: "a buyer's market", "price bifurcation", "trading was thin".
  { category: 'pricing', weight: 0.8, pattern: String.raw`(?:buyer|seller)(?:'|’)?s(?:'|’)?\s+market|price\s+(?:bifurcation|divergence|dislocation|disparit(?:y|ies)|differentials?|parity)|(?:prices|quotations)\s+(?:\S+\s+){0,3}?(?:bifurcated|diverged|decoupled)` },
  { category: 'demand', weight: 0.75, pattern: String.raw`(?:transactions?|trading|deals|market\s+activity|turnover|enquiries|inquiries)\s+(?:\S+\s+){0,6}?(?:is|are|was|were|remain\w*|stay\w*)\s+(?:\w+\s+)?(?:sluggish|thin|light|quiet|muted|active|brisk|limited|slow|weak|subdued|lacklustre|lackluster)` },
  // Domestic capability as a goal of the state: "a domestic supply chain", "homegrown processing capacity".
  { category: 'trade-policy', weight: 0.7, pattern: String.raw`(?:domestic|homegrown|home-grown|indigenous|sovereign|allied)\s+(?:production\s+capabilit(?:y|ies)|supply\s+chains?|processing\s+(?:capacity|capabilit(?:y|ies))|sources?\s+of\s+supply|industrial\s+base)` },

  // Deal conditions and approvals: "subject to definitive agreements", "FIRB approval", "shareholder approval".
  { category: 'investment-deal', weight: 0.8, pattern: String.raw`definitive\s+(?:agreements?|documentation|documents)|conditions?\s+precedent|(?:FIRB|antitrust|anti-trust|competition|merger|shareholder|foreign\s+investment|takeovers\s+panel)\s+(?:approvals?|clearances?|reviews?|consents?|vote)` },
  // The state securing its supply: "shoring up supplies of minerals", "security of supply", "access to
  // its minerals in exchange for aid".
  { category: 'trade-policy', weight: 0.75, pattern: String.raw`(?:shor\w*|prop\w*)\s+up\s+(?:\S+\s+){0,3}?(?:supplies|supply|supply\s+chains?|stockpiles?|reserves|access)|security\s+of\s+(?:\S+\s+){0,3}?supply|supply\s+security|(?:access\s+to|rights\s+to\s+(?:extract|mine|purchase|buy|develop|exploit))\s+(?:\S+\s+){0,5}?(?:minerals|mineral\s+resources|natural\s+resources|deposits|rare\s+earths|metals)(?![\p{L}])` },
  // The licensing process in its own words: a review time stated in days ("reviews take 30
  // business days"), applications lodged with a ministry or regulator.
  { category: 'export-control', weight: 0.7, pattern: String.raw`(?:processing|review|approval|waiting)\s+times?\s+(?:\S+\s+){0,3}?\d+\s+(?:working\s+|business\s+)?days|(?:submit|fil|lodg)\w*\s+(?:\S+\s+){0,3}?applications?\s+(?:to|with)\s+(?:the\s+)?(?:ministry|MOFCOM|commerce|authorities|regulators?|department)` },
];

/** Directions each category can take, and the one it takes when the sentence names none. */
export const CATEGORY_DIRECTIONS: Readonly<Record<Category, { allowed: readonly Direction[]; fallback: Direction }>> = {
  'supply-expansion': { allowed: ['rising', 'falling', 'stable'], fallback: 'rising' },
  'supply-disruption': { allowed: ['falling', 'rising', 'stable'], fallback: 'falling' },
  'market-expansion': { allowed: ['rising', 'falling', 'stable'], fallback: null },
  'market-concentration': { allowed: ['rising', 'falling', 'stable'], fallback: null },
  pricing: { allowed: ['rising', 'falling', 'stable'], fallback: null },
  inventory: { allowed: ['rising', 'falling', 'stable'], fallback: null },
  // Export controls restrict by nature; only words of easing turn them around.
  'export-control': { allowed: ['tightening', 'loosening'], fallback: 'tightening' },
  'trade-policy': { allowed: ['tightening', 'loosening'], fallback: null },
  'risk-governance': { allowed: ['tightening', 'loosening'], fallback: null },
  demand: { allowed: ['rising', 'falling', 'stable'], fallback: null },
  'investment-deal': { allowed: [], fallback: null },
};

/** Words that give a cue its direction when they stand next to it (checked in this order). */
export const DIRECTION_WORDS: Readonly<Record<Exclude<Direction, null>, string>> = {
  loosening: String.raw`eas(?:e|es|ed|ing)|relax\w*|lift\w*|loosen\w*|suspend\w*|paus\w*|exempt\w*|waiv\w*|grant\w*|approv\w*|resum\w*|truce|rollback|roll(?:s|ed)? back|scrap\w*`,
  tightening: String.raw`tighten\w*|tighter|stricter|restrict\w*|curb\w*|ban|bans|banned|impos\w*|expand\w* controls|crack\w* down|clamp\w* down|added to|strengthen\w*|harden\w*|escalat\w*`,
  rising: String.raw`ris(?:e|es|ing|en)|rose|up(?=\s+(?:by\s+)?\d)|higher|increas\w*|grow\w*|grew|surg\w*|jump\w*|climb\w*|soar\w*|upward|rall\w*|boost\w*|expand\w*|record high|doubl\w*|strong\w*`,
  falling: String.raw`fall\w*|fell|down(?=\s+(?:by\s+)?\d)|lower\w*|decreas\w*|declin\w*|drop\w*|slump\w*|plung\w*|downward|weak\w*|slid|slip\w*|soft\w*|reduc\w*|cut|cuts|shrink\w*|shrank`,
  stable: String.raw`stable|steady|flat|unchanged|stabili[sz]\w*|stay\w* put`,
};

/**
 * Subjects that make a sentence about the sector when the article is about rare earths, even with
 * no material named: "the company", "Beijing" (places come from places.ts), "authorities", and the
 * trades of the chain named as a group ("exporters", "magnet makers", "smelters", "enterprises").
 */
export const ACTOR_PATTERNS: readonly string[] = [
  String.raw`the\s+(?:\w+\s+)?(?:company|group|firm|miner|producer|refiner|processor|smelter|separator|magnet maker|enterprise|conglomerate|supplier|exporter|importer|ministry|government|regulator|agency|administration|authorities|country|state|bureau|commission|department|association|bloc|city|province|region)`,
  String.raw`(?:chinese|western|state-owned|state|government|top|leading|major|largest|domestic|foreign|european|japanese|korean|american|u\.s\.|us|indian|australian|several|some|many|most|large|small|smaller|big)\s+(?:\w+\s+)?(?:companies|firms|producers|miners|refiners|processors|exporters|importers|authorities|officials|regulators|enterprises|groups|magnet makers|manufacturers|suppliers|smelters|separators|buyers|traders|carmakers|automakers|governments|developers|investors)`,
  String.raw`authorities|officials|regulators|policymakers|lawmakers|beijing|washington|brussels|tokyo|canberra|ottawa|moscow|new delhi|seoul`,
  // The trades of the chain as a group: on a rare-earth page they are its actors.
  String.raw`(?:magnet|motor|turbine|separation|smelting|processing|mining|downstream|upstream)\s+(?:makers|producers|manufacturers|enterprises|companies|plants|firms)|exporters|importers|applicants|enterprises|smelters|separators|refiners|miners|processors|traders|buyers|end[- ]users|carmakers|automakers|start-ups|startups|junior (?:miners|developers|explorers)|project developers`,
];

/**
 * Nouns of the trade's goods and sites. On a rare-earth page "magnets", "the ore", "feedstock",
 * "the mine" are the sector's own, so a sentence about them is about the sector.
 */
export const SECTOR_NOUNS = String.raw`magnets?|oxides?|ores?|concentrates?|feedstock|alloys?|ingots?|tailings|mines?|smelters?|refiner(?:y|ies)|separation (?:plants?|lines?|capacity)|quotas?|export licen[cs]es?|pits?|deposits?|quarr(?:y|ies)|separation|smelting|refining|plants?|projects?`;

/**
 * Agreements: between companies they are deals (investment-deal), between governments they are
 * trade policy ("The US and Japan signed a critical minerals agreement").
 */
export const AGREEMENT_CUE = String.raw`agree\w*|deals?|pacts?|memorand\w*|mou|partnerships?|frameworks?|cooperation|alliances?|accords?|treat(?:y|ies)|partner\w*`;
/** Commercial words that make a party a company even when it is not in organizations.ts. */
export const COMPANY_WORDS = String.raw`compan(?:y|ies)|firms?|groups?|miners?|developers?|producers?|makers?|trading houses?|traders?|refiners?|processors?|manufacturers?|carmakers?|automakers?|suppliers?|offtakes?|ltd|inc|corp|plc|llc|gmbh|co\.|limited`;
/** A company's name by its suffix, case-sensitive: "Northern Ridge Minerals", "Arafura Resources". */
export const COMPANY_NAME = String.raw`\p{Lu}[\p{L}&'’-]*\s+(?:Resources|Minerals|Metals|Materials|Mining|Holdings|Group|Industries|Technologies)(?![\p{L}])`;

/**
 * Subjects of other markets. A sentence about crude, soybeans or chips is not about rare earths,
 * even on a rare-earth page, unless it names a material too ("unlike oil, rare earths …").
 */
/**
 * Equity-market moves ("its shares ended 2% higher at 41 yuan", "the stock surged 53% in
 * premarket trading"): a company's share price is not a price of the minerals market. A market
 * share or a country's share ("China's share has fallen to 60%") is not a share price.
 */
export const EQUITY_MOVE = String.raw`(?:shares|(?<!(?:market|(?:'|’)s)\s)share|stocks?|share price|stock price|market (?:value|capitali[sz]ation))\s+(?:\S+\s+){0,10}?(?:rose|risen|rises|fell|fallen|falls|surged|jumped|soared|slumped|plunged|gained|lost|closed|traded|trading|opened|climbed|dropped|tumbled|rallied|hit)`;

/**
 * The language of putting a measure into practice, which a follow-up sentence uses about the
 * measure of the sentence before it: "The rules take effect on 1 December", "It covers scandium",
 * "They will be granted within 45 days".
 */
export const FOLLOW_UP = String.raw`(?:take|takes|took|taken|taking)\s+effect|(?:come|comes|came|coming)\s+into\s+(?:force|effect)|(?:enter|enters|entered)\s+into\s+force|(?:apply|applies|applied|applying)|effective|(?:cover|covers|covered|include|includes|included|extend|extends|extended)|within\s+\d+\s+(?:working\s+|business\s+)?days|(?:starting|beginning|from)\s+(?:on\s+)?(?:\d{1,2}\s+)?(?:January|February|March|April|May|June|July|August|September|October|November|December|next|this|\d{4})|(?:will|would|must|shall)\s+(?:\S+\s+)?(?:be\s+)?(?:granted|approved|issued|decided|reviewed|required|allocated|submitted|exempt(?:ed)?)`;

export const OTHER_MARKET_SUBJECTS = String.raw`copper|gold|silver|aluminium|aluminum|zinc|steel|crude|oil|brent|wti|opec\+?|natural gas|lng|petrol|gasoline|diesel|soybeans?|soy|wheat|corn|maize|grains?|coffee|cocoa|sugar|cotton|cattle|hogs|pork|beef|semiconductors?|microchips?|chips?|chipmakers?|gpus?|lithography|iron ore|coal`;
/** Where a sentence names its source (", said Liam Carter, an analyst at Southern Cross Equities"): not its subject. */
export const ATTRIBUTION_TAIL = String.raw`[,"”]\s*(?:["”]\s*)?(?:said|says|according to|told|wrote|added|noted)(?![\p{L}]).*$`;

/**
 * On a rare-earth page a sentence that names no subject at all ("Supplier due diligence is now a
 * condition of getting material.") is about the article's subject (DESIGN, "Signal taxonomy"). Only a
 * phrase of the field (lexicon weight ≥ 0.8: "due diligence", "export licensing", not "investment"
 * or "prices") that also stands where a claim is made (strength ≥ 0.72) is taken on that reading.
 */
export const IMPLICIT_SUBJECT_MIN_STRENGTH = 0.72;
export const IMPLICIT_SUBJECT_MIN_WEIGHT = 0.8;

/**
 * Function words that tell English from the other languages of the corpus written in Latin script
 * (French, German, Spanish, Portuguese, Italian, Indonesian and Malay). Signals are detected in
 * English sentences only (the cues are English): a sentence is English when it has English function
 * words and no more of the others'. Words the languages share ("a", "in", "on", "die", "was", "also", "will", "as", "an")
 * are in neither list.
 */
export const ENGLISH_MARKERS: readonly string[] = [
  'the', 'of', 'and', 'to', 'is', 'are', 'were', 'for', 'with', 'by', 'from', 'that', 'this', 'it',
  'its', 'has', 'have', 'had', 'would', 'be', 'been', 'or', 'not', 'but', 'than', 'which', 'who',
  'said', 'says', 'at', 'their', 'they', 'we', 'our', 'should', 'could', 'can', 'after', 'into',
  'more', 'such', 'shall', 'must', 'through', 'about', 'between', 'while', 'because', 'these',
  'those', 'there', 'what', 'when', 'where', 'how', 'up', 'out', 'other', 'only', 'some', 'now',
  'new', 'year', 'its', 'his', 'her', 'them', 'any', 'all', 'most', 'still',
];
export const OTHER_LATIN_MARKERS: readonly string[] = [
  // French
  'le', 'la', 'les', 'des', 'du', 'et', 'est', 'une', 'un', 'pour', 'dans', 'qui', 'sur', 'aux', 'avec', 'sont', 'ont', 'ce', 'cette', 'leur', 'selon', 'mais',
  // German
  'der', 'das', 'und', 'ist', 'mit', 'für', 'von', 'dem', 'den', 'des', 'sich', 'nicht', 'ein', 'eine', 'auf', 'sind', 'wird', 'bei', 'nach', 'zu', 'aus',
  // Spanish and Portuguese
  'el', 'los', 'las', 'y', 'del', 'por', 'para', 'que', 'con', 'su', 'sus', 'una', 'según', 'os', 'da', 'do', 'em', 'não', 'com', 'dos', 'das', 'uma', 'pelo', 'pela', 'e', 'é',
  // Italian
  'il', 'di', 'della', 'delle', 'dei', 'degli', 'nel', 'nella', 'nei', 'che', 'gli', 'alla', 'alle', 'dal', 'dalla', 'sul', 'sulla', 'sono', 'anche', 'più', 'è',
  'hanno', 'questo', 'questa', 'tra', 'già',
  // Indonesian and Malay (written without accents: with none of these a sentence of theirs read as English)
  'yang', 'dan', 'dari', 'ini', 'itu', 'untuk', 'dengan', 'pada', 'oleh', 'tidak', 'juga', 'telah', 'sudah', 'akan', 'dalam', 'bahwa', 'tersebut', 'karena',
  'sebagai', 'atau', 'ke', 'kepada', 'bagi', 'ialah', 'adalah', 'serta', 'namun', 'menjadi', 'masih', 'kerana', 'bahawa',
  'sejak', 'hingga', 'sehingga', 'sekitar', 'lebih', 'kini', 'saat', 'lalu', 'setelah', 'sebelum', 'antara', 'dapat', 'bisa', 'mereka', 'tahun',
];

/**
 * An opening phrase that frames the sentence rather than naming its subject ("For the U.S. and
 * Europe, this hints at…"): a place named there is the audience, not the actor.
 */
export const FRAMING_OPENING = String.raw`^(?:for|in|at|according to|unlike|like|as for|compared with|compared to|against|beyond|despite|with|to|on|among|from|after|before|since|while|as)\s[^,]{0,80},`;

/** Openings that refer back to the previous sentence's subject ("It", "The move", "The notice"). */
export const ANAPHORIC_OPENINGS = String.raw`^(?:(?:first|second|third|fourth|fifth|sixth|seventh|finally|meanwhile|separately|in addition|also|however|still),\s+)?(?:it|its|this|these|they|their|that|such|those|he|she|the (?:move|decision|plan|deal|measure|measures|policy|rule|rules|step|ban|curbs?|restrictions?|agreement|investment|company|group|firm|announcement|notice|document|regulations?|guidelines|law|order|list|proposal|scheme|programme|program|project|plant|mine|facility|batch|quota|financing|funding|loan|ministry|spokesperson|spokesman|official|analyst|association|bloc|market|industry|sector|area|region|city|province|notice))(?![\p{L}\p{N}])`;

/**
 * A sentence whose subject is a measure of the field with no name of its own ("Quarterly production
 * was 15% lower.", "Output guidance for 2026 is 12,000 t.") speaks of the previous sentence's
 * subject, as an anaphoric opening does: company reports and wire copy name the company or the
 * material once and go on with its figures.
 */
export const FIELD_SUBJECT_OPENINGS = String.raw`^(?:(?:the|its|their|quarterly|annual|monthly|first-half|half-year|full-year|total|group|company)\s+){0,3}(?:production|output|exports|imports|shipments|sales|revenue|revenues|capacity|prices?|volumes?|deliveries|guidance|stocks|inventories|demand|supply)(?![\p{L}\p{N}])`;

/** Weighted topic evidence beyond the material, organization and deposit names. */
export interface TopicContextTerm {
  /** The phrase, in the alias syntax of materials.ts. */
  phrase: string;
  weight: number;
}

/**
 * Industry words: support for a rare-earth reading, worthless alone (chip export controls, oil
 * output cuts and soybean inventories use them too), so the topic score caps them by the core.
 */
export const TOPIC_CONTEXT_TERMS: readonly TopicContextTerm[] = [
  ...['export control', 'export controls', 'export licence', 'export license', 'export licensing', 'export ban', 'supply chain', 'mining', 'mine', 'miner', 'processing', 'refining', 'refinery', 'separation', 'smelter', 'smelting', 'magnet', 'magnet maker', 'oxide', 'ore', 'concentrate', 'deposit', 'offtake', 'stockpile', 'tonne', 'metric ton', 'quota', 'dual-use', 'permanent magnet motor', 'EV motor', 'wind turbine', 'defense supply chain', 'metals', 'minerals', 'alloy', 'feedstock', 'tailings', 'ionic clay', 'monazite', 'bastnäsite', 'bastnaesite', 'xenotime', 'carbonatite']
    .map((phrase) => ({ phrase, weight: 0.35 })),
  ...['contrôle des exportations', 'exportations', 'aimants', 'Exportkontrolle', 'Exportkontrollen', 'Exportbeschränkungen', 'Magnete', 'control de exportaciones', 'controles a la exportación', 'exportaciones', 'imanes', 'controle de exportação', 'exportações', 'ímãs', 'экспортный контроль', 'экспорт', 'магниты', '出口管制', '出口', '磁材', '永磁材料', '配额', '輸出規制', '輸出管理', '磁石', '수출 통제', '수출통제', '자석']
    .map((phrase) => ({ phrase, weight: 0.35 })),
  // Export, magnets, mining and supply chains in ja/ko (a wire item names its mineral once: "…の輸出を禁止"),
  // de/fr/es/pt/ru, and the languages the gate lets through (it, id, vi, tr, pl, ar, fa).
  ...['輸出', '輸出禁止', 'サプライチェーン', '供給網', '鉱山', '수출', '공급망', '광산', '供应链', '矿山', 'Ausfuhr*', 'Lieferkette*', 'Bergbau', "chaîne d'approvisionnement", 'exploitation minière', 'cadena de suministro', 'minería', 'cadeia de suprimentos', 'mineração', 'экспорт*', 'магнит*', 'добыч*',
    'esportazioni', 'controlli sulle esportazioni', 'magneti', 'catena di approvvigionamento', 'ekspor', 'larangan ekspor', 'pembatasan ekspor', 'rantai pasok', 'pertambangan', 'xuất khẩu', 'kiểm soát xuất khẩu', 'nam châm', 'chuỗi cung ứng', 'ihracat', 'mıknatıs', 'tedarik zinciri', 'madencilik', 'eksport*', 'kontrola eksportu', 'magnesy', 'magnesów', 'łańcuch dostaw', 'wydobycie', 'تصدير', 'صادرات', 'قيود التصدير', 'المغناطيس', 'سلاسل الإمداد', 'التعدين', 'آهنربا', 'زنجیره تامین']
    .map((phrase) => ({ phrase, weight: 0.35 })),
];

/** A reading of "rare earth"-like words that is not the minerals market. */
export interface Confusable {
  id: string;
  /** Why the words mislead, for the test report. */
  description: string;
  /** Regex sources (flags `giu`); topic mentions inside a match count for nothing. */
  spans: readonly string[];
  /** Phrases (alias syntax) of the other domain; when they outnumber the industry's, the core is discounted. */
  context: readonly string[];
}

export const CONFUSABLES: readonly Confusable[] = [
  {
    id: 'astronomy',
    description: "The astrobiologists' Rare Earth hypothesis and Earth-like planets",
    spans: [
      String.raw`rare[- ]earth\s+(?:hypothesis|theory|equation|argument|thesis|view|proponents?|idea|camp|answer|solution|explanation)`,
      String.raw`rare earth:?\s+why complex life`,
      String.raw`rare\s+earth[- ](?:like|sized|mass|analog\w*|twins?)`,
    ],
    context: ['universe', 'life elsewhere', 'alien life', 'civilizations', 'biologist', 'evolution', 'planet', 'exoplanet', 'astrobiology', 'astrobiologist', 'complex life', 'habitable zone', 'Drake equation', 'Fermi paradox', 'galaxy', 'Milky Way', 'plate tectonics', 'Ward and Brownlee', 'extraterrestrial', 'intelligent life', 'telescope', 'astronomer', 'solar system', 'multicellular', 'Jupiter', 'star system'],
  },
  {
    id: 'band',
    description: 'Rare Earth, the Motown rock band',
    spans: [
      String.raw`(?:the\s+)?(?:band|group|rock band|motown band|act)\s+rare earth`,
      String.raw`rare earth(?:'s|’s)?\s+(?:band|album|single|song|lp|records?|performed|played|toured|frontman|singer|drummer|guitarist|reunion|concert|lineup|line-up|hit|discography|members?)`,
    ],
    context: ['album', 'band', 'song', 'singer', 'Motown', 'tour', 'concert', 'guitarist', 'drummer', 'saxophonist', 'lineup', 'record label', 'Billboard', 'vinyl', 'psychedelic', 'funk', 'rock', 'Get Ready', 'Top 40', 'discography', 'lyrics', 'hit single'],
  },
  {
    id: 'toys',
    description: 'Magnet toys and the safety warnings about swallowed magnets',
    spans: [String.raw`(?:magnet|magnetic)\s+(?:toys?|balls?|beads?|sets?)`],
    context: ['toy', 'toys', 'children', 'child', 'kids', 'swallow', 'swallowed', 'swallowing', 'ingest', 'ingested', 'ingestion', 'choking', 'hazard', 'recall', 'recalled', 'Consumer Product Safety Commission', 'CPSC', 'pediatric', 'emergency room', 'intestines', 'surgery', 'parents', 'desk toy'],
  },
  {
    id: 'other-commodities',
    description: 'Markets of other commodities (iron ore, steel, copper, gold, oil, grain) that name a battery metal or the words of mining in passing',
    spans: [],
    context: ['iron ore', 'steel', 'rebar', 'coking coal', 'copper', 'gold', 'silver', 'crude', 'oil', 'Brent', 'OPEC', 'natural gas', 'LNG', 'soybeans', 'wheat', 'corn', 'coffee', 'cocoa', 'Dalian', 'Fed', 'bullion', 'ounce', 'barrel', 'barrels'],
  },
  {
    id: 'retail',
    description: 'Neodymium magnets sold on DIY and shop pages',
    spans: [
      // The grade's digits in a group of their own: the span's start literals (required-literals.ts)
      // are then "n0" to "n9", not the letter "n", which the 1 MB article has 64,000 times.
      String.raw`(?:disc|block|ring|countersunk|cup|pot|fridge|craft|hook|mini|tiny|strong|super strong|round|cylinder|powerful|hidden|embedded|built-in|concealed|high-strength|N(?:\d\dH?))\s+(?:neodymium\s+|rare[- ]earth\s+|NdFeB\s+)?magnets?`,
      // A product's parts: "neodymium magnets embedded under the face", "rare earth magnets set into the wood".
      String.raw`(?:neodymium|rare[- ]earth|NdFeB)\s+magnets?\s+(?:are\s+)?(?:embedded|hidden|built in|set into|inside|underneath|under)`,
    ],
    context: ['add to cart', 'add to basket', 'add to bag', 'add to wishlist', 'wishlist', 'buy now', 'in stock', 'out of stock', 'free shipping', 'free delivery', 'ships today', 'ships in', 'delivery time', 'returns', 'free returns', 'money-back', 'pull force', 'N52', 'N42', 'N35', 'fridge', 'whiteboard', 'craft', 'DIY', 'countersunk', 'pack of', 'set of', 'customer reviews', 'reviews', 'rating', 'ratings', 'verified purchase', 'checkout', 'cart', 'basket', 'hobby', 'pcs', 'pieces', 'SKU', 'model number', 'quantity', 'qty', 'warranty', 'gift', 'kids', 'adhesive', 'holding force', 'product details', 'product description', 'specifications', 'dimensions', 'stainless steel', 'mounting', 'screws', 'wall mount', 'kitchen', 'tools', 'workshop', 'garage', 'organizer', 'storage', 'sale', 'discount code', 'coupon', 'bestseller', 'frequently bought together', 'customers also bought', 'shop'],
  },
  {
    id: 'chemistry-lesson',
    description: 'Cerium and the lanthanides as a chemistry lesson',
    spans: [],
    context: ['atomic number', 'electron configuration', 'oxidation state', 'periodic table', 'lanthanide series', 'f-block', 'valence', 'students', 'lesson', 'worksheet', 'experiment', 'ionic radius', 'isotope', 'melting point', 'boiling point', 'atomic mass', 'electrons', 'chemical symbol', 'discovered by', 'pyrophoric', 'reactivity', 'flint', 'classroom', 'quiz', 'homework'],
  },
  {
    id: 'game',
    description: 'Video and board games whose resources, economies and guilds borrow the words of the trade',
    spans: [],
    context: ['game', 'gameplay', 'gamer', 'gaming', 'co-op', 'multiplayer', 'single-player', 'PS4', 'PS5', 'PlayStation', 'Xbox', 'Nintendo', 'Steam', 'console', 'quest', 'crafting', 'loot', 'spawn', 'respawn', 'biome', 'NPC', 'in-game', 'DLC', 'early access', 'guild', 'tutorial', 'frame rate', 'frame drops', 'controller', 'drop rate', 'grind', 'boss fight', 'sandbox', 'mod', 'modding', 'achievements', 'skill tree', 'level up', 'open world', 'playthrough', 'pickaxe', 'hotbar', 'inventory slot', 'save file', 'patch notes', 'reviewed on', 'campaign mode', 'late game', 'late-game', 'speedrun', 'leaderboard'],
  },
  {
    id: 'geophysics',
    description: "Earth's magnetic field and geomagnetism",
    spans: [String.raw`earth(?:'s|’s)\s+magnetic\s+field`],
    context: ['magnetic field', 'geomagnetic', 'magnetosphere', 'outer core', 'geodynamo', 'dynamo', 'pole reversal', 'aurora', 'solar wind', 'compass', 'magnetic north', 'paleomagnetism', 'field strength', 'South Atlantic Anomaly'],
  },
];

/**
 * Words of the minerals industry, counted against a confusable domain's words: a market report that
 * mentions a tour or a telescope once stays a market report.
 */
export const INDUSTRY_CONTEXT: readonly string[] = [
  'supply chain', 'export', 'exports', 'import', 'imports', 'mining', 'mine', 'miner', 'producer', 'production',
  'processing', 'refining', 'separation', 'smelter', 'tonnes', 'metric tons', 'prices', 'offtake', 'stockpile',
  'tariff', 'tariffs', 'quota', 'MOFCOM', 'investment', 'critical minerals', 'magnet makers', 'EV motors',
  'export controls', 'capacity', 'shareholders', 'market share', 'deposit', 'concentrate', 'ore',
];

/**
 * Sentences that never carry a claim, by shape. Regex sources, flags `iu`, tested on the repaired,
 * trimmed sentence.
 */
export const NON_CLAIM_PATTERNS = {
  /** Site furniture: copyright, subscription, cookies, comments, sharing. */
  boilerplate: [
    String.raw`^(?:©|\(c\)|copyright\b)`,
    String.raw`all rights reserved|reproduction (?:in whole or in part )?(?:is )?prohibited`,
    String.raw`^(?:subscribe|sign up|log in|register)\b|subscribe (?:to|for) (?:our|the|a)\b|\bnewsletter\b|in your inbox|register now|create an account`,
    String.raw`\bcookies?\b.*\b(?:use|accept|consent|experience|settings)\b|\b(?:use|accept)\b.*\bcookies?\b`,
    String.raw`privacy policy|terms of (?:use|service)`,
    String.raw`^\d+\s+comments?$|leave a (?:comment|reply)|post (?:a )?comment|comments? (?:are|is) closed`,
    String.raw`^(?:share|follow us|click here|read more|related (?:articles|posts|stories)|advertisement|sponsored)\b`,
    String.raw`download (?:the|our) app|\bfollow us on\b`,
    // Press-release courtesy: "We are pleased to partner with…", "I'm delighted to welcome…".
    String.raw`\b(?:we|i)(?:\s+are|\s+am|'re|’re|'m|’m|\s+were)\s+(?:\w+\s+)?(?:pleased|delighted|excited|proud|thrilled|honou?red|happy)\s+to\b`,
  ],
  /** Disclaimers and provenance notes: about the text, not about the market. */
  disclaimer: [
    String.raw`^(?:disclaimer|editor(?:'|’)?s note|note to editors|legal notice|disclosure)\s*[:.\-–—]`,
    String.raw`\b(?:this|the)\s+(?:news\s+)?(?:item|article|story|content|report|post|piece)\s+(?:originates|originally appeared|was (?:first |originally )?published|is (?:provided|for informational)|is based on|first appeared)`,
    String.raw`(?:does|do) not constitute (?:investment|financial|legal) advice|not (?:intended as|to be construed as) (?:investment|financial) advice`,
    String.raw`should be independently verified|views expressed (?:here|in this)|forward-looking statements?|safe harbo(?:u)?r`,
  ],
  /**
   * Sentences about the article, update or report itself. A document that "contains signals" says
   * nothing; a document that "suggests higher safety stocks" reports a claim, so reporting verbs
   * (suggests, shows, indicates, says) are deliberately absent.
   */
  meta: [
    String.raw`^(?:the|this|our|that|today(?:'|’)s)\s+(?:\w+\s+){0,2}?(?:update|report|article|story|piece|analysis|post|document|release|briefing|summary|note|review|brief|newsletter|column|table|chart|section|overview|roundup|explainer)(?:\s*,[^,]{0,100},)?\s+(?:\w+\s+)?(?:contains|includes|covers|offers|outlines|lists|provides|presents|describes|discusses|summari[sz]es|features|examines|explores|reviews|looks at|walks through|is based on|draws on|was (?:written|prepared|published|updated))\b`,
    String.raw`^nothing in (?:the|this) (?:\w+\s+)?(?:update|report|article|story|statement|document|release|announcement)`,
    // How the author's own model or forecast is made, not a fact of the market: "Our supply model is
    // built from plant-by-plant estimates" (an analyst note's production forecasts read as a cue).
    String.raw`^(?:our|the authors(?:'|’)?)\s+(?:[\w-]+\s+){0,3}?(?:model|models|methodology|method|approach|estimates|forecasts|projections|scenarios|assumptions)\s+(?:is|are|was|were)\s+(?:\w+\s+)?(?:built|based|derived|drawn|constructed|calibrated)\b`,
    String.raw`^(?:in )?(?:this|the following) (?:article|report|piece|post|analysis|section)\b`,
    String.raw`^(?:read|see|watch|listen)\b`,
    // Wire copy's no-comment line: "…did not respond to a request for comment", "declined to comment".
    String.raw`\b(?:did not|didn't|didn’t|does not|doesn't|could not|couldn't|couldn’t)\s+(?:immediately\s+)?(?:respond|reply)\s+to\s+(?:\S+\s+){0,3}?requests?\s+for\s+comments?|\bdeclined to comment\b|\b(?:could not|couldn't|couldn’t)\s+(?:immediately\s+)?be reached\b|\bdid not (?:immediately )?return\s+(?:\S+\s+){0,3}?(?:calls|requests|messages|emails)\b`,
    // A publication announced, not its content: "X will publish its quarterly price outlook next week".
    String.raw`\b(?:will|is (?:due|set|scheduled) to|are (?:due|set|scheduled) to|plans? to)\s+(?:publish|release|issue)\s+(?:its|their|a|an|the)\s+(?:\S+\s+){0,4}?(?:report|outlook|review|survey|assessment|index|update|forecast|bulletin|newsletter)\b`,
    // A sentence that announces a list: "…the association now notices as follows."
    String.raw`\b(?:as follows|the following)\s*[:.]?\s*$`,
    // Framing of what was said: "The remarks came after several outlets…".
    String.raw`^(?:the|his|her|their|these|those|such)\s+(?:remarks|comments|statements?)\s+(?:came|come|were made|follow(?:ed)?)\b`,
    // The writer's gloss on why something matters, with no fact of its own: "That gap is why
    // offtakes matter.", "Here's why", "Why it matters".
    String.raw`^(?:that|this|which|it)(?:\s+[\w-]+){0,2}\s+(?:is|was)\s+why\s+(?:\S+\s+){0,6}?(?:matters?|counts?|is important|are important)(?:\s+(?:for|to)\s+[^,;]{1,40})?\s*[.!]?$|^(?:here(?:'|’)s|here is) why\b|^why (?:it|this|that) matters\b`,
  ],
} as const;

/**
 * How much one mention tells that a page is about rare earths, by what is mentioned, and how much a
 * mention counts by where it stands. Element names weigh less than "rare earths" or "NdPr": a
 * chemistry page names elements, a market page names the market.
 */
export const TOPIC_WEIGHTS = {
  material: {
    'rare-earth-element': 1,
    'rare-earth-product': 1.5,
    'sector-term': 1.5,
    'critical-mineral': 1,
    'battery-mineral': 0.5,
  },
  /** "permanent magnets" and "critical minerals" speak for the sector less than "rare earths". */
  sectorTermOverrides: { 'permanent magnets': 0.8, 'critical minerals': 0.8 } as Readonly<Record<string, number>>,
  organization: { 'rare-earth': 1.2, 'critical-minerals': 0.5, general: 0 },
  deposit: 1.2,
  /** `lead`: the first paragraph's opening, read only when the page has no description (topic.ts, leadOf). */
  field: { title: 3, description: 1.5, keywords: 1.5, lead: 1.5, body: 1 },
} as const;

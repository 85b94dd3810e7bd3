import type { Category, Direction } from '../analysis-result';

/**
 * The language of the field as data: cue phrases per signal category, direction words, the words
 * that make a sentence's subject a sector actor, topic evidence and its confusables, and the shapes
 * of sentences that never carry a claim. Names of materials, organizations and places live in
 * materials.ts, organizations.ts and places.ts.
 *
 * Cue patterns are regular-expression sources, matched case-insensitively (flags `iu`) on the
 * repaired sentence, anchored on word boundaries at both ends. They may use only non-capturing
 * groups: the classifier combines them into one expression and tells them apart by group number.
 * Weights say how surely the phrase, on its own, makes the sentence a signal of that category.
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
const SUPPLY_NOUN = String.raw`(?:output|production|capacity|supply(?!\s+chains?)|supplies|mining|refining|processing|separation|throughput|shipments|quotas?|sales volumes?)`;
const RISE_VERB = String.raw`(?:rose|risen|grew|grown|climbed|increased|jumped|surged|expanded|rebounded|doubled|tripled|recovered|hit a record|reached a record)`;
const FALL_VERB = String.raw`(?:fell|fallen|dropped|plunged|slumped|declined|collapsed|dried up|halved|shrank|tumbled|plummeted|slowed|stalled|ceased|sank|(?:was|were) (?:halted|suspended|disrupted))`;
const PERCENT = String.raw`\d[\d.,]*\s?(?:%|percent|per cent)\+?`;
const APPROX = String.raw`(?:(?:about|around|roughly|nearly|almost|over|more than|some|at least|close to|upwards of|up to|as much as|an estimated|approximately)\s+)?`;
const MONEY = String.raw`(?:US\$|A\$|C\$|\$|USD\s?|€|EUR\s?|£|¥|RMB\s?|CNY\s?)\d[\d.,]*`;

export const SIGNAL_CUES: readonly CueEntry[] = [
  // supply-expansion: output, capacity or production grows; a mine, plant or line starts.
  { category: 'supply-expansion', weight: 0.8, direction: 'rising', pattern: String.raw`(?:increas|rais|boost|expand|ramp|lift|doubl|tripl|scal|grow|accelerat|restart|resum)\w*(?:\s+up)?(?:\s+(?!(?:about|over|on|of|for|to|in|with|from|amid|and)\s)\S+){0,3}?\s+${SUPPLY_NOUN}` },
  { category: 'supply-expansion', weight: 0.75, direction: 'rising', pattern: String.raw`(?:increased|higher|rising|record|growing|expanded|additional|greater|stronger)\s+(?:\S+\s+)?${SUPPLY_NOUN}` },
  { category: 'supply-expansion', weight: 0.8, direction: 'rising', pattern: String.raw`(?:output|production|capacity|supply(?!\s+chains?)|supplies|shipments|mine supply|quotas?)(?:\s+\S+){0,6}?\s+${RISE_VERB}` },
  { category: 'supply-expansion', weight: 0.75, direction: 'rising', pattern: String.raw`(?:commission(?:ed|ing)\s+(?:(?:of\s+)?(?:the|its|a|an|their)\s+)?(?:\S+\s+){0,2}?(?:mines?|plants?|lines?|refiner(?:y|ies)|facilit(?:y|ies)|circuits?|kilns?|smelters?|separation|processing|magnet)|(?:mine|plant|line|refinery|facility|circuit|smelter)\s+(?:was|is|were|has been|will be)\s+commissioned|start\w*\s+(?:up|production|operations|commercial production|mining|processing)|beg[ia]ns?\s+(?:\w+\s+)?(?:production|operations|mining|processing|commercial|shipments|shipping|deliveries)|first\s+(?:production|output|concentrate|ore|shipment|oxide|batch|magnets?|deliver\w*)|c(?:ome|ame|omes|oming)\s+on[- ]?(?:stream|line)|brought\s+on[- ]?line|ramp(?:s|ed|ing)?[- ]?up|nameplate capacity|commercial production|came into production)` },
  { category: 'supply-expansion', weight: 0.65, direction: 'rising', pattern: String.raw`new\s+(?:\w+\s+)?(?:mines?|plants?|refinery|refineries|facility|facilities|production lines?|separation (?:plant|line)s?|processing (?:plant|hub)s?|magnet (?:plant|factory|factories)|factory|factories|smelters?)` },
  { category: 'supply-expansion', weight: 0.6, direction: 'rising', pattern: String.raw`(?:expansion|extension|debottleneck\w*)\s+(?:of\s+)?(?:the\s+|its\s+)?(?:\w+\s+){0,2}?(?:mine|plant|refinery|facility|capacity|operations)` },

  // supply-disruption: supply falls or stops.
  { category: 'supply-disruption', weight: 0.8, direction: 'falling', pattern: String.raw`shortages?|supply (?:crunch|squeeze|shocks?|gaps?|deficits?|disruptions?|crisis|cuts?|losses|interruptions?|constraints?|tightness)|tight(?:er|ening)? supply|supply (?:is|was|remains|remained) tight|scarcit(?:y|ies)|bottlenecks?|market deficits?` },
  { category: 'supply-disruption', weight: 0.8, direction: 'falling', pattern: String.raw`(?:halt|suspend|stop|shut|idl|clos(?!ely)|paus|curtail)\w*(?:\s+down)?\s+(?:\w+\s+){0,2}?(?:production|output|operations|mining|shipments|supply|supplies|deliveries|plants?|mines?|refiner(?:y|ies)|facilit(?:y|ies)|smelters?|lines?)` },
  { category: 'supply-disruption', weight: 0.8, direction: 'falling', pattern: String.raw`(?:production|output|operations|mining|exports|shipments|imports|supply(?!\s+chains?)|supplies|deliveries|availability)(?:\s+\S+){0,6}?\s+${FALL_VERB}` },
  { category: 'supply-disruption', weight: 0.75, direction: 'falling', pattern: String.raw`(?:cut|cuts|cutting|curb\w*|reduc\w*|lower\w*|slash\w*|trim\w*)\s+(?:\w+\s+){0,2}?(?:output|production|supply(?!\s+chains?)|supplies|mining|shipments)` },
  { category: 'supply-disruption', weight: 0.7, direction: 'falling', pattern: String.raw`(?:tighten\w*|constrain\w*|limit\w*|squeez\w*|threaten\w*|disrupt\w*)\s+(?:\S+\s+){0,3}?(?:availability|supply(?!\s+chains?)|supplies)` },
  { category: 'supply-disruption', weight: 0.7, direction: 'falling', pattern: String.raw`(?:crackdown|crack(?:s|ed|ing)? down|clampdown)\s+on\s+(?:\w+\s+){0,2}?(?:smuggling|illegal|mining|exports?)|smuggling|illegal mining|border (?:closures?|crossings? (?:closed|shut))|(?:closed|shut) (?:the )?border` },
  { category: 'supply-disruption', weight: 0.7, direction: 'falling', pattern: String.raw`(?:floods?|flooding|fire|explosion|accident|strikes?|protests?|blockades?|fighting|conflict|unrest)\s+(?:at|near|halted|closed|shut|disrupted|hit)\s+(?:the\s+|a\s+|its\s+)?(?:\S+\s+){0,2}?(?:mines?|plants?|refiner(?:y|ies)|facilit(?:y|ies)|smelters?|ports?|operations|production|border)` },
  { category: 'supply-disruption', weight: 0.6, direction: 'falling', pattern: String.raw`disruptions?|outages?|force majeure` },

  // market-expansion: an actor pushes for share, channels or customers.
  { category: 'market-expansion', weight: 0.85, direction: 'rising', pattern: String.raw`(?:expand|grow|gain|increas|boost|captur|win|widen|extend|seiz|grab|regain|defend|protect|build)\w*(?:\W+\w+){0,3}?\W+market shares?` },
  { category: 'market-expansion', weight: 0.75, direction: 'rising', pattern: String.raw`(?:push|expansion|expand\w*|foray|moves?|moving|entry|enter\w*|venture\w*|break\w*)\s+into\s+(?:\S+\s+){0,4}?(?:markets?|segments?|sectors?)` },
  { category: 'market-expansion', weight: 0.7, direction: 'rising', pattern: String.raw`new (?:markets|customers|buyers|clients|sales channels|export markets)|(?:sales|trading|distribution|retail|export|marketing)[- ]channels?|channel expansion|market (?:targeting|penetration|development|expansion|entry)|customer base|(?:overseas|foreign|international|global|export) (?:sales|buyers|customers|clients|expansion)` },
  { category: 'market-expansion', weight: 0.6, direction: 'rising', pattern: String.raw`(?:win|wins|won|secur\w*|land\w*)\s+(?:\w+\s+){0,2}?(?:customers?|clients?|orders?)|sales velocity` },

  // market-concentration: share of global capacity, dominance, consolidation.
  { category: 'market-concentration', weight: 0.9, pattern: String.raw`(?:control|account|hold|produc|process|refin|suppl|command|represent|make|made|mak)\w*(?:\s+up)?\s+(?:\w+\s+)?(?:for\s+)?${APPROX}${PERCENT}\s+of\s+(?:the\s+)?(?:world|global|worldwide|total|all|international)` },
  { category: 'market-concentration', weight: 0.85, pattern: String.raw`${APPROX}${PERCENT}\s+(?:of\s+)?(?:the\s+)?(?:world(?:'|’)?s?|global|worldwide)\s+(?:\w+\s+)?(?:supply|output|production|capacity|market|reserves|processing|refining|mining|share)` },
  { category: 'market-concentration', weight: 0.8, pattern: String.raw`dominan(?:ce|t)|dominat\w*|monopol\w*|near-monopoly|stranglehold|chokehold|choke ?points?|oligopol\w*|(?:market|global|world|industry) leader\w*|grip (?:on|over)` },
  { category: 'market-concentration', weight: 0.75, direction: 'rising', pattern: String.raw`(?:growing|increasing|expanding|outsized|rising|greater|tightening)\s+(?:influence|leverage|clout|control|sway)\s+(?:in|over|on|across)` },
  // Not the accountant's "consolidated revenue".
  { category: 'market-concentration', weight: 0.65, pattern: String.raw`consolidat\w*(?!\s+(?:financial|revenue|statements?|net|basis|results|accounts|earnings|profit|balance|subsidiar))` },
  { category: 'market-concentration', weight: 0.65, pattern: String.raw`concentrat\w*\s+(?:of|in)\s+(?:\w+\s+){0,2}?(?:supply|production|processing|refining|capacity|markets?)|(?:single|sole)\s+(?:source|supplier|producer)|(?:only|largest|biggest|dominant|leading)\s+(?:\w+\s+){0,2}?(?:producers?|suppliers?|processors?|refiners?)\s+(?:of|outside|in)|(?:global|world|market) share` },

  // pricing: price level, move, pressure or leverage.
  { category: 'pricing', weight: 0.9, direction: 'falling', pattern: String.raw`(?:downward|bearish)\s+pressure\s+on\s+(?:\w+\s+){0,2}?prices?` },
  { category: 'pricing', weight: 0.9, direction: 'rising', pattern: String.raw`(?:upward|bullish)\s+pressure\s+on\s+(?:\w+\s+){0,2}?prices?` },
  { category: 'pricing', weight: 0.85, pattern: String.raw`pressure\s+on\s+(?:\w+\s+){0,2}?prices?|price pressure` },
  { category: 'pricing', weight: 0.85, direction: 'rising', pattern: String.raw`prices?\s+(?:\w+\s+)?(?:rose|rise|rises|rising|climbed|jumped|surged|soared|rallied|spiked|firmed|strengthened|gained|increased|doubled|tripled|hit (?:a )?(?:record|high))` },
  { category: 'pricing', weight: 0.85, direction: 'falling', pattern: String.raw`prices?\s+(?:\w+\s+)?(?:fell|fall|falls|falling|dropped|slumped|plunged|declined|eased|weakened|slid|tumbled|softened|sank|crashed|halved|retreated)` },
  { category: 'pricing', weight: 0.75, direction: 'stable', pattern: String.raw`prices?\s+(?:\w+\s+)?(?:remain\w*|held|stayed|hold\w*|were|was)\s+(?:\w+\s+)?(?:stable|steady|flat|unchanged|firm)|(?:stable|steady|flat)\s+prices?` },
  { category: 'pricing', weight: 0.8, pattern: String.raw`price (?:floor|ceiling|premium|discount|volatility|war|spread|benchmark|index|assessment|hike|increase|rise|surge|spike|jump|rally|gains?|drop|decline|slump|collapse|cuts?|recovery|outlook|forecast|levels?|trend|movements?|caps?|controls?|gap)|pric(?:ing|e)\s+(?:power|leverage)` },
  { category: 'pricing', weight: 0.8, pattern: String.raw`${MONEY}\s?(?:/|per|a)\s?(?:kg|kilogram|kilo|tonne|ton|t|mt|lb|pound)|\d[\d.,]*\s?(?:yuan|RMB|dollars)\s?(?:/|per|a)\s?(?:kg|kilogram|tonne|ton|t)` },
  { category: 'pricing', weight: 0.55, pattern: String.raw`prices?|pricing|undercut\w*|cheaper|costlier|more expensive` },

  // inventory: stockpiles, reserves, safety stocks, inventory control.
  { category: 'inventory', weight: 0.85, pattern: String.raw`(?:safety|buffer|strategic|emergency|national|state|government|commercial|port|warehouse|bonded)\s+(?:\w+\s+)?(?:stocks?|reserves?|inventor(?:y|ies)|stockpiles?)|stockpil\w*|state reserve bureau|reserve bureau` },
  { category: 'inventory', weight: 0.85, direction: 'rising', pattern: String.raw`(?:build|builds|built|building|rebuild\w*|replenish\w*|restock\w*|add\w*\s+to)\s+(?:up\s+)?(?:\w+\s+){0,2}?(?:stocks|inventor(?:y|ies)|stockpiles?|reserves)|(?:higher|ample|rising|swelling|record)\s+(?:\w+\s+)?(?:stocks|inventor(?:y|ies)|stockpiles?)` },
  { category: 'inventory', weight: 0.85, direction: 'falling', pattern: String.raw`(?:draw\w*|drew|deplet\w*|run\w*|ran|sell\w*|sold|releas\w*)\s+(?:down\s+)?(?:\w+\s+){0,2}?(?:stocks|inventor(?:y|ies)|stockpiles?|reserves)|destock\w*|(?:lower|thin|depleted|low|falling|dwindling|tight)\s+(?:\w+\s+)?(?:stocks|inventor(?:y|ies)|stockpiles?)` },
  { category: 'inventory', weight: 0.8, pattern: String.raw`inventor(?:y|ies)|stock ?levels` },

  // export-control: licensing, export bans or limits, dual-use rules, entity lists.
  { category: 'export-control', weight: 0.9, pattern: String.raw`export[- ]?controls?|export (?:licen[cs]\w*|permits?|restrictions?|curbs?|bans?|limits?|limitations?|approvals?|regime|quotas?|declarations?)|(?:licen[cs]ing|licen[cs]e)\s+(?:regime|requirements?|system|approvals?|applications?|rules?)|dual[- ]use|(?:unreliable )?entit(?:y|ies) list|end[- ]user (?:verification|certificates?|checks?)|re-?exports?|foreign direct product rule|deemed exports?` },
  { category: 'export-control', weight: 0.8, pattern: String.raw`(?:ban\w*|restrict\w*|curb\w*|halt\w*|suspend\w*|block\w*|limit\w*|control\w*|tight\w*)\s+(?:on\s+|over\s+|of\s+)?(?:the\s+)?(?:\S+\s+){0,3}?exports?(?:\s+flows?)?|licen[cs]e[sd]?\s+(?:for|to)\s+export` },

  // trade-policy: state planning, quotas, tariffs, industrial policy, trade strategy.
  { category: 'trade-policy', weight: 0.85, pattern: String.raw`tariffs?|(?:import|anti-?dumping|countervailing|punitive|retaliatory)\s+dut(?:y|ies)|anti-?dumping|countervailing|section\s+(?:232|301)` },
  { category: 'trade-policy', weight: 0.8, pattern: String.raw`trade\s+(?:strateg\w*|polic\w*|wars?|deals?|talks|truce|agreements?|negotiations?|tensions?|measures?|barriers?|disputes?|restrictions?|remed\w*|frictions?|rules|relations|retaliation|weapons?|leverage)` },
  { category: 'trade-policy', weight: 0.7, pattern: String.raw`industrial\s+(?:polic\w*|strateg\w*|plans?)|(?:five|5|14th|15th)[- ]year\s+plans?|state[- ]planning|(?:state|government)[- ](?:aligned|directed|led|guided)|national\s+(?:security|strategic)\s+(?:reviews?|priorit\w*|interests?)|critical\s+minerals?\s+(?:strateg\w*|polic\w*|lists?)|self[- ]sufficien\w*|reshor\w*|onshor\w*|friend[- ]?shor\w*|de-?risk\w*|decoupl\w*|local content|buy american|made in china 2025` },
  { category: 'trade-policy', weight: 0.7, pattern: String.raw`sanctions?|retaliat\w*|countermeasures?|(?:economic|trade) coercion|weaponi[sz]\w*|(?:production|mining|smelting|separation|import|output)\s+quotas?|quota system|quotas?` },

  // risk-governance: risk management, due diligence, compliance regimes.
  { category: 'risk-governance', weight: 0.85, pattern: String.raw`risk[- ](?:management|controls?|governance|assessments?|mitigation|frameworks?|reviews?|monitoring)|full[- ]process\s+(?:risk|control|oversight)\w*|due diligence|compliance\s+(?:regimes?|programs?|programmes?|procedures?|systems?|frameworks?|reviews?|checks?|requirements?)|traceab\w*|responsible sourcing|supply[- ]chain\s+(?:due diligence|transparency|audits?|mapping|traceability)|internal controls?|anti-?corruption|sanctions screening|know[- ]your[- ](?:customer|supplier)|contract standardi[sz]\w*` },
  { category: 'risk-governance', weight: 0.6, pattern: String.raw`audit\w*|ESG|governance|oversight|compliance` },

  // demand: demand and its drivers.
  { category: 'demand', weight: 0.85, pattern: String.raw`demand\s+(?:\S+\s+){0,8}?(?:rose|grew|increased|surged|jumped|climbed|picked up|rebounded|strengthened|soared|doubled|fell|dropped|slumped|weakened|softened|declined|slowed|cooled|outstrips?|outpac\w*|exceed\w*)` },
  { category: 'demand', weight: 0.85, pattern: String.raw`(?:strong|weak|rising|growing|falling|slowing|soaring|robust|sluggish|higher|lower|surging|booming|record|increased|reduced|tepid|firm|insatiable)\s+(?:\S+\s+)?demand` },
  { category: 'demand', weight: 0.7, pattern: String.raw`(?:orders|buying|purchases|imports|consumption)\s+(?:\w+\s+)?(?:rose|grew|increased|surged|jumped|fell|dropped|slumped|declined)` },
  { category: 'demand', weight: 0.65, pattern: String.raw`demand(?!\s+(?:that|for (?:an? )?(?:apology|explanation|answers|justice|accountability)))|consumption|end[- ]use(?:rs?)?|downstream (?:buyers|users|demand)` },
  { category: 'demand', weight: 0.45, pattern: String.raw`electric vehicles?|EVs?|wind turbines?|defen[cs]e (?:systems|applications|industry|sector|contractors)|robotics|humanoid robots?|drones?|consumer electronics|data cent(?:er|re)s?|hybrid vehicles?|traction motors?|missiles?|fighter jets?|F-35s?` },

  // investment-deal: offtake, funding, acquisitions, government support, partnerships.
  { category: 'investment-deal', weight: 0.9, pattern: String.raw`offtake(?:\s+(?:agreement|deal|contract|arrangement|partner))?s?|(?:signed|signs|sign|signing|inked|inks|struck|strikes|reached|finali[sz]ed|entered into)\s+(?:an?\s+|the\s+)?(?:\S+\s+){0,4}?(?:agreements?|deals?|contracts?|memorand(?:um|a)|mou|partnerships?|joint ventures?|term sheets?|letters? of intent)` },
  { category: 'investment-deal', weight: 0.85, pattern: String.raw`joint ventures?|acqui(?:re|res|red|ring|sition|sitions)|merg(?:er|ers|ed|ing)|takeover|buyout|(?:equity|minority|majority|controlling)\s+stakes?|(?:buy|bought|take|took|taking|acquire)\s+(?:an?\s+)?(?:\d[\d.]*\s?%\s+)?stake` },
  { category: 'investment-deal', weight: 0.8, pattern: String.raw`(?:government|state|federal|public|pentagon|dod|doe)\s+(?:support|backing|funding|financing|loans?|investment|grants?|awards?|equity)|conditional commitment|letter of interest|partnership|partner(?:ed|s|ing)? with|memorandum of understanding|mou|supply (?:agreement|deal|contract)s?|binding (?:agreement|offtake)|strategic (?:alliance|cooperation|partnership)|cooperation agreement` },
  { category: 'investment-deal', weight: 0.75, pattern: String.raw`invest(?:ment|ments|ed|s|ing)?|funding|financ(?:ing|ed)|loans?|grants?|equity raise|capital raise|placements?|ipo|bond issue|subsid(?:y|ies|ize|ized|ise|ised)|(?:raised|raises|raise|secured|secures|received|receives|awarded|wins|won)\s+(?:\w+\s+){0,2}?${MONEY}` },
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
  rising: String.raw`ris(?:e|es|ing)|rose|higher|increas\w*|grow\w*|grew|surg\w*|jump\w*|climb\w*|soar\w*|upward|rall\w*|boost\w*|expand\w*|record high|doubl\w*|strong\w*`,
  falling: String.raw`fall\w*|fell|lower\w*|decreas\w*|declin\w*|drop\w*|slump\w*|plung\w*|downward|weak\w*|slid|slip\w*|soft\w*|reduc\w*|cut|cuts|shrink\w*|shrank`,
  stable: String.raw`stable|steady|flat|unchanged|stabili[sz]\w*|stay\w* put`,
};

/**
 * Subjects that make a sentence about the sector when the article is about rare earths, even with
 * no material named: "the company", "Beijing" (places come from places.ts), "authorities".
 */
export const ACTOR_PATTERNS: readonly string[] = [
  String.raw`the\s+(?:\w+\s+)?(?:company|group|firm|miner|producer|refiner|processor|magnet maker|enterprise|conglomerate|supplier|exporter|importer|ministry|government|regulator|agency|administration|authorities|country|state|bureau|commission|department)`,
  String.raw`(?:chinese|western|state-owned|state|government|top|leading|major|largest|domestic|foreign)\s+(?:\w+\s+)?(?:companies|firms|producers|miners|refiners|processors|exporters|importers|authorities|officials|regulators|enterprises|groups|magnet makers|manufacturers|suppliers)`,
  String.raw`authorities|officials|regulators|policymakers|lawmakers|beijing|washington|brussels|tokyo|canberra|ottawa|moscow|new delhi`,
];

/**
 * An opening phrase that frames the sentence rather than naming its subject ("For the U.S. and
 * Europe, this hints at…"): a place named there is the audience, not the actor.
 */
export const FRAMING_OPENING = String.raw`^(?:for|in|at|according to|unlike|like|as for|compared with|compared to|against|beyond|despite|with|to|on|among|from|after|before|since|while|as)\s[^,]{0,80},`;

/** Openings that refer back to the previous sentence's subject ("It", "The move"). */
export const ANAPHORIC_OPENINGS = String.raw`^(?:it|its|this|these|they|their|that|such|the (?:move|decision|plan|deal|measure|policy|rule|rules|step|ban|curbs?|restrictions?|agreement|investment|company|group|firm))(?![\p{L}\p{N}])`;

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
    context: ['planet', 'exoplanet', 'astrobiology', 'astrobiologist', 'complex life', 'habitable zone', 'Drake equation', 'Fermi paradox', 'galaxy', 'Milky Way', 'plate tectonics', 'Ward and Brownlee', 'extraterrestrial', 'intelligent life', 'telescope', 'astronomer', 'solar system', 'multicellular', 'Jupiter', 'star system'],
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
    id: 'retail',
    description: 'Neodymium magnets sold on DIY and shop pages',
    spans: [String.raw`(?:disc|block|ring|countersunk|cup|pot|fridge|craft|hook|mini|tiny|strong|super strong|round|cylinder)\s+(?:neodymium\s+|rare earth\s+|NdFeB\s+)?magnets?`],
    context: ['add to cart', 'add to basket', 'buy now', 'in stock', 'out of stock', 'free shipping', 'free delivery', 'pull force', 'N52', 'N42', 'N35', 'fridge', 'whiteboard', 'craft', 'DIY', 'countersunk', 'pack of', 'customer reviews', 'reviews', 'checkout', 'hobby', 'pcs', 'pieces', 'SKU', 'quantity', 'warranty', 'gift', 'kids', 'adhesive', 'holding force'],
  },
  {
    id: 'chemistry-lesson',
    description: 'Cerium and the lanthanides as a chemistry lesson',
    spans: [],
    context: ['atomic number', 'electron configuration', 'oxidation state', 'periodic table', 'lanthanide series', 'f-block', 'valence', 'students', 'lesson', 'worksheet', 'experiment', 'ionic radius', 'isotope', 'melting point', 'boiling point', 'atomic mass', 'electrons', 'chemical symbol', 'discovered by', 'pyrophoric', 'reactivity', 'flint', 'classroom', 'quiz', 'homework'],
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
    String.raw`^(?:in )?(?:this|the following) (?:article|report|piece|post|analysis|section)\b`,
    String.raw`^(?:read|see|watch|listen)\b`,
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
    'critical-mineral': 0.5,
    'battery-mineral': 0.2,
  },
  /** "permanent magnets" and "critical minerals" speak for the sector less than "rare earths". */
  sectorTermOverrides: { 'permanent magnets': 0.8, 'critical minerals': 0.8 } as Readonly<Record<string, number>>,
  organization: { 'rare-earth': 1.2, 'critical-minerals': 0.5, general: 0 },
  deposit: 1.2,
  field: { title: 3, description: 1.5, keywords: 1.5, body: 1 },
} as const;

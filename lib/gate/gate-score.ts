/**
 * The gate's decision: may this page be a rare-earth article? It runs on every page the reader
 * opens, so it is a handful of precompiled regular expressions over a bounded sample, and it errs
 * towards "maybe": a false candidate costs one off-thread analysis, a miss loses the article.
 * The real topic decision is lib/analysis's.
 */

/**
 * Unambiguous topic words: the nine languages the engine reads, and the sector's name in Italian,
 * Indonesian and Malay (tanah jarang, nadir bumi), Vietnamese, Turkish, Polish, Dutch, Hungarian,
 * Arabic and Persian (issue 12: the gate must let non-English items through), plus "rare metals"
 * where a language says so.
 */
const STRONG =
  /rare[\s_-]?earths?|\bREEs?\b|\bREOs?\b|n[eé]od[iíy]m|неодим|ネオジム|네오디뮴|praseodym|d[iy]spr[oó]s|диспрози|terbium|lanthan|samarium|yttrium|europium|gadolin|NdFeB|\bNdPr\b|\bPrNd\b|稀土|镨钕|レアアース|希土類|レアメタル|希少金属|稀有金属|레어어스|희토류|희소금속|редкоземел|редки[ех] металл|terres?[\s-]rares|terre[\s-]rare|seltene[nr]?[\s-]erden|seltenerd|tierras?[\s-]raras?|terras?[\s-]raras?|tanah[\s-]jarang|nadir[\s-]bumi|đất[\s-]hiếm|nadir[\s-]toprak|ziem[\s-]rzadkich|zeldzame[\s-]aard|ritkaföldfém|الأتربة النادرة|الأرضية النادرة|الأرض النادرة|خاکی کمیاب|خاک‌های کمیاب|خاکهای کمیاب/gi;

/** Words that make an article about the adjacent critical minerals, or a market story, likelier. */
const WEAK =
  /critical (?:minerals?|raw materials)|minerais critiques|minéraux critiques|materias primas críticas|关键矿|重要鉱物|핵심 ?광물|kritische[nr]? rohstoffe|minerales críticos|minerais críticos|minerali critici|mineral kritis|критически\S* минерал|gallium|germanium|antimony|graphite|tungsten|cobalt|lithium|magnets?\b|export(?:s|ing)? (?:controls?|ban|licen[cs]es?|quotas?|restrictions?)|quotas?\b|offtake|stockpil|supply chains?|mining|\bmines?\b|smelt|refin|concentrate|関鍵|关键矿产|出口|輸出|수출|экспорт|exportaci|exportações|exportations|ausfuhr|exportkontroll|esportazion|ekspor|eksport|xuất khẩu|ihracat|تصدير|صادرات|magneti\b|magnete|aimants|imanes|ímãs|магнит|磁石|磁材|자석|magnes\b|mıknatıs|nam châm|المغناطيس|آهنربا|tambang|lombong|khai thác|maden|kopalni|miner[íi]a|mineração|minière|bergbau|добыч|광산|鉱山|矿山|التعدين|معدن/gi;

/**
 * The critical minerals whose markets the analysis covers beside rare earths (export-controlled
 * gallium, germanium, antimony, graphite, tungsten, indium, bismuth, molybdenum, tellurium, and the
 * battery minerals cobalt, lithium and nickel that materials.ts names), in the engine's languages. A
 * page that names them in its title, or keeps naming them, is a candidate: the bench found tungsten,
 * antimony and gallium articles of the team corpus that the analysis takes and the gate let pass,
 * and the real news (../shared/realnews) had cobalt export-quota items the topic takes and the gate
 * stopped.
 */
const MINERALS =
  /gallium|gallio|g[aá]lio|галли[йяюе]|ガリウム|갈륨|germanium|germ[aâ]nio|германи[йяюе]|ゲルマニウム|게르마늄|antim[oôó]n\w*|сурьм\w*|アンチモン|안티모|graphit\w*|grafit\w*|графит|黒鉛|グラファイト|흑연|tungst\w*|wolfram\w*|volframio|вольфрам|タングステン|텅스텐|\bindium|\bbismuth|molybd[eèé]n\w*|tellur\w*|cobalt\w*|kobalt\w*|кобальт|コバルト|코발트|\blit(?:h)?i(?:um|o)\b|l[ií]tio|лити[йяюе]|リチウム|리튬|\bnickel\b|n[ií]quel|\bnikel|никел|ニッケル|니켈|镓|锗|锑|石墨|钨|铟|铋|钼|碲|钴|锂|镍/gi;

/**
 * The name of the critical-minerals sector itself ("critical minerals", "critical raw materials",
 * "a minerals deal") in the engine's languages and those the gate lets through. The topic takes
 * items on critical minerals that never say "rare earths" (labelled so in ../shared/realnews): EU
 * strategic-project lists, stockpiling programmes, minerals deals between states.
 */
const SECTOR =
  /critical[\s-](?:minerals?|raw[\s-]materials?|metals)|strategic[\s-](?:minerals?|raw[\s-]materials?)|minerals?[\s-](?:deal|agreement|pact|accord|partnership)s?\b|minerais critiques|minéraux critiques|matières premières critiques|materias primas críticas|minerales críticos|minerais críticos|matérias-primas críticas|minerali critici|materie prime critiche|mineral kritis|kritische[nr]? (?:rohstoffe|mineralien)|критически\S* (?:минерал|сырь)|关键矿|战略性矿产|重要鉱物|핵심 ?광물|kritik mineral|khoáng sản quan trọng|surowc\S* krytyczn/gi;

/** Words of export policy: with a mineral named once, a short wire item on its controls or quotas. */
const EXPORT_POLICY = /export(?:s|ing)?[\s-](?:controls?|bans?|licen[cs]es?|quotas?|restrictions?|curbs?|approvals?)/gi;

export interface GateSample {
  url: string;
  /** Title, meta description and keywords, og:type, JSON-LD: the page's own summary. */
  head: string;
  /** A bounded sample of the body text (headline and the first paragraphs). */
  body: string;
}

export interface GateVerdict {
  candidate: boolean;
  cues: string[];
}

export function scoreGate(sample: GateSample): GateVerdict {
  const headStrong = matches(STRONG, sample.url + ' ' + sample.head);
  const bodyStrong = matches(STRONG, sample.body);
  const weak = matches(WEAK, sample.head + ' ' + sample.body);
  const cues = [...new Set([...headStrong, ...bodyStrong, ...weak].map((c) => c.toLowerCase()))].slice(0, 32);
  const headMinerals = matches(MINERALS, sample.head).length;
  const minerals = headMinerals + matches(MINERALS, sample.body).length;
  const headSector = matches(SECTOR, sample.url + ' ' + sample.head).length;
  const sector = headSector + matches(SECTOR, sample.body).length;
  // WEAK holds the sector's name too: the market words are the weak cues that are not it.
  const market = weak.length - weak.filter((w) => SECTOR_WORD.test(w)).length;
  const candidate =
    headStrong.length > 0 ||
    bodyStrong.length >= 2 ||
    // One naming of the sector beside one word of its market (a short wire item is often no more);
    // "magnets" alone is not the market's word (Earth's magnetic field, toys).
    (bodyStrong.length === 1 && (weak.length >= 2 || weak.some((w) => !/^magnets?$/iu.test(w)))) ||
    // A mineral in the title and more cues, or one named again beside words of its market (a
    // short wire item names it twice: "China began requiring approval for exports of graphite").
    (headMinerals > 0 && weak.length >= 3) ||
    (minerals >= 2 && weak.length >= 2) ||
    // A mineral named once in a wire item on its export controls or quotas.
    (minerals >= 1 && matches(EXPORT_POLICY, sample.head + ' ' + sample.body).length > 0 && weak.length >= 2) ||
    // The critical-minerals sector named in the title or address and again, or in the text beside its market.
    (headSector > 0 && sector + minerals + market >= 2) ||
    (sector >= 2 && market + minerals >= 1) ||
    (sector >= 1 && market + minerals >= 3);
  return { candidate, cues };
}

/** A weak cue that is the sector's name ("critical minerals"), not a word of its market. */
const SECTOR_WORD = /critical|critiques|críticos|critici|kritis|kritische|критически|关键矿|重要鉱物|핵심/iu;

function matches(re: RegExp, text: string): string[] {
  re.lastIndex = 0;
  return text.match(re) ?? [];
}

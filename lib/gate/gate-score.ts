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
 * gallium, germanium, antimony, graphite, tungsten), in English and Chinese. A page that names
 * them in its title, or keeps naming them, is a candidate: the bench found tungsten, antimony and
 * gallium articles of the team corpus that the analysis takes and the gate let pass.
 */
const MINERALS =
  /gallium|gallio|g[aá]lio|галли[йяюе]|ガリウム|갈륨|germanium|germ[aâ]nio|германи[йяюе]|ゲルマニウム|게르마늄|antim[oôó]n\w*|сурьм\w*|アンチモン|안티모|graphit\w*|grafit\w*|графит|黒鉛|グラファイト|흑연|tungst\w*|wolfram\w*|volframio|вольфрам|タングステン|텅스텐|镓|锗|锑|石墨|钨/gi;

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
  const candidate =
    headStrong.length > 0 ||
    bodyStrong.length >= 2 ||
    // One naming of the sector beside one word of its market (a short wire item is often no more);
    // "magnets" alone is not the market's word (Earth's magnetic field, toys).
    (bodyStrong.length === 1 && (weak.length >= 2 || weak.some((w) => !/^magnets?$/iu.test(w)))) ||
    // A mineral in the title and more cues, or one named again beside words of its market (a
    // short wire item names it twice: "China began requiring approval for exports of graphite").
    (headMinerals > 0 && weak.length >= 3) ||
    (minerals >= 2 && weak.length >= 2);
  return { candidate, cues };
}

function matches(re: RegExp, text: string): string[] {
  re.lastIndex = 0;
  return text.match(re) ?? [];
}

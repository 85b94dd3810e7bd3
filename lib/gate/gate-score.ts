/**
 * The gate's decision: may this page be a rare-earth article? It runs on every page the reader
 * opens, so it is a handful of precompiled regular expressions over a bounded sample, and it errs
 * towards "maybe": a false candidate costs one off-thread analysis, a miss loses the article.
 * The real topic decision is lib/analysis's.
 */

/** Unambiguous topic words, in the nine languages the engine recognizes. */
const STRONG =
  /rare[\s_-]?earths?|\bREEs?\b|\bREOs?\b|neodym|praseodym|dyspros|terbium|lanthan|samarium|yttrium|europium|gadolin|NdFeB|\bNdPr\b|\bPrNd\b|稀土|镨钕|レアアース|希土類|희토류|редкоземел|terres?[\s-]rares|seltene[nr]?[\s-]erden|seltenerd|tierras[\s-]raras|terras[\s-]raras/gi;

/** Words that make an article about the adjacent critical minerals, or a market story, likelier. */
const WEAK =
  /critical (?:minerals?|raw materials)|gallium|germanium|antimony|graphite|tungsten|magnets?\b|export controls?|mining|smelt|refin|関鍵|关键矿产|出口管制/gi;

/**
 * The critical minerals whose markets the analysis covers beside rare earths (export-controlled
 * gallium, germanium, antimony, graphite, tungsten), in English and Chinese. A page that names
 * them in its title, or keeps naming them, is a candidate: the bench found tungsten, antimony and
 * gallium articles of the team corpus that the analysis takes and the gate let pass.
 */
const MINERALS = /gallium|germanium|antimony|graphite|tungsten|镓|锗|锑|石墨|钨/gi;

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
    (bodyStrong.length === 1 && weak.length >= 2) ||
    // A mineral in the title and more cues, or one named again and again with other cues.
    (headMinerals > 0 && weak.length >= 3) ||
    (minerals >= 4 && weak.length >= 6);
  return { candidate, cues };
}

function matches(re: RegExp, text: string): string[] {
  re.lastIndex = 0;
  return text.match(re) ?? [];
}

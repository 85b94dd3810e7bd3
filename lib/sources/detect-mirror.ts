import type { ArticleText } from '../analysis/article-text';
import type { Relay } from '../analysis-result';
import { partOfLongerName } from './classify-mention';
import { selfTest } from './detect-relays';
import { findMentions } from './find-mentions';
import { hostParts } from './host-name';
import { lookupDomain } from './lookup-domain';
import { matchView } from './match-view';
import { isStateLevel } from './source-level';
import { speakerNames, type Speaker } from './speakers';

/**
 * Article ids only one outlet's publishing system makes: a URL that carries one republishes that
 * outlet's article, whatever the site. Each was read off the outlet's own article URLs.
 */
const ARTICLE_IDS: ReadonlyArray<{ outlet: string; id: RegExp }> = [
  // xinhuanet.com/english/2019-10/09/c_138457395.htm and news.cn/20251009/<32 hex>/c.html
  { outlet: 'Xinhua', id: /\/\d{4}-\d{2}\/\d{2}\/c_\d{7,}\.htm$/ },
  { outlet: 'Xinhua', id: /\/\d{8}\/[0-9a-f]{32}\/c\.html?$/ },
  // chinadaily.com.cn/a/202510/09/WS68e6b7b2a310f735438b4a1c.html
  { outlet: 'China Daily', id: /\/WS[0-9a-f]{24}\.html$/ },
  // en.people.cn/n3/2025/1009/c90000-20374123.html
  { outlet: 'People’s Daily', id: /\/n3\/\d{4}\/\d{4}\/c\d{3,6}-\d{6,}\.html$/ },
  // globaltimes.cn/page/202510/1334567.shtml
  { outlet: 'Global Times', id: /\/page\/20\d{4}\/\d{7}\.shtml$/ },
];

/** A path segment named after a state outlet, as syndication sections are: /wire/xinhua/…, /news/tass/…. */
const OUTLET_SEGMENT = /\/(xinhua|xinhuanet|tass|itar-tass|ria-novosti|rianovosti|sputnik|sputniknews|globaltimes|global-times|chinadaily|china-daily|cgtn|cctv|peoples-daily|people-daily|rt-news)(?=\/|$)/i;

const SEGMENT_OUTLET: Record<string, string> = {
  xinhua: 'Xinhua', xinhuanet: 'Xinhua', tass: 'TASS', 'itar-tass': 'TASS', 'ria-novosti': 'RIA Novosti',
  rianovosti: 'RIA Novosti', sputnik: 'Sputnik', sputniknews: 'Sputnik', globaltimes: 'Global Times',
  'global-times': 'Global Times', chinadaily: 'China Daily', 'china-daily': 'China Daily', cgtn: 'CGTN',
  cctv: 'CCTV', 'peoples-daily': 'People’s Daily', 'people-daily': 'People’s Daily', 'rt-news': 'RT',
};

/** How titles separate the headline from the masthead: "Headline - Xinhua | English.news.cn". */
const TITLE_SEPARATOR = /\s+[-–—|]\s+|\s*\|\s*/u;

const BYLINE_MAX = 160;

/**
 * A state outlet's article republished on another site, told by the page rather than its text:
 *  - the URL: an outlet's own article id, or a path section named after the outlet when the text
 *    names that outlet too (a path alone could be a topic page);
 *  - the page furniture: a canonical link to the outlet's site, a title that ends in the outlet's
 *    name, a byline that is the outlet.
 * One relay per outlet, its evidence the furniture verbatim (the URL, the title, the byline). The
 * outlet's own sites are not mirrors, and a lookalike ("Xinhua Road Media") is not the outlet.
 */
export function detectMirror(url: string, article: ArticleText): Relay[] {
  const registrable = hostParts(url)?.registrable ?? null;
  const own = selfTest(url);
  const found = new Map<string, Relay>();
  const add = (speaker: Speaker | null, evidence: string) => {
    if (speaker && !own(speaker) && !found.has(speaker.id)) found.set(speaker.id, relayOf(speaker, evidence));
  };

  const path = pathOf(url);
  if (path !== null) {
    for (const { outlet, id } of ARTICLE_IDS) if (id.test(path)) add(outletNamed(outlet), url);
    const segment = OUTLET_SEGMENT.exec(path);
    const speaker = segment ? outletNamed(SEGMENT_OUTLET[segment[1]!.toLowerCase()] ?? '') : null;
    if (speaker && namedInText(article, speaker)) add(speaker, url);
  }

  const { canonicalUrl, title, byline } = article.meta;
  if (canonicalUrl) add(canonicalOutlet(canonicalUrl, registrable), canonicalUrl);
  if (title) add(titleOutlet(title), title);
  if (byline && byline.length <= BYLINE_MAX) for (const s of wholeMentions(byline)) add(s, byline);
  return [...found.values()];
}

function pathOf(url: string): string | null {
  try {
    return new URL(url).pathname;
  } catch {
    return null;
  }
}

function outletNamed(name: string): Speaker | null {
  return speakerNames().speakers.find((s) => s.kind === 'outlet' && s.name === name) ?? null;
}

function namedInText(article: ArticleText, speaker: Speaker): boolean {
  return article.blocks.some((b) => findMentions(matchView(b.text)).some((m) => m.speaker.id === speaker.id));
}

/** A canonical link to a state outlet's site: the page says it is that outlet's article. */
function canonicalOutlet(canonicalUrl: string, pageRegistrable: string | null): Speaker | null {
  const target = hostParts(canonicalUrl);
  if (!target || target.registrable === pageRegistrable) return null;
  const match = lookupDomain(canonicalUrl);
  if (!match || !isStateLevel(match.level)) return null;
  const speaker = speakerNames().speakers.find((s) => s.kind === 'outlet' && s.domains.includes(target.registrable));
  return speaker ?? siteSpeaker(match.name, match.level, match.country, match.reference, target.registrable);
}

/**
 * The outlet named whole as the title's masthead, its last part or the one before a site name
 * ("… - Xinhua", "… | Global Times | China Daily" → China Daily). A headline part is never read.
 */
function titleOutlet(title: string): Speaker | null {
  const parts = title.split(TITLE_SEPARATOR).map((p) => p.trim());
  if (parts.length < 2) return null;
  for (const part of parts.slice(1).reverse().slice(0, 2)) {
    if (!isWholeName(part)) continue;
    const named = wholeMentions(part);
    if (named.length === 1) return named[0]!;
  }
  return null;
}

function isWholeName(text: string): boolean {
  const view = matchView(text);
  const m = findMentions(view);
  return m.length === 1 && view.slice(0, m[0]!.start).trim() === '' && /^[\s.,)]*$/.test(view.slice(m[0]!.end));
}

/** State-linked outlets named in a short text as themselves (not as part of a longer name). */
function wholeMentions(text: string): Speaker[] {
  const view = matchView(text);
  return findMentions(view)
    .filter((m) => m.speaker.kind === 'outlet' && isStateLevel(m.speaker.level) && !partOfLongerName(view, m))
    .map((m) => m.speaker);
}

/** A registry site that no curated name speaks for, as a speaker (for a canonical link to it). */
function siteSpeaker(name: string, level: Speaker['level'], country: string | null, reference: string, domain: string): Speaker {
  return { id: `site:${domain}`, kind: 'outlet', name, level, country, description: null, reference, domains: [domain], parentId: null, notFollowedBy: null };
}

function relayOf(speaker: Speaker, evidence: string): Relay {
  return {
    name: speaker.name,
    level: speaker.level,
    kind: 'credit',
    description: speaker.description,
    country: speaker.country,
    evidence,
    reference: speaker.reference,
  };
}

import type { ArticleText } from '../analysis/article-text';
import type { Relay } from '../analysis-result';
import { findMentions } from './find-mentions';
import { hostParts } from './host-name';
import { matchView } from './match-view';
import { speakerNames, type Speaker } from './speakers';

/** Xinhua's article ids: /2025-10/09/c_139427283.htm (xinhuanet) and /20251009/<32 hex>/c.html (news.cn). */
const XINHUA_IDS = [/\/\d{4}-\d{2}\/\d{2}\/c_\d{7,}\.htm$/, /\/\d{8}\/[0-9a-f]{32}\/c\.html?$/];

/** A path segment named after a state outlet, as syndication sections are: /wire/xinhua/…, /news/tass/…. */
const OUTLET_SEGMENT = /\/(xinhua|xinhuanet|tass|itar-tass|ria-novosti|rianovosti|sputnik|sputniknews|globaltimes|global-times|chinadaily|china-daily|cgtn|cctv|peoples-daily|people-daily|rt-news)(?=\/|$)/i;

const SEGMENT_OUTLET: Record<string, string> = {
  xinhua: 'Xinhua', xinhuanet: 'Xinhua', tass: 'TASS', 'itar-tass': 'TASS', 'ria-novosti': 'RIA Novosti',
  rianovosti: 'RIA Novosti', sputnik: 'Sputnik', sputniknews: 'Sputnik', globaltimes: 'Global Times',
  'global-times': 'Global Times', chinadaily: 'China Daily', 'china-daily': 'China Daily', cgtn: 'CGTN',
  cctv: 'CCTV', 'peoples-daily': 'People’s Daily', 'people-daily': 'People’s Daily', 'rt-news': 'RT',
};

/**
 * A state outlet's article republished on another site, told by its URL: Xinhua's own article id
 * pattern, or a path section named after the outlet when the text names that outlet too (a path
 * alone could be a topic page). Conservative: anything else is null. The evidence is the page's
 * URL, verbatim (it is what shows the relay; the text may not). The outlet's own sites are not mirrors.
 */
export function detectMirror(url: string, article: ArticleText): Relay | null {
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return null;
  }
  const registrable = hostParts(url)?.registrable ?? null;
  const own = (s: Speaker) => registrable !== null && s.domains.includes(registrable);

  if (XINHUA_IDS.some((re) => re.test(path))) {
    const xinhua = speakerByName('Xinhua');
    if (xinhua && !own(xinhua)) return mirrorRelay(xinhua, url);
  }
  const segment = OUTLET_SEGMENT.exec(path);
  if (segment) {
    const speaker = speakerByName(SEGMENT_OUTLET[segment[1]!.toLowerCase()] ?? '');
    if (speaker && !own(speaker) && namedInText(article, speaker)) return mirrorRelay(speaker, url);
  }
  return null;
}

function speakerByName(name: string): Speaker | null {
  return speakerNames().speakers.find((s) => s.kind === 'outlet' && s.name === name) ?? null;
}

function namedInText(article: ArticleText, speaker: Speaker): boolean {
  return article.blocks.some((b) => findMentions(matchView(b.text)).some((m) => m.speaker.id === speaker.id));
}

function mirrorRelay(speaker: Speaker, url: string): Relay {
  return {
    name: speaker.name,
    level: speaker.level,
    kind: 'credit',
    description: speaker.description,
    country: speaker.country,
    evidence: url,
    reference: speaker.reference,
  };
}

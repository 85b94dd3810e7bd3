import type { ArticleText } from '../analysis/article-text';
import type { BannerKind, Publisher, Relay, SourceAssessment } from '../analysis-result';
import { detectMirror } from './detect-mirror';
import { detectRelays } from './detect-relays';
import { hostParts } from './host-name';
import { lookupDomain, lookupOutletName, type RegistryMatch } from './lookup-domain';
import { isStateLevel } from './source-level';

/**
 * Who is speaking in an article: the publisher (by the URL it was loaded from; by the name the
 * page gives itself only when the site is unknown), what it relays, what it discloses, and the
 * banner the reader sees.
 */
export function assessSource(article: ArticleText): SourceAssessment {
  const publisher = assessPublisher(article);
  const { relays, disclosures, carriers } = detectRelays(article);
  // The text's own words are the better evidence; the page furniture speaks only for outlets the
  // text does not credit.
  for (const mirror of detectMirror(article.meta.url, article)) {
    if (!relays.some((r) => r.name === mirror.name && r.kind !== 'photo-credit')) relays.push(mirror);
  }
  return { publisher, relays, disclosures, banner: bannerFor(publisher, relays, new Set(carriers)) };
}

function assessPublisher(article: ArticleText): Publisher {
  const { meta } = article;
  const domain = hostParts(meta.url)?.registrable ?? null;
  const claimedName = meta.jsonLdPublisher ?? meta.siteName;
  // A listed site is named as the registry names it: the page's own claim ("BBC" in og:site_name
  // on rt.com, a republished article's JSON-LD) does not rename it.
  const bySite = lookupDomain(meta.url);
  if (bySite) return publisherOf(domain, bySite.name, bySite, bySite.basis);

  // An unknown site that names itself after a state outlet ("Global Times" in its JSON-LD) is
  // taken at its word; a claim of independence is not (no banner is ever earned by a claim).
  for (const [field, name] of [['JSON-LD publisher', meta.jsonLdPublisher], ['og:site_name', meta.siteName]] as const) {
    const byName = name ? lookupOutletName(name) : null;
    if (name && byName && isStateLevel(byName.level)) {
      const basis = `The page names its publisher "${name}" (${field}), an outlet the registry lists: ${byName.basis}`;
      return publisherOf(domain, name, byName, basis);
    }
  }
  return { domain, name: claimedName, level: 'unknown', country: null, basis: null, reference: null };
}

function publisherOf(domain: string | null, name: string | null, match: RegistryMatch, basis: string): Publisher {
  return { domain, name, level: match.level, country: match.country, basis, reference: match.reference };
}

/**
 * A state publisher's banner names its level. Otherwise a relay of the text (not a photo credit,
 * not an outlet that only carried an independent wire) by a state-linked source earns
 * "relays-state". Publicly funded independent publishers (BBC, DW, Yonhap) never get a banner.
 */
function bannerFor(publisher: Publisher, relays: Relay[], carriers: ReadonlySet<string>): BannerKind {
  if (isStateLevel(publisher.level)) return publisher.level;
  if (publisher.level === 'public-independent') return null;
  return relays.some((r) => r.kind !== 'photo-credit' && isStateLevel(r.level) && !carriers.has(r.name)) ? 'relays-state' : null;
}

/**
 * The publisher as the URL alone tells it (no page text): what the side panel shows for a tab
 * Lodestone did not analyze. Unknown sites and bad URLs give level "unknown".
 */
export function publisherForUrl(url: string): Publisher {
  const domain = hostParts(url)?.registrable ?? null;
  const match = domain ? lookupDomain(url) : null;
  return match ? publisherOf(domain, match.name, match, match.basis) : { domain, name: null, level: 'unknown', country: null, basis: null, reference: null };
}

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
  const { relays, disclosures } = detectRelays(article);
  const mirror = detectMirror(article.meta.url, article);
  if (mirror && !relays.some((r) => r.name === mirror.name && r.kind !== 'photo-credit')) relays.push(mirror);
  return { publisher, relays, disclosures, banner: bannerFor(publisher, relays) };
}

function assessPublisher(article: ArticleText): Publisher {
  const { meta } = article;
  const domain = hostParts(meta.url)?.registrable ?? null;
  const claimedName = meta.jsonLdPublisher ?? meta.siteName;
  const bySite = lookupDomain(meta.url);
  if (bySite) return publisherOf(domain, claimedName ?? bySite.name, bySite, bySite.basis);

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
 * A state publisher's banner names its level. Otherwise a relay of the text (not a photo credit)
 * by a state-linked source earns "relays-state". Publicly funded independent publishers (BBC, DW,
 * Yonhap) never get a banner.
 */
function bannerFor(publisher: Publisher, relays: Relay[]): BannerKind {
  if (isStateLevel(publisher.level)) return publisher.level;
  if (publisher.level === 'public-independent') return null;
  return relays.some((r) => r.kind !== 'photo-credit' && isStateLevel(r.level)) ? 'relays-state' : null;
}

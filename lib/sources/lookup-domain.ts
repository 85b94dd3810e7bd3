import { hostKeys, hostParts } from './host-name';
import { normalizeName } from './normalize-name';
import { registryIndex, type RegistryMatch } from './registry-index';
import { compareLevels } from './source-level';

export type { Listing, RegistryMatch } from './registry-index';

/**
 * The registry entry for a URL or host: the most specific listed host wins (a listed
 * english.news.cn before news.cn), then the registrable domain (tldts). www., other subdomains,
 * ports, trailing dots, upper case, and Unicode or punycode IDNs all resolve to the same entry.
 * Unknown sites, IPs and hosts without a registrable domain give null.
 */
export function lookupDomain(urlOrHost: string): RegistryMatch | null {
  const parts = hostParts(urlOrHost);
  if (!parts) return null;
  const { byHost } = registryIndex();
  for (const key of hostKeys(parts)) {
    const match = byHost.get(key);
    if (match) return match;
  }
  return null;
}

/**
 * The registry entry for an outlet's name ("Xinhua", "global times", "РИА Новости", 人民日报),
 * matched whole, ignoring case, diacritics and quote styles. Curated names come first; a name the
 * lists give to outlets of different countries ("CNA", "CBC") is ambiguous and gives null.
 */
export function lookupOutletName(name: string): RegistryMatch | null {
  const candidates = registryIndex().byName.get(normalizeName(name));
  if (!candidates?.length) return null;
  const countries = new Set(candidates.map((c) => c.country));
  if (countries.size > 1) return null;
  return [...candidates].sort((a, b) => compareLevels(a.level, b.level))[0] ?? null;
}

import type { SourceLevel } from '../analysis-result';
import { CURATED_ENTERPRISES, CURATED_SITES, OUTLET_NAMES } from './curated';
import { normalizeName, registryOutletNames } from './normalize-name';
import registryJson from './registry-data.json';
import type { RegistryData, RegistryEntry, RegistryListing } from './registry-schema';
import { compareLevels } from './source-level';

/** One listing behind a match, as evidence: who listed the outlet, at what level, why, where. */
export interface Listing {
  outlet: string;
  level: SourceLevel;
  basis: string;
  reference: string;
  /** The source set of the registry ("ASD-StateMediaMatrix", …) or "curated" for the project's own. */
  sourceSet: string;
}

/** What the registry knows about a site or a name. */
export interface RegistryMatch {
  /** The registry key that matched: a host ("english.news.cn") or domain ("news.cn"); null for a name-only entry. */
  key: string | null;
  /** The name to show the reader ("Xinhua"), cleaned of the lists' prefixes ("News agency: …"). */
  name: string;
  /** The outlet (or enterprise) exactly as listed. */
  outlet: string;
  parent: string | null;
  country: string | null;
  level: SourceLevel;
  typology: string | null;
  /** The reader's words for what it is ("Chinese state news agency"), when curated. */
  description: string | null;
  basis: string;
  reference: string;
  sourceSet: string;
  /** Every listing for this key, strongest first (the first one is the match's own). */
  listings: Listing[];
}

const DATA = registryJson as RegistryData;

function fullReference(listing: RegistryListing): string {
  const set = DATA.sourceSets[listing.sourceSet];
  return set ? set.referencePrefix + listing.reference + set.referenceSuffix : listing.reference;
}

function registryListings(entry: RegistryEntry): Listing[] {
  return [entry, ...(entry.also ?? [])].map((l) => ({
    outlet: entry.outlet,
    level: l.level,
    basis: DATA.bases[l.basis] ?? '',
    reference: fullReference(l),
    sourceSet: l.sourceSet,
  }));
}

function displayName(outlet: string): string {
  const names = registryOutletNames(outlet);
  return names[1] ?? names[0] ?? outlet;
}

function fromRegistry(entry: RegistryEntry): RegistryMatch {
  const listings = registryListings(entry);
  const lead = listings[0]!;
  return {
    key: entry.domain,
    name: displayName(entry.outlet),
    outlet: entry.outlet,
    parent: entry.parent,
    country: entry.country,
    level: entry.level,
    typology: entry.typology,
    description: null,
    basis: lead.basis,
    reference: lead.reference,
    sourceSet: lead.sourceSet,
    listings,
  };
}

const CURATED = 'curated';

interface Index {
  byHost: Map<string, RegistryMatch>;
  byName: Map<string, RegistryMatch[]>;
}

let index: Index | null = null;

/** Built on first use and kept: ~1,300 entries, a few milliseconds, never rebuilt. */
export function registryIndex(): Index {
  index ??= buildIndex();
  return index;
}

function buildIndex(): Index {
  const perHost = new Map<string, RegistryMatch[]>();
  const add = (host: string, m: RegistryMatch) => {
    const list = perHost.get(host) ?? [];
    list.push(m);
    perHost.set(host, list);
  };
  const registryMatches = DATA.entries.map(fromRegistry);
  for (const m of registryMatches) if (m.key) add(m.key, m);
  for (const site of CURATED_SITES) {
    const listing: Listing = { outlet: site.outlet, level: site.level, basis: site.basis, reference: site.reference, sourceSet: CURATED };
    add(site.domain, {
      key: site.domain,
      name: site.outlet,
      outlet: site.outlet,
      parent: site.parent,
      country: site.country,
      level: site.level,
      typology: null,
      description: null,
      basis: site.basis,
      reference: site.reference,
      sourceSet: CURATED,
      listings: [listing],
    });
  }

  // Per host: the strongest listing speaks (stable sort: the first listed wins a tie), the
  // others stay as evidence.
  const byHost = new Map<string, RegistryMatch>();
  for (const [host, matches] of perHost) {
    const ordered = [...matches].sort((a, b) => compareLevels(a.level, b.level));
    const lead = ordered[0]!;
    byHost.set(host, { ...lead, listings: ordered.flatMap((m) => m.listings) });
  }

  // Curated names tie a well-known name to its registry entry ("Xinhua" → xinhuanet.com).
  // The first group naming a host gives it its name (CCTV, not China Media Group, for cctv.com).
  const named = new Set<string>();
  for (const group of OUTLET_NAMES) {
    for (const host of [group.domain, ...(group.alsoDomains ?? [])]) {
      const m = byHost.get(host);
      if (!m || named.has(host)) continue;
      named.add(host);
      byHost.set(host, { ...m, name: group.name, description: group.description });
    }
  }

  const byName = new Map<string, RegistryMatch[]>();
  const curatedNames = new Set<string>();
  const addName = (name: string, m: RegistryMatch, curated: boolean) => {
    const key = normalizeName(name);
    if (key.length < 2) return;
    if (curated) {
      // A curated name overrides whatever the lists' names happened to collide with.
      if (!curatedNames.has(key)) byName.set(key, []);
      curatedNames.add(key);
    } else if (curatedNames.has(key)) {
      return;
    }
    const list = byName.get(key) ?? [];
    if (!list.includes(m)) list.push(m);
    byName.set(key, list);
  };
  for (const group of OUTLET_NAMES) {
    const site = byHost.get(group.domain);
    if (!site) continue;
    const m = { ...site, name: group.name, description: group.description };
    for (const alias of [group.name, ...group.aliases]) addName(alias, m, true);
  }
  for (const e of CURATED_ENTERPRISES) {
    const m = fromEnterprise(e.id);
    if (!m) continue;
    for (const alias of [e.name, ...e.aliases]) addName(alias, m, true);
  }
  for (const site of CURATED_SITES) {
    const m = byHost.get(site.domain);
    if (m) addName(site.outlet, m, true);
  }
  for (const m of registryMatches) {
    for (const name of registryOutletNames(m.outlet)) addName(name, m, false);
  }
  return { byHost, byName };
}

/** A curated enterprise as a match (no site: it is known by name only). */
export function fromEnterprise(id: string): RegistryMatch | null {
  const e = CURATED_ENTERPRISES.find((x) => x.id === id);
  if (!e) return null;
  return {
    key: null,
    name: e.name,
    outlet: e.name,
    parent: e.parentId ? (CURATED_ENTERPRISES.find((x) => x.id === e.parentId)?.name ?? null) : null,
    country: e.country,
    level: e.level,
    typology: null,
    description: e.description,
    basis: e.basis,
    reference: e.reference,
    sourceSet: CURATED,
    listings: [{ outlet: e.name, level: e.level, basis: e.basis, reference: e.reference, sourceSet: CURATED }],
  };
}

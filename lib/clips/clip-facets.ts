import type { SourceLevel } from '../analysis-result';
import { PLACES } from '../analysis/places';
import type { Clip } from './clip-schema';

/** What the library's filters look at in one clip, besides its category, site and dates. */
export interface ClipFacets {
  materials: readonly string[];
  organizations: readonly string[];
  /** Countries (and blocs) the sentence names, and the countries of its publisher and relays. */
  countries: readonly string[];
  /** The publisher's level and the levels of the sources the article relays. */
  levels: readonly SourceLevel[];
}

/** Places that stand for a state: a deposit or a town is where something happens, not a country. */
const STATE_PLACES = new Set(PLACES.filter((p) => p.kind === 'country' || p.kind === 'bloc').map((p) => p.name));

/** Clips are immutable objects (an edit stores a new one), so facets are computed once per object. */
const cache = new WeakMap<Clip, ClipFacets>();

export function clipFacets(clip: Clip): ClipFacets {
  const known = cache.get(clip);
  if (known) return known;
  // A photo credit names who took the picture, not who speaks in the text.
  const relays = clip.source.relays.filter((r) => r.kind !== 'photo-credit');
  const countries = new Set(clip.entities.places.filter((p) => STATE_PLACES.has(p)));
  for (const country of [clip.source.publisher.country, ...relays.map((r) => r.country)]) if (country) countries.add(country);
  const facets: ClipFacets = {
    materials: [...new Set(clip.entities.materials)],
    organizations: [...new Set(clip.entities.organizations)],
    countries: [...countries],
    levels: [...new Set([clip.source.publisher.level, ...relays.map((r) => r.level)])],
  };
  cache.set(clip, facets);
  return facets;
}

export interface FacetOption {
  value: string;
  count: number;
}

/** The values a filter can take in this library, each with how many clips have it. */
export interface LibraryFacets {
  categories: FacetOption[];
  materials: FacetOption[];
  organizations: FacetOption[];
  countries: FacetOption[];
  levels: FacetOption[];
  sites: FacetOption[];
}

function tally(counts: Map<string, number>, values: Iterable<string>): void {
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
}

/** Most frequent first, then alphabetical (a reader scans for the big ones first). */
function options(counts: Map<string, number>): FacetOption[] {
  return [...counts]
    .map(([value, count]) => ({ value, count }))
    .sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
}

export function libraryFacets(clips: readonly Clip[]): LibraryFacets {
  const maps = { categories: new Map(), materials: new Map(), organizations: new Map(), countries: new Map(), levels: new Map(), sites: new Map() } satisfies Record<keyof LibraryFacets, Map<string, number>>;
  for (const clip of clips) {
    const f = clipFacets(clip);
    tally(maps.categories, [clip.category]);
    tally(maps.materials, f.materials);
    tally(maps.organizations, f.organizations);
    tally(maps.countries, f.countries);
    tally(maps.levels, f.levels);
    tally(maps.sites, [clip.site]);
  }
  return {
    categories: options(maps.categories),
    materials: options(maps.materials),
    organizations: options(maps.organizations),
    countries: options(maps.countries),
    levels: options(maps.levels),
    sites: options(maps.sites),
  };
}

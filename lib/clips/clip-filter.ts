import type { SourceLevel } from '../analysis-result';
import { clipFacets } from './clip-facets';
import type { Clip, ClipCategory } from './clip-schema';

/** The library's filters; `null` means "any". Dates are local calendar days, `YYYY-MM-DD`, inclusive. */
export interface ClipFilter {
  category: ClipCategory | null;
  material: string | null;
  organization: string | null;
  country: string | null;
  level: SourceLevel | null;
  site: string | null;
  /** Clipped on or after this day. */
  from: string | null;
  /** Clipped on or before this day. */
  to: string | null;
  /** true: only clips with a note; false: only clips without one. */
  hasNote: boolean | null;
}

export const NO_FILTER: ClipFilter = {
  category: null,
  material: null,
  organization: null,
  country: null,
  level: null,
  site: null,
  from: null,
  to: null,
  hasNote: null,
};

export function isFilterActive(filter: ClipFilter): boolean {
  return Object.values(filter).some((v) => v !== null);
}

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Local midnight starting `day` (+ `offset` days), or null for a malformed day. */
export function dayStart(day: string, offset = 0): number | null {
  const m = DAY.exec(day);
  if (!m) return null;
  const time = new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]) + offset).getTime();
  return Number.isNaN(time) ? null : time;
}

/**
 * The clips that pass every filter and, when a search ran, whose id the search index returned,
 * in the order given: one pass, with each clip's facets computed once (clipFacets caches them).
 */
export function filterClips(clips: readonly Clip[], filter: ClipFilter, matching: ReadonlySet<string> | null = null): Clip[] {
  const from = filter.from ? dayStart(filter.from) : null;
  const until = filter.to ? dayStart(filter.to, 1) : null;
  return clips.filter((clip) => {
    if (matching && !matching.has(clip.id)) return false;
    if (filter.category !== null && clip.category !== filter.category) return false;
    if (filter.site !== null && clip.site !== filter.site) return false;
    if (from !== null && clip.createdAt < from) return false;
    if (until !== null && clip.createdAt >= until) return false;
    if (filter.hasNote !== null && (clip.note.trim() !== '') !== filter.hasNote) return false;
    if (filter.material === null && filter.organization === null && filter.country === null && filter.level === null) return true;
    const f = clipFacets(clip);
    if (filter.material !== null && !f.materials.includes(filter.material)) return false;
    if (filter.organization !== null && !f.organizations.includes(filter.organization)) return false;
    if (filter.country !== null && !f.countries.includes(filter.country)) return false;
    if (filter.level !== null && !f.levels.includes(filter.level)) return false;
    return true;
  });
}

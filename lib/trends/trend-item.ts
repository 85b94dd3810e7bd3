import type { BannerKind, Figure } from '../analysis-result';
import { MATERIALS } from '../analysis/materials';
import type { Clip, ClipCategory } from '../clips/clip-schema';
import type { LoggedSignal } from '../reading-log/logged-signal';

/** One signal as Trends counts it: a clip, or a sentence of the reading log not clipped. */
export interface TrendItem {
  /** The dedupe key (canonical URL + folded sentence): what the Library is filtered by. */
  key: string;
  kind: 'clip' | 'log';
  id: string;
  /** When it was clipped, or first read (ms). */
  at: number;
  text: string;
  category: ClipCategory;
  /** The materials the sentence names, without the sector's words for itself ("rare earths"). */
  materials: readonly string[];
  figures: readonly Figure[];
  /** The source label as it was when clipped or read. */
  sourceLabel: string;
  /** The source banner as it was (state-controlled … relays-state), null for the others. */
  state: BannerKind;
  url: string;
  textFragmentUrl: string;
  title: string | null;
  site: string;
}

/** "rare earths", "critical minerals", "permanent magnets": they name the whole sector, not a material to chart. */
const SECTOR_TERMS = new Set(MATERIALS.filter((m) => m.kind === 'sector-term').map((m) => m.name));

function itemOf(row: Clip | LoggedSignal, kind: TrendItem['kind'], at: number): TrendItem {
  return {
    key: row.dedupeKey,
    kind,
    id: row.id,
    at,
    text: row.text,
    category: row.category,
    materials: row.entities.materials.filter((m) => !SECTOR_TERMS.has(m)),
    figures: row.figures,
    sourceLabel: row.sourceLabel,
    state: row.source.banner,
    url: row.url,
    textFragmentUrl: row.textFragmentUrl,
    title: row.article.title,
    site: row.site,
  };
}

/**
 * Clips, and the logged signals that are not clipped too (the same sentence read then clipped is
 * one signal: the clip stands for it).
 */
export function trendItems(clips: readonly Clip[], log: readonly LoggedSignal[] = []): TrendItem[] {
  const items = clips.map((c) => itemOf(c, 'clip', c.createdAt));
  const clipped = new Set(items.map((i) => i.key));
  for (const entry of log) if (!clipped.has(entry.dedupeKey)) items.push(itemOf(entry, 'log', entry.seenAt));
  return items;
}

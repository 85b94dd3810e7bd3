import * as z from 'zod/mini';
import { BannerKind, Figure } from '../analysis-result';
import { MATERIALS } from '../analysis/materials';
import type { Clip } from '../clips/clip-schema';
import { ClipCategory } from '../clips/clip-schema';
import type { LoggedSignal } from '../reading-log/logged-signal';
import { isPrice } from './price-unit';

/**
 * One signal as Trends counts it, kept compact for clips and the reading log alike (stored per
 * week in columns: trend-week.ts): Trends opens on 60,000 of these, where reading the full rows
 * (sentence, context, source assessment: ~2 KB each) took 5–7 s (docs/bench.md, "Trends").
 */
export const TrendPoint = z.object({
  /** The clip's or the logged signal's id (the same key space: UUIDs). */
  id: z.string(),
  kind: z.enum(['clip', 'log']),
  /** A short hash of the dedupe key (canonical URL + sentence): a sentence both clipped and logged counts once. */
  key: z.string(),
  /** When it was clipped, or first read (ms). */
  at: z.number(),
  category: ClipCategory,
  /** The materials the sentence names, without the sector's words for itself ("rare earths"). */
  materials: z.array(z.string()),
  /** Only the figures that are quoted prices (a currency per mass unit, with a value). */
  prices: z.array(Figure),
  /** The source label as it was, kept only with prices (a price point's tooltip names it). */
  sourceLabel: z.string(),
  /** The source banner as it was (state-controlled … relays-state), null for the others. */
  state: BannerKind,
});
export type TrendPoint = z.infer<typeof TrendPoint>;

/** "rare earths", "critical minerals", "permanent magnets": they name the whole sector, not a material to chart. */
const SECTOR_TERMS = new Set(MATERIALS.filter((m) => m.kind === 'sector-term').map((m) => m.name));

/** FNV-1a over UTF-16 units, two seeds: 64 bits in 13–14 characters (no collision expected among millions). */
export function shortKey(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ text.length;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
  }
  return `${(a >>> 0).toString(36)}.${(b >>> 0).toString(36)}`;
}

export function trendPointOf(row: Clip | LoggedSignal, kind: TrendPoint['kind']): TrendPoint {
  const prices = row.figures.filter(isPrice);
  return {
    id: row.id,
    kind,
    key: shortKey(row.dedupeKey),
    at: kind === 'clip' ? (row as Clip).createdAt : (row as LoggedSignal).seenAt,
    category: row.category,
    materials: [...new Set(row.entities.materials.filter((m) => !SECTOR_TERMS.has(m)))],
    prices: prices.map((f) => ({ text: f.text, value: f.value, unit: f.unit })),
    sourceLabel: prices.length ? row.sourceLabel : '',
    state: row.source.banner,
  };
}

/** Clips, and the logged signals not clipped too (the same sentence read then clipped counts once: as the clip). */
export function withoutClipped(points: readonly TrendPoint[]): TrendPoint[] {
  const clipped = new Set<string>();
  for (const p of points) if (p.kind === 'clip') clipped.add(p.key);
  return clipped.size === 0 ? [...points] : points.filter((p) => p.kind === 'clip' || !clipped.has(p.key));
}

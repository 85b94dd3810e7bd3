import { CATEGORIES } from '../analysis-result';
import type { Clip, ClipCategory } from './clip-schema';

export const CLIP_GROUPINGS = ['none', 'article', 'category'] as const;
export type ClipGrouping = (typeof CLIP_GROUPINGS)[number];

/** One row of the virtualized library list: a group heading or a clip. */
export type LibraryRow =
  | { kind: 'group'; key: string; grouping: 'article'; count: number; first: Clip }
  | { kind: 'group'; key: string; grouping: 'category'; count: number; category: ClipCategory }
  | { kind: 'clip'; key: string; clip: Clip };

const CATEGORY_ORDER: readonly ClipCategory[] = [...CATEGORIES, 'unclassified'];

function bucket<K>(clips: readonly Clip[], keyOf: (clip: Clip) => K): Map<K, Clip[]> {
  const groups = new Map<K, Clip[]>();
  for (const clip of clips) {
    const key = keyOf(clip);
    const list = groups.get(key);
    if (list) list.push(clip);
    else groups.set(key, [clip]);
  }
  return groups;
}

const clipRow = (clip: Clip): LibraryRow => ({ kind: 'clip', key: clip.id, clip });

/**
 * Flattens (already sorted) clips into rows. By article, groups appear in the order of their first
 * clip, so the chosen sort orders the articles too; by category, in the taxonomy's order.
 */
export function libraryRows(clips: readonly Clip[], grouping: ClipGrouping): LibraryRow[] {
  if (grouping === 'none') return clips.map(clipRow);
  const rows: LibraryRow[] = [];
  if (grouping === 'article') {
    for (const [url, group] of bucket(clips, (c) => c.url)) {
      rows.push({ kind: 'group', key: `article:${url}`, grouping, count: group.length, first: group[0]! });
      rows.push(...group.map(clipRow));
    }
    return rows;
  }
  const groups = bucket(clips, (c) => c.category);
  for (const category of CATEGORY_ORDER) {
    const group = groups.get(category);
    if (!group) continue;
    rows.push({ kind: 'group', key: `category:${category}`, grouping, count: group.length, category });
    rows.push(...group.map(clipRow));
  }
  return rows;
}

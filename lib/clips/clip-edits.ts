import Dexie from 'dexie';
import type { ClipDatabase } from './clip-db';
import { Clip, MAX_NOTE, MAX_TAG_LENGTH, MAX_TAGS } from './clip-schema';

/**
 * The reader's own additions to a clip (note, tags) and undoing a delete. Each resolves to the
 * clip as stored afterwards, or `null` when the clip no longer exists (deleted in another window).
 */

export type EditResult = { ok: true; clip: Clip } | { ok: false; error: string };

type Changes = Partial<Pick<Clip, 'note' | 'tags'>>;

/**
 * Read, change and write in one transaction: `changes` may be computed from the clip as stored, so
 * two quick edits (two tags added in a row) build on each other instead of the second undoing the first.
 */
async function edit(db: ClipDatabase, id: string, changes: Changes | ((current: Clip) => Changes | string), now: number): Promise<EditResult> {
  return db.transaction('rw', db.clips, async () => {
    const current = await db.clips.get(id);
    if (!current) return { ok: false as const, error: 'This clip no longer exists (it was deleted).' };
    const change = typeof changes === 'function' ? changes(current) : changes;
    if (typeof change === 'string') return { ok: false as const, error: change };
    const next = Clip.safeParse({ ...current, ...change, updatedAt: now });
    if (!next.success) return { ok: false as const, error: next.error.issues[0]?.message ?? 'invalid change' };
    await db.clips.put(next.data);
    return { ok: true as const, clip: next.data };
  });
}

/** Line endings normalized and outer whitespace trimmed; longer than MAX_NOTE is refused, not cut. */
export function updateClipNote(db: ClipDatabase, id: string, note: string, now: number = Date.now()): Promise<EditResult> {
  const clean = note.replace(/\r\n?/g, '\n').trim();
  if (clean.length > MAX_NOTE) return Promise.resolve({ ok: false, error: `A note holds at most ${MAX_NOTE.toLocaleString('en')} characters.` });
  return edit(db, id, { note: clean }, now);
}

/** One tag as typed: outer whitespace trimmed, inner runs collapsed, a leading '#' dropped. */
export function normalizeTag(tag: string): string {
  return tag.normalize('NFC').replace(/\s+/g, ' ').trim().replace(/^#+\s*/, '').slice(0, MAX_TAG_LENGTH);
}

/** Normalized, empty ones dropped, and case-insensitive duplicates kept once (first spelling wins). */
export function normalizeTags(tags: readonly string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const tag of tags.map(normalizeTag)) {
    const key = tag.toLocaleLowerCase();
    if (!tag || seen.has(key)) continue;
    seen.add(key);
    out.push(tag);
  }
  return out;
}

function checkedTags(tags: readonly string[]): Changes | string {
  const clean = normalizeTags(tags);
  return clean.length > MAX_TAGS ? `A clip holds at most ${MAX_TAGS} tags.` : { tags: clean };
}

export function setClipTags(db: ClipDatabase, id: string, tags: readonly string[], now: number = Date.now()): Promise<EditResult> {
  return edit(db, id, () => checkedTags(tags), now);
}

/** Adds one tag to the tags as stored (not as last rendered), so quick successive adds all stick. */
export function addClipTag(db: ClipDatabase, id: string, tag: string, now: number = Date.now()): Promise<EditResult> {
  return edit(db, id, (current) => checkedTags([...current.tags, tag]), now);
}

export function removeClipTag(db: ClipDatabase, id: string, tag: string, now: number = Date.now()): Promise<EditResult> {
  return edit(db, id, (current) => ({ tags: current.tags.filter((t) => t !== tag) }), now);
}

/** Every tag in the library, once, in index order (for autocomplete); read from the `tags` index only. */
export async function allTags(db: ClipDatabase): Promise<string[]> {
  return (await db.clips.orderBy('tags').uniqueKeys()) as string[];
}

/**
 * Puts a deleted clip back exactly as it was (same id and times). Refused when the same sentence
 * was clipped again in the meantime: the unique dedupe key keeps one clip per sentence.
 */
export async function restoreClip(db: ClipDatabase, clip: Clip): Promise<EditResult> {
  try {
    await db.clips.add(Clip.parse(clip));
    return { ok: true, clip };
  } catch (error) {
    if (error instanceof Dexie.ConstraintError) return { ok: false, error: 'This sentence was clipped again in the meantime; the new clip was kept.' };
    throw error;
  }
}

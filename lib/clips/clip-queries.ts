import { canonicalUrl } from './canonical-url';
import type { ClipDatabase } from './clip-db';
import type { Clip } from './clip-schema';

/** Most recent first, optionally only the first `limit` (the library's first screen, read before the rest). */
export function clipsNewestFirst(db: ClipDatabase, limit?: number): Promise<Clip[]> {
  const ordered = db.clips.orderBy('createdAt').reverse();
  return (limit === undefined ? ordered : ordered.limit(limit)).toArray();
}

/**
 * The clips of one article, oldest first, for the reader to mark sentences already saved. The URL
 * is canonicalized the same way saveClip stores it, so a visit through a tracking link still finds
 * them.
 */
export function clipsForUrl(db: ClipDatabase, url: string): Promise<Clip[]> {
  return db.clips.where('url').equals(canonicalUrl(url)).sortBy('createdAt');
}

/** Resolves to whether a clip with that id existed. */
export function deleteClip(db: ClipDatabase, id: string): Promise<boolean> {
  return db.transaction('rw', db.clips, async () => {
    const existed = (await db.clips.where('id').equals(id).count()) > 0;
    if (existed) await db.clips.delete(id);
    return existed;
  });
}

export function countClips(db: ClipDatabase): Promise<number> {
  return db.clips.count();
}

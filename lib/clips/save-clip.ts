import Dexie from 'dexie';
import { canonicalUrl, stripTrackingParams } from './canonical-url';
import type { ClipDatabase } from './clip-db';
import { Clip, NewClip } from './clip-schema';
import { dedupeKey } from './dedupe-key';
import { textFragmentUrl } from './text-fragment';

export interface SaveClipResult {
  clip: Clip;
  /** false when the sentence was already clipped: `clip` is the existing one, unchanged. */
  created: boolean;
}

function buildClip(input: NewClip, now: number): Clip {
  return Clip.parse({
    ...input,
    id: crypto.randomUUID(),
    // Stored canonical, so clipsForUrl can look the page up by the same canonical form.
    url: canonicalUrl(input.url),
    dedupeKey: dedupeKey(input.url, input.text),
    // The page as visited (the text is known to be there); the canonical URL may name another
    // copy, e.g. a syndicated story's original.
    textFragmentUrl: textFragmentUrl(stripTrackingParams(input.pageUrl), input),
    note: '',
    tags: [],
    createdAt: now,
    updatedAt: now,
  });
}

/**
 * Stores a clip unless the same sentence of the same article is already clipped.
 *
 * The input is re-parsed even though the message layer validated it: parsing strips keys the
 * schema does not name (a message object could carry anything into IndexedDB otherwise) and
 * re-applies the size bounds; it costs well under a millisecond for a bounded clip. Invalid input
 * here is a broken invariant (the caller skipped validation), so the promise rejects.
 *
 * Lookup and insert share one 'rw' transaction: IndexedDB runs 'rw' transactions on a store one at
 * a time, so concurrent saves of one sentence see each other. The unique dedupeKey index backs
 * that up across connections; a ConstraintError then means another context won, and its clip is
 * returned.
 */
export async function saveClip(
  db: ClipDatabase,
  input: NewClip,
  now: number = Date.now(),
): Promise<SaveClipResult> {
  const candidate = buildClip(NewClip.parse(input), now);
  try {
    return await db.transaction('rw', db.clips, async () => {
      const existing = await db.clips.where('dedupeKey').equals(candidate.dedupeKey).first();
      if (existing) return { clip: existing, created: false };
      await db.clips.add(candidate);
      return { clip: candidate, created: true };
    });
  } catch (error) {
    if (!(error instanceof Dexie.ConstraintError)) throw error;
    const existing = await db.clips.where('dedupeKey').equals(candidate.dedupeKey).first();
    if (!existing) throw error;
    return { clip: existing, created: false };
  }
}

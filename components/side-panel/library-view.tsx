import { useLiveQuery } from 'dexie-react-hooks';
import type { ClipDatabase } from '@/lib/clips/clip-db';
import { clipsNewestFirst } from '@/lib/clips/clip-queries';
import { ClipItem } from './clip-item';

/** Saved clips, newest first, updated live from IndexedDB as they are saved anywhere. */
export function LibraryView({ db }: { db: ClipDatabase }) {
  const clips = useLiveQuery(() => clipsNewestFirst(db, 500), [db]);
  if (!clips) return <p className="empty">Loading…</p>;
  if (clips.length === 0) {
    return (
      <p className="empty">
        No clips yet. On a rare-earth article, hover a highlighted sentence and press <strong>Clip</strong>: it appears here.
      </p>
    );
  }
  return (
    <ul className="clips" aria-label="Clips">
      {clips.map((clip) => (
        <ClipItem key={clip.id} clip={clip} />
      ))}
    </ul>
  );
}

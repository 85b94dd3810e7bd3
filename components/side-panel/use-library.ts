import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState, useSyncExternalStore } from 'react';
import type { ClipDatabase } from '@/lib/clips/clip-db';
import { allTags } from '@/lib/clips/clip-edits';
import { type LibrarySnapshot, LibraryStore } from '@/lib/clips/library-store';

/**
 * One in-memory library per panel, started the first time it is shown and kept while the panel
 * lives, so switching between "This page" and "Library" does not read 10,000 clips again.
 */
export function useLibraryStore(db: ClipDatabase, active: boolean): LibraryStore {
  const [store] = useState(() => new LibraryStore(db));
  const [started, setStarted] = useState(false);
  useEffect(() => {
    if (!active || started) return;
    setStarted(true);
    store.start().catch((error: unknown) => console.error('[lodestone] library load', error));
  }, [active, started, store]);
  useEffect(() => () => store.stop(), [store]);
  return store;
}

export function useLibrarySnapshot(store: LibraryStore): LibrarySnapshot {
  return useSyncExternalStore(store.subscribe, store.getSnapshot);
}

/** Every tag in the library (read from the tags index alone), for autocomplete. */
export function useAllTags(db: ClipDatabase): string[] {
  return useLiveQuery(() => allTags(db), [db], []);
}

import { useEffect, useState } from 'react';
import type { ClipDatabase } from '@/lib/clips/clip-db';
import { type LastExport, type WipedLibrary, checkLibrary, dismissWipedLibrary, readLastExport, recordExport, watchWipedLibrary } from '@/lib/clips/library-health';

export interface LibraryHealth {
  wiped: WipedLibrary | null;
  lastExport: LastExport | null;
  dismiss(): void;
  exported(entry: LastExport): void;
}

/**
 * Checks the library against its marker when the panel opens (and follows the background's check):
 * a wiped library is shown, with the last export to restore it from, until the reader restores
 * one or starts afresh.
 */
export function useLibraryHealth(db: ClipDatabase): LibraryHealth {
  const [wiped, setWiped] = useState<WipedLibrary | null>(null);
  const [lastExport, setLastExport] = useState<LastExport | null>(null);
  useEffect(() => {
    let alive = true;
    checkLibrary(db).then(
      (value) => alive && setWiped(value),
      (err: unknown) => console.error('[lodestone] library check', err),
    );
    void readLastExport().then((value) => alive && setLastExport(value));
    const unwatch = watchWipedLibrary(setWiped);
    return () => {
      alive = false;
      unwatch();
    };
  }, [db]);
  return {
    wiped,
    lastExport,
    dismiss: () => {
      setWiped(null);
      void dismissWipedLibrary(db).catch((err: unknown) => console.error('[lodestone] library check', err));
    },
    exported: (entry) => {
      setLastExport(entry);
      void recordExport(entry).catch((err: unknown) => console.debug('[lodestone] export record', err));
    },
  };
}

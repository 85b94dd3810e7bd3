import { browser } from 'wxt/browser';
import { backupDue, backupFileName } from '@/lib/clips/backup';
import type { ClipDatabase } from '@/lib/clips/clip-db';
import { exportJson } from '@/lib/clips/clip-export';
import { clipsNewestFirst } from '@/lib/clips/clip-queries';
import { readLastBackup, readWipedLibrary, recordExport, watchLibraryMarker } from '@/lib/clips/library-health';
import { BackupReply, sendToExtension } from '@/lib/messages';
import { readSettings, watchSettings } from '@/lib/settings';
import { ensureOffscreen } from './analyze-html';

/** What a backup run did (for the tests and the log). */
export type BackupOutcome = 'off' | 'not-due' | 'wiped' | 'no-permission' | 'empty' | 'saved' | 'failed';

export interface BackupDeps {
  db: ClipDatabase;
  /** Whether the reader granted the optional `downloads` permission. */
  hasPermission(): Promise<boolean>;
  /** The library as a JSON export behind a Blob URL. */
  makeFile(): Promise<BackupReply>;
  /** Saves the URL's content as `fileName` under the Downloads folder, replacing a file of that name. */
  download(url: string, fileName: string): Promise<void>;
  now(): number;
}

/**
 * Runs the automatic backup when it is due (lib/clips/backup.ts). Never when the library was found
 * wiped or is empty: today's backup file is overwritten by a later run of the same day, and an
 * empty library must not replace the copy that could restore it.
 */
export async function runBackup(deps: BackupDeps): Promise<BackupOutcome> {
  const now = deps.now();
  const { backupEvery } = await readSettings();
  if (backupEvery === 'off') return 'off';
  if (!backupDue(backupEvery, (await readLastBackup())?.at ?? null, now)) return 'not-due';
  if (await readWipedLibrary()) return 'wiped';
  if (!(await deps.hasPermission())) return 'no-permission';
  if ((await deps.db.clips.count()) === 0) return 'empty';
  const file = await deps.makeFile();
  if (!file.ok) {
    console.error('[lodestone] backup', file.error);
    return 'failed';
  }
  const fileName = backupFileName(now);
  await deps.download(file.url, fileName);
  await recordExport({ kind: 'backup', at: now, fileName, count: file.count });
  return 'saved';
}

/** Chrome: the offscreen document makes the file (the service worker has no Blob URLs); Firefox's background page makes it itself. */
async function makeFile(db: ClipDatabase): Promise<BackupReply> {
  if (import.meta.env.FIREFOX) {
    const clips = await clipsNewestFirst(db);
    return { ok: true, url: URL.createObjectURL(new Blob([exportJson(clips)], { type: 'application/json' })), count: clips.length };
  }
  await ensureOffscreen();
  const reply = BackupReply.safeParse(await sendToExtension({ type: 'offscreen:backup' }));
  return reply.success ? reply.data : { ok: false, error: 'The backup file could not be made.' };
}

export function browserBackupDeps(db: ClipDatabase): BackupDeps {
  return {
    db,
    hasPermission: () => browser.permissions.contains({ permissions: ['downloads'] }),
    makeFile: () => makeFile(db),
    async download(url, fileName) {
      await browser.downloads.download({ url, filename: fileName, conflictAction: 'overwrite', saveAs: false });
    },
    now: () => Date.now(),
  };
}

/**
 * Checks for a due backup when the background starts, when the setting changes, and after every
 * write to the library from any context (the marker in storage.local changes): no `alarms`
 * permission, and a library nobody writes to needs no new copy. One run at a time.
 */
export function startAutoBackup(deps: BackupDeps): { poke(): void } {
  let running: Promise<unknown> | null = null;
  let again = false;
  const poke = () => {
    if (running) {
      again = true;
      return;
    }
    running = runBackup(deps)
      .catch((err: unknown) => console.error('[lodestone] backup', err))
      .finally(() => {
        running = null;
        if (again) {
          again = false;
          poke();
        }
      });
  };
  watchSettings(() => poke());
  watchLibraryMarker(() => poke());
  poke();
  return { poke };
}

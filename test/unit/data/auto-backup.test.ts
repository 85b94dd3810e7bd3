// Covers the optional automatic backup: when it is due (lib/clips/backup.ts), and the background's
// run (entrypoints/background/auto-backup.ts) over a real database and WXT's fake storage, with the
// browser's parts (permission, the file, the download) passed in: it saves the library as an
// importable JSON export under Downloads/lodestone-backups/, only when on, due, permitted, and
// never from an empty or wiped library (which would overwrite the copy that could restore it).
import 'fake-indexeddb/auto';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { type BackupDeps, runBackup } from '../../../entrypoints/background/auto-backup';
import { BACKUP_INTERVAL_MS, backupDue, backupFileName } from '../../../lib/clips/backup';
import { ClipDatabase } from '../../../lib/clips/clip-db';
import { exportJson } from '../../../lib/clips/clip-export';
import { clipsNewestFirst } from '../../../lib/clips/clip-queries';
import { planImport } from '../../../lib/clips/import-clips';
import { checkLibrary, readLastBackup, recordLibraryState } from '../../../lib/clips/library-health';
import { saveClip } from '../../../lib/clips/save-clip';
import { updateSettings } from '../../../lib/settings';
import { newClipInput, uniqueDbName } from '../clips/new-clip-input';

const NOW = Date.UTC(2026, 2, 14, 9, 30);
const DAY = BACKUP_INTERVAL_MS.day;

describe('backupDue', () => {
  it('is never due when off, due at once when on and never made, then after each interval', () => {
    expect(backupDue('off', null, NOW)).toBe(false);
    expect(backupDue('day', null, NOW)).toBe(true);
    expect(backupDue('day', NOW - DAY + 1, NOW)).toBe(false);
    expect(backupDue('day', NOW - DAY, NOW)).toBe(true);
    expect(backupDue('week', NOW - 6 * DAY, NOW)).toBe(false);
    expect(backupDue('week', NOW - 7 * DAY, NOW)).toBe(true);
    // A clock set back: the "last" backup is in the future; make one now rather than never.
    expect(backupDue('week', NOW + DAY, NOW)).toBe(true);
  });

  it('names one file per local day in the backups folder', () => {
    expect(backupFileName(NOW)).toMatch(/^lodestone-backups\/lodestone-clips-2026-03-1[34]\.json$/);
  });
});

describe('runBackup', () => {
  let db: ClipDatabase;
  let deps: BackupDeps & { download: ReturnType<typeof vi.fn>; makeFile: ReturnType<typeof vi.fn> };
  let files: Map<string, string>;

  beforeEach(async () => {
    fakeBrowser.reset();
    db = new ClipDatabase(uniqueDbName());
    files = new Map();
    deps = {
      db,
      hasPermission: vi.fn(async () => true),
      // What the offscreen document does: the library as an export, behind a (here, fake) Blob URL.
      makeFile: vi.fn(async () => {
        const clips = await clipsNewestFirst(db);
        const url = `blob:chrome-extension://test/${crypto.randomUUID()}`;
        files.set(url, exportJson(clips));
        return { ok: true as const, url, count: clips.length };
      }),
      download: vi.fn(async () => {}),
      now: () => NOW,
    };
    for (const n of [1, 2, 3]) await saveClip(db, newClipInput({ text: `Gallium export licences, sentence ${n}.` }));
    await recordLibraryState(db);
  });

  it('does nothing while off (the default)', async () => {
    expect(await runBackup(deps)).toBe('off');
    expect(deps.download).not.toHaveBeenCalled();
  });

  it('saves an importable export of the whole library, then waits for the next interval', async () => {
    await updateSettings(() => ({ backupEvery: 'day' }));
    expect(await runBackup(deps)).toBe('saved');
    expect(deps.download).toHaveBeenCalledTimes(1);
    const [url, fileName] = deps.download.mock.calls[0]!;
    expect(fileName).toBe(backupFileName(NOW));
    const plan = planImport(files.get(url as string)!, { ids: new Set(), dedupeKeys: new Set() });
    expect(plan.ok && plan.fresh.map((c) => c.text).sort()).toEqual((await db.clips.toArray()).map((c) => c.text).sort());
    expect(await readLastBackup()).toEqual({ kind: 'backup', at: NOW, fileName, count: 3 });

    expect(await runBackup({ ...deps, now: () => NOW + DAY / 2 })).toBe('not-due');
    expect(await runBackup({ ...deps, now: () => NOW + DAY })).toBe('saved');
    expect(deps.download).toHaveBeenCalledTimes(2);
  });

  it('does not run without the permission', async () => {
    await updateSettings(() => ({ backupEvery: 'week' }));
    deps.hasPermission = vi.fn(async () => false);
    expect(await runBackup(deps)).toBe('no-permission');
    expect(deps.makeFile).not.toHaveBeenCalled();
  });

  it('never backs up an empty or wiped library over the last good copy', async () => {
    await updateSettings(() => ({ backupEvery: 'day' }));
    await db.clips.clear();
    expect(await runBackup(deps)).toBe('empty');
    expect(await checkLibrary(db)).not.toBeNull();
    await saveClip(db, newClipInput({ text: 'One clip saved after the wipe.' }));
    expect(await runBackup(deps)).toBe('wiped');
    expect(deps.download).not.toHaveBeenCalled();
  });

  it('reports a file that could not be made, and records no backup', async () => {
    await updateSettings(() => ({ backupEvery: 'day' }));
    vi.spyOn(console, 'error').mockImplementation(() => {});
    deps.makeFile = vi.fn(async () => ({ ok: false as const, error: 'offscreen document gone' }));
    expect(await runBackup(deps)).toBe('failed');
    expect(await readLastBackup()).toBeNull();
  });
});

import type { BackupInterval } from '../settings';
import { exportFileName } from './clip-export';

/**
 * The optional automatic backup: every day or week, the whole library as a JSON export (the same
 * file the library's "Export JSON" makes, importable as is) saved into the Downloads folder through
 * the `downloads` API, whose permission is optional and asked for only when the reader turns the
 * backup on. Checked when the background starts and after each write to the library (no `alarms`
 * permission: a library that is not written to needs no new backup).
 */
export { BACKUP_INTERVALS, type BackupInterval } from '../settings';

const DAY_MS = 86_400_000;
export const BACKUP_INTERVAL_MS: Record<Exclude<BackupInterval, 'off'>, number> = { day: DAY_MS, week: 7 * DAY_MS };

/** Sub-folder of Downloads the backups go to; one file per day, today's overwritten by a later run. */
export const BACKUP_FOLDER = 'lodestone-backups';

/** Whether a backup is due: on, and none yet or the last one at least an interval ago (or in the future: a clock set back). */
export function backupDue(every: BackupInterval, lastBackupAt: number | null, now: number): boolean {
  if (every === 'off') return false;
  if (lastBackupAt === null || lastBackupAt > now) return true;
  return now - lastBackupAt >= BACKUP_INTERVAL_MS[every];
}

/** `lodestone-backups/lodestone-clips-2025-11-24.json` (relative to the Downloads folder). */
export function backupFileName(now: number): string {
  return `${BACKUP_FOLDER}/${exportFileName('json', now)}`;
}

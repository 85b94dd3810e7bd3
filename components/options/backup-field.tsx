import { useId } from 'react';
import { BACKUP_FOLDER, type BackupInterval } from '@/lib/clips/backup';
import type { LastExport } from '@/lib/clips/library-health';

export interface BackupFieldProps {
  every: BackupInterval;
  lastBackup: LastExport | null;
  /** A sentence about the permission (asked, refused, missing), or null. */
  status: { text: string; error?: boolean } | null;
  /** Called from the change event itself: turning the backup on asks the browser for the permission, which needs the reader's gesture. */
  onChange: (every: BackupInterval) => void;
}

const CHOICES: { value: BackupInterval; label: string }[] = [
  { value: 'off', label: 'Off' },
  { value: 'day', label: 'Every day' },
  { value: 'week', label: 'Every week' },
];

const when = (at: number) => new Date(at).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** The optional automatic backup of the library into the Downloads folder. */
export function BackupField({ every, lastBackup, status, onChange }: BackupFieldProps) {
  const helpId = useId();
  return (
    <fieldset className="field" aria-describedby={helpId}>
      <legend className="field__label">Automatic backup</legend>
      <p className="field__help" id={helpId}>
        Saves your whole library as a JSON export (the file “Import JSON…” in the side panel reads) into{' '}
        <code>Downloads/{BACKUP_FOLDER}/</code>, one file per day, when it is due and you have clipped since. Your browser may
        clear an extension’s storage; a backup lets you restore your clips. Turning it on asks your permission to save files
        (“Manage your downloads”); turning it off gives that permission back.
      </p>
      {CHOICES.map((c) => (
        <label key={c.value} className="style">
          <input type="radio" name="backup-every" value={c.value} checked={every === c.value} onChange={() => onChange(c.value)} />
          {c.label}
        </label>
      ))}
      <p className="field__help" role="status">
        {lastBackup
          ? `Last backup: ${when(lastBackup.at)}, ${lastBackup.count.toLocaleString()} ${lastBackup.count === 1 ? 'clip' : 'clips'}, saved as Downloads/${lastBackup.fileName}.`
          : 'No automatic backup yet.'}
      </p>
      {status && <p className={status.error ? 'field__error' : 'field__status'} role={status.error ? 'alert' : 'status'}>{status.text}</p>}
    </fieldset>
  );
}

import { useId, useState } from 'react';
import type { LogRetention } from '@/lib/reading-log/logged-signal';
import type { Settings } from '@/lib/settings';

export interface ReadingLogFieldProps {
  on: boolean;
  retention: LogRetention;
  /** Signals in the log now (null while counting). */
  count: number | null;
  onChange: (change: Partial<Pick<Settings, 'readingLog' | 'readingLogRetention'>>) => void;
  /** Empties the log; resolves once done. */
  onForget: () => Promise<void>;
}

const RETENTIONS: { value: LogRetention; label: string }[] = [
  { value: '90-days', label: '90 days' },
  { value: '1-year', label: '1 year' },
  { value: 'forever', label: 'Forever' },
];

/** The opt-in reading log (lib/reading-log/) behind the side panel's Trends. */
export function ReadingLogField({ on, retention, count, onChange, onForget }: ReadingLogFieldProps) {
  const helpId = useId();
  const [status, setStatus] = useState<{ text: string; error?: boolean } | null>(null);
  const forget = () => {
    setStatus(null);
    onForget().then(
      () => setStatus({ text: 'The reading log is empty. Your clips are untouched.' }),
      (err: unknown) => setStatus({ text: `Could not empty the reading log: ${err instanceof Error ? err.message : String(err)}`, error: true }),
    );
  };
  return (
    <fieldset className="field" aria-describedby={helpId}>
      <legend className="field__label">Reading log</legend>
      <label className="style">
        <input type="checkbox" checked={on} onChange={(e) => onChange({ readingLog: e.target.checked })} />
        Keep the signals of every rare-earth article I read
      </label>
      <p className="field__help" id={helpId}>
        The highlighted sentences of each rare-earth article you open (category, figures, source label, link and time) are kept on
        this device, once per article and sentence, so the side panel’s Trends can show them beside your clips. Off by default.
      </p>
      <div role="radiogroup" aria-label="Keep logged signals for">
        <span className="field__help">Keep them for: </span>
        {RETENTIONS.map((r) => (
          <label key={r.value} className="style">
            <input type="radio" name="reading-log-retention" value={r.value} checked={retention === r.value} onChange={() => onChange({ readingLogRetention: r.value })} />
            {r.label}
          </label>
        ))}
      </div>
      <div className="field__actions">
        <button type="button" onClick={forget} disabled={count === 0}>
          Forget the reading log
        </button>
        <span className="field__help" role="status">
          {count === null ? '' : `${count.toLocaleString()} ${count === 1 ? 'signal' : 'signals'} in the log.`}
        </span>
      </div>
      {status && <p className={status.error ? 'field__error' : 'field__status'} role={status.error ? 'alert' : 'status'}>{status.text}</p>}
    </fieldset>
  );
}

import type { LastExport, WipedLibrary } from '@/lib/clips/library-health';
import './wiped-notice.css';

export interface WipedNoticeProps {
  wiped: WipedLibrary;
  lastExport: LastExport | null;
  /** Opens the import (file picker, preview, Add) of the Library. */
  onRestore: () => void;
  /** The reader starts afresh: the notice goes. */
  onDismiss: () => void;
}

const day = (at: number) => new Date(at).toLocaleDateString(undefined, { dateStyle: 'medium' });
const clips = (n: number) => `${n.toLocaleString()} ${n === 1 ? 'clip' : 'clips'}`;

/**
 * Shown when the library is empty but held clips the last time Lodestone wrote to it
 * (lib/clips/library-health.ts): says what happened and offers to import the last export.
 */
export function WipedNotice({ wiped, lastExport, onRestore, onDismiss }: WipedNoticeProps) {
  return (
    <section className="wiped" role="alert" aria-labelledby="wiped-title">
      <h2 id="wiped-title" className="wiped__title">Your library was emptied</h2>
      <p>
        It held {clips(wiped.expected)} (last change {day(wiped.lastWriteAt)}), and the browser’s storage for Lodestone is now
        empty. Browsers sometimes clear an extension’s storage, for instance when the disk runs low.
      </p>
      <p>
        {lastExport ? (
          <>
            Your latest {lastExport.kind === 'backup' ? 'automatic backup' : 'export'} is <strong>{lastExport.fileName}</strong> in
            your Downloads folder ({clips(lastExport.count)}, {day(lastExport.at)}). Import it to get your clips back.
          </>
        ) : (
          <>If you exported your clips as JSON (or keep automatic backups), import that file to get them back.</>
        )}
      </p>
      <div className="wiped__buttons">
        <button type="button" className="primary" onClick={onRestore}>
          Restore from a file…
        </button>
        <button type="button" onClick={onDismiss}>
          Start with an empty library
        </button>
      </div>
    </section>
  );
}

import { useEffect, useRef } from 'react';
import type { ImportPlan } from '@/lib/clips/import-clips';

export interface ImportDialogProps {
  fileName: string;
  plan: ImportPlan;
  busy: boolean;
  onMerge: () => void;
  onClose: () => void;
}

const n = (count: number) => count.toLocaleString();

/**
 * The preview of an import, as a modal dialog: how many clips are new, duplicates or invalid (with
 * the reasons), and nothing changes until the reader presses Add. A refused file says why.
 */
export function ImportDialog({ fileName, plan, busy, onMerge, onClose }: ImportDialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);

  return (
    <dialog ref={ref} className="dialog" aria-labelledby="import-title" onCancel={(e) => { e.preventDefault(); if (!busy) onClose(); }}>
      <h2 id="import-title">Import clips</h2>
      <p className="dialog__file">{fileName}</p>
      {!plan.ok ? (
        <>
          <p className="dialog__error" role="alert">{plan.error}</p>
          <div className="dialog__buttons">
            <button type="button" className="primary" onClick={onClose} autoFocus>Close</button>
          </div>
        </>
      ) : (
        <>
          <ul className="import-summary" aria-label="What the file holds">
            <li><strong>{n(plan.fresh.length)}</strong> new {plan.fresh.length === 1 ? 'clip' : 'clips'}</li>
            <li><strong>{n(plan.duplicates)}</strong> {plan.duplicates === 1 ? 'duplicate' : 'duplicates'} (already in your library or repeated in the file), skipped</li>
            <li><strong>{n(plan.invalid)}</strong> invalid, skipped</li>
          </ul>
          {plan.issues.length > 0 && (
            <details className="import-issues" open={plan.invalid <= 5}>
              <summary>Why {plan.invalid === 1 ? 'one clip is' : `${n(plan.invalid)} clips are`} invalid</summary>
              <ul>
                {plan.issues.map((issue) => (
                  <li key={issue.position}>Clip {n(issue.position)}: {issue.reason}</li>
                ))}
              </ul>
              {plan.invalid > plan.issues.length && <p>… and {n(plan.invalid - plan.issues.length)} more.</p>}
            </details>
          )}
          <p className="dialog__hint">Nothing changes in your library until you press Add; then all new clips are added together, or none.</p>
          <div className="dialog__buttons">
            <button type="button" className="primary" onClick={onMerge} disabled={busy || plan.fresh.length === 0} autoFocus>
              {busy ? 'Adding…' : `Add ${n(plan.fresh.length)} ${plan.fresh.length === 1 ? 'clip' : 'clips'}`}
            </button>
            <button type="button" onClick={onClose} disabled={busy}>Cancel</button>
          </div>
        </>
      )}
    </dialog>
  );
}

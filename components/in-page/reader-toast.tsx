import { type Store, useStore } from './reader-store';

export interface Notice {
  text: string;
  tone: 'ok' | 'error';
  /** How long it stays, when longer than a short notice's (the sentence is longer). */
  ms?: number;
}

/**
 * A one-line message at the bottom of the page for what the reader did without a card on screen:
 * a clip made from the context menu or a shortcut, highlights hidden or shown. `role="status"`
 * so screen readers announce it; errors use `role="alert"`.
 */
export function ReaderToast({ store }: { store: Store<Notice | null> }) {
  const notice = useStore(store);
  if (!notice) return null;
  return (
    <div className={`toast toast--${notice.tone}`} role={notice.tone === 'error' ? 'alert' : 'status'}>
      <span className="toast__mark" aria-hidden="true">◆</span> {notice.text}
    </div>
  );
}

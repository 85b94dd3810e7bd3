import { useState } from 'react';
import type { LoggedSignal } from '@/lib/reading-log/logged-signal';
import { CategoryChip } from './category-chip';
import type { TrendSelection } from './trends/trend-selection';

export interface TrendSelectionBarProps {
  selection: TrendSelection;
  clipCount: number;
  /** The selected signals that are in the reading log and not clipped. */
  logged: readonly LoggedSignal[];
  onClip: (entry: LoggedSignal) => Promise<void>;
  onClear: () => void;
}

const DATE = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });

/**
 * The Library filtered from Trends: what was clicked, how many clips and logged signals it holds,
 * the logged ones listed (each can be clipped now), and the way back to every clip.
 */
export function TrendSelectionBar({ selection, clipCount, logged, onClip, onClear }: TrendSelectionBarProps) {
  const [busy, setBusy] = useState<string | null>(null);
  return (
    <section className="selection" aria-labelledby="selection-head">
      <div className="selection__head">
        <h2 id="selection-head" className="selection__title">From Trends: {selection.label}</h2>
        <button type="button" onClick={onClear}>Show all clips</button>
      </div>
      <p className="selection__count" role="status">
        {clipCount.toLocaleString()} {clipCount === 1 ? 'clip' : 'clips'}
        {logged.length > 0 && `, ${logged.length.toLocaleString()} seen in your reading log and not clipped`}
      </p>
      {logged.length > 0 && (
        <ul className="selection__logged" aria-label="Seen in your reading log, not clipped">
          {logged.map((entry) => (
            <li key={entry.id} className="selection__item">
              <p className="selection__text">{entry.text}</p>
              <p className="selection__meta">
                <CategoryChip category={entry.category} /> {entry.sourceLabel} · read {DATE.format(entry.seenAt)}
              </p>
              <div className="selection__actions">
                <button
                  type="button"
                  disabled={busy === entry.id}
                  onClick={() => {
                    setBusy(entry.id);
                    void onClip(entry).finally(() => setBusy(null));
                  }}
                >
                  Clip
                </button>
                <a href={entry.textFragmentUrl} target="_blank" rel="noopener noreferrer">Open at the passage</a>
              </div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

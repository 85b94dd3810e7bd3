import type { MouseEvent } from 'react';
import type { Signal } from '@/lib/analysis-result';
import { CATEGORY_STYLES } from '@/lib/highlights/category-style';

export type ClipState = 'idle' | 'saving' | 'saved' | 'error';

export interface SignalCardProps {
  signal: Signal;
  clip: ClipState;
  error: string | null;
  display: (text: string) => string;
  onClip: (event?: MouseEvent) => void;
  onClose: () => void;
}

/** The card shown over a highlighted signal: its category, direction, reason and figures, and Clip. */
export function SignalCard({ signal, clip, error, display, onClip, onClose }: SignalCardProps) {
  const style = CATEGORY_STYLES[signal.category];
  return (
    <div className="card" role="dialog" aria-label={`Lodestone signal: ${style.label}`}>
      <div className="card__head">
        <span className="chip" style={{ background: style.light }}>{style.label}</span>
        {signal.direction && <span className="card__direction">{signal.direction}</span>}
        <span className="card__confidence" title="Confidence">{Math.round(signal.confidence * 100)}%</span>
        <button type="button" className="card__close" aria-label="Close" onClick={onClose}>×</button>
      </div>
      <p className="card__why">{display(signal.why)}</p>
      {signal.figures.length > 0 && (
        <ul className="card__figures" aria-label="Figures">
          {signal.figures.map((f) => (
            <li key={f.text}>{display(f.text)}</li>
          ))}
        </ul>
      )}
      <div className="card__foot">
        <button
          type="button"
          className={`clip clip--${clip}`}
          onClick={(e) => onClip(e)}
          disabled={clip === 'saving' || clip === 'saved'}
        >
          {clip === 'saved' ? 'Saved ✓' : clip === 'saving' ? 'Saving…' : 'Clip'}
        </button>
        {error && <span className="card__error" role="alert">{error}</span>}
      </div>
    </div>
  );
}

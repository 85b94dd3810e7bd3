import type { Publisher } from '@/lib/analysis-result';
import { OVERRIDE_REFERENCE } from '@/lib/sources/source-override';
import './sources.css';

/**
 * The information chip for a publicly funded, editorially independent publisher (IP/ISF/ISM/ISFM
 * in the State Media Monitor typology: BBC, DW, Yonhap…). Shown in the side panel only, never in
 * the page, and worded as information, never as a warning (DESIGN: never in the same class as a
 * state-controlled outlet). Renders nothing for any other level.
 */
export function SourceChip({ publisher }: { publisher: Publisher }) {
  if (publisher.level !== 'public-independent') return null;
  const who = publisher.name ?? publisher.domain ?? 'This publisher';
  const corrected = publisher.reference === OVERRIDE_REFERENCE;
  return (
    <div className="source-chip" role="note" aria-label="Publisher information">
      <p className="source-chip__line">
        <span className="source-chip__mark" aria-hidden="true">i</span>
        <span>
          <strong>{who}</strong>
          {publisher.domain && publisher.name ? ` (${publisher.domain})` : ''} is publicly funded and editorially independent
          {publisher.country ? ` (${publisher.country})` : ''}.{corrected ? ' Your correction.' : ''}
        </span>
      </p>
      {(publisher.basis || publisher.reference) && (
        <details className="source-chip__why">
          <summary>Why</summary>
          {publisher.basis && <p>{publisher.basis}</p>}
          {publisher.reference && <p className="source-chip__ref">Reference: {publisher.reference}</p>}
        </details>
      )}
    </div>
  );
}

import { useState } from 'react';
import type { SourceAssessment } from '@/lib/analysis-result';
import { levelWords, sourceLabel, textRelays } from '@/lib/source-label';

export interface SourceBannerProps {
  source: SourceAssessment;
  /** How the page's own text reads, repaired for display (mojibake). */
  display: (text: string) => string;
  onDismissSite: () => void;
}

const HEADINGS: Record<NonNullable<SourceAssessment['banner']>, string> = {
  'state-controlled': 'State-controlled publisher',
  'state-aligned': 'State-aligned publisher',
  'state-affiliated': 'State-affiliated publisher',
  'relays-state': 'Relays a state-affiliated source',
};

/**
 * The source banner at the top of the article: who is really speaking, what kind of source it is,
 * and the evidence in the article's own words. It sits in the page's flow (never over the text),
 * collapses to one line, and can be dismissed for the site.
 */
export function SourceBanner({ source, display, onDismissSite }: SourceBannerProps) {
  const [collapsed, setCollapsed] = useState(false);
  if (!source.banner) return null;
  const relays = textRelays(source);
  const heading = source.banner === 'relays-state' && relays[0] ? `Relays a ${levelWords(relays[0].level)} source` : HEADINGS[source.banner];
  const evidence = [...new Set([...relays.map((r) => r.evidence), ...source.disclosures])];
  return (
    <section className={`banner banner--${source.banner}`} role="region" aria-label="Lodestone source notice">
      <header className="banner__head">
        <span className="banner__mark" aria-hidden="true">◆</span>
        <strong className="banner__title">{heading}</strong>
        {collapsed && <span className="banner__summary">{display(sourceLabel(source))}</span>}
        <span className="banner__actions">
          <button type="button" onClick={() => setCollapsed(!collapsed)} aria-expanded={!collapsed}>
            {collapsed ? 'Show' : 'Collapse'}
          </button>
          <button type="button" onClick={onDismissSite}>Dismiss for this site</button>
        </span>
      </header>
      {!collapsed && (
        <div className="banner__body">
          <p className="banner__who">{display(describe(source))}</p>
          {evidence.length > 0 && (
            <>
              <p className="banner__label">Evidence in the article</p>
              <ul className="banner__evidence">
                {evidence.map((e) => (
                  <li key={e}>
                    <q>{display(e)}</q>
                  </li>
                ))}
              </ul>
            </>
          )}
          {source.publisher.basis && source.banner !== 'relays-state' && (
            <p className="banner__basis">
              Basis: {source.publisher.basis}
              {source.publisher.reference && <> · Reference: {source.publisher.reference}</>}
            </p>
          )}
          <p className="banner__foot">Lodestone · source check made on this device</p>
        </div>
      )}
    </section>
  );
}

function describe(source: SourceAssessment): string {
  const p = source.publisher;
  const publisher = p.name ? `${p.name}${p.domain ? ` (${p.domain})` : ''}` : (p.domain ?? 'This site');
  if (source.banner === 'relays-state') {
    const r = textRelays(source)[0];
    const origin = r ? `${r.name}${r.description ? `, a ${r.description}` : ''}` : 'a state-linked source';
    return `This article on ${publisher} relays content from ${origin}. The publisher itself is ${levelWords(p.level)}.`;
  }
  return `${publisher} is ${levelWords(p.level)} media${p.country ? ` of ${p.country}` : ''}.`;
}

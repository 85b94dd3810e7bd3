import { useId, useState, type SyntheticEvent } from 'react';
import type { BannerKind, Relay, SourceAssessment, SourceLevel } from '@/lib/analysis-result';
import { addSourceOverride } from '@/lib/source-overrides';
import { isOverridden } from '@/lib/sources/source-override';
import { levelWords, sourceLabel, textRelays } from '@/lib/source-label';

/** The reader's answer to "this label is wrong". */
export interface Correction {
  domain: string;
  level: SourceLevel;
  note: string;
}

export interface SourceBannerProps {
  source: SourceAssessment;
  /** How the page's own text reads, repaired for display (mojibake). */
  display: (text: string) => string;
  onDismissSite: () => void;
  /** Keeps the reader's correction; by default a local override for the publisher's domain. */
  onCorrect?: (correction: Correction) => Promise<unknown>;
  /**
   * Act on real clicks only (default). The banner sits in the page, and a page script could click
   * "Dismiss" or file a correction for its own site; its synthetic events are not trusted.
   */
  trustedOnly?: boolean;
}

type Kind = NonNullable<BannerKind>;

const HEADINGS: Record<Kind, string> = {
  'state-controlled': 'State-controlled publisher',
  'state-aligned': 'State-aligned publisher',
  'state-affiliated': 'State-affiliated publisher',
  'relays-state': 'Relays a state-affiliated source',
};

/** A shape per kind, so the kinds differ by more than colour. */
const MARKS: Record<Kind, string> = {
  'state-controlled': '■',
  'state-aligned': '▲',
  'state-affiliated': '◆',
  'relays-state': '↪',
};

/** What each level means, in the reader's words (data/README.md, the State Media Monitor typology). */
const KIND_OF: Record<SourceLevel, string> = {
  'state-controlled': 'State-controlled: the state controls its funding or its governance, and its editorial line.',
  'state-aligned': 'State-aligned: not owned by the state, but editorially captured by it or its allies, or part of a network that relays state content.',
  'state-affiliated': 'State-affiliated: owned by a state-owned enterprise or a state body, and not a news outlet.',
  'public-independent': 'Publicly funded, editorially independent.',
  unknown: 'Not in the registry.',
};

const CHOICES: ReadonlyArray<{ level: SourceLevel; label: string }> = [
  { level: 'state-controlled', label: 'State-controlled' },
  { level: 'state-aligned', label: 'State-aligned' },
  { level: 'state-affiliated', label: 'State-affiliated (a state company or body)' },
  { level: 'public-independent', label: 'Publicly funded, editorially independent' },
  { level: 'unknown', label: 'Not state-linked' },
];

type SaveState = { state: 'idle' } | { state: 'saving' } | { state: 'saved'; level: SourceLevel } | { state: 'error'; message: string };

/**
 * The source banner at the top of the article: who is really speaking, what kind of source it is,
 * and why (the article's own words, the registry's basis and reference). It sits in the page's
 * flow (never over the text), collapses to one line, can be dismissed for the site, and takes a
 * correction ("this label is wrong") that is kept on this device and undone in the side panel.
 */
export function SourceBanner({ source, display, onDismissSite, onCorrect, trustedOnly = true }: SourceBannerProps) {
  const [collapsed, setCollapsed] = useState(false);
  const [correcting, setCorrecting] = useState(false);
  const [saved, setSaved] = useState<SaveState>({ state: 'idle' });
  if (!source.banner) return null;
  const kind = source.banner;
  const trusted = <E extends SyntheticEvent>(act: (e: E) => void) => (e: E) => {
    if (trustedOnly && !e.nativeEvent.isTrusted) return;
    act(e);
  };

  const relays = textRelays(source);
  const lead = relays[0];
  const heading = kind === 'relays-state' && lead ? `Relays a ${levelWords(lead.level)} source` : HEADINGS[kind];
  const evidence = [...new Set([...relays.map((r) => r.evidence), ...source.disclosures])];
  const wires = source.relays.filter((r) => r.kind !== 'photo-credit' && r.level === 'unknown' && r.description);
  const domain = source.publisher.domain;
  const corrected = isOverridden(source);
  const relayLevel = kind === 'relays-state' && lead ? ` banner--relay-${lead.level}` : '';

  const save = async (level: SourceLevel, note: string) => {
    if (!domain) return;
    setSaved({ state: 'saving' });
    try {
      await (onCorrect ?? defaultCorrect)({ domain, level, note });
      setSaved({ state: 'saved', level });
      setCorrecting(false);
    } catch (err) {
      setSaved({ state: 'error', message: err instanceof Error ? err.message : String(err) });
    }
  };

  return (
    <section className={`banner banner--${kind}${relayLevel}`} role="region" aria-label="Lodestone source notice">
      <header className="banner__head">
        <span className="banner__mark" aria-hidden="true">{MARKS[kind]}</span>
        <strong className="banner__title">{heading}</strong>
        {corrected && <span className="banner__tag">Your correction</span>}
        {collapsed && <span className="banner__summary">{display(sourceLabel(source))}</span>}
        <span className="banner__actions">
          <button type="button" onClick={() => setCollapsed(!collapsed)} aria-expanded={!collapsed}>
            {collapsed ? 'Show' : 'Collapse'}
          </button>
          <button type="button" onClick={trusted(() => onDismissSite())}>Dismiss for this site</button>
          {domain && !collapsed && (
            <button type="button" aria-expanded={correcting} onClick={trusted(() => setCorrecting(!correcting))}>
              This label is wrong
            </button>
          )}
        </span>
      </header>
      {!collapsed && (
        <div className="banner__body">
          <dl className="banner__facts">
            <dt>Who</dt>
            <dd className="banner__who">{display(describe(source))}</dd>
            <dt>What kind</dt>
            <dd className="banner__kind">{kind === 'relays-state' && lead ? KIND_OF[lead.level] : KIND_OF[source.publisher.level]}</dd>
            <dt>Why</dt>
            <dd className="banner__why">
              {kind === 'relays-state' ? (
                <Evidence quotes={evidence} display={display} />
              ) : (
                source.publisher.basis && <p className="banner__basis">Basis: {source.publisher.basis}</p>
              )}
            </dd>
            {kind !== 'relays-state' && evidence.length > 0 && (
              <>
                <dt>Relays</dt>
                <dd className="banner__relayed">
                  <Evidence quotes={evidence} display={display} />
                </dd>
              </>
            )}
            {wires.length > 0 && (
              <>
                <dt>Also carries</dt>
                <dd className="banner__wires">
                  <ul>
                    {wires.map((w) => (
                      <li key={w.name}>
                        {display(w.name)}, {w.description}: <q>{display(w.evidence)}</q>
                      </li>
                    ))}
                  </ul>
                </dd>
              </>
            )}
            <References source={source} relays={relays} />
          </dl>
          {correcting && domain && (
            <CorrectionForm domain={domain} current={kind === 'relays-state' ? null : source.publisher.level} busy={saved.state === 'saving'} trusted={trusted} onSave={save} onCancel={() => setCorrecting(false)} />
          )}
          {saved.state === 'saved' && (
            <p className="banner__status" role="status">
              Saved on this device: {domain} is now marked {CHOICES.find((c) => c.level === saved.level)?.label.toLowerCase()}. It applies from the next
              page load; undo it in the side panel (This page › Sources).
            </p>
          )}
          {saved.state === 'error' && (
            <p className="banner__status banner__status--error" role="alert">
              Not saved: {saved.message}
            </p>
          )}
          <p className="banner__foot">Lodestone · source check made on this device</p>
        </div>
      )}
    </section>
  );
}

/** The article's own words that show a relay or a disclosure, verbatim (repaired for reading only). */
function Evidence({ quotes, display }: { quotes: string[]; display: (text: string) => string }) {
  if (quotes.length === 0) return null;
  return (
    <>
      <p className="banner__label">Evidence in the article</p>
      <ul className="banner__evidence">
        {quotes.map((e) => (
          <li key={e}>
            <q>{display(e)}</q>
          </li>
        ))}
      </ul>
    </>
  );
}

function References({ source, relays }: { source: SourceAssessment; relays: Relay[] }) {
  const refs: Array<[string, string]> = [];
  const p = source.publisher;
  if (p.reference && source.banner !== 'relays-state') refs.push([p.name ?? p.domain ?? 'Publisher', p.reference]);
  for (const r of relays) if (r.reference && !refs.some(([, ref]) => ref === r.reference)) refs.push([r.name, r.reference]);
  if (refs.length === 0) return null;
  return (
    <>
      <dt>Reference</dt>
      <dd className="banner__refs">
        <ul>
          {refs.map(([who, ref]) => (
            <li key={`${who} ${ref}`}>
              {who}: {ref}
            </li>
          ))}
        </ul>
      </dd>
    </>
  );
}

interface CorrectionFormProps {
  domain: string;
  /** The level the banner states (not offered again); null for a relay banner, which states none of the site. */
  current: SourceLevel | null;
  busy: boolean;
  trusted: <E extends SyntheticEvent>(act: (e: E) => void) => (e: E) => void;
  onSave: (level: SourceLevel, note: string) => void;
  onCancel: () => void;
}

function CorrectionForm({ domain, current, busy, trusted, onSave, onCancel }: CorrectionFormProps) {
  const [level, setLevel] = useState<SourceLevel | null>(null);
  const [note, setNote] = useState('');
  const id = useId();
  return (
    <fieldset className="banner__correct">
      <legend>What is right for {domain}?</legend>
      <div className="banner__choices" role="radiogroup">
        {CHOICES.filter((c) => c.level !== current).map((c) => (
          <label key={c.level}>
            <input type="radio" name={`${id}-level`} value={c.level} checked={level === c.level} onChange={trusted(() => setLevel(c.level))} />
            {c.label}
          </label>
        ))}
      </div>
      <label className="banner__note">
        Note (optional, for yourself)
        <textarea maxLength={500} rows={2} value={note} onChange={trusted((e: SyntheticEvent<HTMLTextAreaElement>) => setNote(e.currentTarget.value))} />
      </label>
      <p className="banner__hint">Kept on this device only, for the whole site; listed in the side panel, where you can undo it.</p>
      <div className="banner__form-actions">
        <button type="button" className="banner__save" disabled={level === null || busy} onClick={trusted(() => level && onSave(level, note))}>
          {busy ? 'Saving…' : 'Save correction'}
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </fieldset>
  );
}

function defaultCorrect(c: Correction): Promise<unknown> {
  return addSourceOverride(c);
}

function describe(source: SourceAssessment): string {
  const p = source.publisher;
  const publisher = p.name ? `${p.name}${p.domain ? ` (${p.domain})` : ''}` : (p.domain ?? 'This site');
  if (source.banner === 'relays-state') {
    const r = textRelays(source)[0];
    const origin = r ? `${r.name}${r.description ? `, a ${r.description}` : ''}` : 'a state-linked source';
    return `This article on ${publisher} relays content from ${origin}. The publisher itself is ${levelWords(p.level)}.`;
  }
  const country = p.country ? ` of ${p.country}` : '';
  // A state company's own site is not "media": it publishes in the company's name.
  return p.level === 'state-affiliated' ? `${publisher} is a state-affiliated site${country}.` : `${publisher} is ${levelWords(p.level)} media${country}.`;
}

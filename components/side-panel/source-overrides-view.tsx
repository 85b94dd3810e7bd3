import { useEffect, useState } from 'react';
import type { Publisher, SourceLevel } from '@/lib/analysis-result';
import { readSettings, updateSettings, watchSettings } from '@/lib/settings';
import { addSourceOverride, readSourceOverrides, removeSourceOverride, watchSourceOverrides } from '@/lib/source-overrides';
import { publisherForUrl } from '@/lib/sources/assess-source';
import type { SourceOverride } from '@/lib/sources/source-override';
import { SourceChip } from './source-chip';
import './sources.css';

const LEVEL_LABEL: Record<SourceLevel, string> = {
  'state-controlled': 'state-controlled',
  'state-aligned': 'state-aligned',
  'state-affiliated': 'state-affiliated',
  'public-independent': 'publicly funded, editorially independent',
  unknown: 'not state-linked',
};

export interface SourceOverridesViewProps {
  overrides: readonly SourceOverride[];
  /** The domain of the page in view: its correction is marked. */
  currentDomain?: string | null;
  onUndo: (override: SourceOverride) => void;
}

/** The reader's corrections of source labels, newest first, each with its Undo. */
export function SourceOverridesView({ overrides, currentDomain = null, onUndo }: SourceOverridesViewProps) {
  if (overrides.length === 0) {
    return <p className="overrides__empty">No corrections. When a banner’s label is wrong, use “This label is wrong” on it.</p>;
  }
  return (
    <ul className="overrides" aria-label="Your corrections">
      {overrides.map((o) => (
        <li key={o.domain} className={`override${o.domain === currentDomain ? ' override--current' : ''}`}>
          <div className="override__text">
            <strong className="override__domain">{o.domain}</strong> marked <span className="override__level">{LEVEL_LABEL[o.level]}</span>
            <span className="override__date"> · {new Date(o.createdAt).toISOString().slice(0, 10)}</span>
            {o.domain === currentDomain && <span className="override__here"> · this page</span>}
            {o.note && <p className="override__note">{o.note}</p>}
          </div>
          <button type="button" onClick={() => onUndo(o)} aria-label={`Undo the correction for ${o.domain}`}>
            Undo
          </button>
        </li>
      ))}
    </ul>
  );
}

export interface PageSourcesProps {
  /** The tab's URL (the publisher by domain when the page has no analysis). */
  url: string | null;
  /** The analyzed publisher, when there is an analysis. */
  publisher: Publisher | null;
}

/**
 * The side panel's source section for the page in view: the information chip of a publicly funded
 * independent publisher, and a "Sources" disclosure with the reader's corrections (undoable) and
 * the option that extends the banner to every article.
 */
export function PageSources({ url, publisher }: PageSourcesProps) {
  const overrides = useSourceOverrides();
  const [everyArticle, setEveryArticle] = useEveryArticleOption();
  const [undone, setUndone] = useState<SourceOverride | null>(null);
  const shown = publisher ?? (url ? publisherForUrl(url) : null);
  const currentDomain = shown?.domain ?? null;
  const hasCurrent = overrides.some((o) => o.domain === currentDomain);
  return (
    <>
      {shown && <SourceChip publisher={shown} />}
      <details className="sources" open={hasCurrent || undefined}>
        <summary>
          Sources{overrides.length > 0 ? ` · ${overrides.length} correction${overrides.length === 1 ? '' : 's'}` : ''}
        </summary>
        <SourceOverridesView
          overrides={overrides}
          currentDomain={currentDomain}
          onUndo={(o) => {
            setUndone(o);
            void removeSourceOverride(o.domain);
          }}
        />
        {undone && (
          <p className="sources__undone" role="status">
            Undone for {undone.domain}; it applies from the next page load.{' '}
            <button
              type="button"
              className="link"
              onClick={() => {
                void addSourceOverride(undone);
                setUndone(null);
              }}
            >
              Restore
            </button>
          </p>
        )}
        <label className="sources__option">
          <input type="checkbox" checked={everyArticle} onChange={(e) => setEveryArticle(e.currentTarget.checked)} />
          Show the source banner on every article from a state-linked publisher, not only on rare-earth articles
        </label>
        <p className="sources__about">
          Labels come from the State Media Matrix, official designations, relay-network lists and Lodestone’s own curated entries. Corrections
          stay on this device and are included in exports.
        </p>
      </details>
    </>
  );
}

function useSourceOverrides(): SourceOverride[] {
  const [list, setList] = useState<SourceOverride[]>([]);
  useEffect(() => {
    let alive = true;
    void readSourceOverrides().then((l) => alive && setList(l));
    const stop = watchSourceOverrides((l) => alive && setList(l));
    return () => {
      alive = false;
      stop();
    };
  }, []);
  return list;
}

function useEveryArticleOption(): [boolean, (on: boolean) => void] {
  const [on, setOn] = useState(false);
  useEffect(() => {
    let alive = true;
    void readSettings().then((s) => alive && setOn(s.bannerOnEveryArticle));
    const stop = watchSettings((s) => alive && setOn(s.bannerOnEveryArticle));
    return () => {
      alive = false;
      stop();
    };
  }, []);
  return [
    on,
    (next) => {
      // Shown at once; the stored value follows (and the watcher confirms it).
      setOn(next);
      void updateSettings(() => ({ bannerOnEveryArticle: next }));
    },
  ];
}

import type { AnalysisResult, Category, Signal } from '@/lib/analysis-result';
import { readableText } from '@/lib/analysis/repair-mojibake';
import { CATEGORY_STYLES } from '@/lib/highlights/category-style';
import { levelWords, sourceLabel, textRelays } from '@/lib/source-label';
import { ClipCategoryButton } from './clip-category-button';
import { OrphanedClips } from './orphaned-clips';
import { PageSources } from './source-overrides-view';

export interface PageState {
  tabId: number | null;
  url: string | null;
  result: AnalysisResult | null;
}

export interface ThisPageViewProps {
  page: PageState;
  onJump: (index: number) => void;
  /** Clips every signal of a category (through the background); resolves to what happened. */
  onClipCategory?: (category: Category) => Promise<string>;
  /** Whether a signal of this page is already in the library. */
  isSaved?: (signal: Signal) => boolean;
}

export function ThisPageView({ page, onJump, onClipCategory, isSaved = () => false }: ThisPageViewProps) {
  const { result } = page;
  // The publisher chip and the reader's label corrections, on every page (not only analyzed ones).
  const sources = <PageSources url={page.url} publisher={result?.source.publisher ?? null} />;
  const orphans = <OrphanedClips tabId={page.tabId} />;
  if (!result) {
    return (
      <>
        <p className="empty">
          {page.url ? 'Lodestone has not analyzed this page: it does not look like a rare-earth article.' : 'Open a news article to see its signals here.'}
        </p>
        {sources}
        {orphans}
      </>
    );
  }
  if (!result.topic.isRareEarth) {
    return (
      <>
        <p className="empty">This page is not a rare-earth or critical-minerals article. Nothing is highlighted.</p>
        {sources}
        {orphans}
      </>
    );
  }
  const groups = groupByCategory(result.signals);
  return (
    <div className="page">
      <section className={`source source--${result.source.banner ?? result.source.publisher.level}`} aria-label="Source">
        <h2 className="source__label">{readableText(sourceLabel(result.source))}</h2>
        <p className="source__publisher">
          Publisher: {result.source.publisher.name ?? result.source.publisher.domain ?? 'unknown'} — {levelWords(result.source.publisher.level)}
        </p>
        {textRelays(result.source).map((r) => (
          <p key={r.evidence} className="source__relay">
            Relays <strong>{readableText(r.name)}</strong>
            {r.description ? `, ${r.description}` : ''}: <q>{readableText(r.evidence)}</q>
          </p>
        ))}
      </section>
      {sources}
      {orphans}
      <h2 className="page__title">{readableText(result.article?.title ?? result.url)}</h2>
      <p className="page__count">{signalCount(result)}</p>
      {groups.map(([category, items]) => (
        <section key={category} className="group" aria-label={CATEGORY_STYLES[category].label}>
          <div className="group__bar">
            <h3 className="group__head">
              <span className="swatch" style={{ background: CATEGORY_STYLES[category].light }} aria-hidden="true" />
              {CATEGORY_STYLES[category].label} <span className="group__count">{items.length}</span>
            </h3>
            {onClipCategory && (
              <ClipCategoryButton
                category={category}
                label={CATEGORY_STYLES[category].label}
                total={items.length}
                saved={items.filter(({ signal }) => isSaved(signal)).length}
                listCut={(result.omittedSignals ?? 0) > 0}
                onClip={onClipCategory}
              />
            )}
          </div>
          <ul className="signals">
            {items.map(({ signal, index }) => (
              <li key={index}>
                <button type="button" className="signal" onClick={() => onJump(index)} title="Show on the page">
                  {readableText(signal.text)}
                  {isSaved(signal) && <span className="signal__saved"> (clipped)</span>}
                </button>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}

/** "12 signals", or, for an analysis too large to keep whole, how many of them the list shows. */
export function signalCount(result: AnalysisResult): string {
  const shown = result.signals.length;
  const omitted = result.omittedSignals ?? 0;
  if (omitted === 0) return `${shown} signals`;
  const total = (shown + omitted).toLocaleString('en');
  return `Showing the first ${shown.toLocaleString('en')} of ${total} signals (a very long page: the rest are highlighted on the page, not listed here)`;
}

function groupByCategory(signals: Signal[]): [Category, { signal: Signal; index: number }[]][] {
  const groups = new Map<Category, { signal: Signal; index: number }[]>();
  signals.forEach((signal, index) => groups.set(signal.category, [...(groups.get(signal.category) ?? []), { signal, index }]));
  return [...groups.entries()];
}

import type { AnalysisResult, Category, Signal } from '@/lib/analysis-result';
import { readableText } from '@/lib/analysis/repair-mojibake';
import { CATEGORY_STYLES } from '@/lib/highlights/category-style';
import { levelWords, sourceLabel, textRelays } from '@/lib/source-label';

export interface PageState {
  tabId: number | null;
  url: string | null;
  result: AnalysisResult | null;
}

export function ThisPageView({ page, onJump }: { page: PageState; onJump: (index: number) => void }) {
  const { result } = page;
  if (!result) {
    return (
      <p className="empty">
        {page.url ? 'Lodestone has not analyzed this page: it does not look like a rare-earth article.' : 'Open a news article to see its signals here.'}
      </p>
    );
  }
  if (!result.topic.isRareEarth) {
    return <p className="empty">This page is not a rare-earth or critical-minerals article. Nothing is highlighted.</p>;
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
      <h2 className="page__title">{readableText(result.article?.title ?? result.url)}</h2>
      <p className="page__count">{result.signals.length} signals</p>
      {groups.map(([category, items]) => (
        <section key={category} className="group" aria-label={CATEGORY_STYLES[category].label}>
          <h3 className="group__head">
            <span className="swatch" style={{ background: CATEGORY_STYLES[category].light }} aria-hidden="true" />
            {CATEGORY_STYLES[category].label} <span className="group__count">{items.length}</span>
          </h3>
          <ul className="signals">
            {items.map(({ signal, index }) => (
              <li key={index}>
                <button type="button" className="signal" onClick={() => onJump(index)} title="Show on the page">
                  {readableText(signal.text)}
                </button>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}

function groupByCategory(signals: Signal[]): [Category, { signal: Signal; index: number }[]][] {
  const groups = new Map<Category, { signal: Signal; index: number }[]>();
  signals.forEach((signal, index) => groups.set(signal.category, [...(groups.get(signal.category) ?? []), { signal, index }]));
  return [...groups.entries()];
}

import { useMemo, useState } from 'react';
import type { ClipDatabase } from '@/lib/clips/clip-db';
import { clipCategoryStyle } from '@/lib/highlights/category-style';
import type { ClipCategory } from '@/lib/clips/clip-schema';
import { type TrendRange, OTHER_MATERIALS, aggregateTrends } from '@/lib/trends/aggregate-trends';
import { buildBrief, rangeWords } from '@/lib/trends/brief';
import { briefHtml } from '@/lib/trends/brief-html';
import { briefMarkdown } from '@/lib/trends/brief-markdown';
import { aggregateIndex, pointsIn } from '@/lib/trends/trend-index';
import { RANGE_PRESETS, type RangePreset, presetRange, rangeDays, utcDay } from '@/lib/trends/trend-range';
import { downloadFile } from '../download-file';
import { PriceChart } from './price-chart';
import { StateShareChart } from './state-share-chart';
import { idsWhere, seriesFilter } from '@/lib/trends/trend-filters';
import { type OnPick, type OnSelect, selectionOf } from './trend-selection';
import { useTrendPoints } from './use-trend-points';
import { type SeriesStyle, WeekChart } from './week-chart';
import './trends.css';

export interface TrendsViewProps {
  db: ClipDatabase;
  onSelect: OnSelect;
  /** Now, for the presets (tests pin it). */
  now?: () => number;
}

/** Colours of the material series (light fill, dark fill), in order of the materials' counts. */
const MATERIAL_COLORS: readonly [string, string][] = [
  ['#9cc3ff', '#2b5aa0'], ['#ffc48a', '#8a4f12'], ['#a6e3b5', '#2c6b3d'], ['#f5a3a3', '#7d2d2d'], ['#d2b8ff', '#573a8a'],
  ['#ffe08a', '#7a6210'], ['#98e0e0', '#1f6666'], ['#f2b3dc', '#7a2f62'], ['#cfd5de', '#4a5261'],
];

/**
 * Trends (the side panel's third tab): what the reader's clips, and the reading log when it is on,
 * say over a date range — signals per week by category and material, quoted prices, who is
 * speaking — and the brief of that range. Every bar, point and legend entry opens the Library
 * filtered to exactly its signals.
 */
export function TrendsView({ db, onSelect, now = Date.now }: TrendsViewProps) {
  const [withLog, setWithLog] = useState(true);
  const [preset, setPreset] = useState<RangePreset | null>('13w');
  const [custom, setCustom] = useState<TrendRange | null>(null);
  const data = useTrendPoints(db, withLog);
  const range = useMemo(() => (preset ? presetRange(preset, now(), data.oldest) : custom!), [preset, custom, data.oldest, now]);
  const trends = useMemo(() => {
    performance.mark('lodestone-trends-aggregate-start');
    const t = data.index ? aggregateIndex(data.index, withLog, range) : aggregateTrends([], range);
    performance.mark('lodestone-trends-aggregated');
    return t;
  }, [data.index, withLog, range]);
  const days = rangeDays(range);
  // A click names its points by a filter; the Library gets their ids (only the range's weeks are decoded).
  const pick: OnPick = (label, filter) => onSelect(selectionOf(label, data.index ? idsWhere(pointsIn(data.index, withLog, range), range, filter) : []));

  const materialStyle = useMemo(() => {
    const index = new Map(trends.byMaterial.series.map((s, i) => [s, i]));
    return (s: string): SeriesStyle => {
      const [light, dark] = s === OTHER_MATERIALS ? MATERIAL_COLORS.at(-1)! : MATERIAL_COLORS[(index.get(s) ?? 0) % (MATERIAL_COLORS.length - 1)]!;
      return { label: s, light, dark };
    };
  }, [trends.byMaterial.series]);

  const setDay = (which: 'from' | 'to', text: string) => {
    const at = utcDay(text, which === 'to');
    if (at === null) return;
    const next = { ...range, [which]: at };
    if (next.from >= next.to) return;
    setPreset(null);
    setCustom(next);
  };

  const exportBrief = async (kind: 'md' | 'html') => {
    // The brief needs the full rows (sentences, figures, links) of the range: read by date index.
    const [clips, log] = await Promise.all([
      db.clips.where('createdAt').between(range.from, range.to).toArray(),
      withLog ? db.readingLog.where('seenAt').between(range.from, range.to).toArray() : [],
    ]);
    const brief = buildBrief(clips, log, range, now());
    const name = `lodestone-brief-${days.from}-to-${days.to}.${kind}`;
    if (kind === 'md') downloadFile(name, 'text/markdown;charset=utf-8', briefMarkdown(brief));
    else downloadFile(name, 'text/html;charset=utf-8', briefHtml(brief));
  };

  return (
    <div className="trends">
      <div className="trends__bar" role="group" aria-label="Range and signals">
        <div className="trends__presets" role="group" aria-label="Range">
          {RANGE_PRESETS.map((p) => (
            <button key={p.id} type="button" aria-pressed={preset === p.id} onClick={() => setPreset(p.id)}>
              {p.label}
            </button>
          ))}
        </div>
        <div className="trends__days">
          <label className="field">
            <span className="field__label">From</span>
            <input type="date" value={days.from} onChange={(e) => setDay('from', e.target.value)} />
          </label>
          <label className="field">
            <span className="field__label">Until</span>
            <input type="date" value={days.to} onChange={(e) => setDay('to', e.target.value)} />
          </label>
        </div>
        <label className="trends__log">
          <input type="checkbox" checked={withLog} onChange={(e) => setWithLog(e.target.checked)} />
          Include the reading log ({data.logCount.toLocaleString()} {data.logCount === 1 ? 'signal' : 'signals'})
        </label>
      </div>
      <p className="trends__summary" role="status" aria-live="polite">
        {data.loading ? 'Loading signals…' : `${trends.count.toLocaleString()} ${trends.count === 1 ? 'signal' : 'signals'}, ${rangeWords(range)} (weeks start on Monday, UTC)`}
      </p>
      {!data.loading && trends.count === 0 ? (
        <p className="empty">
          No signal in this range. Clip signals, or turn on the reading log in Lodestone’s options (“Keep the signals of every rare-earth
          article I read”), and their movement shows here.
        </p>
      ) : (
        <>
          <WeekChart
            title="Signals per week by category"
            data={trends.byCategory}
            styleOf={(s) => clipCategoryStyle(s as ClipCategory)}
            filterOf={(s) => seriesFilter('category', s, trends)}
            onSelect={pick}
          />
          <WeekChart
            title="Signals per week by material"
            note="A signal that names two materials counts under each."
            data={trends.byMaterial}
            styleOf={materialStyle}
            filterOf={(s) => seriesFilter('material', s, trends)}
            onSelect={pick}
          />
          <PriceChart prices={trends.prices} range={range} onSelect={pick} />
          <StateShareChart shares={trends.stateShare} onSelect={pick} />
        </>
      )}
      <div className="trends__brief" role="group" aria-label={`Brief of ${rangeWords(range)}`}>
        <span>Brief of this range:</span>
        <button type="button" onClick={() => void exportBrief('md')} disabled={trends.count === 0}>Markdown</button>
        <button type="button" onClick={() => void exportBrief('html')} disabled={trends.count === 0}>HTML</button>
      </div>
    </div>
  );
}

import { type KeyboardEvent, type MouseEvent, useState } from 'react';
import type { BannerKind } from '@/lib/analysis-result';
import type { PricePoint, PriceSeries, TrendRange } from '@/lib/trends/aggregate-trends';
import type { OnPick } from './trend-selection';

export interface PriceChartProps {
  prices: PriceSeries[];
  range: TrendRange;
  onSelect: OnPick;
}

const W = 360;
const H = 150;
const PAD = 10;
const DAY = (at: number) => new Date(at).toISOString().slice(0, 10);
/** Rows of the screen-reader table: the latest quotes (a year can hold a thousand; each point is reachable in the chart). */
const TABLE_ROWS = 200;

/** Radius of a quote's dot; a pointer within HIT of its centre (dot and ring) is on it (SVG units). */
const R = 5;
const HIT = R + 2;

/** One path of dots: a range of a year held ~2,700 quotes, as circles ~30% of a range change (docs/bench.md "Trends"). */
function dotsPath(centres: readonly (readonly [number, number])[]): string {
  return centres.map(([cx, cy]) => `M${cx - R},${cy}a${R},${R} 0 1,0 ${2 * R},0a${R},${R} 0 1,0 ${-2 * R},0`).join('');
}

/** The quote under the pointer (the nearest within HIT), or null. */
function quoteAt(e: MouseEvent<SVGElement>, centres: readonly (readonly [number, number])[]): number | null {
  const svg = e.currentTarget.ownerSVGElement ?? (e.currentTarget as unknown as SVGSVGElement);
  const ctm = svg.getScreenCTM();
  if (!ctm) return null;
  const at = new DOMPoint(e.clientX, e.clientY).matrixTransform(ctm.inverse());
  let best: number | null = null;
  let bestD = HIT * HIT;
  centres.forEach(([cx, cy], i) => {
    const d = (cx - at.x) ** 2 + (cy - at.y) ** 2;
    if (d <= bestD) {
      best = i;
      bestD = d;
    }
  });
  return best;
}

const STATE_WORDS: Record<NonNullable<BannerKind>, string> = {
  'state-controlled': 'state-controlled publisher',
  'state-aligned': 'state-aligned publisher',
  'state-affiliated': 'state-affiliated publisher',
  'relays-state': 'relays a state-linked source',
};

/** The state label of a point's source, in words. */
export function stateWords(state: BannerKind): string {
  return state ? STATE_WORDS[state] : 'not state-linked';
}

const seriesName = (s: PriceSeries) => `${s.material} · ${s.unit}`;

/**
 * Quoted prices of one material and unit at a time (never converted between currencies, so
 * never two units on one axis). Each point is its sentence: focus or hover names the figure, the
 * day, the source and its state label; Enter or a click shows the signal in the Library.
 */
export function PriceChart({ prices, range, onSelect }: PriceChartProps) {
  const [chosen, setChosen] = useState(0);
  const [focus, setFocus] = useState<number | null>(null);
  const series = prices[Math.min(chosen, prices.length - 1)];
  if (!series) {
    return (
      <figure className="chart">
        <figcaption className="chart__title">Quoted prices</figcaption>
        <p className="chart__note">No signal in this range quotes a price per kilogram, tonne or pound.</p>
      </figure>
    );
  }
  const { points } = series;
  const values = points.map((p) => p.value);
  const lo = Math.min(...values);
  const hi = Math.max(...values);
  const span = hi - lo || Math.max(1, hi * 0.1);
  const x = (p: PricePoint) => PAD + ((p.at - range.from) / Math.max(1, range.to - range.from)) * (W - 2 * PAD);
  const y = (p: PricePoint) => H - PAD - ((p.value - (hi === lo ? lo - span / 2 : lo)) / span) * (H - 2 * PAD);
  const centres = points.map((p) => [x(p), y(p)] as const);
  const at = focus === null ? null : Math.min(focus, points.length - 1);
  const shown = at === null ? null : points[at]!;
  const describe = (p: PricePoint) => `${p.text} on ${DAY(p.at)}. Source: ${p.sourceLabel} (${stateWords(p.state)})`;
  const select = (p: PricePoint) => onSelect(`${seriesName(series)}: ${p.text} on ${DAY(p.at)}`, (q) => q.id === p.id);

  // One Tab stop, a slider over the quotes (oldest to newest): arrows move, Enter shows the signal.
  // The circles carry nothing but their place: a year of quotes is a thousand of them (measured:
  // per-circle buttons cost ~90 ms of a range change, docs/bench.md "Trends").
  const current = at ?? points.length - 1;
  const onKey = (e: KeyboardEvent<SVGGElement>) => {
    const next = e.key === 'ArrowRight' || e.key === 'ArrowUp' ? current + 1 : e.key === 'ArrowLeft' || e.key === 'ArrowDown' ? current - 1 : e.key === 'Home' ? 0 : e.key === 'End' ? points.length - 1 : null;
    if (next !== null) {
      e.preventDefault();
      setFocus(Math.max(0, Math.min(points.length - 1, next)));
    } else if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      select(points[current]!);
    }
  };

  return (
    <figure className="chart">
      <figcaption className="chart__title">Quoted prices</figcaption>
      <label className="field chart__pick">
        <span className="field__label">Material and unit (as quoted, never converted)</span>
        <select value={Math.min(chosen, prices.length - 1)} onChange={(e) => { setChosen(Number(e.target.value)); setFocus(null); }}>
          {prices.map((s, i) => (
            <option key={`${s.material}\n${s.unit}`} value={i}>
              {seriesName(s)} ({s.points.length} {s.points.length === 1 ? 'quote' : 'quotes'})
            </option>
          ))}
        </select>
      </label>
      <svg className="chart__svg" viewBox={`0 0 ${W} ${H}`} role="group" aria-label={`Quoted prices of ${seriesName(series)}: one point per quote, arrow keys move, Enter shows the signal`}>
        <polyline className="chart__line" points={centres.map(([cx, cy]) => `${cx},${cy}`).join(' ')} />
        {/* One listener and two paths for every quote: the pointer finds the nearest dot. */}
        <g
          className="chart__points"
          role="slider"
          tabIndex={0}
          aria-label={`Quotes of ${seriesName(series)}, oldest to newest`}
          aria-valuemin={1}
          aria-valuemax={points.length}
          aria-valuenow={current + 1}
          aria-valuetext={describe(points[current]!)}
          onKeyDown={onKey}
          onFocus={() => setFocus(current)}
          onClick={(e) => {
            const i = quoteAt(e, centres);
            if (i !== null) select(points[i]!);
          }}
          onMouseMove={(e) => {
            const i = quoteAt(e, centres);
            if (i !== null && i !== at) setFocus(i);
          }}
        >
          <path className="chart__point" d={dotsPath(centres.filter((_, i) => !points[i]!.state))} />
          <path className="chart__point chart__point--state" d={dotsPath(centres.filter((_, i) => points[i]!.state))} />
          {at !== null && <circle className={`chart__point chart__point--at${points[at]!.state ? ' chart__point--state' : ''}`} cx={centres[at]![0]} cy={centres[at]![1]} r={R} />}
        </g>
        <text className="chart__tick" x={0} y={10}>{`${hi.toLocaleString()} ${series.unit}`}</text>
        <text className="chart__tick" x={0} y={H - 1}>{`${lo.toLocaleString()} ${series.unit}`}</text>
      </svg>
      <p className="chart__tooltip" role="status" aria-live="polite">
        {shown ? describe(shown) : 'Hover or focus a point: its figure, day and source. Ringed points come from state-linked sources.'}
      </p>
      <table className="visually-hidden">
        <caption>
          Quoted prices of {seriesName(series)}
          {points.length > TABLE_ROWS ? `, the latest ${TABLE_ROWS} of ${points.length}` : ''}
        </caption>
        <thead>
          <tr><th scope="col">Day</th><th scope="col">Figure</th><th scope="col">Value</th><th scope="col">Source</th><th scope="col">State label</th></tr>
        </thead>
        <tbody>
          {points.slice(-TABLE_ROWS).map((p, i) => (
            <tr key={`${p.id}-${i}`}>
              <td>{DAY(p.at)}</td><td>{p.text}</td><td>{p.value}</td><td>{p.sourceLabel}</td><td>{stateWords(p.state)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}

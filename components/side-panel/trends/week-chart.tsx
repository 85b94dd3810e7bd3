import { type CSSProperties, type KeyboardEvent, useState } from 'react';
import type { StackedWeeks } from '@/lib/trends/aggregate-trends';
import { weekLabel } from '@/lib/trends/week';
import { type PointFilter, both, weekFilter } from '@/lib/trends/trend-filters';
import type { OnPick } from './trend-selection';

export interface SeriesStyle {
  label: string;
  light: string;
  dark: string;
}

export interface WeekChartProps {
  title: string;
  data: StackedWeeks;
  styleOf: (series: string) => SeriesStyle;
  /** The points of a series (for a click on it). */
  filterOf: (series: string) => PointFilter;
  onSelect: OnPick;
  /** Under the title: how to read the chart. */
  note?: string;
}

const W = 360;
const H = 150;
const AXIS = 16;

/**
 * Signals per week, stacked by series, in plain SVG from React (measured against uPlot before
 * choosing: docs/bench.md, "Trends charts"). One Tab stop: arrows move between weeks, Enter or
 * Space shows the week's signals in the Library; a click on a segment shows that series' signals
 * of that week; the legend's buttons show a series over the whole range. A data table beside the
 * chart carries the same numbers for screen readers.
 */
export function WeekChart({ title, data, styleOf, filterOf, onSelect, note }: WeekChartProps) {
  const { weeks, series, counts } = data;
  const totals = weeks.map((_, w) => counts.reduce((n, row) => n + row[w]!, 0));
  const max = Math.max(1, ...totals);
  const [focus, setFocus] = useState(() => Math.max(0, totals.findLastIndex((t) => t > 0)));
  const at = Math.min(focus, Math.max(0, weeks.length - 1));
  const step = W / Math.max(1, weeks.length);
  const barW = Math.max(1, step * 0.78);
  const scale = (H - AXIS) / max;
  const describe = (w: number) => {
    const parts = series.map((s, i) => [styleOf(s).label, counts[i]![w]!] as const).filter(([, n]) => n > 0);
    return `Week of ${weekLabel(weeks[w]!)}: ${totals[w]} ${totals[w] === 1 ? 'signal' : 'signals'}${parts.length ? ` (${parts.map(([l, n]) => `${l} ${n}`).join(', ')})` : ''}`;
  };
  // The week's signals as the chart counts them (on the materials chart: those naming a charted material).
  const inChart = (p: Parameters<PointFilter>[0]) => series.some((s) => filterOf(s)(p));
  const selectWeek = (w: number) => totals[w]! > 0 && onSelect(`${title}, week of ${weekLabel(weeks[w]!)}`, both(weekFilter(weeks[w]!), inChart));

  const onKey = (e: KeyboardEvent<SVGGElement>, w: number) => {
    const next = e.key === 'ArrowRight' ? w + 1 : e.key === 'ArrowLeft' ? w - 1 : e.key === 'Home' ? 0 : e.key === 'End' ? weeks.length - 1 : null;
    if (next !== null) {
      e.preventDefault();
      const target = Math.max(0, Math.min(weeks.length - 1, next));
      setFocus(target);
      (e.currentTarget.parentElement?.children[target] as SVGGElement | undefined)?.focus();
    } else if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      selectWeek(w);
    }
  };

  return (
    <figure className="chart">
      <figcaption className="chart__title">{title}</figcaption>
      {note && <p className="chart__note">{note}</p>}
      <svg className="chart__svg" viewBox={`0 0 ${W} ${H}`} role="group" aria-label={`${title}: one bar per week, arrow keys move, Enter shows the signals`}>
        <g>
          {weeks.map((week, w) => {
            let y = H - AXIS;
            return (
              <g
                key={week}
                className="chart__week"
                role="button"
                tabIndex={w === at ? 0 : -1}
                aria-label={describe(w)}
                onKeyDown={(e) => onKey(e, w)}
                onFocus={() => setFocus(w)}
                onClick={() => selectWeek(w)}
              >
                {/* The whole column takes the click and shows the focus ring. */}
                <rect className="chart__hit" x={w * step} y={0} width={step} height={H - AXIS} />
                {series.map((s, i) => {
                  const n = counts[i]![w]!;
                  if (n === 0) return null;
                  const h = n * scale;
                  y -= h;
                  const st = styleOf(s);
                  return (
                    <rect
                      key={s}
                      className="chart__bar"
                      style={{ '--c-light': st.light, '--c-dark': st.dark } as CSSProperties}
                      x={w * step + (step - barW) / 2}
                      y={y}
                      width={barW}
                      height={h}
                      onClick={(e) => {
                        e.stopPropagation();
                        onSelect(`${st.label}, week of ${weekLabel(week)}`, both(weekFilter(week), filterOf(s)));
                      }}
                    >
                      <title>{`${st.label}, week of ${weekLabel(week)}: ${n}`}</title>
                    </rect>
                  );
                })}
              </g>
            );
          })}
        </g>
        <line className="chart__axis" x1={0} x2={W} y1={H - AXIS} y2={H - AXIS} />
        <text className="chart__tick" x={0} y={10}>{max}</text>
        {weeks.length > 0 && <text className="chart__tick" x={0} y={H - 3}>{weekLabel(weeks[0]!)}</text>}
        {weeks.length > 1 && <text className="chart__tick" x={W} y={H - 3} textAnchor="end">{weekLabel(weeks.at(-1)!)}</text>}
      </svg>
      <ul className="chart__legend" aria-label={`${title}: series`}>
        {series.map((s, i) => {
          const st = styleOf(s);
          const total = counts[i]!.reduce((n, c) => n + c, 0);
          return (
            <li key={s}>
              <button type="button" onClick={() => onSelect(st.label, filterOf(s))} aria-label={`${st.label}: ${total} in this range, show them in the Library`}>
                <span className="swatch chart__swatch" style={{ '--c-light': st.light, '--c-dark': st.dark } as CSSProperties} aria-hidden="true" />
                {st.label} <span className="chart__count">{total}</span>
              </button>
            </li>
          );
        })}
      </ul>
      <table className="visually-hidden">
        <caption>{title}, per week</caption>
        <thead>
          <tr>
            <th scope="col">Week of</th>
            <th scope="col">Signals</th>
            {series.map((s) => <th key={s} scope="col">{styleOf(s).label}</th>)}
          </tr>
        </thead>
        <tbody>
          {weeks.map((week, w) =>
            totals[w] === 0 ? null : (
              <tr key={week}>
                <th scope="row">{weekLabel(week)}</th>
                <td>{totals[w]}</td>
                {series.map((s, i) => <td key={s}>{counts[i]![w]}</td>)}
              </tr>
            ),
          )}
        </tbody>
      </table>
    </figure>
  );
}

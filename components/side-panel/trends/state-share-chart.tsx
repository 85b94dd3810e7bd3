import type { StateShare } from '@/lib/trends/aggregate-trends';
import { stateFraction } from '@/lib/trends/aggregate-trends';
import { clipCategoryStyle } from '@/lib/highlights/category-style';
import { stateFilter } from '@/lib/trends/trend-filters';
import type { OnPick } from './trend-selection';

/**
 * Who is speaking: per category, the share of signals from state-controlled, state-aligned,
 * state-affiliated or relaying sources against the others. Each part of a bar is a button (the
 * list behind it opens in the Library); the bars are HTML, so the keyboard and screen readers get
 * them as they are, and the table beside them carries the numbers.
 */
export function StateShareChart({ shares, onSelect }: { shares: StateShare[]; onSelect: OnPick }) {
  return (
    <figure className="chart">
      <figcaption className="chart__title">Who is speaking</figcaption>
      <p className="chart__note">Per category: signals from state-controlled, state-aligned, state-affiliated or relaying sources, against the others.</p>
      <ul className="share">
        {shares.map((s) => {
          const label = clipCategoryStyle(s.category).label;
          const f = stateFraction(s);
          const pct = Math.round(f * 100);
          return (
            <li key={s.category} className="share__row">
              <span className="share__label">{label}</span>
              <span className="share__bar">
                {s.state > 0 && (
                  <button type="button" className="share__part share__part--state" style={{ flexGrow: s.state }} onClick={() => onSelect(`${label}, state-linked sources`, stateFilter(s.category, true))} aria-label={`${label}: ${s.state} from state-linked sources (${pct}%), show them`}>
                    {s.state}
                  </button>
                )}
                {s.other > 0 && (
                  <button type="button" className="share__part share__part--other" style={{ flexGrow: s.other }} onClick={() => onSelect(`${label}, other sources`, stateFilter(s.category, false))} aria-label={`${label}: ${s.other} from other sources (${100 - pct}%), show them`}>
                    {s.other}
                  </button>
                )}
              </span>
              <span className="share__pct" aria-hidden="true">{pct}%</span>
            </li>
          );
        })}
      </ul>
      <p className="chart__key" aria-hidden="true">
        <span className="share__dot share__part--state" /> state-linked <span className="share__dot share__part--other" /> others
      </p>
      <table className="visually-hidden">
        <caption>Who is speaking, per category</caption>
        <thead><tr><th scope="col">Category</th><th scope="col">State-linked sources</th><th scope="col">Other sources</th><th scope="col">State-linked share</th></tr></thead>
        <tbody>
          {shares.map((s) => (
            <tr key={s.category}><th scope="row">{clipCategoryStyle(s.category).label}</th><td>{s.state}</td><td>{s.other}</td><td>{Math.round(stateFraction(s) * 100)}%</td></tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}

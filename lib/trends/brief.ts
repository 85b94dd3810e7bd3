import { readableText } from '../analysis/repair-mojibake';
import type { Clip, ClipCategory } from '../clips/clip-schema';
import { clipCategoryStyle } from '../highlights/category-style';
import type { LoggedSignal } from '../reading-log/logged-signal';
import { type TrendRange, aggregateTrends, inRange } from './aggregate-trends';
import { trendPointOf, withoutClipped } from './trend-point';

/**
 * A brief of a date range, ready to paste into a report: the trends' numbers first (signals and
 * state-linked share per category, quoted prices per material and unit), then per category the
 * signals newest first with their figures, source label and a link to the passage. One content,
 * rendered as Markdown (brief-markdown.ts) and HTML (brief-html.ts).
 */
export interface BriefSignal {
  at: number;
  /** Page text, as it read (mojibake repaired): the renderers escape it. */
  text: string;
  figures: string[];
  sourceLabel: string;
  /** The passage (`#:~:text=`), or null when the stored link is not a web address. */
  link: string | null;
  title: string;
}

export interface BriefNumbers {
  label: string;
  count: number;
  state: number;
}

export interface BriefPrice {
  material: string;
  unit: string;
  count: number;
  first: { value: number; text: string; at: number };
  last: { value: number; text: string; at: number };
}

export interface Brief {
  range: TrendRange;
  generatedAt: number;
  count: number;
  articles: number;
  numbers: BriefNumbers[];
  prices: BriefPrice[];
  sections: { label: string; signals: BriefSignal[] }[];
}

const WEB = /^(https?|file):\/\//i;

/** The brief of `range` from the clips and logged signals of that range (full rows: sentence, figures, links). */
export function buildBrief(clips: readonly Clip[], log: readonly LoggedSignal[], range: TrendRange, now: number): Brief {
  const rows = new Map<string, Clip | LoggedSignal>([...clips, ...log].map((r) => [r.id, r]));
  const points = withoutClipped([...clips.map((c) => trendPointOf(c, 'clip')), ...log.map((e) => trendPointOf(e, 'log'))]);
  const trends = aggregateTrends(points, range);
  const inside = points.filter((p) => inRange(p, range)).sort((a, b) => b.at - a.at);
  const label = (c: ClipCategory) => clipCategoryStyle(c).label;
  const sections = trends.stateShare.map((s) => ({
    label: label(s.category),
    signals: inside
      .filter((p) => p.category === s.category)
      .map((p) => {
        const row = rows.get(p.id)!;
        return {
          at: p.at,
          text: readableText(row.text).replace(/\s+/g, ' ').trim(),
          figures: row.figures.map((f) => readableText(f.text).trim()).filter(Boolean),
          sourceLabel: readableText(row.sourceLabel).trim(),
          link: WEB.test(row.textFragmentUrl) ? row.textFragmentUrl : null,
          title: readableText(row.article.title ?? '').trim() || row.site,
        };
      }),
  }));
  return {
    range,
    generatedAt: now,
    count: trends.count,
    articles: new Set(inside.map((p) => rows.get(p.id)!.url)).size,
    numbers: trends.stateShare.map((s) => ({ label: label(s.category), count: s.state + s.other, state: s.state })),
    prices: trends.prices.map((s) => {
      const point = (p: (typeof s.points)[number]) => ({ value: p.value, text: readableText(p.text).trim(), at: p.at });
      return { material: s.material, unit: s.unit, count: s.points.length, first: point(s.points[0]!), last: point(s.points.at(-1)!) };
    }),
    sections,
  };
}

/** "2026-01-15" (UTC, like the weeks of Trends). */
export function day(at: number): string {
  return new Date(at).toISOString().slice(0, 10);
}

/** The range's last day: `to` is exclusive. */
export function rangeWords(range: TrendRange): string {
  return `${day(range.from)} to ${day(Math.max(range.from, range.to - 1))}`;
}

export function percent(part: number, whole: number): string {
  return whole === 0 ? '0%' : `${Math.round((100 * part) / whole)}%`;
}

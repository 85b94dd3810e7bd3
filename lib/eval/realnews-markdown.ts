import { CATEGORIES } from '../analysis-result';
import type { RealnewsScores, RealnewsSplit } from './evaluate-realnews';
import type { Scores } from './precision-recall';
import { FUNNEL_STAGE_LABELS, FUNNEL_STAGES, type Funnel } from './signal-funnel';

/** The real-news figures as Markdown (no excerpt text: the excerpts are third-party). */
export interface RealnewsReport {
  source: string;
  splits: { engine: Record<RealnewsSplit, RealnewsScores>; baseline: Record<RealnewsSplit, RealnewsScores> };
  /** The same through the page gate: an excerpt it stops is never analyzed (off topic, no detections). */
  throughGate: { engine: Record<RealnewsSplit, RealnewsScores>; baseline: Record<RealnewsSplit, RealnewsScores> };
  langs: Record<string, RealnewsScores>;
  nonEnglishTopic: { recognized: number; items: number };
  engineMbPerSecond: number;
  /** Signals at each of the reader's sensitivity settings (minimum confidence), per split. */
  sensitivity: { level: number; splits: Record<RealnewsSplit, RealnewsScores> }[];
  /** Where the labelled signal sentences of on-topic excerpts stand in the engine, per split. */
  funnel: Record<RealnewsSplit, Funnel>;
}

const fmt = (x: number | null): string => (x === null ? '—' : x.toFixed(3));
const prf = (s: Scores): string => `${fmt(s.precision)} / ${fmt(s.recall)} / **${fmt(s.f1)}**`;

export function formatRealnewsMarkdown(report: RealnewsReport): string {
  const cols: RealnewsSplit[] = ['dev', 'keptOut', 'all'];
  const name: Record<RealnewsSplit, string> = { dev: 'dev', keptOut: 'kept-out', all: 'all' };
  const { engine, baseline } = report.splits;
  const lines: string[] = [];
  lines.push(`Source: \`${report.source}\` — labelled sentence by sentence (test/fixtures/realnews/labels.json, docs/labeling-guide.md). The kept-out split was drawn before any tuning and is never tuned on.`);
  lines.push('');
  lines.push('Cells are precision / recall / **F1**, sentences pooled over the excerpts of the split; borderline sentences count on neither side.');
  lines.push('');
  lines.push(`| | ${cols.map((c) => `${name[c]} engine | ${name[c]} baseline`).join(' | ')} |`);
  lines.push(`|---|${cols.map(() => '---|---').join('|')}|`);
  const both = (label: string, pick: (s: RealnewsScores) => string, same = false) =>
    lines.push(`| ${label} | ${cols.map((c) => `${pick(engine[c])} | ${same ? pick(engine[c]) : pick(baseline[c])}`).join(' | ')} |`);
  both('excerpts (on-topic / off-topic / borderline)', (s) => `${s.items} (${s.topicItems.onTopic} / ${s.topicItems.offTopic} / ${s.topicItems.borderline})`, true);
  both('sentences scored (clear) / borderline', (s) => `${s.clearUnits} / ${s.borderlineUnits}`, true);
  both('topic (rare-earth or critical-minerals item)', (s) => prf(s.topic));
  both('signals, detected', (s) => prf(s.signals));
  both('category agreement (detected signals)', (s) => fmt(s.categoryAgreement));
  both('signals, detected with an accepted category', (s) => prf(s.signalsWithCategory));
  both('detections on off-topic excerpts', (s) => `${s.negativeDetections} on ${s.negativeItemsWithDetections}`);
  const gated = report.throughGate;
  const throughGate = (label: string, pick: (s: RealnewsScores) => string) =>
    lines.push(`| ${label} | ${cols.map((c) => `${pick(gated.engine[c])} | ${pick(gated.baseline[c])}`).join(' | ')} |`);
  throughGate('through the page gate: topic', (s) => prf(s.topic));
  throughGate('through the page gate: signals (what the extension shows)', (s) => prf(s.signals));
  lines.push('');
  lines.push("\"Through the page gate\": the extension analyzes a page only when its gate (`lib/gate/gate-score.ts`, run on the page's title, address and first 6,000 characters) lets it through; here each excerpt's title line stands for the page's title.");
  lines.push('');
  lines.push("The reader's sensitivity setting (minimum confidence; 0.5 is the default) trades precision for recall. Signals detected, precision / recall / **F1**, and category agreement:");
  lines.push('');
  lines.push(`| sensitivity | ${cols.map((c) => `${name[c]} signals | ${name[c]} category agreement`).join(' | ')} |`);
  lines.push(`|---|${cols.map(() => '---|---').join('|')}|`);
  for (const point of report.sensitivity) {
    lines.push(`| ${point.level.toFixed(1)}${point.level === 0.5 ? ' (default)' : ''} | ${cols.map((c) => `${prf(point.splits[c].signals)} | ${fmt(point.splits[c].categoryAgreement)}`).join(' | ')} |`);
  }
  lines.push('');
  lines.push('Per category (engine): labelled signals, recall, and precision of the detections given that category.');
  lines.push('');
  lines.push(`| category | ${cols.map((c) => `${name[c]} labels | recall | precision`).join(' | ')} |`);
  lines.push(`|---|${cols.map(() => '---|---|---').join('|')}|`);
  for (const category of CATEGORIES) {
    lines.push(`| ${category} | ${cols.map((c) => {
      const s = engine[c].byCategory[category];
      if (!s) return '0 | — | —';
      return `${s.labels} | ${fmt(s.labels > 0 ? s.rightCategory / s.labels : null)} | ${fmt(s.predicted > 0 ? s.predictedRight / s.predicted : null)}`;
    }).join(' | ')} |`);
  }
  lines.push('');
  lines.push(...funnelSection(report.funnel, cols, name));
  lines.push('');
  lines.push('Per language (engine, both splits; `other` is Indonesian, Hungarian, Italian, Malay and Nigerian Pidgin):');
  lines.push('');
  lines.push('| language | excerpts | topic recall | signals P / R / F1 | category agreement |');
  lines.push('|---|---|---|---|---|');
  for (const [lang, s] of Object.entries(report.langs)) {
    lines.push(`| ${lang} | ${s.items} | ${fmt(s.topic.recall)} | ${prf(s.signals)} | ${fmt(s.categoryAgreement)} |`);
  }
  lines.push('');
  lines.push(`Non-English on-topic excerpts recognized as on topic: ${report.nonEnglishTopic.recognized} of ${report.nonEnglishTopic.items}. Engine throughput over all excerpts in this run: ${report.engineMbPerSecond.toFixed(2)} MB/s (one cold pass, Node; \`npm run bench\` measures it warm).`);
  return lines.join('\n');
}

/**
 * Where the labelled signals stand in the engine and how often each kind is detected: the table that
 * says where recall is lost, and why it differs between the splits.
 */
function funnelSection(funnel: Record<RealnewsSplit, Funnel>, cols: readonly RealnewsSplit[], name: Record<RealnewsSplit, string>): string[] {
  const lines = ['Where the labelled signal sentences of on-topic excerpts stand in the engine (`lib/eval/signal-funnel.ts`): how many of them, their share of the split, and how many of those the engine detects.', ''];
  lines.push(`| the labelled signal sentence is | ${cols.map((c) => `${name[c]}: signals (share) | detected (rate)`).join(' | ')} |`);
  lines.push(`|---|${cols.map(() => '---|---').join('|')}|`);
  const totals = Object.fromEntries(cols.map((c) => [c, FUNNEL_STAGES.reduce((n, stage) => n + funnel[c][stage].signals, 0)])) as Record<RealnewsSplit, number>;
  const share = (n: number, of: number) => (of > 0 ? `${((100 * n) / of).toFixed(0)} %` : '—');
  for (const stage of [...FUNNEL_STAGES].reverse()) {
    if (cols.every((c) => funnel[c][stage].signals === 0)) continue;
    lines.push(`| ${FUNNEL_STAGE_LABELS[stage]} | ${cols.map((c) => {
      const { signals, detected } = funnel[c][stage];
      return `${signals} (${share(signals, totals[c])}) | ${detected} (${share(detected, signals)})`;
    }).join(' | ')} |`);
  }
  return lines;
}

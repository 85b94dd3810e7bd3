import { CATEGORIES } from '../analysis-result';
import type { NegativeSummary, SplitName, SplitScores } from './evaluate-corpus';
import type { Scores } from './precision-recall';

export interface EvalReport {
  /** ISO date-time of the run. */
  date: string;
  /** `git rev-parse --short HEAD`, "+ uncommitted changes" when the tree is dirty. */
  commit: string;
  corpus: { dir: string; pages: number; seed: string | null; styles: Record<string, number>; langs: Record<string, number> };
  splits: Record<SplitName, SplitScores>;
  shared: ({ dir: string } & NegativeSummary) | { dir: string; skipped: string };
}

const fmt = (x: number | null): string => (x === null ? '—' : x.toFixed(3));
const prf = (s: Scores): string => `${fmt(s.precision)} / ${fmt(s.recall)} / **${fmt(s.f1)}**`;

/** The evaluation as Markdown: the headline table, per-category F1, the real-pages check. */
export function formatEvalMarkdown(report: EvalReport): string {
  const { splits } = report;
  const cols: SplitName[] = ['dev', 'holdout', 'all'];
  const lines: string[] = [];
  lines.push(`Corpus: \`${report.corpus.dir}\` — ${report.corpus.pages} labelled pages${report.corpus.seed ? ` + the seed fixture (\`${report.corpus.seed}\`, dev)` : ''}.`);
  lines.push('');
  lines.push('Cells are precision / recall / **F1** (micro-averaged over the pages of the split).');
  lines.push('');
  lines.push(`| | ${cols.map((c) => `${c} engine | ${c} baseline`).join(' | ')} |`);
  lines.push(`|---|${cols.map(() => '---|---').join('|')}|`);
  lines.push(`| pages (rare-earth / other) | ${cols.map((c) => {
    const s = splits[c];
    const cell = `${s.pages} (${s.rareEarthPages} / ${s.pages - s.rareEarthPages})`;
    return `${cell} | ${cell}`;
  }).join(' | ')} |`);
  lines.push(`| labelled signals / non-signals | ${cols.map((c) => {
    const cell = `${splits[c].signalLabels} / ${splits[c].nonSignalLabels}`;
    return `${cell} | ${cell}`;
  }).join(' | ')} |`);
  const row = (name: string, pick: (s: SplitScores['engine']) => string) =>
    lines.push(`| ${name} | ${cols.map((c) => `${pick(splits[c].engine)} | ${pick(splits[c].baseline)}`).join(' | ')} |`);
  row('topic (rare-earth article)', (d) => prf(d.topic));
  row('signals, detected', (d) => prf(d.signals.detected));
  row('signals, detected with the right category', (d) => prf(d.signals.category));
  row('unlabelled detections (not counted)', (d) => String(d.unlabeled));
  lines.push('');
  lines.push('Per category: **F1 with the right category** (detected-only F1 in brackets); labels = labelled signals of that category (dev + holdout).');
  lines.push('');
  lines.push('| category | labels | engine dev | engine holdout | engine all | baseline all |');
  lines.push('|---|---|---|---|---|---|');
  for (const c of CATEGORIES) {
    const cell = (split: SplitName, who: 'engine' | 'baseline') => {
      const s = splits[split][who].signals.byCategory[c];
      return `${fmt(s.category.f1)} (${fmt(s.detected.f1)})`;
    };
    const labels = `${splits.dev.engine.signals.byCategory[c].labels} + ${splits.holdout.engine.signals.byCategory[c].labels}`;
    lines.push(`| ${c} | ${labels} | ${cell('dev', 'engine')} | ${cell('holdout', 'engine')} | ${cell('all', 'engine')} | ${cell('all', 'baseline')} |`);
  }
  lines.push('');
  lines.push(sharedLine(report.shared));
  return lines.join('\n');
}

function sharedLine(shared: EvalReport['shared']): string {
  if ('skipped' in shared) return `Real pages (\`${shared.dir}\`): skipped — ${shared.skipped}.`;
  const side = (s: NegativeSummary['engine']) =>
    `${s.topicPositives.length} page${s.topicPositives.length === 1 ? '' : 's'} called rare-earth, ${s.signals} signal${s.signals === 1 ? '' : 's'} on ${s.pagesWithSignals.length} page${s.pagesWithSignals.length === 1 ? '' : 's'}`;
  return [
    `Real pages (\`${shared.dir}\`, ${shared.pages} pages, none about rare earths — every positive is a false positive):`,
    `engine ${side(shared.engine)}; baseline ${side(shared.baseline)}.`,
  ].join(' ');
}

/**
 * The analysis engine's throughput in Node: analyzeText (topic, then signals) on
 *   1. the real-news on-topic excerpts (dev-pos-*, one article each) when ../shared/realnews is there;
 *   2. generated dense rare-earth articles of ~1 MB and ~5 MB of text, so that linearity shows.
 * Measured in CPU time (process.cpuUsage, user + system), warm (one round first, not counted), over
 * several rounds; MB means 10^6 characters of block text. The machine is shared: CPU time is far
 * steadier than wall-clock time, and the best round is the least disturbed one. The engine runs as
 * `npm run analyze` runs it (tsx, one module per file); the extension's bundle runs the same code
 * some 10–25% faster (no accessor per imported binding).
 *   npm run engine-speed [-- --rounds N]
 */
import type { ArticleText } from '../lib/analysis/article-text.ts';
import { analyzeText } from '../lib/analysis/analyze-text.ts';
import { generatedArticle, realnewsArticles, textSize } from './engine-inputs.ts';

const roundsArg = process.argv.indexOf('--rounds');
const ROUNDS = roundsArg >= 0 ? Math.max(1, Number(process.argv[roundsArg + 1]) || 1) : 5;

function cpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

interface Result {
  name: string;
  chars: number;
  roundsMs: number[];
}

function measure(name: string, articles: readonly ArticleText[], rounds: number): Result {
  const chars = articles.reduce((n, a) => n + textSize(a), 0);
  let signals = 0;
  for (const a of articles) signals += analyzeText(a).signals.length; // warm-up
  const roundsMs: number[] = [];
  for (let r = 0; r < rounds; r++) {
    const t0 = cpuMs();
    for (const a of articles) analyzeText(a);
    roundsMs.push(cpuMs() - t0);
  }
  const result = { name, chars, roundsMs };
  report(result, signals);
  return result;
}

function report({ name, chars, roundsMs }: Result, signals: number): void {
  const sorted = [...roundsMs].sort((a, b) => a - b);
  const best = sorted[0] as number;
  const median = sorted[Math.floor((sorted.length - 1) / 2)] as number;
  const mbps = (ms: number) => (chars / 1e6 / (ms / 1000)).toFixed(2);
  console.log(
    `${name.padEnd(34)} ${(chars / 1e6).toFixed(3).padStart(7)} MB  ${String(signals).padStart(5)} signals  ` +
      `best ${best.toFixed(0).padStart(6)} ms = ${mbps(best).padStart(6)} MB/s   median ${median.toFixed(0).padStart(6)} ms = ${mbps(median).padStart(6)} MB/s   (${roundsMs.length} rounds, CPU time)`,
  );
}

const realnews = realnewsArticles();
if (realnews) {
  measure('real-news on-topic excerpts', realnews.filter((r) => r.excerpt.id.startsWith('dev-pos-')).map((r) => r.article), ROUNDS);
} else {
  console.log('real-news on-topic excerpts: ../shared/realnews not found, skipped');
}
measure('generated article, ~1 MB of text', [generatedArticle(1_000_000)], ROUNDS);
measure('generated article, ~5 MB of text', [generatedArticle(5_000_000)], Math.max(2, Math.ceil(ROUNDS / 2)));

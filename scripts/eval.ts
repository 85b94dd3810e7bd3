/**
 * `npm run eval` (issue 3, item 7): precision, recall and F1 of the engine on the team corpus
 * (test/fixtures/corpus, see its README, plus the seed fixture as a dev case), per split (dev,
 * holdout, all), beside a plain keyword baseline on the same pages; and the false positives on the
 * shared corpus of real pages when ../shared/corpus/readability-pages exists.
 * Prints Markdown to stdout and writes docs/eval.md and docs/eval.json.
 *
 *   npm run eval -- [--corpus DIR] [--shared DIR] [--no-shared] [--no-write] [--show-holdout]
 *
 * The dev split may be tuned on, the holdout split never (issue 3, item 8): missed signals and false
 * positives are listed for dev pages only, holdout pages get their figures, unless --show-holdout.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import * as z from 'zod/mini';
import { analyzeDocument } from '../lib/analyze-page.ts';
import { extractArticleText } from '../lib/article/extract-article.ts';
import { segmentSentences } from '../lib/analysis/segment-sentences.ts';
import { comparableText } from '../lib/eval/comparable-text.ts';
import { CorpusLabels, fromCorpusLabels, fromSeedLabels, SeedLabels, STYLES, type PageLabels } from '../lib/eval/corpus-labels.ts';
import { evaluatePages, summarizeNegatives, type NegativeOutcome, type PageOutcome, type PageScore } from '../lib/eval/evaluate-corpus.ts';
import { formatEvalMarkdown, type EvalReport } from '../lib/eval/eval-markdown.ts';
import { baselineSignals, baselineTopic } from '../lib/eval/keyword-baseline.ts';
import { formatRealnewsMarkdown } from '../lib/eval/realnews-markdown.ts';
import { parseHtml, readHtmlFile, visitedUrl, type InputError } from './analyze.ts';
import { realnewsReport, realnewsSkipReason, runRealnews } from './realnews/run-realnews.ts';

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const DEFAULT_CORPUS = join(REPO_ROOT, 'test/fixtures/corpus');
export const DEFAULT_SHARED = join(REPO_ROOT, '../shared/corpus/readability-pages');
const SEED_HTML = join(REPO_ROOT, 'test/fixtures/seed-article.html');
const SEED_LABELS = join(REPO_ROOT, 'test/fixtures/seed-article.expected.json');

export interface EvalOptions {
  corpusDir: string;
  /** null: do not look at the shared corpus. */
  sharedDir: string | null;
  /** Include the seed fixture as a dev case. */
  seed: boolean;
}

/** A label that cannot be matched as written: worth fixing in the label or in extraction. */
export interface LabelIssue {
  input: string;
  quote: string;
  problem: string;
}

export interface EvalRun {
  report: EvalReport;
  pages: PageScore[];
  labelIssues: LabelIssue[];
  /** Pages that could not be evaluated (unreadable, bad labels): reported, never silently dropped. */
  problems: InputError[];
}

interface Analyzed {
  engine: PageOutcome['engine'];
  baseline: PageOutcome['baseline'];
  /** Comparable text of the whole page, of the extracted article, and its sentence starts. */
  pageText: string;
  articleText: string;
  sentences: string[];
}

/** Engine (analyzeDocument on one parse) and baseline (extraction on a second parse) on one page. */
function analyzePage(path: string, urlOverride: string | null): Analyzed {
  const html = readHtmlFile(path);
  const doc = parseHtml(html);
  const result = analyzeDocument(doc, visitedUrl(doc, path, urlOverride));
  const copy = parseHtml(html);
  const url = visitedUrl(copy, path, urlOverride);
  const pageText = comparableText(copy.body?.textContent ?? '');
  const article = extractArticleText(copy, url);
  const blocks = article?.blocks ?? [];
  return {
    engine: { isRareEarth: result.topic.isRareEarth, detections: result.signals.map(({ text, category }) => ({ text, category })) },
    baseline: { isRareEarth: baselineTopic(article), detections: baselineSignals(article) },
    pageText,
    articleText: comparableText(blocks.map((b) => b.text).join('\n')),
    sentences: blocks.flatMap((b) => segmentSentences(b.text, article?.meta.lang ?? undefined).map((s) => comparableText(s.text))),
  };
}

/**
 * Labels that cannot count as written. A signal quote must start a sentence of the extracted
 * article; a non-signal quote only has to be on the page (furniture outside the article is a
 * legitimate non-signal: it checks that extraction leaves it out).
 */
function findLabelIssues(input: string, labels: PageLabels, page: Analyzed): LabelIssue[] {
  const issues: LabelIssue[] = [];
  for (const { quote } of labels.signals) {
    const q = comparableText(quote);
    if (!page.pageText.includes(q)) issues.push({ input, quote, problem: 'signal quote not on the page' });
    else if (!page.articleText.includes(q)) issues.push({ input, quote, problem: 'signal quote outside the extracted article' });
    else if (!page.sentences.some((s) => s.startsWith(q))) issues.push({ input, quote, problem: 'signal quote does not start a sentence as the text is segmented' });
  }
  for (const quote of labels.nonSignals) {
    if (!page.pageText.includes(comparableText(quote))) issues.push({ input, quote, problem: 'non-signal quote not on the page' });
  }
  if (!(STYLES as readonly string[]).includes(labels.style)) issues.push({ input, quote: '', problem: `unknown style "${labels.style}"` });
  return issues;
}

function readLabels<T>(path: string, schema: z.ZodMiniType<T>): T {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    throw new Error(`cannot read labels: ${e instanceof Error ? e.message : String(e)}`);
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) throw new Error(`bad labels: ${z.prettifyError(parsed.error).replace(/\n/g, ' ')}`);
  return parsed.data;
}

/** The labelled pages of the corpus folder: `<slug>.expected.json` beside `<slug>.html`. */
function corpusEntries(dir: string, problems: InputError[]): { html: string; labels: string }[] {
  if (!existsSync(dir)) {
    problems.push({ path: dir, message: 'corpus folder not found' });
    return [];
  }
  const names = readdirSync(dir).sort();
  const entries: { html: string; labels: string }[] = [];
  for (const name of names) {
    if (!name.endsWith('.expected.json')) continue;
    const html = join(dir, name.replace(/\.expected\.json$/, '.html'));
    if (!existsSync(html)) problems.push({ path: join(dir, name), message: 'no .html page beside these labels' });
    else entries.push({ html, labels: join(dir, name) });
  }
  for (const name of names) {
    if (name.endsWith('.html') && !names.includes(name.replace(/\.html$/, '.expected.json'))) {
      problems.push({ path: join(dir, name), message: 'no .expected.json labels beside this page' });
    }
  }
  return entries;
}

export function runEval(options: EvalOptions): EvalRun {
  const problems: InputError[] = [];
  const labelIssues: LabelIssue[] = [];
  const outcomes: PageOutcome[] = [];
  const display = (p: string) => relative(REPO_ROOT, p) || p;

  // The seed is judged as visited at the address its labels name; corpus pages by the CLI's rule.
  const jobs: { html: string; load: () => { labels: PageLabels; url: string | null } }[] = [];
  if (options.seed) {
    jobs.push({ html: SEED_HTML, load: () => {
      const seed = readLabels(SEED_LABELS, SeedLabels);
      return { labels: fromSeedLabels(seed), url: seed.url };
    } });
  }
  for (const entry of corpusEntries(options.corpusDir, problems)) {
    jobs.push({ html: entry.html, load: () => ({ labels: fromCorpusLabels(readLabels(entry.labels, CorpusLabels)), url: null }) });
  }
  for (const job of jobs) {
    const input = display(job.html);
    try {
      const { labels, url } = job.load();
      const page = analyzePage(job.html, url);
      outcomes.push({ input, labels, engine: page.engine, baseline: page.baseline });
      labelIssues.push(...findLabelIssues(input, labels, page));
    } catch (e) {
      problems.push({ path: input, message: e instanceof Error ? e.message : String(e) });
    }
  }

  const { pages, splits } = evaluatePages(outcomes);
  const count = (pick: (l: PageLabels) => string) =>
    outcomes.reduce<Record<string, number>>((acc, o) => ({ ...acc, [pick(o.labels)]: (acc[pick(o.labels)] ?? 0) + 1 }), {});
  const report: EvalReport = {
    date: new Date().toISOString(),
    commit: gitCommit(),
    corpus: {
      dir: display(options.corpusDir),
      pages: outcomes.filter((o) => o.input !== display(SEED_HTML)).length,
      seed: options.seed ? display(SEED_HTML) : null,
      styles: count((l) => l.style),
      langs: count((l) => l.lang),
    },
    splits,
    shared: evaluateShared(options.sharedDir, problems),
  };
  return { report, pages, labelIssues, problems };
}

function evaluateShared(dir: string | null, problems: InputError[]): EvalReport['shared'] {
  const shown = dir ? relative(REPO_ROOT, dir) || dir : '(none)';
  if (!dir) return { dir: shown, skipped: 'not requested (--no-shared)' };
  if (!existsSync(dir)) return { dir: shown, skipped: 'the folder does not exist on this machine' };
  const outcomes: NegativeOutcome[] = [];
  for (const name of readdirSync(dir).sort()) {
    const html = join(dir, name, 'source.html');
    if (!existsSync(html)) continue;
    const input = join(shown, name, 'source.html');
    try {
      const page = analyzePage(html, null);
      outcomes.push({ input, engine: page.engine, baseline: page.baseline });
    } catch (e) {
      problems.push({ path: input, message: e instanceof Error ? e.message : String(e) });
    }
  }
  return { dir: shown, ...summarizeNegatives(outcomes) };
}

function gitCommit(): string {
  try {
    const head = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: REPO_ROOT, encoding: 'utf8' }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain'], { cwd: REPO_ROOT, encoding: 'utf8' }).trim() !== '';
    return dirty ? `${head} + uncommitted changes` : head;
  } catch {
    return 'unknown (not a git checkout)';
  }
}

/** What a tuner may read: the full detail of dev pages; holdout pages only when asked. */
function pageDetails(pages: PageScore[], showHoldout: boolean) {
  return pages.map((p) => {
    const summary = {
      input: p.input,
      split: p.labels.split,
      style: p.labels.style,
      lang: p.labels.lang,
      topic: { label: p.labels.rareEarthArticle, engine: p.engine.output.isRareEarth, baseline: p.baseline.output.isRareEarth },
      engine: countsOf(p.engine.match),
      baseline: countsOf(p.baseline.match),
      unlabeled: p.engine.match.unlabeled,
    };
    if (p.labels.split === 'holdout' && !showHoldout) return summary;
    const m = p.engine.match;
    return {
      ...summary,
      missed: m.missed,
      wrongCategory: m.found.filter((f) => f.detection.category !== f.label.category).map((f) => ({ quote: f.label.quote, expected: f.label.category, got: f.detection.category })),
      falsePositives: m.falsePositives.map((f) => ({ quote: f.quote, category: f.detection.category, text: f.detection.text })),
    };
  });
}

function countsOf(m: PageScore['engine']['match']) {
  return {
    found: m.found.length,
    rightCategory: m.found.filter((f) => f.detection.category === f.label.category).length,
    missed: m.missed.length,
    falsePositives: m.falsePositives.length,
    unlabeled: m.unlabeled.length,
  };
}

function detailMarkdown(run: EvalRun, showHoldout: boolean): string {
  const out: string[] = [];
  const short = (t: string) => comparableText(t).slice(0, 160);
  out.push(`## Engine errors on ${showHoldout ? 'all' : 'dev'} pages`);
  out.push(showHoldout ? '' : '(holdout pages are never tuned on: their errors are not listed; --show-holdout lists them)\n');
  for (const p of run.pages) {
    if (p.labels.split === 'holdout' && !showHoldout) continue;
    const m = p.engine.match;
    const lines: string[] = [];
    if (p.engine.output.isRareEarth !== p.labels.rareEarthArticle) lines.push(`- topic: labelled ${p.labels.rareEarthArticle}, engine says ${p.engine.output.isRareEarth}`);
    for (const l of m.missed) lines.push(`- missed (${l.category}): ${short(l.quote)}`);
    for (const f of m.found) if (f.detection.category !== f.label.category) lines.push(`- category ${f.detection.category}, labelled ${f.label.category}: ${short(f.label.quote)}`);
    for (const f of m.falsePositives) lines.push(`- false positive (${f.detection.category}): ${short(f.detection.text)}`);
    if (lines.length > 0) out.push(`### ${p.input} (${p.labels.split})`, ...lines, '');
  }
  out.push('## Unlabelled detections (all splits; label them so they count)');
  for (const p of run.pages) {
    if (p.engine.match.unlabeled.length === 0) continue;
    out.push(`### ${p.input} (${p.labels.split})`);
    for (const d of p.engine.match.unlabeled) out.push(`- (${d.category}) ${short(d.text)}`);
    out.push('');
  }
  if (run.labelIssues.length > 0) {
    out.push('## Label issues (quotes that cannot match as written)');
    for (const i of run.labelIssues) out.push(`- ${i.input}: ${i.problem}${i.quote ? `: "${short(i.quote)}"` : ''}`);
    out.push('');
  }
  const s = run.report.shared;
  if (!('skipped' in s)) {
    if (s.engine.topicPositives.length > 0 || s.engine.pagesWithSignals.length > 0) {
      out.push('## Engine false positives on the real pages');
      for (const p of new Set([...s.engine.topicPositives, ...s.engine.pagesWithSignals])) out.push(`- ${p}`);
      out.push('');
    }
  }
  return out.join('\n');
}

const REAL_METHOD = `How the real news is measured: each excerpt is read as an article of one paragraph per line (a first
line with no closing punctuation is its title; lines hard-wrapped inside a sentence are joined, as the extension joins
\`<br>\`-wrapped lines — \`lib/analysis/wrapped-lines.ts\`), as \`lib/eval/realnews.ts\` builds it. A labelled sentence is detected when a
detection covers at least half of it; a detection on a sentence labelled none is a false positive (one detection over
several labelled sentences, such as the fragments of a wrapped sentence, is one only when none of them is a signal), and every detection
on an excerpt labelled off-topic is one. Category agreement is the share of detected signals whose category is the
labelled one or the labeller's second acceptable one. Borderline sentences and excerpts count on neither side. The
baseline is the keyword baseline below. The signal model (lib/analysis/signal-model.json) is fitted on the dev split only
(\`npm run train\`); its thresholds are chosen on out-of-fold dev predictions.`;

const METHOD = `How the team corpus is measured: a labelled signal is found when a detected sentence starts with its quote
(both through \`readableText\`, whitespace and typographic quotes folded); "right category" also needs the
labelled category (a signal found under another category counts as a miss and as a false positive). A false
positive is a detected sentence that a \`nonSignals\` label names, or any detection on a page labelled
off-topic; detections in neither list are listed as unlabelled, not counted. The seed fixture is a dev case
(must → signals, never → non-signals, may → either). Baseline: the page is on topic when its extracted
text says "rare earth"/"rare-earth"; then every body sentence with a cue word (export, licen…, quota, tariff,
price, inventor…, stockpil…, shortage, output, production, capacity, share, dominan…, demand, deal,
invest…, risk) is a signal of that word's category. Both read the same extracted article and sentences.`;

function main(argv: readonly string[]): number {
  let corpusDir = DEFAULT_CORPUS;
  let sharedDir: string | null = DEFAULT_SHARED;
  let write = true;
  let showHoldout = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--corpus' && argv[i + 1]) corpusDir = resolve(argv[++i] ?? '');
    else if (arg === '--shared' && argv[i + 1]) sharedDir = resolve(argv[++i] ?? '');
    else if (arg === '--no-shared') sharedDir = null;
    else if (arg === '--no-write') write = false;
    else if (arg === '--show-holdout') showHoldout = true;
    else {
      process.stderr.write(`eval: unknown argument ${arg}\nusage: npm run eval -- [--corpus DIR] [--shared DIR] [--no-shared] [--no-write] [--show-holdout]\n`);
      return 2;
    }
  }
  const started = performance.now();
  const skip = realnewsSkipReason();
  const real = skip ? null : realnewsReport(runRealnews());
  const realSection = `## Real news\n\n${real ? formatRealnewsMarkdown(real) : `Skipped — ${skip}.`}\n`;
  const run = runEval({ corpusDir, sharedDir, seed: true });
  const table = formatEvalMarkdown(run.report);
  const header = `# Evaluation of the analysis engine\n\n\`npm run eval\` on ${run.report.date.slice(0, 10)}, commit ${run.report.commit}.\n`;
  const teamSection = `## The team corpus\n\n${table}\n`;
  process.stdout.write(`${header}\n${realSection}\n${teamSection}\n${detailMarkdown(run, showHoldout)}\n`);
  for (const p of run.problems) process.stderr.write(`eval: ${p.path}: ${p.message}\n`);
  if (write) {
    const docs = join(REPO_ROOT, 'docs');
    mkdirSync(docs, { recursive: true });
    writeFileSync(join(docs, 'eval.md'), `${header}\n${realSection}\n${REAL_METHOD}\n\n${teamSection}\n${METHOD}\n`);
    const json = { ...run.report, realnews: real, pages: pageDetails(run.pages, showHoldout), labelIssues: run.labelIssues, problems: run.problems };
    writeFileSync(join(docs, 'eval.json'), `${JSON.stringify(json, null, 2)}\n`);
    process.stderr.write(`eval: wrote docs/eval.md and docs/eval.json (${((performance.now() - started) / 1000).toFixed(1)} s)\n`);
  }
  return run.problems.length > 0 ? 1 : 0;
}

const invokedDirectly = process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href;
if (invokedDirectly) process.exitCode = main(process.argv.slice(2));

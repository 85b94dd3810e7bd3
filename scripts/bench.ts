/**
 * `npm run bench` (after `wxt build`): Lodestone's cost in a real browser, measured against DESIGN's
 * budgets. See scripts/bench/report.ts ("Method") for how each figure is taken.
 *
 *   node --import tsx scripts/bench.ts [--corpus DIR | --no-corpus] [--no-team] [--only REGEX]
 *     [--extension DIR] [--out DIR] [--navigations 50] [--no-memory] [--no-library] [--no-trends] [--clips 10000]
 *
 * Pages: the seed fixtures, two generated rare-earth articles (1 MB and 5 MB of HTML), the team
 * corpus (test/fixtures/corpus) and the real pages of ../shared/corpus/readability-pages when that
 * folder exists (served in place, never copied). Output: bench-results/<date>/report.md and
 * results.json (gitignored), and the report copied to docs/bench.md (not with --only).
 * The bench reports and never fails on a budget: timings depend on the machine.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { cpus, loadavg, platform, release, tmpdir, totalmem } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { QuoteSelector } from '../lib/anchoring/match-quote';
import { findChromium } from './find-chromium';
import { ANCHORING_GLOBAL, anchoringBundle } from './bench/anchoring-bundle';
import { type AnalyzerTiming, analyzerThroughput } from './bench/analyzer-throughput';
import { type BenchBrowser, launchBenchBrowser } from './bench/bench-browser';
import { type BenchPage, benchPages, url } from './bench/bench-pages';
import type { BenchResult, LongTasks, PageResult, ThroughputSummary } from './bench/bench-result';
import { budgetVerdicts } from './bench/budgets';
import { runLibraryBench } from './bench/library-bench';
import { runTrendsBench } from './bench/trends-bench';
import { type NavigationRun, runNavigations } from './bench/navigation-memory';
import { readabilityLoader } from './bench/page-probes';
import { markdownReport } from './bench/report';
import { type ServedPage, servePages } from './bench/serve-pages';
import { spaPage } from './bench/spa-page';
import { median } from './bench/stats';
import type { PageTrace } from './bench/trace-analysis';
import { type BaselineVisit, type ExtensionVisit, profiledVisit, visitWithExtension, visitWithout } from './bench/visit-page';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const FIXTURES = join(ROOT, 'test/fixtures');
const DEFAULT_CORPUS = resolve(ROOT, '../shared/corpus/readability-pages');
/** The 1 MB page's budget case (DESIGN: anchoring 200 quotes in a 1 MB page). */
const BUDGET_QUOTES = 200;
/** The second article of the memory run (the first is the seed). */
const MEMORY_ARTICLE_B = 'corpus/a-wire-china-quota-ndpr-rally.html';

interface Options {
  corpus: string | null;
  team: boolean;
  only: RegExp | null;
  extension: string;
  out: string;
  navigations: number;
  memory: boolean;
  library: boolean;
  trends: boolean;
  clips: number;
}

function parseOptions(argv: readonly string[]): Options {
  const value = (name: string) => {
    const i = argv.indexOf(`--${name}`);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const flag = (name: string) => argv.includes(`--${name}`);
  const stamp = new Date().toISOString().replace(/:/g, '-').replace(/\..*/, '');
  const only = value('only');
  return {
    corpus: flag('no-corpus') ? null : resolve(value('corpus') ?? process.env.LODESTONE_CORPUS ?? DEFAULT_CORPUS),
    team: !flag('no-team'),
    only: only ? new RegExp(only) : null,
    extension: resolve(value('extension') ?? join(ROOT, '.output/chrome-mv3')),
    out: resolve(value('out') ?? join(ROOT, 'bench-results', stamp)),
    navigations: Number(value('navigations') ?? 50),
    memory: !flag('no-memory'),
    library: !flag('no-library'),
    trends: !flag('no-trends'),
    clips: Number(value('clips') ?? 10_000),
  };
}

function longTasks(tasks: { duration: number }[]): LongTasks {
  return { count: tasks.length, totalMs: tasks.reduce((n, t) => n + t.duration, 0), maxMs: tasks.reduce((m, t) => Math.max(m, t.duration), 0) };
}

function quotesOf(t: AnalyzerTiming | undefined): QuoteSelector[] {
  if (!t?.result?.topic.isRareEarth) return [];
  return t.result.signals.map((s) => ({ exact: s.text, prefix: s.prefix, suffix: s.suffix }));
}

/** `n` quotes spread evenly over the page's quotes. */
function spread(quotes: QuoteSelector[], n: number): QuoteSelector[] {
  if (quotes.length <= n) return quotes;
  return Array.from({ length: n }, (_x, i) => quotes[Math.floor((i * quotes.length) / n)]!);
}

function pageResult(
  page: BenchPage,
  t: AnalyzerTiming | undefined,
  w: ExtensionVisit,
  profiled: PageTrace | null,
  n: BaselineVisit,
  sizes: { gate: number; reader: number },
  requests: { w: number; n: number; byExtension: string[] },
): PageResult {
  const injected = w.trace.evaluateMs.reader !== null;
  const microtaskMs = profiled?.sampledMs.reader ?? 0;
  const readerMs = w.trace.spanMs.reader + microtaskMs;
  const extensionMs = w.trace.spanMs.gate + readerMs;
  // Tasks holding extension work: exact ones from the plain trace, plus the microtask-only ones only the profiler sees.
  const tasks = [...w.trace.longTasksWithExtension, ...(profiled?.longTasksWithExtension.filter((c) => c.sampledOnly) ?? [])];
  const heaviest = [w.trace.heaviestTask, profiled?.heaviestTask?.sampledOnly ? profiled.heaviestTask : null].reduce<PageResult['heaviestExtensionTask']>(
    (best, c) => (c && (!best || c.extensionMs > best.extensionMs) ? c : best),
    null,
  );
  const idle = w.state.paintedAt !== null ? w.state.paintedAt - w.state.loadEventEnd : null;
  const { at } = w.trace;
  let breakdown: PageResult['paintBreakdownMs'] = null;
  if (idle !== null && at.origin !== null && at.gateStart !== null && at.gateEnd !== null && at.readerStart !== null && at.painted !== null) {
    const loadEnd = at.origin + (w.state.loadEventEnd - w.state.originAt) * 1000;
    breakdown = { idleToGate: (at.gateStart - loadEnd) / 1000, gateToReader: (at.readerStart - at.gateEnd) / 1000, readerToPainted: (at.painted - at.readerStart) / 1000 };
  }
  const css = injected ? w.cssBytes : 0;
  return {
    id: page.id,
    group: page.group,
    bytes: page.bytes,
    analyzer: {
      isRareEarth: t?.result?.topic.isRareEarth ?? false,
      signals: t?.result?.signals.length ?? 0,
      parseMs: t?.parseMs ?? Number.NaN,
      readabilityMs: t?.readabilityMs ?? Number.NaN,
      analyzeMs: t?.analyzeMs ?? Number.NaN,
    },
    readerInjected: injected,
    highlights: w.state.highlightRanges,
    shadowHosts: w.state.shadowHosts,
    gate: { mainThreadMs: w.trace.spanMs.gate, evaluateMs: w.trace.evaluateMs.gate, breakdown: w.trace.breakdown.gate },
    reader: { mainThreadMs: readerMs, spanMs: w.trace.spanMs.reader, microtaskMs, evaluateMs: w.trace.evaluateMs.reader, breakdown: w.trace.breakdown.reader },
    extensionMs,
    offThreadMs: profiled?.offThreadMs ?? null,
    gateCandidate: t?.gateCandidate ?? null,
    scriptBytes: { gate: sizes.gate, reader: injected ? sizes.reader : 0, css, total: sizes.gate + (injected ? sizes.reader : 0) + css },
    longTasks: { withExtension: longTasks(w.state.longTasks), without: longTasks(n.state.longTasks) },
    heaviestExtensionTask: heaviest,
    longTasksWithExtension: tasks,
    idleToPaintedMs: idle,
    paintBreakdownMs: breakdown,
    readability: { parseMs: w.readability.parseMs, cloneMs: w.readability.cloneMs, parseMsUntraced: n.readability.parseMs, textLength: w.readability.textLength },
    ratio: extensionMs / w.readability.parseMs,
    anchoring: n.anchoring,
    anchoring200: n.anchoring200,
    heapMB: { withExtension: w.heapMB, without: n.heapMB, delta: w.heapMB - n.heapMB },
    requests: { withExtension: requests.w, without: requests.n, byExtension: requests.byExtension },
    sampleIntervalUs: profiled?.sampleIntervalUs ?? Number.NaN,
    errors: [...(t?.error ? [`analyzer: ${t.error}`] : []), ...(quotesOf(t).length > 0 && w.state.paintedAt === null ? [`the analyzer found a rare-earth article with ${quotesOf(t).length} signals, but no highlight was painted${injected ? '' : ' (the reader was not injected)'}`] : [])],
  };
}

function failedResult(page: BenchPage, t: AnalyzerTiming | undefined, error: unknown): PageResult {
  const none: LongTasks = { count: 0, totalMs: 0, maxMs: 0 };
  return {
    id: page.id,
    group: page.group,
    bytes: page.bytes,
    analyzer: { isRareEarth: t?.result?.topic.isRareEarth ?? false, signals: t?.result?.signals.length ?? 0, parseMs: t?.parseMs ?? Number.NaN, readabilityMs: t?.readabilityMs ?? Number.NaN, analyzeMs: t?.analyzeMs ?? Number.NaN },
    readerInjected: false,
    highlights: 0,
    shadowHosts: 0,
    gate: { mainThreadMs: Number.NaN, evaluateMs: null, breakdown: { compileMs: 0, layoutMs: 0, gcMs: 0 } },
    reader: { mainThreadMs: Number.NaN, spanMs: Number.NaN, microtaskMs: Number.NaN, evaluateMs: null, breakdown: { compileMs: 0, layoutMs: 0, gcMs: 0 } },
    extensionMs: Number.NaN,
    offThreadMs: null,
    gateCandidate: t?.gateCandidate ?? null,
    scriptBytes: { gate: 0, reader: 0, css: 0, total: 0 },
    longTasks: { withExtension: none, without: none },
    heaviestExtensionTask: null,
    longTasksWithExtension: [],
    idleToPaintedMs: null,
    paintBreakdownMs: null,
    readability: { parseMs: Number.NaN, cloneMs: Number.NaN, parseMsUntraced: Number.NaN, textLength: 0 },
    ratio: Number.NaN,
    anchoring: null,
    anchoring200: null,
    heapMB: { withExtension: Number.NaN, without: Number.NaN, delta: Number.NaN },
    requests: { withExtension: 0, without: 0, byExtension: [] },
    sampleIntervalUs: Number.NaN,
    errors: [error instanceof Error ? error.message.split('\n')[0]! : String(error)],
  };
}

function throughputSummary(group: string, timings: readonly AnalyzerTiming[]): ThroughputSummary {
  const ok = timings.filter((t) => Number.isFinite(t.analyzeMs));
  const sum = (k: 'parseMs' | 'readabilityMs' | 'analyzeMs') => ok.reduce((n, t) => n + t[k], 0);
  const worstT = ok.reduce<AnalyzerTiming | null>((w, t) => (!w || t.analyzeMs > w.analyzeMs ? t : w), null);
  return {
    group,
    pages: ok.length,
    megabytes: ok.reduce((n, t) => n + t.bytes, 0) / 1024 / 1024,
    parseMs: sum('parseMs'),
    readabilityMs: sum('readabilityMs'),
    analyzeMs: sum('analyzeMs'),
    medianAnalyzeMs: median(ok.map((t) => t.analyzeMs)),
    medianReadabilityMs: median(ok.map((t) => t.readabilityMs)),
    worst: { id: worstT?.id ?? '–', analyzeMs: worstT?.analyzeMs ?? Number.NaN, readabilityMs: worstT?.readabilityMs ?? Number.NaN },
  };
}

function totalRequests(requests: Map<string, number>): number {
  let n = 0;
  for (const v of requests.values()) n += v;
  return n;
}

function environment(chromium: string, sizes: { gate: number; reader: number }, pages: readonly BenchPage[], started: number, loadAtStart: number): BenchResult['environment'] {
  const git = (args: string[]) => {
    try {
      return execFileSync('git', args, { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    } catch {
      return '';
    }
  };
  let version = 'Chromium';
  try {
    version = execFileSync(chromium, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim().split('\n').pop()!.replace(/ built on.*/, '');
  } catch {
    // The version is informative only.
  }
  const counts: Record<string, number> = {};
  for (const p of pages) counts[p.group] = (counts[p.group] ?? 0) + 1;
  const cpu = cpus();
  return {
    date: new Date().toISOString().replace(/\..*/, 'Z'),
    commit: `${git(['rev-parse', '--short', 'HEAD']) || 'unknown'}${git(['status', '--porcelain']) ? ' + uncommitted changes' : ''}`,
    machine: `${cpu[0]?.model.trim() ?? 'unknown CPU'}, ${cpu.length} cores, ${Math.round(totalmem() / 2 ** 30)} GB RAM, ${platform()} ${release()}`,
    node: process.version,
    chromium: version,
    extension: { gateBytes: sizes.gate, readerBytes: sizes.reader },
    pages: counts,
    durationS: (Date.now() - started) / 1000,
    loadAverage: { start: loadAtStart, end: loadavg()[0]! },
  };
}

async function memoryRuns(w: BenchBrowser, n: BenchBrowser, navigations: number): Promise<BenchResult['memory']> {
  const snapshotAt = [...new Set([0, 1, 10, Math.floor(navigations / 2) * 2, navigations])].filter((x) => x <= navigations).sort((a, b) => a - b);
  const urls = {
    full: { a: 'http://rareearthexchanges.com/mem/a/', b: 'http://rareearthexchanges.com/mem/b/' },
    spa: { a: 'http://rareearthexchanges.com/spa/a/', b: 'http://rareearthexchanges.com/spa/b/' },
  };
  const withExtension: NavigationRun[] = [];
  const without: NavigationRun[] = [];
  for (const mode of ['full', 'spa'] as const) {
    process.stdout.write(`memory: ${navigations} ${mode} navigations with the extension… `);
    withExtension.push(await runNavigations(w.context, { mode, urls: urls[mode], navigations, snapshotAt, withExtension: true }));
    process.stdout.write('and without… ');
    without.push(await runNavigations(n.context, { mode, urls: urls[mode], navigations, snapshotAt, withExtension: false }));
    process.stdout.write('done\n');
  }
  return { withExtension, without };
}

async function main(): Promise<void> {
  const started = Date.now();
  const loadAtStart = loadavg()[0]!;
  const options = parseOptions(process.argv.slice(2));
  const chromium = findChromium();
  if (!chromium) throw new Error('No Chromium found (set CHROMIUM_PATH or install Debian\'s chromium package).');
  if (!existsSync(join(options.extension, 'manifest.json'))) throw new Error(`No built extension in ${options.extension}: run \`npx wxt build\` first.`);
  // A private copy: a rebuild during the run (another terminal) must not change what is measured.
  const extension = mkdtempSync(join(tmpdir(), 'lodestone-bench-ext-'));
  cpSync(options.extension, extension, { recursive: true });
  const sizes = {
    gate: statSync(join(extension, 'gate.js')).size,
    reader: statSync(join(extension, 'content-scripts/reader.js')).size,
  };

  const corpusPresent = options.corpus !== null && existsSync(options.corpus);
  if (options.corpus && !corpusPresent) console.warn(`Corpus folder ${options.corpus} not found: benching without the real pages.`);
  const pages = benchPages({ fixtures: FIXTURES, corpus: corpusPresent ? options.corpus : null, team: options.team }).filter((p) => !options.only || options.only.test(p.id));
  console.log(`Lodestone bench: ${pages.length} pages; results in ${options.out}`);

  console.log('analyzer throughput (Node, linkedom)…');
  const timings = analyzerThroughput(pages);
  const byId = new Map(timings.map((t) => [t.id, t]));
  const groups: [string, AnalyzerTiming[]][] = [
    ['corpus/ (real pages)', timings.filter((t) => pages.find((p) => p.id === t.id)?.group === 'corpus')],
    ['team corpus', timings.filter((t) => pages.find((p) => p.id === t.id)?.group === 'team')],
    ['seed fixtures', timings.filter((t) => pages.find((p) => p.id === t.id)?.group === 'seed')],
    ['generated 1 MB + 5 MB', timings.filter((t) => pages.find((p) => p.id === t.id)?.group === 'generated')],
  ];
  const throughput = groups.filter(([, ts]) => ts.length > 0).map(([g, ts]) => throughputSummary(g, ts));

  const bundle = await anchoringBundle();
  const require = createRequire(import.meta.url);
  const readability = readabilityLoader(readFileSync(require.resolve('@mozilla/readability/Readability.js'), 'utf8'));

  const seedHtml = readFileSync(join(FIXTURES, 'seed-article.html'), 'utf8');
  const articleB = readFileSync(join(FIXTURES, MEMORY_ARTICLE_B), 'utf8');
  const spa = spaPage(seedHtml, articleB);
  const served: ServedPage[] = [
    ...pages.map((p) => ({ path: p.path, file: p.file, body: p.body })),
    { path: '/mem/a/', body: seedHtml },
    { path: '/mem/b/', body: articleB },
    { path: '/spa/a/', body: spa },
    { path: '/spa/b/', body: spa },
  ];
  const serverW = await servePages(served);
  const serverN = await servePages(served);
  const w = await launchBenchBrowser({ chromium, extensionDir: extension, port: serverW.port });
  const n = await launchBenchBrowser({ chromium, extensionDir: null, port: serverN.port });
  const results: PageResult[] = [];
  let memory: BenchResult['memory'] = null;
  try {
    for (const [i, page] of pages.entries()) {
      const t = byId.get(page.id);
      const quotes = quotesOf(t);
      const label = `[${i + 1}/${pages.length}] ${page.group}/${page.id}`;
      try {
        const before = { w: totalRequests(serverW.requests), n: totalRequests(serverN.requests), fromPages: serverW.fromExtensionPages.length };
        const visitW = await visitWithExtension(w.context, w.worker!, w.extensionId!, url(page), quotes.length > 0, readability);
        const afterW = totalRequests(serverW.requests);
        const fromPages = serverW.fromExtensionPages.slice(before.fromPages);
        const profiled = visitW.trace.evaluateMs.reader !== null ? await profiledVisit(w.context, w.extensionId!, url(page), visitW.state.paintedAt !== null) : null;
        const visitN = await visitWithout(
          n.context,
          url(page),
          readability,
          quotes.length > 0 ? { bundle, global: ANCHORING_GLOBAL, quotes, quotes200: page.id === 'generated-1mb' ? spread(quotes, BUDGET_QUOTES) : null } : null,
          1_500,
        );
        const requests = { w: afterW - before.w, n: totalRequests(serverN.requests) - before.n, byExtension: [...visitW.extensionRequests, ...fromPages] };
        const r = pageResult(page, t, visitW, profiled, visitN, sizes, requests);
        results.push(r);
        console.log(
          `${label}: gate ${r.gate.mainThreadMs.toFixed(2)} ms${r.readerInjected ? `, reader ${r.reader.mainThreadMs.toFixed(1)} ms, Readability ${r.readability.parseMs.toFixed(1)} ms (${(100 * r.ratio).toFixed(0)} %), idle→painted ${r.idleToPaintedMs?.toFixed(0) ?? '–'} ms` : ''}`,
        );
      } catch (error) {
        results.push(failedResult(page, t, error));
        console.log(`${label}: FAILED ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
      }
    }
    if (options.memory) memory = await memoryRuns(w, n, options.navigations);
  } finally {
    await w.close();
    await n.close();
    await serverW.close();
    await serverN.close();
    rmSync(extension, { recursive: true, force: true });
  }

  let library: BenchResult['library'] = null;
  if (options.library) {
    console.log(`side panel with ${options.clips.toLocaleString('en')} clips (scripts/bench-library.ts)…`);
    library = runLibraryBench(ROOT, options.clips);
  }

  let trends: BenchResult['trends'] = null;
  if (options.trends) {
    console.log(`Trends with ${options.clips.toLocaleString('en')} clips + ${(5 * options.clips).toLocaleString('en')} logged signals (scripts/bench-trends.ts)…`);
    trends = runTrendsBench(ROOT, options.clips);
  }

  const result: BenchResult = { environment: environment(chromium, sizes, pages, started, loadAtStart), pages: results, throughput, memory, library, trends };
  const report = markdownReport(result);
  mkdirSync(options.out, { recursive: true });
  writeFileSync(join(options.out, 'results.json'), `${JSON.stringify(result, null, 1)}\n`);
  writeFileSync(join(options.out, 'report.md'), report);
  if (!options.only) writeFileSync(join(ROOT, 'docs/bench.md'), report);
  console.log('\nBudgets (DESIGN.md):');
  for (const v of budgetVerdicts(result)) console.log(`  ${v.met === null ? 'not measured' : v.met ? 'met    ' : 'NOT MET'}  ${v.what} (${v.budget}): ${v.figure}`);
  console.log(`\nReport: ${join(options.out, 'report.md')}${options.only ? '' : ' (copied to docs/bench.md)'}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});

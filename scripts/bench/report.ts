import { CHART_CHOICE } from './trends-bench';
import type { BenchResult, PageResult } from './bench-result';
import { budgetVerdicts, paintBudgetMs } from './budgets';
import { median, worst } from './stats';

const f = (x: number | null | undefined, digits = 1) => (x === null || x === undefined || !Number.isFinite(x) ? '–' : x.toFixed(digits));
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const row = (cells: (string | number)[]) => `| ${cells.join(' | ')} |`;

function table(head: string[], rows: (string | number)[][]): string {
  return [row(head), row(head.map(() => '---')), ...rows.map(row)].join('\n');
}

/** Median and worst of a figure over some pages, with the worst page named. */
function medWorst(pages: readonly PageResult[], value: (p: PageResult) => number | null, digits = 1): string {
  const xs = pages.map(value).filter((x): x is number => x !== null && Number.isFinite(x));
  if (xs.length === 0) return '–';
  const max = worst(xs);
  const at = pages.find((p) => value(p) === max);
  return `${f(median(xs), digits)} / ${f(max, digits)}${at ? ` (${at.id})` : ''}`;
}

function groupSummary(r: BenchResult): string {
  const groups: [string, PageResult[]][] = [
    ['not rare-earth (reader not injected)', r.pages.filter((p) => !p.readerInjected)],
    ['rare-earth articles (reader injected)', r.pages.filter((p) => p.readerInjected)],
  ];
  const rows: (string | number)[][] = [];
  for (const [name, pages] of groups) {
    if (pages.length === 0) continue;
    rows.push([`**${name}**, ${pages.length} pages`, '', '']);
    rows.push(['gate main-thread time, ms', medWorst(pages, (p) => p.gate.mainThreadMs, 2), 'compile + run + callbacks of gate.js']);
    rows.push(['reader main-thread time, ms', medWorst(pages, (p) => (p.readerInjected ? p.reader.mainThreadMs : null)), 'compile + run + callbacks + microtasks of reader.js']);
    rows.push(['extension main-thread time, ms', medWorst(pages, (p) => p.extensionMs), 'gate + reader']);
    rows.push(["Readability's parse on the main thread, ms", medWorst(pages, (p) => p.readability.parseMs), 'cold, on a clone, traced like the extension']);
    rows.push(['extension ÷ Readability, %', medWorst(pages, (p) => 100 * p.ratio, 0), 'budget ≤ 25 % on rare-earth articles']);
    rows.push(['idle → highlights painted, ms', medWorst(pages, (p) => p.idleToPaintedMs), 'budget 1.5 × Readability + 50 ms']);
    rows.push(['analysis off the page (gate → reader start), ms', medWorst(pages, (p) => p.paintBreakdownMs?.gateToReader ?? null, 0), 'service worker + offscreen document']);
    rows.push(['script injected, KB', medWorst(pages, (p) => p.scriptBytes.total / 1024), 'gate + reader + ::highlight() CSS']);
    rows.push(['long tasks with / without extension (count)', `${f(median(pages.map((p) => p.longTasks.withExtension.count)), 0)} / ${f(median(pages.map((p) => p.longTasks.without.count)), 0)} median; ${pages.reduce((n, p) => n + p.longTasks.withExtension.count, 0)} / ${pages.reduce((n, p) => n + p.longTasks.without.count, 0)} total`, "PerformanceObserver('longtask') in the page"]);
    rows.push(['longest task holding extension work, ms', medWorst(pages, (p) => p.heaviestExtensionTask?.taskMs ?? null), 'whole task; the extension part is in the page table']);
    rows.push(['JS heap with − without extension, MB', medWorst(pages, (p) => p.heapMB.delta, 2), "the tab's isolate after GC"]);
    rows.push(['anchoring all signals (cold), ms', medWorst(pages, (p) => p.anchoring?.coldMs ?? null), "lib/anchoring in the page on the analyzer's quotes"]);
  }
  return table(['figure', 'median / worst', 'note'], rows);
}

function articleRows(pages: readonly PageResult[]): string {
  return table(
    ['page', 'HTML', 'signals', 'gate ms', 'reader ms', 'Readability ms', 'ratio', 'idle→painted ms (budget)', 'where: idle→gate / gate→reader / reader→paint', 'anchoring ms (quotes)', 'heaviest ext task ms (ext part)', 'long tasks with/without', 'heap Δ MB', 'injected'],
    pages.map((p) => [
      p.id,
      kb(p.bytes),
      p.analyzer.signals,
      f(p.gate.mainThreadMs, 2),
      f(p.reader.mainThreadMs),
      f(p.readability.parseMs),
      `${f(100 * p.ratio, 0)} %`,
      p.idleToPaintedMs === null ? 'not painted' : `${f(p.idleToPaintedMs, 0)} (${f(paintBudgetMs(p), 0)})${p.idleToPaintedMs > paintBudgetMs(p) ? ' ✗' : ''}`,
      p.paintBreakdownMs ? `${f(p.paintBreakdownMs.idleToGate, 0)} / ${f(p.paintBreakdownMs.gateToReader, 0)} / ${f(p.paintBreakdownMs.readerToPainted, 0)}` : '–',
      p.anchoring ? `${f(p.anchoring.coldMs)} (${p.anchoring.found}/${p.anchoring.quotes})` : '–',
      p.heaviestExtensionTask ? `${f(p.heaviestExtensionTask.taskMs)} (${f(p.heaviestExtensionTask.extensionMs)}${heaviestIsGate(p.heaviestExtensionTask) ? ', gate' : ''})` : '–',
      `${p.longTasks.withExtension.count}/${p.longTasks.without.count}`,
      f(p.heapMB.delta, 2),
      kb(p.scriptBytes.total),
    ]),
  );
}

function readerRows(pages: readonly PageResult[]): string {
  return table(
    ['page', 'reader total', 'evaluate (compile + top-level run)', 'of which compile', 'callbacks (message replies, listeners, timers)', 'microtasks (code after await; profiled visit)', 'layout/style inside', 'GC inside', 'gate (of which compile)', 'off the page: service worker / offscreen'],
    pages.map((p) => [
      p.id,
      f(p.reader.mainThreadMs),
      f(p.reader.evaluateMs),
      f(p.reader.breakdown.compileMs),
      f(p.reader.spanMs - (p.reader.evaluateMs ?? 0)),
      f(p.reader.microtaskMs),
      f(p.reader.breakdown.layoutMs),
      f(p.reader.breakdown.gcMs),
      `${f(p.gate.mainThreadMs, 2)} (${f(p.gate.breakdown.compileMs, 2)})`,
      p.offThreadMs ? `${f(p.offThreadMs.serviceWorker, 0)} / ${f(p.offThreadMs.offscreen, 0)}` : '–',
    ]),
  );
}

function silentRows(pages: readonly PageResult[], limit: number): string {
  const sorted = [...pages].sort((a, b) => b.gate.mainThreadMs - a.gate.mainThreadMs).slice(0, limit);
  return table(
    ['page', 'group', 'HTML', 'gate ms', 'gate evaluate ms', 'Readability ms', 'gate candidate (serialized, analysed off the page)', 'long tasks with/without', 'heap Δ MB'],
    sorted.map((p) => [
      p.id,
      p.group,
      kb(p.bytes),
      f(p.gate.mainThreadMs, 2),
      f(p.gate.evaluateMs, 2),
      f(p.readability.parseMs),
      p.gateCandidate === null ? '–' : p.gateCandidate ? 'yes' : 'no',
      `${p.longTasks.withExtension.count}/${p.longTasks.without.count}`,
      f(p.heapMB.delta, 2),
    ]),
  );
}

function memorySection(r: BenchResult): string {
  if (!r.memory) return '_Not run in this run (--no-memory)._';
  const lines: string[] = [];
  for (const run of r.memory.withExtension) {
    const base = r.memory.without.find((b) => b.mode === run.mode);
    const rows = run.snapshots.map((s) => {
      const b = base?.snapshots.find((x) => x.navigation === s.navigation);
      return [
        s.navigation,
        s.article,
        s.highlightRanges,
        s.highlightNames.length,
        s.shadowHosts,
        s.extensionObjects ? `${s.extensionObjects.Range} / ${s.extensionObjects.MutationObserver} / ${s.extensionObjects.ShadowRoot}` : '–',
        f(s.heapMB, 2),
        f(b?.heapMB, 2),
        f(b ? s.heapMB - b.heapMB : null, 2),
      ];
    });
    lines.push(`**${run.mode === 'full' ? 'Full page loads' : 'SPA (pushState, one reader instance)'}**\n`);
    lines.push(table(['navigation', 'article', 'highlight ranges', 'highlights', 'shadow hosts', 'extension world: Range / MutationObserver / ShadowRoot objects', 'heap with, MB', 'heap without, MB', 'extension share, MB'], rows));
    lines.push('');
  }
  return lines.join('\n');
}

function throughputSection(r: BenchResult): string {
  return table(
    ['pages', 'count', 'MB of HTML', 'linkedom parse, s', 'parse + Readability, s', 'parse + whole analysis (CLI), s', 'analysis ÷ Readability', 'median per page: Readability / analysis, ms', 'worst page: Readability / analysis, ms'],
    r.throughput.map((t) => [
      t.group,
      t.pages,
      f(t.megabytes, 1),
      f(t.parseMs / 1000, 2),
      f(t.readabilityMs / 1000, 2),
      f(t.analyzeMs / 1000, 2),
      `${f(t.analyzeMs / t.readabilityMs, 2)}×`,
      `${f(t.medianReadabilityMs)} / ${f(t.medianAnalyzeMs)}`,
      `${f(t.worst.readabilityMs)} / ${f(t.worst.analyzeMs)} (${t.worst.id})`,
    ]),
  );
}

/** The bench's Markdown report: environment, method, budgets, summaries, per-page tables. */
export function markdownReport(r: BenchResult): string {
  const e = r.environment;
  const verdicts = budgetVerdicts(r);
  const articles = r.pages.filter((p) => p.readerInjected);
  const silent = r.pages.filter((p) => !p.readerInjected);
  const failed = r.pages.filter((p) => p.errors.length > 0);
  return `# Lodestone bench — ${e.date}

Made by \`npm run bench\` (scripts/bench.ts). Commit ${e.commit}; ${e.machine}; Node ${e.node}; ${e.chromium} (headless); ${e.durationS.toFixed(0)} s; load average ${e.loadAverage.start.toFixed(1)} at the start, ${e.loadAverage.end.toFixed(1)} at the end.
Pages: ${Object.entries(e.pages).map(([g, n]) => `${n} ${g}`).join(', ')}. Built extension: gate.js ${e.extension.gateBytes.toLocaleString('en')} bytes, reader.js ${e.extension.readerBytes.toLocaleString('en')} bytes.

## Budgets (DESIGN.md)

${table(['what', 'budget', 'this run', 'met'], verdicts.map((v) => [v.what, v.budget, v.figure, v.met === null ? 'not measured' : v.met ? '**met**' : '**not met**']))}

## Method

- Each page is served from a loopback server (every host name resolves to it, so third-party requests get a local 404 and the network is idle at load) and visited in a new tab of two Chromium browsers launched alike, one with the built extension and one without.
- **Extension main-thread time** comes from a Chrome trace of the visit with the extension: the exact spans of the trace events that name an extension script on the page's main thread (\`EvaluateScript\` — compile and top-level run — and \`FunctionCall\`, e.g. message replies, listeners, timers), plus the V8 sampling profiler's samples with an extension frame on the stack outside those spans (microtasks: the code after each \`await\`), each sample counted for the interval to the next (median ${f(median(r.pages.map((p) => p.sampleIntervalUs)), 0)} µs). Work the extension causes but does not run in its own frames (style and layout for the highlights) is not counted here; it shows in the long tasks.
- The sampling profiler slows compilation (gate: median 5.3 → 8.1 ms over 12 loads), so the visit above runs without it; pages the reader is injected into get a second, profiled visit whose samples give only what the event spans miss (the reader's microtask continuations) and the tasks that hold nothing but those.
- **Readability** (the ratio's denominator): @mozilla/readability evaluated in the page's main world, then \`new Readability(document.cloneNode(true)).parse()\` timed once (cold), in the same traced tab after the extension settled. The same in the browser without the extension, untraced, is in the JSON (\`parseMsUntraced\`).
- **Idle → painted**: from the page's \`loadEventEnd\` to the first animation frame in which \`CSS.highlights\` holds a \`lodestone-*\` highlight (polled by a requestAnimationFrame loop installed before the page's scripts). The breakdown uses the trace: gate start, reader start, and the frame's mark.
- **Long tasks**: \`PerformanceObserver('longtask')\` in the page, with and without the extension; the trace's \`RunTask\` events tell which long tasks hold extension work, and how much.
- **Anchoring**: lib/anchoring bundled for the page (Vite, minified), run in the tab without the extension on the quotes \`npm run analyze\` finds in that HTML, as the reader runs it (\`findArticleContainer\`, then \`LiveAnchors.anchorAll\`); cold = first run.
- **Heap**: \`Runtime.getHeapUsage\` of the tab's isolate (page and extension worlds) after \`HeapProfiler.collectGarbage\`, with and without the extension.
- **Script bytes**: gate.js on every page; reader.js and the inserted \`::highlight()\` stylesheet when the reader was injected.
- Times are from one visit per page on a shared machine: read medians, and treat single pages as indications.

## Summary (median / worst)

${groupSummary(r)}

## Rare-earth articles (${articles.length} pages)

${articleRows(articles)}

Where the extension's main-thread time goes on these pages (ms):

${readerRows(articles)}

## Pages that are not rare-earth articles (${silent.length} pages; the 15 with the costliest gate)

${silentRows(silent, 15)}

## Analyzer throughput in Node (same process, linkedom)

${throughputSection(r)}

## Memory: 50 navigations between two articles in one tab

Heap after GC; the extension's share is the difference with the same navigations in the browser without it. Object counts are of the extension's isolated world (CDP \`Runtime.queryObjects\`).

${memorySection(r)}

## Side panel, 10,000 clips (scripts/bench-library.ts)

${r.library ? (r.library.ran ? `\`\`\`\n${r.library.output.trim()}\n\`\`\`` : r.library.note) : '_Not run (--no-library)._'}

## Trends, 10,000 clips + 50,000 logged signals (scripts/bench-trends.ts)

${CHART_CHOICE}

${r.trends ? (r.trends.ran ? `\`\`\`\n${r.trends.output.trim()}\n\`\`\`` : r.trends.note) : '_Not run (--no-trends)._'}
${failed.length ? `\n## Pages with errors\n\n${failed.map((p) => `- ${p.id}: ${p.errors.join('; ')}`).join('\n')}\n` : ''}`;
}

/** The gate did most of the task's extension work (else the reader did). */
function heaviestIsGate(t: { extensionMs: number; gateMs?: number }): boolean {
  return (t.gateMs ?? 0) > t.extensionMs / 2;
}

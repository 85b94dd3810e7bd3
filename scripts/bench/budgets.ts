import type { BenchResult, PageResult } from './bench-result';
import { median, worst } from './stats';

/** A DESIGN budget checked against one run: met, not met, or not measured in this run (null). */
export interface BudgetVerdict {
  what: string;
  budget: string;
  figure: string;
  met: boolean | null;
}

const f = (x: number, digits = 1) => (Number.isFinite(x) ? x.toFixed(digits) : 'n/a');

/** The page where `value` is largest, with that value. */
function worstPage(pages: readonly PageResult[], value: (p: PageResult) => number): { page: PageResult; value: number } | null {
  let best: { page: PageResult; value: number } | null = null;
  for (const page of pages) {
    const v = value(page);
    if (Number.isFinite(v) && (!best || v > best.value)) best = { page, value: v };
  }
  return best;
}

/** The idle → painted budget of one page: 1.5 × Readability's parse + 50 ms. */
export const paintBudgetMs = (p: PageResult) => 1.5 * p.readability.parseMs + 50;

/**
 * A task counts against the "no task over 50 ms" budget when it is over 50 ms and the extension's
 * own work is at least half of it: a page's 200 ms script task in which the reader's mutation
 * observer ran for 0.1 ms is the page's long task, not Lodestone's.
 */
export const isExtensionLongTask = (t: { taskMs: number; extensionMs: number }) => t.taskMs > 50 && t.extensionMs >= t.taskMs / 2;

/** Every budget of DESIGN.md ("Budgets"), in its order, for this run. */
export function budgetVerdicts(r: BenchResult): BudgetVerdict[] {
  const out: BudgetVerdict[] = [];
  const silent = r.pages.filter((p) => !p.readerInjected && p.errors.length === 0);
  const articles = r.pages.filter((p) => p.readerInjected && p.errors.length === 0);

  const gateMedian = median(silent.map((p) => p.gate.mainThreadMs));
  const gateWorst = worstPage(silent, (p) => p.gate.mainThreadMs);
  out.push({
    what: 'gate content script on a page that is not a rare-earth article',
    budget: '≤ 1 ms main-thread median',
    figure: `median ${f(gateMedian, 2)} ms over ${silent.length} pages; worst ${f(gateWorst?.value ?? Number.NaN, 2)} ms (${gateWorst?.page.id ?? '–'})`,
    met: silent.length === 0 ? null : gateMedian <= 1,
  });
  out.push({
    what: 'gate content script size',
    budget: '≤ 8 KB of script',
    figure: `${r.environment.extension.gateBytes.toLocaleString('en')} bytes`,
    met: r.environment.extension.gateBytes <= 8 * 1024,
  });

  const over = articles.filter((p) => p.ratio > 0.25);
  const ratioWorst = worstPage(articles, (p) => p.ratio);
  out.push({
    what: "the extension's main-thread time on a rare-earth article",
    budget: "≤ 25 % of Readability's own parse of that page on the main thread",
    figure: `median ${f(100 * median(articles.map((p) => p.ratio)), 0)} %, worst ${f(100 * (ratioWorst?.value ?? Number.NaN), 0)} % (${ratioWorst?.page.id ?? '–'}); ${articles.length - over.length}/${articles.length} pages within`,
    met: articles.length === 0 ? null : over.length === 0,
  });

  const corpus = r.pages.filter((p) => p.group === 'corpus');
  const scope = corpus.length > 0 ? corpus : r.pages;
  const offending = scope.flatMap((p) => p.longTasksWithExtension.filter(isExtensionLongTask).map((t) => ({ p, t })));
  const longestOwn = worstPage(scope, (p) => p.heaviestExtensionTask?.extensionMs ?? 0);
  out.push({
    what: `no extension task over 50 ms on any page of ${corpus.length > 0 ? 'corpus/' : 'this run (corpus/ absent)'}`,
    budget: 'no task over 50 ms',
    figure: `${offending.length} task(s) over 50 ms that are mostly the extension's${offending.length ? ` (worst ${f(worst(offending.map((o) => o.t.taskMs)), 0)} ms on ${offending.sort((a, b) => b.t.taskMs - a.t.taskMs)[0]!.p.id})` : ''}; most extension work in one task: ${f(longestOwn?.value ?? Number.NaN, 1)} ms (${longestOwn?.page.id ?? '–'})`,
    met: scope.length === 0 ? null : offending.length === 0,
  });
  const allOffending = r.pages.filter((p) => p.group !== 'corpus').flatMap((p) => p.longTasksWithExtension.filter(isExtensionLongTask).map((t) => ({ p, t })));
  if (corpus.length > 0) {
    out.push({
      what: 'the same on the other pages (seeds, team corpus, generated 1 MB / 5 MB) — beyond the budget\'s scope',
      budget: 'no task over 50 ms',
      figure: `${allOffending.length} task(s)${allOffending.length ? `; worst ${f(worst(allOffending.map((o) => o.t.taskMs)), 0)} ms (${allOffending.sort((a, b) => b.t.taskMs - a.t.taskMs)[0]!.p.id})` : ''}`,
      met: allOffending.length === 0,
    });
  }

  const painted = articles.filter((p) => p.idleToPaintedMs !== null);
  const late = painted.filter((p) => p.idleToPaintedMs! > paintBudgetMs(p));
  const lateWorst = worstPage(painted, (p) => p.idleToPaintedMs! / paintBudgetMs(p));
  const neverPainted = r.pages.filter((p) => p.errors.some((e) => e.includes('no highlight was painted')));
  out.push({
    what: 'time from page idle to highlights painted',
    budget: "≤ 1.5 × Readability's parse time of that page + 50 ms",
    figure: `median ${f(median(painted.map((p) => p.idleToPaintedMs!)), 0)} ms against a median budget of ${f(median(painted.map(paintBudgetMs)), 0)} ms; ${painted.length - late.length}/${painted.length} pages within; worst ${lateWorst ? `${f(lateWorst.page.idleToPaintedMs!, 0)} ms vs ${f(paintBudgetMs(lateWorst.page), 0)} ms (${lateWorst.page.id})` : '–'}${neverPainted.length ? `; never painted: ${neverPainted.map((p) => p.id).join(', ')}` : ''}`,
    met: painted.length === 0 && neverPainted.length === 0 ? null : late.length === 0 && neverPainted.length === 0,
  });

  const mb = r.pages.find((p) => p.id === 'generated-1mb');
  const a200 = mb?.anchoring200 ?? null;
  out.push({
    what: 'anchoring 200 quotes in a 1 MB page',
    budget: '≤ 20 ms',
    figure: a200 ? `${f(a200.coldMs, 1)} ms cold (first run), ${f(median(a200.warmMs), 1)} ms warm median; ${a200.found}/${a200.quotes} found` : 'not measured',
    met: a200 ? a200.coldMs <= 20 : null,
  });

  const lib = r.library;
  const libFigure = (x: number | null | undefined) => (x === null || x === undefined ? 'not measured' : `${f(x, 0)} ms (median)`);
  out.push({
    what: 'side panel with 10,000 clips: first render',
    budget: '≤ 300 ms',
    figure: lib?.ran ? libFigure(lib.firstRenderMs) : (lib?.note ?? 'not run'),
    met: lib?.firstRenderMs != null ? lib.firstRenderMs <= 300 : null,
  });
  out.push({
    what: 'side panel with 10,000 clips: filter / search',
    budget: '≤ 50 ms',
    figure: lib?.ran ? `filter ${libFigure(lib.filterMs)}, search ${libFigure(lib.searchMs)}` : (lib?.note ?? 'not run'),
    met: lib?.filterMs != null && lib.searchMs != null ? lib.filterMs <= 50 && lib.searchMs <= 50 : null,
  });

  const byExtension = r.pages.flatMap((p) => p.requests.byExtension.map((u) => `${p.id}: ${u}`));
  const countDiff = r.pages.reduce((n, p) => n + p.requests.withExtension - p.requests.without, 0);
  out.push({
    what: 'network requests made by the extension',
    budget: '0',
    figure: `${byExtension.length} over ${r.pages.length} pages${byExtension.length ? ` (${byExtension.slice(0, 3).join('; ')})` : ''} — initiated by extension code in the tab or sent from an extension page; the server counted ${countDiff >= 0 ? '+' : ''}${countDiff} requests with the extension vs without (pages' own variation)`,
    met: byExtension.length === 0,
  });
  return out;
}

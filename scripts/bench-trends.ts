/**
 * Trends at scale, in Chromium with the built extension (.output/chrome-mv3): seeds N clips
 * (default 10,000) and M logged signals (default 50,000) into the extension's IndexedDB, spread
 * over the last year, then measures over several runs
 *
 * - first render: from the panel's navigation start (reopening on Trends) to the charts of the
 *   default range on screen (the summary counts the signals, and the next frame is drawn);
 * - range change: a click on a range preset, to the charts and count of the new range drawn.
 *
 * Usage: `npx wxt build && node --import tsx scripts/bench-trends.ts [--clips 10000] [--logged 50000] [--runs 5]`.
 * Budgets (the Trends issue): first render ≤ 300 ms, range change ≤ 100 ms. This script reports; it
 * does not fail on a budget (timings depend on the machine).
 */
import type { Page } from 'playwright-core';
import type { Clip } from '../lib/clips/clip-schema';
import { dedupeKey } from '../lib/clips/dedupe-key';
import { searchWords } from '../lib/clips/search-words';
import type { LoggedSignal } from '../lib/reading-log/logged-signal';
import { trendPointOf } from '../lib/trends/trend-point';
import { weeksOfPoints } from '../lib/trends/trend-points-mirror';
import { openSidePanel } from '../test/e2e/harness';
import { arg, fmt, launchWithBuild, openTimedPanel } from './bench/panel-bench';
import { generateLibrary } from '../test/fixtures/clips/generate-library';

const CLIPS = arg('clips', 10_000);
const LOGGED = arg('logged', 50_000);
const RUNS = arg('runs', 5);
const CHUNK = 1_000;
const DAY = 86_400_000;

/** Spreads the generated times (two years up to a fixed day) over the year before now. */
function lastYear(rows: { createdAt: number }[]): (at: number) => number {
  const newest = Math.max(...rows.map((r) => r.createdAt));
  const now = Date.now();
  return (at) => now - Math.floor((newest - at) / 2) - DAY / 2;
}

function loggedFrom(clip: Clip, seenAt: number): LoggedSignal {
  const { note: _n, tags: _t, createdAt: _c, updatedAt: _u, ...rest } = clip;
  return { ...rest, dedupeKey: dedupeKey(clip.url, clip.text), seenAt };
}

/** `revive`: page code turning a JSON row back into the stored one (typed arrays do not survive JSON). */
async function put(panel: Page, store: string, rows: unknown[], revive = '(row) => row'): Promise<void> {
  for (let i = 0; i < rows.length; i += CHUNK) {
    await panel.evaluate(
      `new Promise((ok, ko) => {
        const open = indexedDB.open('lodestone');
        open.onerror = () => ko(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction(${JSON.stringify(store)}, 'readwrite');
          for (const row of ${JSON.stringify(rows.slice(i, i + CHUNK))}) tx.objectStore(${JSON.stringify(store)}).put((${revive})(row));
          tx.oncomplete = () => { open.result.close(); ok(); };
          tx.onerror = () => ko(tx.error);
        };
      })`,
    );
  }
}

/** Installed before the panel's scripts run: when the summary first counts signals, then a frame. */
const OBSERVE_FIRST_RENDER = `(() => {
  try { localStorage.setItem('lodestone:view', 'trends'); } catch {}
  window.__bench = {};
  new MutationObserver(() => {
    const b = window.__bench;
    const summary = document.querySelector('.trends__summary');
    if (b.counted === undefined && summary && /^[\\d,]+ signals?,/.test(summary.textContent) && document.querySelector('.chart')) {
      b.counted = performance.now();
      requestAnimationFrame(() => setTimeout(() => { b.drawn = performance.now(); }));
    }
  }).observe(document, { childList: true, subtree: true, characterData: true });
})()`;

/** Clicks a range preset and waits until the summary changes and a frame is drawn. */
const CHANGE_RANGE = (label: string) => `new Promise((done) => {
  const summary = document.querySelector('.trends__summary');
  const before = summary.textContent;
  const button = [...document.querySelectorAll('.trends__presets button')].find((b) => b.textContent === ${JSON.stringify(label)});
  const t0 = performance.now();
  const observer = new MutationObserver(() => {
    if (summary.textContent === before) return;
    observer.disconnect();
    requestAnimationFrame(() => setTimeout(() => done({ ms: performance.now() - t0, summary: summary.textContent })));
  });
  observer.observe(summary, { childList: true, subtree: true, characterData: true });
  button.click();
})`;

async function main(): Promise<void> {
  const h = await launchWithBuild();
  try {
    const setup = await openSidePanel(h);
    // Opening the library makes the extension open (and create, at the current version) its database.
    await setup.getByRole('tab', { name: 'Library' }).click();
    await setup.getByText(/Your library is empty|clips?$/).first().waitFor();
    // Raw IndexedDB writes, as the extension stores them: rows plus their derived search words
    // and trend weeks (the middlewares of clip-db.ts are not in this path).
    const generated = generateLibrary(CLIPS, 7);
    const shiftClips = lastYear(generated);
    const clips = generated.map((c) => {
      const at = shiftClips(c.createdAt);
      return { ...c, createdAt: at, updatedAt: at };
    });
    await put(setup, 'clips', clips.map((c) => ({ ...c, words: searchWords(c) })));
    const generatedLog = generateLibrary(LOGGED, 11);
    const shiftLog = lastYear(generatedLog);
    const logged = generatedLog.map((c) => loggedFrom({ ...c, url: `${c.url}-log` }, shiftLog(c.createdAt)));
    await put(setup, 'readingLog', logged);
    const weeks = weeksOfPoints([...clips.map((c) => trendPointOf(c, 'clip')), ...logged.map((e) => trendPointOf(e, 'log'))]);
    await put(
      setup,
      'trendWeeks',
      weeks.map((w) => ({ ...w, at: [...w.at], kind: [...w.kind], category: [...w.category], state: [...w.state] })),
      '(w) => ({ ...w, at: Float64Array.from(w.at), kind: Uint8Array.from(w.kind), category: Uint8Array.from(w.category), state: Uint8Array.from(w.state) })',
    );
    await setup.close();

    const counted: number[] = [];
    const drawn: number[] = [];
    const ranges: Record<string, number[]> = { '1 year': [], '4 weeks': [], All: [], '13 weeks': [] };
    let summaries: string[] = [];
    const phases: string[] = [];
    for (let run = 0; run < RUNS; run += 1) {
      const { panel, marks: t } = await openTimedPanel<{ counted: number; drawn: number }>(h, OBSERVE_FIRST_RENDER, (m) => m.drawn !== undefined, 'Trends');
      counted.push(t.counted!);
      const marks = (await panel.evaluate(`performance.getEntriesByType('mark').filter((m) => m.name.startsWith('lodestone-trends')).map((m) => [m.name.replace('lodestone-trends-', ''), Math.round(m.startTime)])`)) as [string, number][];
      // The first aggregation runs on no points (before the read): the phases from the read on.
      const from = marks.findIndex(([n]) => n === 'read-start');
      phases.push(`${marks.slice(from).map(([n, at]) => `${n} ${at}`).join(', ')}, drawn ${Math.round(t.drawn!)}`);
      drawn.push(t.drawn!);
      await panel.waitForTimeout(500);
      summaries = [];
      for (const label of Object.keys(ranges)) {
        const r = (await panel.evaluate(CHANGE_RANGE(label))) as { ms: number; summary: string };
        ranges[label]!.push(r.ms);
        summaries.push(`${label}: ${r.summary}`);
      }
      await panel.close();
    }
    console.log(`Trends bench: ${CLIPS.toLocaleString('en')} clips + ${LOGGED.toLocaleString('en')} logged signals over the last year, ${RUNS} runs, Chromium headless, panel 400×900`);
    console.log(`  first render (navigation → charts of 13 weeks drawn): ${fmt(drawn)}   budget ≤ 300 ms`);
    console.log(`  (navigation → signals counted): ${fmt(counted)}`);
    for (const [label, xs] of Object.entries(ranges)) console.log(`  range change (to ${label}): ${fmt(xs)}   budget ≤ 100 ms`);
    for (const s of summaries) console.log(`    ${s}`);
    console.log('  phases of each first render (ms from navigation start; lib/trends/read-trend-points.ts, trends-view.tsx):');
    for (const p of phases) console.log(`    ${p}`);
  } finally {
    await h.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});

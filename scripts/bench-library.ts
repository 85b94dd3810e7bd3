/**
 * The side panel's library at scale, in Chromium with the built extension (.output/chrome-mv3):
 * seeds N clips (default 10,000) into the extension's IndexedDB, then measures, over several runs,
 *
 * - first render: from the panel's navigation start to the first clip rows in the DOM, and to the
 *   whole library in memory (counts, filters and search exact);
 * - filter: choosing a category, from the change event to the list and count committed and the
 *   next frame;
 * - search: typing a word into the search field, likewise;
 * - scrolling: frames longer than 50 ms while scrolling the list for two seconds.
 *
 * Usage: `npx wxt build && node --import tsx scripts/bench-library.ts [--clips 10000] [--runs 5]`.
 * Budgets (DESIGN.md): first render ≤ 300 ms, filter or search ≤ 50 ms. This script reports; it
 * does not fail on a budget (timings depend on the machine).
 */
import type { Page } from 'playwright-core';
import type { Clip } from '../lib/clips/clip-schema';
import { searchWords } from '../lib/clips/search-words';
import { openSidePanel } from '../test/e2e/harness';
import { arg, fmt, launchWithBuild, openTimedPanel } from './bench/panel-bench';
import { generateLibrary } from '../test/fixtures/clips/generate-library';

const CLIPS = arg('clips', 10_000);
const RUNS = arg('runs', 5);
const SEED_CHUNK = 1_000;

/** Stored rows (clip + search words), written straight into the extension's IndexedDB. */
async function seed(panel: Page, clips: Clip[]): Promise<void> {
  // Opening the library makes the extension open (and create, at the current version) its database.
  await panel.getByRole('tab', { name: 'Library' }).click();
  await panel.getByText(/Your library is empty|clips?$/).first().waitFor();
  for (let i = 0; i < clips.length; i += SEED_CHUNK) {
    const rows = clips.slice(i, i + SEED_CHUNK).map((clip) => ({ ...clip, words: searchWords(clip) }));
    await panel.evaluate(
      `new Promise((ok, ko) => {
        const open = indexedDB.open('lodestone');
        open.onerror = () => ko(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction('clips', 'readwrite');
          for (const row of ${JSON.stringify(rows)}) tx.objectStore('clips').put(row);
          tx.oncomplete = () => { open.result.close(); ok(); };
          tx.onerror = () => ko(tx.error);
        };
      })`,
    );
  }
}

/** Installed before the panel's scripts run: records when the first clip row and the full count appear. */
const OBSERVE_FIRST_RENDER = `(() => {
  window.__bench = {};
  new MutationObserver(() => {
    const b = window.__bench;
    if (b.firstRows === undefined && document.querySelector('.clip')) b.firstRows = performance.now();
    const count = document.querySelector('.library__count');
    if (b.complete === undefined && count && /^[\\d,]+ clips?$/.test(count.textContent.trim())) b.complete = performance.now();
  }).observe(document, { childList: true, subtree: true, characterData: true });
})()`;

/**
 * Runs `act` in the page, then waits until the library's count text changes and one more frame is
 * drawn: the time a reader waits between the input and the updated list on screen.
 */
function timeUntilListUpdates(act: string): string {
  return `new Promise((done) => {
    const count = document.querySelector('.library__count');
    const before = count.textContent;
    const t0 = performance.now();
    const finish = () => requestAnimationFrame(() => setTimeout(() => done(performance.now() - t0)));
    const observer = new MutationObserver(() => {
      if (count.textContent === before || /Loading/.test(count.textContent)) return;
      observer.disconnect();
      finish();
    });
    observer.observe(count, { childList: true, subtree: true, characterData: true });
    ${act}
  })`;
}

const SET_SELECT = (label: string, value: string) => `{
  const name = [...document.querySelectorAll('label.field__label')].find((l) => l.textContent === ${JSON.stringify(label)});
  const select = document.getElementById(name.htmlFor);
  select.value = ${JSON.stringify(value)};
  select.dispatchEvent(new Event('change', { bubbles: true }));
}`;

// React tracks an input's value through the prototype setter; setting .value directly is ignored.
const TYPE_SEARCH = (text: string) => `{
  const input = document.querySelector('input.search');
  Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set.call(input, ${JSON.stringify(text)});
  input.dispatchEvent(new Event('input', { bubbles: true }));
}`;

const SCROLL_FOR_TWO_SECONDS = `new Promise((done) => {
  const scroller = document.querySelector('.library__scroller');
  const frames = [];
  let last = performance.now();
  const start = last;
  const step = (now) => {
    frames.push(now - last);
    last = now;
    scroller.scrollTop += 400;
    if (now - start < 2000) requestAnimationFrame(step);
    else done({ frames: frames.length, over50: frames.filter((f) => f > 50).length, worst: Math.max(...frames) });
  };
  requestAnimationFrame(step);
})`;

async function main(): Promise<void> {
  const h = await launchWithBuild();
  try {
    const setup = await openSidePanel(h);
    const clips = generateLibrary(CLIPS, 7);
    await seed(setup, clips);
    await setup.close();

    const firstRows: number[] = [];
    const complete: number[] = [];
    const filter: number[] = [];
    // A selective word, a two-letter prefix that matches most clips, and two terms.
    const words = ['gallium', 'ra', 'export contr'];
    const search: Record<string, number[]> = Object.fromEntries(words.map((w) => [w, []]));
    const scrolls: { frames: number; over50: number; worst: number }[] = [];
    // The category filter and search word used each run, from the generated library's own data.
    const category = clips[3]!.category;
    for (let run = 0; run < RUNS; run += 1) {
      // The panel reopens on the view used last; the seeding left it on the library.
      const { panel, marks: t } = await openTimedPanel<{ firstRows: number; complete: number }>(h, OBSERVE_FIRST_RENDER, (m) => m.complete !== undefined, 'the library');
      firstRows.push(t.firstRows ?? Number.NaN);
      complete.push(t.complete!);
      await panel.waitForTimeout(500);
      await panel.locator('details.filters > summary').click();
      filter.push((await panel.evaluate(timeUntilListUpdates(SET_SELECT('Category', category)))) as number);
      await panel.evaluate(timeUntilListUpdates(SET_SELECT('Category', '')));
      for (const word of words) {
        search[word]!.push((await panel.evaluate(timeUntilListUpdates(TYPE_SEARCH(word)))) as number);
        await panel.evaluate(timeUntilListUpdates(TYPE_SEARCH('')));
      }
      scrolls.push((await panel.evaluate(SCROLL_FOR_TWO_SECONDS)) as (typeof scrolls)[number]);
      await panel.close();
    }
    console.log(`Library bench: ${CLIPS.toLocaleString('en')} clips, ${RUNS} runs, Chromium headless, panel 400×900`);
    console.log(`  first render (navigation → first clip rows): ${fmt(firstRows)}   budget ≤ 300 ms`);
    console.log(`  whole library in memory (navigation → exact count): ${fmt(complete)}`);
    console.log(`  filter (category "${category}"): ${fmt(filter)}   budget ≤ 50 ms`);
    for (const word of words) console.log(`  search ("${word}"): ${fmt(search[word]!)}   budget ≤ 50 ms`);
    console.log(
      `  scrolling 2 s: ${scrolls.map((s) => `${s.frames} frames, ${s.over50} over 50 ms, worst ${s.worst.toFixed(0)} ms`).join(' | ')}`,
    );
  } finally {
    await h.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});

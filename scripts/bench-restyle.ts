/**
 * What inserting a `::highlight()` stylesheet costs a huge page, variant by variant: the bench's
 * generated 5 MB article in Chromium with the built extension (.output/chrome-mv3, `npx wxt build`
 * first), the site disabled in Lodestone's settings so that only the stylesheet under test touches
 * the page. Each variant is inserted with scripting.insertCSS (as the background does) into a
 * freshly loaded page; the page's Long Animation Frame entries after it give the frame's length
 * and its style-and-layout part. Prints one line per run.
 *
 *   node --import tsx scripts/bench-restyle.ts [runs=2]
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateArticle } from './bench/generate-article';
import { CATEGORY_STYLES, highlightCss } from '../lib/highlights/category-style';
import { FIXTURES, launch } from '../test/e2e/harness';

declare const chrome: typeof import('wxt/browser').browser;

const HOST = 'restyle-bench.example';
const PATH = '/generated-5mb/';

interface Frame {
  start: number;
  duration: number;
  styleAndLayout: number;
}

/** The page's long animation frames, recorded from before its scripts run. */
function recordFrames(): void {
  const w = window as unknown as { __frames: Frame[] };
  w.__frames = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries() as (PerformanceEntry & { styleAndLayoutStart: number; renderStart: number })[]) {
      w.__frames.push({ start: e.startTime, duration: e.duration, styleAndLayout: e.startTime + e.duration - e.styleAndLayoutStart });
    }
  }).observe({ type: 'long-animation-frame', buffered: true });
}

const suffix = 'q7f3k9x2m4b8';
/** What the extension inserts: plain rules naming one reader's highlights (lib/highlights/highlight-names.ts). */
const renamed = highlightCss('light', 'fill', suffix);
/** The same rules under the fixed names used until 2026-12 (lodestone-<kind>). */
const css = renamed.replaceAll(`-${suffix})`, ')');
/** Every declaration `!important` (the protection used until 2026-12, with the layer below). */
const important = css.replace(/;/g, ' !important;');
const VARIANTS: Record<string, string> = {
  'layer + !important, fixed names (until 2026-12)': `@layer lodestone-${suffix}{\n${important}\n}`,
  'no layer, !important, fixed names': important,
  'no layer, plain, fixed names': css,
  'no layer, plain, per-page names (now)': renamed,
  'one unrelated rule': `.lodestone-unused-${suffix}{color:red}`,
  'per-page names on html (html::highlight)': renamed.replace(/::highlight/g, 'html::highlight'),
  'per-page names on :root': renamed.replace(/::highlight/g, ':root::highlight'),
  'per-page names under a class, then html gets it': renamed.replace(/::highlight/g, `.lodestone-${suffix}::highlight`),
};
/** Variants that need the page to change after the insertion (a class on <html>). */
const THEN_CLASS = new Set(['per-page names under a class, then html gets it']);

async function main(): Promise<void> {
  const runs = Number(process.argv[2] ?? 2);
  const html = generateArticle(readFileSync(join(FIXTURES, 'seed-article.html'), 'utf8'), 5 * 1024 * 1024, 'generated-5mb');
  const h = await launch([{ host: HOST, routes: { [PATH]: () => html } }]);
  try {
    await h.worker.evaluate(async (host) => chrome.storage.local.set({ settings: { disabledSites: [host] } }), HOST);
    // Run 0 warms the browser up and is not printed: the first insertion measured in a fresh
    // browser showed no long frame at all, whatever the variant (twice in four runs).
    for (let run = 0; run <= runs; run += 1) {
      for (const [name, sheet] of Object.entries(run === 0 ? Object.fromEntries(Object.entries(VARIANTS).slice(0, 1)) : VARIANTS)) {
        const page = await h.context.newPage();
        await page.addInitScript(recordFrames);
        await page.goto(h.url(HOST, PATH), { timeout: 60_000 });
        // Let the load's own frames and the gate pass.
        await page.waitForTimeout(3_000);
        const tabId = await h.worker.evaluate(async (url) => (await chrome.tabs.query({ url }))[0]?.id ?? -1, h.url(HOST, PATH));
        const before = await page.evaluate(() => performance.now());
        await h.worker.evaluate(async ([id, text]) => chrome.scripting.insertCSS({ target: { tabId: id as number }, css: text as string }), [tabId, sheet] as const);
        // Long enough for the layered sheet's frame (1.3-1.9 s) to end and be reported, under load.
        await page.waitForTimeout(5_000);
        if (THEN_CLASS.has(name)) {
          await page.evaluate((c) => document.documentElement.classList.add(c), `lodestone-${suffix}`);
          await page.waitForTimeout(2_000);
        }
        const frames = await page.evaluate((t) => (window as unknown as { __frames: Frame[] }).__frames.filter((f) => f.start + f.duration >= t), before);
        const all = frames.map((f) => Math.round(f.duration)).join(', ');
        const worst = frames.reduce<Frame | null>((a, f) => (a && a.duration >= f.duration ? a : f), null);
        if (run > 0) console.info(
          `run ${run} | ${name.padEnd(42)} | ${Object.keys(CATEGORY_STYLES).length + 2} rules | long frames after insertion: ${frames.length}` +
            (worst ? `, longest ${Math.round(worst.duration)} ms (style+layout+paint ${Math.round(worst.styleAndLayout)} ms) [${all}]` : ''),
        );
        await page.close();
      }
    }
  } finally {
    await h.close();
  }
}

await main();

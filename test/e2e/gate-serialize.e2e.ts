// The gate's serialization in slices (lib/gate/serialize-in-slices.ts), in Chromium: on the seed
// article, the hostile fixtures (a page that restyles everything, one that breaks its globals and
// takes Lodestone's tag names, frames and shadow roots), the bench's generated 5 MB article and the
// 10 MB hostile page, what it writes is exactly document.documentElement.outerHTML, and on the huge
// pages it lets the page run between slices. The longest slice is printed, never asserted.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateArticle } from '../../scripts/bench/generate-article';
import { bigPage } from '../fixtures/hostile/big-page';
import { contentWorld } from './content-world';
import { FIXTURES, type Harness, ROOT, e2eAvailable, launch } from './harness';

const run = e2eAvailable();
const HOST = 'serialize.example';
const GLOBAL = '__lodestoneSerialize';

/** lib/gate/serialize-in-slices.ts as one classic script defining GLOBAL (a test-only page global). */
async function serializerScript(): Promise<string> {
  const out = await build({
    configFile: false,
    logLevel: 'silent',
    root: ROOT,
    build: { write: false, minify: true, lib: { entry: join(ROOT, 'lib/gate/serialize-in-slices.ts'), formats: ['iife'], name: GLOBAL, fileName: () => 's.js' } },
  });
  const outputs = (Array.isArray(out) ? out : [out]) as { output: { type: string; code?: string }[] }[];
  return outputs.flatMap((o) => o.output).find((o) => o.type === 'chunk' && o.code)!.code!;
}

interface Outcome {
  equal: boolean;
  chars: number;
  slices: number;
  longestSliceMs: number;
  outerHtmlMs: number;
}

/** Run in the gate's world of the page: serializes in 10 ms slices (pausing with setTimeout, as the gate does), then compares with one outerHTML. */
async function serializeHere(global: string): Promise<Outcome> {
  const api = (window as unknown as Record<string, { serializeInSlices: (r: Element, ms: number, p: () => Promise<unknown>, max: number) => Promise<string | null> }>)[global]!;
  const slices: number[] = [];
  let start = performance.now();
  const pause = () =>
    new Promise((resolve) => {
      slices.push(performance.now() - start);
      setTimeout(() => {
        start = performance.now();
        resolve(null);
      }, 0);
    });
  const html = await api.serializeInSlices(document.documentElement, 10, pause, 12_000_000);
  slices.push(performance.now() - start);
  const t = performance.now();
  const whole = document.documentElement.outerHTML;
  const outerHtmlMs = performance.now() - t;
  return { equal: html === whole, chars: whole.length, slices: slices.length, longestSliceMs: Math.max(...slices), outerHtmlMs };
}

describe.runIf(run)('the gate’s serialization in slices', () => {
  let h: Harness;
  let script: string;
  beforeAll(async () => {
    script = await serializerScript();
    const seed = readFileSync(join(FIXTURES, 'seed-article.html'), 'utf8');
    const five = generateArticle(seed, 5 * 1024 * 1024, 'generated-5mb');
    const ten = bigPage(10_000_000);
    h = await launch([
      {
        host: HOST,
        routes: {
          '/seed/': 'seed-article.html',
          '/restyle/': 'hostile/restyle-everything.html',
          '/globals/': 'hostile/page-globals.html',
          '/frames/': 'hostile/frames-and-shadows.html',
          '/5mb/': () => five,
          '/10mb/': () => ten,
        },
      },
    ]);
    // Only the serializer under test works on these pages.
    await h.worker.evaluate(async (host) => chrome.storage.local.set({ settings: { disabledSites: [host] } }), HOST);
  }, 60_000);
  afterAll(async () => h?.close());

  it.each(['/seed/', '/restyle/', '/globals/', '/frames/', '/5mb/', '/10mb/'])('writes %s exactly as outerHTML does', async (path) => {
    const page = await h.context.newPage();
    await page.goto(h.url(HOST, path), { timeout: 60_000 });
    await page.waitForTimeout(300);
    // In the gate's own world (the isolated world a hostile page's rewritten prototypes do not reach).
    const world = await contentWorld(h.context, page);
    await world.evaluate((code: string) => void (0, eval)(code), script);
    const outcome = await world.evaluate(serializeHere, GLOBAL);
    await world.close();
    console.info(
      `${path}: ${outcome.chars.toLocaleString('en')} characters, ${outcome.slices} slice(s), longest ${outcome.longestSliceMs.toFixed(1)} ms; one outerHTML ${outcome.outerHtmlMs.toFixed(1)} ms`,
    );
    expect(outcome.equal).toBe(true);
    // The huge pages are written in several slices (the page ran in between); the others in one.
    if (outcome.chars > 1_000_000) expect(outcome.slices).toBeGreaterThan(2);
    else expect(outcome.slices).toBe(1);
    await page.close();
  }, 120_000);
});

declare const chrome: typeof import('wxt/browser').browser;

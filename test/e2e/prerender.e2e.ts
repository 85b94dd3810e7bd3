// A page prerendered by speculation rules (issue 15), in Chromium with the built extension: the
// rare-earth story a news page asks Chromium to prerender is not read, analyzed or painted while it
// is hidden (`document.prerendering`), and is analyzed the moment the reader opens it.
//
// Driven by puppeteer-core, not playwright-core like the rest of this folder: Chromium turns
// prerendering off for a page that a DevTools client emulates anything on ("PrerenderingDisabledBy
// DevTools", read from the Preload domain), and Playwright always emulates (viewport, media, focus)
// while puppeteer-core with `defaultViewport: null` does not. Prerendering also needs a secure
// context: the site's http:// origin is treated as the https one it stands for.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser, type WebWorker } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findChromium } from '../../scripts/find-chromium';
import { SEED_PATH, mustAndNever } from '../firefox/seed-expected';
import { EXTENSION_DIR, SCREENSHOTS, type ServedRequest, e2eAvailable, serveSites } from './harness';

declare const chrome: typeof import('wxt/browser').browser;

const run = e2eAvailable();
const HOST = 'www.harbourledger.example';
const PRERENDERED = '/news/prerendered-story/';
const latest = () => `<!doctype html><html lang="en"><title>Latest - Harbour Ledger</title>
<script type="speculationrules">{"prerender": [{"source": "list", "urls": ["${PRERENDERED}"]}]}</script>
<body><h1>Latest</h1><p><a id="story" href="${PRERENDERED}">A trade strategy heading into 2026</a></p></body></html>`;

/** Messages the service worker received, by type (a listener beside Lodestone's that answers nothing). */
async function countMessages(worker: WebWorker): Promise<void> {
  await worker.evaluate(() => {
    const g = globalThis as unknown as { seen?: Record<string, number> };
    g.seen = {};
    chrome.runtime.onMessage.addListener((msg: { type?: string }) => {
      g.seen![String(msg?.type)] = (g.seen![String(msg?.type)] ?? 0) + 1;
      return false;
    });
  });
}

const seen = (worker: WebWorker) => worker.evaluate(() => ({ ...(globalThis as unknown as { seen: Record<string, number> }).seen }));

/** The page's Lodestone highlights, by kind (the name without the reader's token); run in the page (self-contained). */
function readHighlights(): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const [name, h] of CSS.highlights) if (name.startsWith('lodestone-')) out[name.replace(/-[a-z0-9]{12}$/, '')] = [...h].map((r) => (r as Range).toString().replace(/\s+/g, ' ').trim());
  return out;
}

describe.runIf(run)('a prerendered article', () => {
  let browser: Browser;
  let worker: WebWorker;
  let server: Server;
  let served: ServedRequest[];
  let profile: string;
  beforeAll(async () => {
    const site = await serveSites([{ host: HOST, routes: { '/latest/': latest, [PRERENDERED]: 'seed-article.html' } }]);
    ({ server, served } = site);
    const { port } = site;
    profile = mkdtempSync(join(tmpdir(), 'lodestone-e2e-prerender-'));
    browser = await puppeteer.launch({
      executablePath: findChromium() ?? process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      headless: true,
      userDataDir: profile,
      defaultViewport: null,
      enableExtensions: true,
      args: [
        `--disable-extensions-except=${EXTENSION_DIR}`,
        `--load-extension=${EXTENSION_DIR}`,
        `--host-resolver-rules=MAP ${HOST} 127.0.0.1:${port}`,
        `--unsafely-treat-insecure-origin-as-secure=http://${HOST}`,
        '--window-size=1280,900',
        '--no-first-run',
        '--disable-background-networking',
        ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
      ],
    });
    const target = await browser.waitForTarget((t) => t.type() === 'service_worker' && t.url().endsWith('/background.js'));
    worker = (await target.worker())!;
    // The worker's context may not have its extension API bound yet when it is first reported.
    for (let i = 0; i < 150 && !(await worker.evaluate(() => typeof chrome !== 'undefined' && !!chrome.runtime?.id)); i++) await new Promise((r) => setTimeout(r, 100));
  });
  afterAll(async () => {
    await browser?.close();
    server?.close();
    if (profile) rmSync(profile, { recursive: true, force: true });
  });

  it('is left alone while hidden and analyzed on activation', async () => {
    await countMessages(worker);
    const page = await browser.newPage();
    await page.goto(`http://${HOST}/latest/`);
    // Chromium fetched the story to prerender it (Sec-Purpose: prefetch;prerender)…
    await expect.poll(() => served.filter((r) => r.path === PRERENDERED).length, { timeout: 15_000 }).toBe(1);
    expect(served.find((r) => r.path === PRERENDERED)!.headers['sec-purpose']).toContain('prerender');
    // …and the hidden page, loaded and idle, sends Lodestone nothing: no gate candidate, no reader.
    await new Promise((r) => setTimeout(r, 3_000));
    expect(await seen(worker)).toEqual({});

    // Activation swaps the tab's main frame for the prerendered one. Puppeteer's Page does not always
    // follow the swap: on a loaded machine its evaluations waited for a context that never came
    // (30 s, with the tab on the story). The shown tab is read through its own DevTools session.
    await page.click('#story');
    const shownTab = () => browser.targets().find((t) => t.type() === 'page' && t.url().endsWith(PRERENDERED)) ?? null;
    await expect.poll(() => shownTab() !== null, { timeout: 15_000 }).toBe(true);
    const session = await shownTab()!.createCDPSession();
    const inStory = async <T>(fn: () => T): Promise<T | null> => {
      const reply = await session.send('Runtime.evaluate', { expression: `(${fn.toString()})()`, returnByValue: true }).catch(() => null);
      return reply && !reply.exceptionDetails ? (reply.result.value as T) : null;
    };
    await expect.poll(() => inStory(() => location.pathname), { timeout: 15_000 }).toBe(PRERENDERED);
    // Activated, not loaded again: the page shown is the prerendered one.
    await expect.poll(() => inStory(() => (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming & { activationStart: number }).activationStart)).toBeGreaterThan(0);
    expect(served.filter((r) => r.path === PRERENDERED).length).toBe(1);
    // The seed article's highlights and its relay banner.
    const storyHighlights = async () => (await inStory(readHighlights)) ?? {};
    await expect.poll(async () => mustAndNever(await storyHighlights()).missing, { timeout: 20_000 }).toEqual([]);
    expect(mustAndNever(await storyHighlights()).never).toEqual([]);
    await expect.poll(() => inStory(() => document.querySelector('lodestone-banner')?.shadowRoot?.querySelector('.banner') != null), { timeout: 15_000 }).toBe(true);
    expect((await seen(worker))['gate:candidate']).toBe(1);
    mkdirSync(SCREENSHOTS, { recursive: true });
    const { data } = await session.send('Page.captureScreenshot', { format: 'png' });
    writeFileSync(join(SCREENSHOTS, 'navigation-prerendered-activated.png'), Buffer.from(data, 'base64'));
    await session.detach();
    await page.close().catch(() => {});
  });
});

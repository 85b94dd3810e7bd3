// The options page taking effect in open pages, in Chromium with the built extension. Fixtures
// (test/fixtures/pages/): magnet-article-light.html (seven signals of seven categories) and
// plain-page.html (not a rare-earth article).
// Covers: categories shown, sensitivity, highlight style (fill → underline, checked on screenshot
// pixels and in the stylesheet the background inserted), disabled sites (everything goes, and
// comes back), a site list with a bad entry refused with a clear error and nothing lost, and
// "always analyze" sites (a page the gate passes over is analyzed anyway).
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, e2eAvailable, launch, readHighlights, screenshot } from './harness';
import { channelGap, paintedBehind } from './highlights-pixels';

// `chrome` inside worker.evaluate callbacks: they run in the extension's service worker.
declare const chrome: typeof import('wxt/browser').browser;

const run = e2eAvailable();
const HOST = 'magnetwire.example';

async function names(page: Page): Promise<string[]> {
  return Object.keys(await readHighlights(page, 100)).sort();
}

async function storedSettings(h: Harness): Promise<Record<string, unknown>> {
  return h.worker.evaluate(async () => ((await chrome.storage.local.get('settings')).settings ?? {}) as Record<string, unknown>);
}

describe.runIf(run)('options', () => {
  let h: Harness;
  let page: Page;
  let options: Page;
  beforeAll(async () => {
    h = await launch([
      { host: HOST, routes: { '/light/': 'pages/magnet-article-light.html' } },
      { host: 'www.globaltimes.cn', routes: { '/page/panda-twins/': 'pages/plain-page.html' } },
    ]);
    page = await h.context.newPage();
    await page.goto(h.url(HOST, '/light/'));
    await readHighlights(page);
    options = await h.context.newPage();
    await options.goto(`chrome-extension://${h.extensionId}/options.html`);
    await options.getByRole('heading', { name: 'Lodestone options' }).waitFor();
  });
  afterAll(async () => h?.close());

  it('is the extension’s options page', async () => {
    const manifest = await h.worker.evaluate(() => chrome.runtime.getManifest());
    expect(manifest.options_ui?.page).toBe('options.html');
  });

  it('hides a category unticked in the options', async () => {
    expect(await names(page)).toContain('lodestone-pricing');
    await options.getByRole('checkbox', { name: 'Pricing' }).uncheck();
    await expect.poll(() => names(page)).not.toContain('lodestone-pricing');
    expect(await names(page)).toContain('lodestone-inventory');
    expect((await storedSettings(h)).categories).not.toContain('pricing');
    await options.getByRole('checkbox', { name: 'Pricing' }).check();
    await expect.poll(() => names(page)).toContain('lodestone-pricing');
  });

  it('shows only the signals at or above the sensitivity', async () => {
    // The expectation comes from the page's own analysis (the engine's confidences may change):
    // a threshold on the slider's 0.05 steps above the least confident signal.
    const tabId = await h.worker.evaluate(async (url) => (await chrome.tabs.query({ url }))[0]!.id!, page.url());
    const signals = await h.worker.evaluate(async (id) => {
      const stored = (await chrome.storage.session.get(`analysis-${id}`))[`analysis-${id}`] as { signals: { category: string; confidence: number }[] };
      return stored.signals;
    }, tabId);
    const least = Math.min(...signals.map((s) => s.confidence));
    const threshold = Math.round((Math.floor(least * 20) + 1) * 5) / 100;
    const expected = signals.filter((s) => s.confidence >= threshold).map((s) => `lodestone-${s.category}`).sort();
    expect(expected.length).toBeGreaterThan(0);
    expect(expected.length).toBeLessThan(signals.length);
    await options.locator('#sensitivity').fill(String(threshold));
    await expect.poll(() => names(page)).toEqual(expected);
    await options.locator('#sensitivity').fill('0.5');
    await expect.poll(async () => (await names(page)).length).toBe(7);
  });

  it('switches the highlight style to underline: no fill behind the text any more', async () => {
    const before = await paintedBehind(page, 'lodestone-inventory', 'Several German');
    expect(channelGap(before.fill, before.pageBackground)).toBeGreaterThanOrEqual(20);
    await options.getByRole('radio', { name: /Underline/ }).check();
    const tabId = await h.worker.evaluate(async (url) => (await chrome.tabs.query({ url }))[0]!.id!, page.url());
    await expect
      .poll(() =>
        h.worker.evaluate(async (id) => {
          const key = `highlight-css-${id}`;
          const record = (await chrome.storage.session.get(key))[key] as { css: string } | undefined;
          return record?.css ?? '';
        }, tabId),
      )
      .toMatch(/::highlight\(lodestone-inventory-[a-z0-9]{12}\)\{text-decoration:underline solid/);
    await expect.poll(async () => channelGap((await paintedBehind(page, 'lodestone-inventory', 'Several German')).fill, before.pageBackground)).toBeLessThan(4);
    await page.evaluate(() => window.scrollTo(0, 0));
    await screenshot(page, 'highlights-underline');
    await screenshot(options, 'options-page');
    await options.getByRole('radio', { name: /Fill/ }).check();
    await expect.poll(async () => channelGap((await paintedBehind(page, 'lodestone-inventory', 'Several German')).fill, before.pageBackground)).toBeGreaterThanOrEqual(20);
  });

  it('refuses a site list with a bad entry, names it, and keeps what was typed', async () => {
    const field = options.getByLabel('Never run on these sites');
    await field.fill('magnetwire.example\nnot a site!');
    await options.locator('.field', { has: field }).getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => options.getByRole('alert').innerText()).toContain('not a site!');
    expect(await field.inputValue()).toBe('magnetwire.example\nnot a site!');
    expect((await storedSettings(h)).disabledSites ?? []).toEqual([]);
    expect((await names(page)).length).toBeGreaterThan(0);
  });

  it('turns everything off on a disabled site, and back on', async () => {
    const field = options.getByLabel('Never run on these sites');
    await field.fill('https://www.MagnetWire.example/some/page');
    await options.locator('.field', { has: field }).getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => field.inputValue()).toBe('magnetwire.example');
    await expect.poll(() => names(page)).toEqual([]);
    await field.fill('');
    await options.locator('.field', { has: field }).getByRole('button', { name: 'Save' }).click();
    await expect.poll(async () => (await names(page)).length).toBe(7);
  });

  it('analyzes every page of an "always analyze" site, even one the gate passes over', async () => {
    const field = options.getByLabel('Always analyze these sites');
    await field.fill('globaltimes.cn');
    await options.locator('.field', { has: field }).getByRole('button', { name: 'Save' }).click();
    await expect.poll(async () => (await storedSettings(h)).enabledSites).toEqual(['globaltimes.cn']);
    const panda = await h.context.newPage();
    await panda.goto('http://www.globaltimes.cn/page/panda-twins/');
    const tabId = await h.worker.evaluate(async (url) => (await chrome.tabs.query({ url }))[0]!.id!, panda.url());
    const analysis = () =>
      h.worker.evaluate(async (id) => {
        const stored = (await chrome.storage.session.get(`analysis-${id}`))[`analysis-${id}`] as { topic: { isRareEarth: boolean } } | undefined;
        return stored ? stored.topic.isRareEarth : null;
      }, tabId);
    // Analyzed (and found not to be a rare-earth article: nothing is highlighted).
    await expect.poll(analysis, { timeout: 15_000 }).toBe(false);
    expect(await readHighlights(panda, 100)).toEqual({});
    await panda.close();
  });
});

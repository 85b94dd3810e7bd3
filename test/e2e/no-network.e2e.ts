// No network request of its own, in Chromium with the built extension. Every host name resolves to
// the local fixture server (harness `catchAll`), so no request can leave the machine and every one
// that leaves the browser is logged there; CDP's Network domain records each request of each
// context (test/e2e/network-recorder.ts: web pages, the side panel and options pages, the service
// worker, the offscreen document). The session goes through everything the extension does on the
// fixtures: the seed article (test/fixtures/seed-article.html: analysis, highlights, banner, card,
// a clip), a page that is not a rare-earth article (test/fixtures/pages/plain-page.html: a clip by
// hand), the side panel (this page, library, search, exports), the options page (a setting).
// Required: no request from the extension's contexts except to its own files, none initiated by its
// content scripts, and nothing at the server but the pages the test opened. A control at the end
// makes each context fetch on purpose and shows the recorder catches it.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentWorld } from './content-world';
import { type Harness, e2eAvailable, launch, openSidePanel, readHighlights } from './harness';
import { type NetworkRecorder, extensionRequests, recordNetwork } from './network-recorder';

declare const chrome: typeof import('wxt/browser').browser;

const run = e2eAvailable();
const SEED_HOST = 'rareearthexchanges.com';
const SEED_PATH = '/news/chinas-northern-rare-earth-group-tightens-grip-on-trade-strategy-heading-into-2026/';
const PLAIN_HOST = 'www.globaltimes.cn';
const PLAIN_PATH = '/page/panda-twins/';

describe.runIf(run)('no network requests of its own', () => {
  let h: Harness;
  let recorder: NetworkRecorder;
  let anchor: Page;

  beforeAll(async () => {
    h = await launch(
      [
        { host: SEED_HOST, routes: { [SEED_PATH]: 'seed-article.html' } },
        { host: PLAIN_HOST, routes: { [PLAIN_PATH]: 'pages/plain-page.html' } },
      ],
      { catchAll: true },
    );
    anchor = h.context.pages()[0] ?? (await h.context.newPage());
    recorder = await recordNetwork(h, anchor);
  });
  afterAll(async () => h?.close());

  it('makes none during a session on the fixtures', async () => {
    const page = await h.context.newPage();
    await recorder.watch(page);
    await page.goto(h.url(SEED_HOST, SEED_PATH));
    expect(Object.keys(await readHighlights(page)).length).toBeGreaterThan(3);
    await expect.poll(() => page.locator('lodestone-banner .banner').count()).toBe(1);
    const rect = await page.evaluate(() => {
      for (const [name, hl] of CSS.highlights) if (!name.startsWith('lodestone-saved-')) return ([...hl][0] as Range).getClientRects()[0]!.toJSON() as DOMRect;
      return null;
    });
    await page.mouse.move(rect!.x + 10, rect!.y + rect!.height / 2);
    await page.locator('lodestone-card button.clip').click();
    await expect.poll(() => page.locator('lodestone-card .clip--saved').count()).toBe(1);

    // A clip by hand on a page that is not a rare-earth article (the reader is injected for it).
    const plain = await h.context.newPage();
    await recorder.watch(plain);
    await plain.goto(h.url(PLAIN_HOST, PLAIN_PATH));
    await plain.evaluate(() => {
      const range = document.createRange();
      range.selectNodeContents(document.querySelector('p')!);
      getSelection()!.addRange(range);
    });
    const tabId = await h.worker.evaluate(async (u) => (await chrome.tabs.query({ url: u }))[0]!.id!, plain.url());
    await h.worker.evaluate(async (id) => {
      const shortcuts = (globalThis as unknown as { lodestoneShortcuts: { onCommand(c: string, t: { id: number }): Promise<void> } }).lodestoneShortcuts;
      await shortcuts.onCommand('clip-selection', { id });
    }, tabId);
    await expect.poll(() => plain.locator('lodestone-toast .toast').innerText()).toContain('Clipped to Lodestone');

    // The side panel: this page, the library, a search, every export.
    await page.bringToFront();
    const panel = await openSidePanel(h);
    await recorder.watch(panel);
    await panel.reload();
    await expect.poll(() => panel.locator('.signal').count(), { timeout: 15_000 }).toBeGreaterThan(0);
    await panel.getByRole('tab', { name: 'Library' }).click();
    await expect.poll(() => panel.locator('.clip').count(), { timeout: 15_000 }).toBe(2);
    await panel.getByRole('searchbox', { name: 'Search clips' }).fill('rare');
    for (const label of ['JSON', 'CSV', 'Markdown']) {
      await Promise.all([panel.waitForEvent('download'), panel.getByRole('button', { name: new RegExp(`as ${label}$`) }).click()]);
    }

    // The options page: a change that every open page follows.
    const options = await h.context.newPage();
    await recorder.watch(options);
    await options.goto(`chrome-extension://${h.extensionId}/options.html`);
    await options.getByRole('radio', { name: /Underline/ }).check();
    await page.waitForTimeout(2_000);

    const fromExtension = extensionRequests(recorder.requests, h.extensionId);
    expect(fromExtension).toEqual([]);
    // The recorder did see the session: the pages' own loads, and the extension's contexts at work.
    const sources = new Set(recorder.requests.map((r) => r.source));
    expect(sources.has('web-page')).toBe(true);
    expect(recorder.requests.some((r) => r.source === 'extension-page' && r.url.startsWith(`chrome-extension://${h.extensionId}/`))).toBe(true);
    // Nothing reached the network but the two pages the test opened (and their favicons).
    // Chromium's own component updater may call home (measured: update.googleapis.com, with the
    // x-goog-update-* headers and a component's app id): the browser, not an extension context.
    const browserOwn = h.served.filter((r) => r.headers['x-goog-update-updater'] !== undefined);
    for (const r of browserOwn) expect(String(r.headers['x-goog-update-appid'])).not.toContain(h.extensionId);
    const served = h.served
      .filter((r) => !browserOwn.includes(r))
      .map((r) => `${r.host}${r.path}`)
      .filter((u) => !u.endsWith('/favicon.ico'));
    expect([...new Set(served)].sort()).toEqual([`${PLAIN_HOST}${PLAIN_PATH}`, `${SEED_HOST}${SEED_PATH}`].sort());
    expect(h.served.filter((r) => String(r.headers.origin ?? r.headers.referer ?? '').startsWith('chrome-extension://'))).toEqual([]);
    // https connections (which the plain-http server cannot answer) name their host in the TLS
    // handshake: only Google's own services, i.e. the browser's (safe browsing, updates…).
    console.info(`https attempts by the browser itself: ${h.rawConnections} (${[...new Set(h.tlsHosts)].join(', ')})`);
    expect(h.tlsHosts.length).toBe(h.rawConnections);
    for (const host of h.tlsHosts) expect(host).toMatch(/(^|\.)(google|googleapis|gstatic|gvt1|googleusercontent)\.com$/);
    await panel.close();
    await options.close();
    await plain.close();
    await page.close();
  });

  it('control: a request made on purpose from each of the extension’s contexts is caught', async () => {
    const before = recorder.requests.length;
    const page = await h.context.newPage();
    await recorder.watch(page);
    await page.goto(h.url(SEED_HOST, SEED_PATH));
    await readHighlights(page);
    const world = await contentWorld(h.context, page);
    // Named as a content script's code is (its stack frames carry the extension's script URL).
    await world.evaluate(() => fetch('http://control.example/from-content-script').catch(() => {}), undefined, `chrome-extension://${h.extensionId}/content-scripts/control.js`);
    await world.close();
    await h.worker.evaluate(() => fetch('http://control.example/from-service-worker').catch(() => {}));
    await recorder.evaluateInOffscreen("fetch('http://control.example/from-offscreen').catch(() => {})");
    const panel = await openSidePanel(h);
    await recorder.watch(panel);
    await panel.evaluate(() => fetch('http://control.example/from-side-panel').catch(() => {}));
    await expect
      .poll(() => extensionRequests(recorder.requests.slice(before), h.extensionId).map((r) => `${r.source} ${new URL(r.url).pathname}`).sort())
      .toEqual(['content-script /from-content-script', 'extension-page /from-side-panel', 'offscreen-document /from-offscreen', 'service-worker /from-service-worker']);
    // And they reached the server, which would have been the network.
    expect(h.served.filter((r) => r.host === 'control.example').map((r) => r.path).sort()).toEqual(['/from-content-script', '/from-offscreen', '/from-service-worker', '/from-side-panel']);
    await panel.close();
    await page.close();
  });
});

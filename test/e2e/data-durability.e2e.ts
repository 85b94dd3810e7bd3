// Losing nothing, in Chromium with the built extension. Fixtures: the seed article
// (test/fixtures/seed-article.html) and plain pages generated here (one per tab), whose content
// script world sends the saves (through CDP, test/e2e/content-world.ts) exactly as the reader does.
// Covers:
// - the service worker stopped (CDP ServiceWorker.stopAllWorkers, what Chrome does to an idle or
//   misbehaving worker) three times while 150 clips are being saved: every save that was
//   acknowledged is in the database afterwards, once;
// - 10 tabs each saving 20 clips at once, and each sending the same 20 again: exactly 200 clips,
//   200 "created" replies;
// - a real quota error (CDP Storage.overrideQuotaForOrigin shrinks the extension origin's quota, so
//   IndexedDB itself refuses the write: no test hook in the product): the card says the storage
//   is full, the clip is not shown saved and not stored; the manual clip's notice and the side
//   panel's note editor say the same; with the quota back, the same click saves;
// - a wiped database (deleted while the service worker was stopped, storage.local kept): the side
//   panel says so, names the last JSON export, the toolbar badge shows "!", and "Restore from a
//   file…" brings the clips back and clears both.
import { readFileSync } from 'node:fs';
import type { CDPSession, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { NewClip } from '../../lib/clips/clip-schema';
import { newClipInput } from '../unit/clips/new-clip-input';
import { contentWorld } from './content-world';
import { clipRows, liveWorker } from './extension-state';
import { type Harness, e2eAvailable, launch, openSidePanel, readHighlights, screenshot } from './harness';

declare const chrome: typeof import('wxt/browser').browser;

const run = e2eAvailable();
const SEED_HOST = 'rareearthexchanges.com';
const SEED_PATH = '/news/chinas-northern-rare-earth-group-tightens-grip-on-trade-strategy-heading-into-2026/';
const TABS_HOST = 'clips.example';
const plainPage = (n: string) => `<!doctype html><html><head><title>Notebook ${n}</title></head><body><p>Plain page ${n} for saving clips.</p></body></html>`;

interface Row {
  id: string;
  text: string;
}

/** Reads the clips from an extension page (not the service worker, which these tests stop). */
async function clipsIn(page: Page): Promise<Row[]> {
  return (await clipRows(page)).map(({ id, text }) => ({ id, text }));
}

function clipFor(text: string, url: string): NewClip {
  return newClipInput({ text, url, pageUrl: url, origin: 'manual', category: 'unclassified' });
}

describe.runIf(run)('losing nothing', () => {
  let h: Harness;
  let ext: Page;
  let cdp: CDPSession;
  /** Times the extension's service worker went from stopped to running (CDP ServiceWorker events). */
  let restarts = 0;

  beforeAll(async () => {
    const routes = Object.fromEntries(Array.from({ length: 11 }, (_, i) => [`/tab/${i}/`, () => plainPage(String(i))]));
    h = await launch([
      { host: SEED_HOST, routes: { [SEED_PATH]: 'seed-article.html' } },
      { host: TABS_HOST, routes },
    ]);
    // An extension page: reads the database, and carries the CDP session that stops the worker.
    ext = await h.context.newPage();
    await ext.goto(`chrome-extension://${h.extensionId}/options.html`);
    cdp = await h.context.newCDPSession(ext);
    const status = new Map<string, string>();
    const seenStopped = new Set<string>();
    cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
      for (const v of versions) {
        if (!v.scriptURL.startsWith(`chrome-extension://${h.extensionId}/`)) continue;
        // Stopped, then running again: restarted (through 'starting').
        if (v.runningStatus === 'running' && status.get(v.versionId) !== 'running' && seenStopped.has(v.versionId)) restarts += 1;
        if (v.runningStatus === 'stopped') seenStopped.add(v.versionId);
        status.set(v.versionId, v.runningStatus);
      }
    });
    await cdp.send('ServiceWorker.enable');
  });
  afterEach(async () => {
    // A failed quota test must not leave the quota shrunk for the next one.
    await cdp?.send('Storage.overrideQuotaForOrigin', { origin: `chrome-extension://${h.extensionId}` });
  });
  afterAll(async () => h?.close());

  /**
   * Shrinks the extension origin's quota for real (CDP), so that IndexedDB itself refuses writes.
   * A database keeps the quota it was opened with: the worker (and its connection) is stopped, and
   * a probe write from the extension page shows when the browser reopened the origin's storage
   * under the new quota.
   */
  async function shrinkQuota(): Promise<void> {
    await cdp.send('Storage.overrideQuotaForOrigin', { origin: `chrome-extension://${h.extensionId}`, quotaSize: 1 });
    await cdp.send('ServiceWorker.stopAllWorkers');
    const probe = () =>
      ext.evaluate(
        () =>
          new Promise<string>((resolve) => {
            const open = indexedDB.open('lodestone-quota-probe');
            open.onupgradeneeded = () => open.result.createObjectStore('s');
            open.onerror = () => resolve(open.error?.name ?? 'error');
            open.onsuccess = () => {
              const tx = open.result.transaction('s', 'readwrite');
              tx.objectStore('s').put('x'.repeat(4_096), Math.random());
              tx.oncomplete = () => (open.result.close(), resolve('ok'));
              tx.onabort = () => (open.result.close(), resolve(tx.error?.name ?? 'abort'));
            };
          }),
      );
    await expect.poll(probe, { timeout: 30_000, interval: 500 }).toBe('QuotaExceededError');
  }

  it('keeps every acknowledged save when the service worker is stopped in the middle of saving', async () => {
    const page = await h.context.newPage();
    const url = h.url(TABS_HOST, '/tab/10/');
    await page.goto(url);
    const world = await contentWorld(h.context, page);
    const template = clipFor('x', url);
    const TOTAL = 150;
    // The saves run in the content script's world, one after another, as fast as they are answered;
    // the outcome of each is kept there, so the test reads it whatever happens to the worker.
    await world.evaluate(
      ({ template: t, total }) => {
        const g = globalThis as unknown as { acks: { id: string; text: string }[]; failed: string[]; done: boolean };
        g.acks = [];
        g.failed = [];
        g.done = false;
        void (async () => {
          for (let i = 0; i < total; i++) {
            const text = `Durability clip number ${i}: gallium export licences tightened again.`;
            try {
              const reply = (await chrome.runtime.sendMessage({ type: 'clip:save', clip: { ...t, text } })) as { ok?: boolean; id?: string } | undefined;
              if (reply?.ok && reply.id) g.acks.push({ id: reply.id, text });
              else g.failed.push(`${i}: ${JSON.stringify(reply)}`);
            } catch (e) {
              g.failed.push(`${i}: ${(e as Error).message}`);
            }
          }
          g.done = true;
        })();
      },
      { template, total: TOTAL },
    );
    const acks = () => world.evaluate(() => (globalThis as unknown as { acks: unknown[] }).acks.length);
    const before = restarts;
    for (const at of [20, 60, 100]) {
      await expect.poll(acks, { timeout: 30_000, interval: 5 }).toBeGreaterThanOrEqual(at);
      await cdp.send('ServiceWorker.stopAllWorkers');
    }
    await expect.poll(() => world.evaluate(() => (globalThis as unknown as { done: boolean }).done), { timeout: 60_000 }).toBe(true);
    const { acks: acked, failed } = await world.evaluate(() => {
      const g = globalThis as unknown as { acks: Row[]; failed: string[] };
      return { acks: g.acks, failed: g.failed };
    });
    console.info(`saves: ${acked.length} acknowledged, ${failed.length} failed while the worker was stopped; worker restarts: ${restarts - before}`);
    // The worker really was stopped and started again during the saves.
    expect(restarts - before).toBeGreaterThanOrEqual(3);
    expect(acked.length).toBeGreaterThan(100);
    const stored = await clipsIn(ext);
    const byId = new Map(stored.map((c) => [c.id, c.text]));
    for (const ack of acked) expect(byId.get(ack.id), ack.text).toBe(ack.text);
    // Never twice: one clip per sentence, whatever was retried.
    const texts = stored.map((c) => c.text);
    expect(new Set(texts).size).toBe(texts.length);
    await world.close();
    await page.close();
  });

  it('gives exactly 200 clips when 10 tabs each save 20 at once (and send them all again)', async () => {
    const before = (await clipsIn(ext)).length;
    const tabs = await Promise.all(
      Array.from({ length: 10 }, async (_, t) => {
        const page = await h.context.newPage();
        const url = h.url(TABS_HOST, `/tab/${t}/`);
        await page.goto(url);
        return { page, url, world: await contentWorld(h.context, page) };
      }),
    );
    const replies = await Promise.all(
      tabs.map(({ world, url }, t) =>
        world.evaluate(
          ({ template, tab }) => {
            const send = (i: number) => chrome.runtime.sendMessage({ type: 'clip:save', clip: { ...template, text: `Tab ${tab} clip ${i}: NdPr oxide prices rose.` } });
            const all = Array.from({ length: 20 }, (_, i) => i);
            // The twenty at once, and the same twenty again at the same time.
            return Promise.all([...all.map(send), ...all.map(send)]);
          },
          { template: clipFor('x', url), tab: t },
        ),
      ),
    );
    const flat = replies.flat() as { ok: boolean; created: boolean }[];
    expect(flat).toHaveLength(400);
    expect(flat.every((r) => r.ok)).toBe(true);
    expect(flat.filter((r) => r.created)).toHaveLength(200);
    const stored = await clipsIn(ext);
    expect(stored.filter((c) => c.text.startsWith('Tab '))).toHaveLength(200);
    expect(stored).toHaveLength(before + 200);
    for (const { page, world } of tabs) {
      await world.close();
      await page.close();
    }
  });

  it('says the storage is full and does not show the clip as saved when IndexedDB refuses the write', async () => {
    const page = await h.context.newPage();
    await page.goto(h.url(SEED_HOST, SEED_PATH));
    expect(Object.keys(await readHighlights(page)).length).toBeGreaterThan(0);
    const before = (await clipsIn(ext)).length;
    await shrinkQuota();

    // The card's Clip button.
    const point = await page.evaluate(() => {
      for (const [name, hl] of CSS.highlights) {
        if (!name.startsWith('lodestone-') || name.startsWith('lodestone-saved-')) continue;
        const rect = ([...hl][0] as Range).getClientRects()[0]!;
        return { x: rect.left + 10, y: rect.top + rect.height / 2 };
      }
      return null;
    });
    await page.mouse.move(point!.x, point!.y);
    await expect.poll(() => page.locator('lodestone-card .card').count()).toBe(1);
    await page.locator('lodestone-card button.clip').click();
    const alert = page.locator('lodestone-card [role=alert]');
    await expect.poll(() => alert.count(), { timeout: 15_000 }).toBe(1);
    expect(await alert.innerText()).toMatch(/^Not saved: your browser's storage is full\. Free some disk space/);
    expect(await page.locator('lodestone-card button.clip').innerText()).toBe('Clip');
    expect(await page.locator('lodestone-card .clip--saved').count()).toBe(0);
    expect((await readHighlights(page, 100))['lodestone-saved'] ?? []).toEqual([]);
    await screenshot(page, 'storage-full-card');

    // Clip by hand (the shortcut's path): the in-page notice says the same.
    const worker = await liveWorker(h, ext);
    const tabId = await worker.evaluate(async (u) => (await chrome.tabs.query({ url: u }))[0]!.id!, page.url());
    await page.evaluate(() => {
      const p = [...document.querySelectorAll('article p')].find((el) => (el.textContent ?? '').length > 80)!;
      const range = document.createRange();
      range.selectNodeContents(p);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(range);
    });
    await worker.evaluate(async (id) => {
      const shortcuts = (globalThis as unknown as { lodestoneShortcuts: { onCommand(c: string, t: { id: number }): Promise<void> } }).lodestoneShortcuts;
      await shortcuts.onCommand('clip-selection', { id });
    }, tabId);
    await expect.poll(() => page.locator('lodestone-toast .toast').innerText()).toMatch(/Not saved: your browser's storage is full/);
    expect((await clipsIn(ext)).length).toBe(before);

    // The side panel's note editor.
    const panel = await openSidePanel(h);
    await panel.getByRole('tab', { name: 'Library' }).click();
    await expect.poll(() => panel.locator('.clip').count(), { timeout: 20_000 }).toBeGreaterThan(0);
    const row = panel.locator('.clip').first();
    await row.getByRole('button', { name: /^(Add|Edit) note$/ }).click();
    await row.getByRole('textbox', { name: 'Note' }).fill('Check against customs data.');
    await row.getByRole('textbox', { name: 'Note' }).press('Control+Enter');
    await expect.poll(() => panel.locator('.notice__box--error').count(), { timeout: 15_000 }).toBe(1);
    expect(await panel.locator('.notice__box--error').innerText()).toMatch(/Could not save the change: your browser's storage is full/);
    await panel.close();

    // With the quota back, the same click saves.
    await cdp.send('Storage.overrideQuotaForOrigin', { origin: `chrome-extension://${h.extensionId}` });
    await page.mouse.move(5, 5);
    await page.mouse.move(point!.x, point!.y);
    await page.locator('lodestone-card button.clip').click();
    await expect.poll(() => page.locator('lodestone-card .clip--saved').count(), { timeout: 15_000 }).toBe(1);
    expect((await clipsIn(ext)).length).toBe(before + 1);
    await page.close();
  });

  it('notices a wiped library, tells the reader in the panel and the badge, and restores it from the last export', async () => {
    // The reader exports the library (the notice will name this file).
    let panel = await openSidePanel(h);
    await panel.getByRole('tab', { name: 'Library' }).click();
    await expect.poll(() => panel.locator('.library__count').innerText(), { timeout: 20_000 }).toMatch(/^\d[\d,]* clips$/);
    const [download] = await Promise.all([panel.waitForEvent('download'), panel.getByRole('button', { name: /as JSON$/ }).click()]);
    const exported = readFileSync((await download.path())!, 'utf8');
    const count = (JSON.parse(exported) as { clips: unknown[] }).clips.length;
    expect(count).toBeGreaterThan(300);
    await panel.close();

    // The browser wipes the extension's IndexedDB while the worker is stopped; storage.local stays.
    await cdp.send('ServiceWorker.stopAllWorkers');
    const deleted = await ext.evaluate(
      () =>
        new Promise<string>((resolve) => {
          const req = indexedDB.deleteDatabase('lodestone');
          req.onsuccess = () => resolve('deleted');
          req.onerror = () => resolve(`error ${req.error?.name}`);
          req.onblocked = () => resolve('blocked');
        }),
    );
    expect(deleted).toBe('deleted');
    expect(await clipsIn(ext)).toEqual([]);

    // A page wakes the worker, whose start-up check finds the library wiped.
    const tab = await h.context.newPage();
    await tab.goto(h.url(TABS_HOST, '/tab/3/'));
    const worker = await liveWorker(h, ext);
    const tabId = await worker.evaluate(async (u) => (await chrome.tabs.query({ url: u }))[0]!.id!, tab.url());
    await expect.poll(() => worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId), { timeout: 15_000 }).toBe('!');

    panel = await openSidePanel(h);
    const notice = panel.getByRole('alert').filter({ hasText: 'Your library was emptied' });
    await expect.poll(() => notice.count(), { timeout: 15_000 }).toBe(1);
    const text = await notice.innerText();
    expect(text).toContain(`It held ${count.toLocaleString('en-US')} clips`);
    expect(text).toContain(download.suggestedFilename());
    await screenshot(panel, 'side-panel-library-wiped');

    const [chooser] = await Promise.all([panel.waitForEvent('filechooser'), notice.getByRole('button', { name: 'Restore from a file…' }).click()]);
    await chooser.setFiles({ name: download.suggestedFilename(), mimeType: 'application/json', buffer: Buffer.from(exported) });
    const dialog = panel.getByRole('dialog', { name: 'Import clips' });
    await expect.poll(() => dialog.count(), { timeout: 20_000 }).toBe(1);
    await dialog.getByRole('button', { name: `Add ${count.toLocaleString('en-US')} clips` }).click();
    await expect.poll(() => notice.count(), { timeout: 20_000 }).toBe(0);
    expect((await clipsIn(ext)).length).toBe(count);
    await expect.poll(() => worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId), { timeout: 15_000 }).toBe('');
    await panel.close();
    await tab.close();
  });
});

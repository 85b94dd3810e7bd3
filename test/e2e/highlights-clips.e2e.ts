// Saved clips on revisits, and clips made by hand, in Chromium with the built extension.
// Fixtures (test/fixtures/pages/): revisit-v1.html and revisit-v2.html (the same article before
// and after an edit that removed one clipped sentence and changed a word in another), served at
// one address; plain-page.html (not a rare-earth article, on the Global Times' domain).
// Covers: every saved clip is re-anchored and shown saved on a revisit, even one the analysis
// never flagged (a manual clip) and one whose sentence changed (approximate match); a clip whose
// sentence is gone is listed as "not found on this page" in the side panel, never dropped; a
// manual clip takes the detected signal's category when the selection is that signal, else
// "unclassified", with the source label and the link; it works on a page that is not a
// rare-earth article, where no reader was injected, and is shown saved there on the next visit.
//
// The shortcut and the context menu: headless Chromium can neither press an extension's command
// shortcut nor open the browser's own context menu, so these tests call, through the service
// worker (worker.evaluate), the very listener functions the background registered with
// chrome.commands.onCommand and chrome.contextMenus.onClicked (exposed as
// globalThis.lodestoneShortcuts), with the arguments Chrome passes them.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURES, type Harness, e2eAvailable, launch, openSidePanel, readHighlights, screenshot } from './harness';

// `chrome` inside worker.evaluate callbacks: they run in the extension's service worker.
declare const chrome: typeof import('wxt/browser').browser;

const run = e2eAvailable();
const HOST = 'magnetwire.example';
const PATH = '/news/dysprosium-licences/';
const EXPORT = 'Chinese authorities have tightened export licensing for dysprosium and terbium';
const DEMAND = 'Demand for NdFeB magnets in EV traction motors and wind turbines grew 14% last year, according to an industry survey.';
const WEATHER = 'The weather in Baotou was cold and clear when the delegation arrived for the annual trade fair.';
const PANDA = 'Keepers said the cubs now weigh about nine kilograms each and have started to explore the outdoor enclosure on their own.';
const PANDA_2 = 'The zoo plans to announce the cubs\' names after a public vote next month.';

interface StoredClip {
  text: string;
  category: string;
  origin: string;
  url: string;
  pageUrl: string;
  sourceLabel: string;
  textFragmentUrl: string;
}

let version: 'v1' | 'v2' = 'v1';

/** Selects the paragraph whose text starts with `start` (the reader's own mouse selection, made exact). */
async function selectParagraph(page: Page, start: string): Promise<void> {
  await page.evaluate((s) => {
    const p = [...document.querySelectorAll('p')].find((el) => el.textContent!.trim().startsWith(s));
    if (!p) throw new Error(`no paragraph starting with ${s}`);
    const range = document.createRange();
    range.selectNodeContents(p);
    getSelection()!.removeAllRanges();
    getSelection()!.addRange(range);
  }, start);
}

async function tabIdOf(h: Harness, page: Page): Promise<number> {
  return h.worker.evaluate(async (url) => (await chrome.tabs.query({ url }))[0]!.id!, page.url());
}

async function storedClips(h: Harness): Promise<StoredClip[]> {
  return h.worker.evaluate(
    () =>
      new Promise<StoredClip[]>((resolve, reject) => {
        const open = indexedDB.open('lodestone');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const all = open.result.transaction('clips').objectStore('clips').getAll();
          all.onsuccess = () => {
            resolve(all.result as StoredClip[]);
            open.result.close();
          };
          all.onerror = () => reject(all.error);
        };
      }),
  );
}

/** What chrome.commands.onCommand passes: the command name and the active tab. */
async function pressClipShortcut(h: Harness, tabId: number): Promise<void> {
  await h.worker.evaluate(async (id) => {
    const shortcuts = (globalThis as unknown as { lodestoneShortcuts: { onCommand(c: string, t: { id: number }): Promise<void> } }).lodestoneShortcuts;
    await shortcuts.onCommand('clip-selection', { id });
  }, tabId);
}

/** What chrome.contextMenus.onClicked passes for "Clip to Lodestone" on a selection. */
async function clickClipMenu(h: Harness, page: Page, tabId: number): Promise<void> {
  const selectionText = await page.evaluate(() => getSelection()!.toString());
  await h.worker.evaluate(
    async ({ id, text, url }) => {
      const shortcuts = (globalThis as unknown as {
        lodestoneShortcuts: { onContextMenuClicked(info: Record<string, unknown>, tab: { id: number }): Promise<void> };
      }).lodestoneShortcuts;
      await shortcuts.onContextMenuClicked({ menuItemId: 'lodestone-clip', selectionText: text, frameId: 0, pageUrl: url, editable: false }, { id });
    },
    { id: tabId, text: selectionText, url: page.url() },
  );
}

describe.runIf(run)('saved clips on revisits, and clips made by hand', () => {
  let h: Harness;
  let page: Page;
  beforeAll(async () => {
    h = await launch([
      { host: HOST, routes: { [PATH]: () => readFixture(version) } },
      { host: 'www.globaltimes.cn', routes: { '/page/panda-twins/': 'pages/plain-page.html' } },
    ]);
    page = await h.context.newPage();
  });
  afterAll(async () => h?.close());

  it('registers "Clip to Lodestone" in the context menu of a selection', async () => {
    const manifest = await h.worker.evaluate(() => chrome.runtime.getManifest());
    expect(manifest.permissions).toContain('contextMenus');
    expect(Object.keys(manifest.commands ?? {})).toEqual(expect.arrayContaining(['clip-selection', 'next-signal', 'previous-signal', 'toggle-highlights']));
    // The menu exists: updating an unknown id would reject.
    await h.worker.evaluate(() => chrome.contextMenus.update('lodestone-clip', { title: 'Clip to Lodestone' }));
  });

  it('clips a detected signal with the keys, a signal sentence through the shortcut, and a plain sentence through the menu', async () => {
    await page.goto(h.url(HOST, PATH));
    await readHighlights(page);
    const tabId = await tabIdOf(h, page);

    // The focused signal (the first), clipped with the reader's keys.
    await page.mouse.click(5, 300);
    await page.keyboard.press('Alt+Shift+KeyJ');
    await page.keyboard.press('Alt+Shift+KeyC');
    await expect.poll(async () => (await readHighlights(page, 100))['lodestone-saved']?.length ?? 0).toBe(1);

    // A selection that is a detected signal's sentence: the shortcut clips it with the signal's category.
    await selectParagraph(page, 'Demand for NdFeB');
    await pressClipShortcut(h, tabId);
    // A sentence the analysis does not flag: the menu clips it as "unclassified".
    await selectParagraph(page, 'The weather in Baotou');
    await clickClipMenu(h, page, tabId);

    const clips = await storedClips(h);
    const byText = (start: string) => clips.find((c) => c.text.startsWith(start));
    expect(byText(EXPORT)).toMatchObject({ category: 'export-control', origin: 'detected' });
    expect(byText(DEMAND)).toMatchObject({ text: DEMAND, category: 'demand', origin: 'manual' });
    expect(byText(WEATHER)).toMatchObject({ text: WEATHER, category: 'unclassified', origin: 'manual', url: `http://${HOST}${PATH.replace(/\/$/, '')}` });
    expect(byText(WEATHER)!.sourceLabel).toContain('Magnet Wire');
    expect(byText(WEATHER)!.textFragmentUrl).toContain('#:~:text=');
    const saved = (await readHighlights(page, 100))['lodestone-saved'] ?? [];
    expect(saved).toHaveLength(3);
    expect(saved).toEqual(expect.arrayContaining([DEMAND, WEATHER]));
    await expect.poll(() => page.locator('lodestone-toast .toast').innerText()).toContain('Clipped to Lodestone (unclassified)');
  });

  it('on a revisit of the edited article, shows every clip still there as saved and lists the missing one as not found', async () => {
    version = 'v2';
    await page.reload();
    await page.waitForFunction(() => [...CSS.highlights.keys()].some((k) => k.startsWith('lodestone-saved-')), undefined, { timeout: 15_000 });
    const highlights = await readHighlights(page);
    const saved = highlights['lodestone-saved'] ?? [];
    // The edited sentence ("five months" now) is found by the approximate match; the hand-made
    // clip is shown although the analysis never flagged it; the removed sentence is not there.
    expect(saved).toHaveLength(2);
    expect(saved.some((t) => t.startsWith(EXPORT) && t.includes('five months'))).toBe(true);
    expect(saved).toContain(WEATHER);
    expect(Object.values(highlights).flat().some((t) => t.startsWith('Demand for NdFeB'))).toBe(false);

    await page.bringToFront();
    const panel = await openSidePanel(h);
    const notFound = panel.locator('.orphans');
    await expect.poll(() => notFound.count(), { timeout: 15_000 }).toBe(1);
    const text = await notFound.innerText();
    expect(text).toContain('Not found on this page');
    expect(text).toContain(DEMAND);
    expect(text).toContain('Demand');
    expect(text).not.toContain(WEATHER);
    await screenshot(panel, 'side-panel-not-found');
    // The clip is still in the library.
    expect((await storedClips(h)).some((c) => c.text === DEMAND)).toBe(true);
    await panel.close();
  });

  it('clears the not-found list when the page has the sentence again', async () => {
    version = 'v1';
    await page.reload();
    await page.waitForFunction(() => ([...CSS.highlights].find(([k]) => k.startsWith('lodestone-saved-'))?.[1].size ?? 0) === 3, undefined, { timeout: 15_000 });
    const tabId = await tabIdOf(h, page);
    await expect
      .poll(() => h.worker.evaluate(async (id) => Object.keys(await chrome.storage.session.get(`orphans-${id}`)).length, tabId))
      .toBe(0);
  });

  it('clips by hand on a page that is not a rare-earth article, with the publisher label from the registry', async () => {
    const panda = await h.context.newPage();
    await panda.goto('http://www.globaltimes.cn/page/panda-twins/');
    await panda.waitForTimeout(1_500);
    // Not an article the gate flags: nothing is highlighted and no reader was injected.
    expect(await readHighlights(panda, 100)).toEqual({});
    expect(await panda.locator('lodestone-card').count()).toBe(0);
    const tabId = await tabIdOf(h, panda);

    await selectParagraph(panda, 'Keepers said');
    await pressClipShortcut(h, tabId);
    const clip = (await storedClips(h)).find((c) => c.text === PANDA);
    expect(clip).toMatchObject({ category: 'unclassified', origin: 'manual', pageUrl: 'http://www.globaltimes.cn/page/panda-twins/' });
    expect(clip!.sourceLabel).toMatch(/Global Times.*state-controlled/);
    expect(clip!.textFragmentUrl).toContain('#:~:text=');
    await expect.poll(async () => (await readHighlights(panda, 100))['lodestone-saved'] ?? []).toEqual([PANDA]);
    await expect.poll(() => panda.locator('lodestone-toast .toast').innerText()).toContain('Clipped to Lodestone');

    // The menu, on another sentence of the same page.
    await selectParagraph(panda, 'The zoo plans');
    await clickClipMenu(h, panda, tabId);
    await expect.poll(async () => ((await readHighlights(panda, 100))['lodestone-saved'] ?? []).length).toBe(2);
    expect((await storedClips(h)).find((c) => c.text === PANDA_2)?.category).toBe('unclassified');
    await screenshot(panda, 'manual-clip-plain-page');

    // Nothing selected: the shortcut says what to do and saves nothing.
    const count = (await storedClips(h)).length;
    await panda.evaluate(() => getSelection()!.removeAllRanges());
    await pressClipShortcut(h, tabId);
    await expect.poll(() => panda.locator('lodestone-toast .toast').innerText()).toContain('Select the text to clip first');
    expect((await storedClips(h)).length).toBe(count);

    // Next visit: the page still is no rare-earth article, and its clips are shown saved.
    await panda.reload();
    await expect.poll(async () => ((await readHighlights(panda, 100))['lodestone-saved'] ?? []).sort(), { timeout: 15_000 }).toEqual([PANDA, PANDA_2].sort());
    await panda.close();
  });
});

function readFixture(v: 'v1' | 'v2'): string {
  // Read at request time: the test switches the version between visits.
  return readFileSync(join(FIXTURES, 'pages', `revisit-${v}.html`), 'utf8');
}

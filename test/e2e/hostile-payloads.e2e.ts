// Markup payloads in page text, in Chromium with the built extension. Fixture:
// test/fixtures/hostile/script-payloads.html (`<img src=x onerror>` and `<script>` payloads, as
// text, in the title, og:title, og:site_name, byline, JSON-LD, alt text, signal sentences and a
// relayed-outlet sentence; each would record where it ran in window.__pwned). The page goes
// through everything Lodestone does with text: analysis, banner, card, a clip, the side panel's
// "This page" and "Library", a note and a tag with a payload, the three exports, the options page.
// Required: window.__pwned stays unset everywhere, no element with an inline handler appears in
// the page, the panel or the options page, and the exports hold the payloads as text.
import { readFileSync } from 'node:fs';
import type { Download, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CSV_HEADER } from '../../lib/clips/export-csv';
import { contentWorld } from './content-world';
import { type Harness, e2eAvailable, launch, openSidePanel, readHighlights, screenshot } from './harness';

const run = e2eAvailable();
const HOST = 'magnetwire.example';
const PATH = '/news/dysprosium-payloads/';
const SIGNAL_PAYLOAD = `<img src=x onerror="window.__pwned=(window.__pwned||[]).concat('signal')">`;
const RELAY_PAYLOAD = `<img src=x onerror="window.__pwned=(window.__pwned||[]).concat('relay')">`;
const TITLE_PAYLOAD = `<img src=x onerror="window.__pwned=(window.__pwned||[]).concat('og-title')">`;
const NOTE_PAYLOAD = `<script>window.__pwned=(window.__pwned||[]).concat('note')</script><img src=x onerror="window.__pwned=(window.__pwned||[]).concat('note-img')">`;
const TAG_PAYLOAD = '<img src=x onerror=alert(1)>';

/** Nothing ran: the sentinel is unset, and no element carries an inline event handler. */
async function nothingRan(page: Page): Promise<void> {
  expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned ?? null)).toBeNull();
  const handlers = await page.evaluate(() => {
    const found: string[] = [];
    const walk = (root: Document | ShadowRoot) => {
      for (const el of root.querySelectorAll('*')) {
        if ([...el.attributes].some((a) => a.name.startsWith('on'))) found.push(el.outerHTML.slice(0, 120));
        if (el.shadowRoot) walk(el.shadowRoot);
      }
    };
    walk(document);
    return found;
  });
  expect(handlers).toEqual([]);
}

describe.runIf(run)('markup payloads in page text', () => {
  let h: Harness;
  let page: Page;
  let panel: Page;
  beforeAll(async () => {
    h = await launch([{ host: HOST, routes: { [PATH]: 'hostile/script-payloads.html' } }]);
    page = await h.context.newPage();
    await page.goto(h.url(HOST, PATH));
  });
  afterAll(async () => h?.close());

  it('analyzes and highlights the page, shows the banner and the card, and runs none of it', async () => {
    const highlights = await readHighlights(page);
    const texts = Object.values(highlights).flat();
    const signal = texts.find((t) => t.includes(SIGNAL_PAYLOAD));
    expect(signal, JSON.stringify(texts)).toBeDefined();
    // The banner quotes the relayed outlet's sentence, payload and all, as text.
    const banner = page.locator('lodestone-banner .banner');
    await expect.poll(() => banner.count(), { timeout: 15_000 }).toBe(1);
    expect(await banner.innerText()).toContain(RELAY_PAYLOAD);
    // The card of the payload sentence, and a clip of it.
    const rect = await page.evaluate((needle) => {
      for (const [name, hl] of CSS.highlights) {
        if (name.startsWith('lodestone-saved-')) continue;
        for (const r of hl) if ((r as Range).toString().includes(needle)) return (r as Range).getClientRects()[0]!.toJSON() as DOMRect;
      }
      return null;
    }, SIGNAL_PAYLOAD);
    await page.mouse.move(rect!.x + 10, rect!.y + rect!.height / 2);
    await expect.poll(() => page.locator('lodestone-card .card').count()).toBe(1);
    await page.locator('lodestone-card button.clip').click();
    await expect.poll(() => page.locator('lodestone-card .clip--saved').count(), { timeout: 15_000 }).toBe(1);
    await screenshot(page, 'hostile-payloads-page');
    await nothingRan(page);
    // Lodestone's own world too.
    const world = await contentWorld(h.context, page);
    expect(await world.evaluate(() => (globalThis as unknown as { __pwned?: unknown }).__pwned ?? null)).toBeNull();
    await world.close();
    await page.locator('#page-button').click();
    expect(await page.locator('#page-count').innerText()).toBe('1');
  });

  it('shows the payloads as text in the side panel: this page, the library, a note and a tag', async () => {
    await page.bringToFront();
    panel = await openSidePanel(h);
    await panel.getByRole('tab', { name: 'This page' }).click();
    await expect.poll(() => panel.locator('.signal').count(), { timeout: 15_000 }).toBeGreaterThan(0);
    expect(await panel.locator('.app__main--page').innerText()).toContain(SIGNAL_PAYLOAD);
    expect(await panel.locator('.page__title').innerText()).toContain(TITLE_PAYLOAD);

    await panel.getByRole('tab', { name: 'Library' }).click();
    const row = panel.locator('.clip').filter({ hasText: SIGNAL_PAYLOAD });
    await expect.poll(() => row.count(), { timeout: 15_000 }).toBe(1);
    expect(await row.innerText()).toContain(TITLE_PAYLOAD);
    await row.getByRole('button', { name: /^(Add|Edit) note$/ }).click();
    await row.getByRole('textbox', { name: 'Note' }).fill(NOTE_PAYLOAD);
    await row.getByRole('textbox', { name: 'Note' }).press('Control+Enter');
    await expect.poll(() => row.locator('.clip__note').innerText()).toContain(NOTE_PAYLOAD);
    await row.getByRole('button', { name: 'Add tag' }).click();
    const tagBox = row.getByRole('combobox', { name: 'New tag' });
    await tagBox.fill(TAG_PAYLOAD);
    await tagBox.press('Enter');
    await expect.poll(() => row.innerText()).toContain(TAG_PAYLOAD);
    await screenshot(panel, 'hostile-payloads-side-panel');
    await nothingRan(panel);
  });

  it('exports the payloads as text: JSON exactly, CSV quoted, Markdown escaped', async () => {
    async function exported(label: string): Promise<string> {
      const [file] = (await Promise.all([panel.waitForEvent('download'), panel.getByRole('button', { name: new RegExp(`as ${label}$`) }).click()])) as [Download, void];
      return readFileSync((await file.path())!, 'utf8');
    }
    const json = JSON.parse(await exported('JSON')) as { clips: { text: string; note: string; tags: string[]; article: { title: string; siteName: string | null } }[] };
    const clip = json.clips.find((c) => c.text.includes(SIGNAL_PAYLOAD))!;
    expect(clip.note).toBe(NOTE_PAYLOAD);
    expect(clip.tags).toContain(TAG_PAYLOAD);
    expect(clip.article.title).toContain(TITLE_PAYLOAD);

    const csv = await exported('CSV');
    expect(csv.replace(/^\uFEFF/, '').startsWith(CSV_HEADER.join(','))).toBe(true);
    // Quoted cells: a payload's quotes are doubled, so the cell reads back as the text.
    expect(csv).toContain(SIGNAL_PAYLOAD.replace(/"/g, '""'));
    expect(csv).toContain(NOTE_PAYLOAD.replace(/"/g, '""'));

    const md = await exported('Markdown');
    // Outside code spans (tags are shown as `code`), no "<" starts a tag: every one is escaped.
    const prose = md.replace(/`[^`]*`/g, '');
    expect(prose).not.toMatch(/(^|[^\\])<[a-z/!]/im);
    expect(prose).toContain('\\<img src=x onerror=');
    expect(prose).toContain('\\<script\\>window.');
    expect(md).toContain(`\`${TAG_PAYLOAD}\``);
    await nothingRan(panel);
  });

  it('runs nothing in the options page', async () => {
    const options = await h.context.newPage();
    await options.goto(`chrome-extension://${h.extensionId}/options.html`);
    await expect.poll(() => options.getByRole('heading', { name: 'Lodestone options' }).count()).toBe(1);
    await nothingRan(options);
    await options.close();
    await nothingRan(page);
  });
});

// The side panel as a reader sees it, in light and dark mode (prefers-color-scheme): the real
// sample library (test/fixtures/clips/library-sample.json) imported through the UI, listed and
// grouped by article; and "This page" on the seed article, where "Clip all" on a category saves
// every signal of it through the background (and the reader marks them saved on the page).
// Screenshots go to artifacts/screenshots/ (docs/screenshots/, the README's Library section, with
// `npm run screenshots`).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURES, type Harness, e2eAvailable, launch, openSidePanel, readHighlights, screenshot } from './harness';

const SEED_PATH = '/news/chinas-northern-rare-earth-group-tightens-grip-on-trade-strategy-heading-into-2026/';
const SAMPLE = readFileSync(join(FIXTURES, 'clips/library-sample.json'));
const SAMPLE_COUNT = (JSON.parse(SAMPLE.toString('utf8')) as { clips: unknown[] }).clips.length;
const run = e2eAvailable();

async function importSample(panel: Page): Promise<void> {
  await panel.getByRole('tab', { name: 'Library' }).click();
  await panel.locator('input[type=file]').setInputFiles({ name: 'library-sample.json', mimeType: 'application/json', buffer: SAMPLE });
  await panel.getByRole('dialog', { name: 'Import clips' }).getByRole('button', { name: `Add ${SAMPLE_COUNT} clips` }).click();
  await expect.poll(() => panel.locator('.library__count').innerText(), { timeout: 30_000 }).toBe(`${SAMPLE_COUNT} clips`);
  await panel.getByRole('button', { name: 'Dismiss' }).click();
}

/** The page's background and text colours, to check the scheme really changed. */
const colours = (panel: Page) => panel.evaluate(() => [getComputedStyle(document.body).backgroundColor, getComputedStyle(document.body).color]);

describe.runIf(run)('side panel look, light and dark', () => {
  for (const scheme of ['light', 'dark'] as const) {
    describe(scheme, () => {
      let h: Harness;
      let article: Page;
      let panel: Page;
      beforeAll(async () => {
        h = await launch([{ host: 'rareearthexchanges.com', routes: { [SEED_PATH]: 'seed-article.html' } }], { colorScheme: scheme });
        article = await h.context.newPage();
        await article.goto(h.url('rareearthexchanges.com', SEED_PATH));
        await readHighlights(article);
        panel = await openSidePanel(h);
      });
      afterAll(async () => h?.close());

      it('shows the empty library, then the imported library, in the colour scheme', async () => {
        await panel.getByRole('tab', { name: 'Library' }).click();
        await expect.poll(() => panel.getByRole('heading', { name: 'Your library is empty' }).count()).toBe(1);
        const [background, text] = await colours(panel);
        expect(background).toBe(scheme === 'dark' ? 'rgb(20, 23, 29)' : 'rgb(247, 248, 250)');
        expect(text).toBe(scheme === 'dark' ? 'rgb(232, 235, 241)' : 'rgb(29, 36, 48)');
        await screenshot(panel, `library-empty-${scheme}`);
        await importSample(panel);
        await screenshot(panel, `library-${scheme}`);
      });

      it('groups the library by article, with the filters open', async () => {
        await panel.getByRole('combobox', { name: 'Group' }).selectOption('article');
        await panel.locator('details.filters > summary').click();
        await panel.getByRole('combobox', { name: 'Source level' }).selectOption('state-affiliated');
        await expect.poll(() => panel.locator('.group-row').count()).toBeGreaterThan(0);
        const headings = await panel.locator('.group-row__head').allInnerTexts();
        expect(headings.every((h) => /\d+ clips?$/.test(h))).toBe(true);
        await screenshot(panel, `library-grouped-${scheme}`);
        await panel.getByRole('button', { name: 'Clear filters' }).click();
        await panel.getByRole('combobox', { name: 'Group' }).selectOption('none');
      });

      it('clips every signal of a category from "This page", and the article marks them saved', async () => {
        await article.bringToFront();
        await panel.bringToFront();
        await panel.getByRole('tab', { name: 'This page' }).click();
        const group = panel.getByRole('region', { name: 'Export control' });
        await expect.poll(() => group.count(), { timeout: 15_000 }).toBe(1);
        const signals = await group.locator('.signal').count();
        expect(signals).toBeGreaterThan(1);
        const savedBefore = (await readHighlights(article, 100))['lodestone-saved']?.length ?? 0;
        await group.getByRole('button', { name: `Clip all ${signals} Export control signals` }).click();
        await expect.poll(() => group.getByRole('status').innerText()).toMatch(/^Clipped \d+/);
        await expect.poll(() => group.getByRole('button', { name: 'All Export control signals are clipped' }).count()).toBe(1);
        expect(await group.locator('.signal__saved').count()).toBe(signals);
        await expect.poll(async () => (await readHighlights(article, 100))['lodestone-saved']?.length ?? 0).toBeGreaterThanOrEqual(savedBefore + 1);
        const tree = await panel.getByRole('tabpanel', { name: 'This page' }).ariaSnapshot();
        expect(tree).toContain('- region "Source"');
        expect(tree).toMatch(/- button "Clip all \d+ [A-Z][^"]* signals"/);
        await screenshot(panel, `this-page-${scheme}`);
        await panel.getByRole('tab', { name: 'Library' }).click();
        await expect.poll(() => panel.locator('.library__count').innerText()).toMatch(/^\d+ clips$/);
        const count = Number((await panel.locator('.library__count').innerText()).split(' ')[0]);
        expect(count).toBeGreaterThan(SAMPLE_COUNT);
      });
    });
  }
});

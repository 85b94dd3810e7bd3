// Highlights on pages of different colours, and the reader's keys, in Chromium with the built
// extension. Fixtures (test/fixtures/pages/): magnet-article-light.html (salmon page, a "Most read"
// teaser repeating an article sentence before the article, a search field, the page's own
// Alt+Shift+K shortcut), magnet-article-dark.html, magnet-article-navy.html.
// Covers: colours chosen for the measured page colours, checked on screenshot pixels (the fill
// painted behind highlighted text keeps ≥ 4.5:1 with the text and stands apart from the page);
// screenshots of a light and a dark page for the README (LOOKED at); the article preferred over
// the teaser; Alt+Shift+J/K move the focus highlight and open the card, Alt+Shift+C clips the
// focused signal, Alt+Shift+H hides and shows; keys typed into a field and the page's own
// shortcut are left alone (never preventDefault-ed, never acted on).
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, e2eAvailable, launch, readHighlights, screenshot } from './harness';
import { channelGap, contrastRatio, paintedBehind } from './highlights-pixels';

const run = e2eAvailable();
const HOST = 'magnetwire.example';
const CATEGORIES = ['export-control', 'market-concentration', 'pricing', 'inventory', 'demand', 'investment-deal', 'supply-expansion'];

async function focusedTexts(page: Page): Promise<string[]> {
  return page.evaluate(() => [...([...CSS.highlights].find(([k]) => k.startsWith('lodestone-focus-'))?.[1] ?? [])].map((r) => (r as Range).toString()));
}

describe.runIf(run)('highlights on light, dark and coloured pages', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await launch([
      {
        host: HOST,
        routes: {
          '/light/': 'pages/magnet-article-light.html',
          '/dark/': 'pages/magnet-article-dark.html',
          '/navy/': 'pages/magnet-article-navy.html',
        },
      },
    ]);
  });
  afterAll(async () => h?.close());

  it.each([
    ['light', 'highlights-light'],
    ['dark', 'highlights-dark'],
    ['navy', 'highlights-navy'],
  ])('paints every signal on the %s page with fills that keep its text readable', async (theme, shot) => {
    const page = await h.context.newPage();
    await page.goto(h.url(HOST, `/${theme}/`));
    const highlights = await readHighlights(page);
    for (const c of CATEGORIES) expect(highlights[`lodestone-${c}`], c).toHaveLength(1);
    // Wait for the page's stylesheet (the reader asks for it before painting; insertCSS is async).
    await page.waitForTimeout(300);
    for (const [category, start] of [
      ['export-control', 'Chinese authorities'],
      ['pricing', 'Spot prices'],
      ['demand', 'Demand for NdFeB'],
      ['inventory', 'Several German'],
    ] as const) {
      const { fill, text, pageBackground } = await paintedBehind(page, `lodestone-${category}`, start);
      const ratio = contrastRatio(fill, text);
      console.info(`${theme} ${category}: fill rgb(${fill}) text rgb(${text}) page rgb(${pageBackground}) contrast ${ratio.toFixed(2)}:1`);
      expect(ratio, `${theme} ${category} text over fill`).toBeGreaterThanOrEqual(4.5);
      // The fill is painted (it is not the page's own background showing through).
      expect(channelGap(fill, pageBackground), `${theme} ${category} fill vs page`).toBeGreaterThanOrEqual(20);
    }
    await page.evaluate(() => window.scrollTo(0, 0));
    await screenshot(page, shot);
    await page.close();
  });

  it('anchors a repeated sentence in the article, not in the "Most read" teaser before it', async () => {
    const page = await h.context.newPage();
    await page.goto(h.url(HOST, '/light/'));
    await readHighlights(page);
    const where = await page.evaluate(() => {
      const [range] = [...([...CSS.highlights].find(([k]) => k.startsWith('lodestone-market-concentration-'))?.[1] ?? [])] as Range[];
      return range ? { inStory: !!range.startContainer.parentElement?.closest('article.story'), inTeaser: !!range.startContainer.parentElement?.closest('.teaser') } : null;
    });
    expect(where).toEqual({ inStory: true, inTeaser: false });
    await page.close();
  });

  describe('keys', () => {
    let page: Page;
    beforeAll(async () => {
      page = await h.context.newPage();
      await page.goto(h.url(HOST, '/light/'));
      await readHighlights(page);
      // Records, after every listener of the page and the extension ran, whether a key was taken.
      await page.evaluate(() => {
        (window as unknown as { taken: string[] }).taken = [];
        window.addEventListener('keydown', (e) => {
          if (e.defaultPrevented) (window as unknown as { taken: string[] }).taken.push(e.code);
        });
      });
      await page.mouse.click(5, 300);
    });

    it('moves the focus highlight to the next signal with Alt+Shift+J and opens its card', async () => {
      await page.keyboard.press('Alt+Shift+KeyJ');
      await expect.poll(() => focusedTexts(page)).toHaveLength(1);
      const first = (await focusedTexts(page))[0]!;
      expect(first).toMatch(/^Chinese authorities have tightened/);
      await expect.poll(() => page.locator('lodestone-card .card').count()).toBe(1);
      await page.keyboard.press('Alt+Shift+KeyJ');
      await expect.poll(async () => (await focusedTexts(page))[0]).toMatch(/^China still controls/);
      await screenshot(page, 'keyboard-focus');
    });

    it('leaves Alt+Shift+K to the page, which handles it as its own shortcut', async () => {
      const before = await focusedTexts(page);
      await page.keyboard.press('Alt+Shift+KeyK');
      expect(await page.locator('#page-shortcut-log').getAttribute('data-count')).toBe('1');
      expect(await focusedTexts(page)).toEqual(before);
    });

    it('never takes a key typed into a field', async () => {
      const before = await focusedTexts(page);
      await page.locator('#search').click();
      const taken = await page.evaluate(() => (window as unknown as { taken: string[] }).taken.length);
      await page.keyboard.press('Alt+Shift+KeyJ');
      await page.keyboard.press('Alt+Shift+KeyH');
      await page.keyboard.type('dysprosium');
      expect(await page.locator('#search').inputValue()).toBe('dysprosium');
      expect(await focusedTexts(page)).toEqual(before);
      expect(Object.keys(await readHighlights(page, 100))).toContain('lodestone-pricing');
      // Nothing the page or the field received was preventDefault-ed by the extension.
      expect(await page.evaluate(() => (window as unknown as { taken: string[] }).taken.length)).toBe(taken);
      await page.mouse.click(5, 300);
    });

    it('clips the focused signal with Alt+Shift+C', async () => {
      const focused = (await focusedTexts(page))[0]!;
      await page.keyboard.press('Alt+Shift+KeyC');
      await expect.poll(async () => (await readHighlights(page, 100))['lodestone-saved'] ?? []).toContain(focused.replace(/\s+/g, ' ').trim());
    });

    it('hides every highlight with Alt+Shift+H and shows them again', async () => {
      await page.keyboard.press('Alt+Shift+KeyH');
      await expect.poll(async () => Object.keys(await readHighlights(page, 100))).toEqual([]);
      await expect.poll(() => page.locator('lodestone-toast .toast').innerText()).toContain('hidden');
      await page.keyboard.press('Alt+Shift+KeyH');
      await expect.poll(async () => Object.keys(await readHighlights(page, 100)).length).toBeGreaterThanOrEqual(CATEGORIES.length + 1);
    });
  });

  it('moves back with Alt+Shift+K where the page has no shortcut of its own', async () => {
    const page = await h.context.newPage();
    await page.goto(h.url(HOST, '/dark/'));
    await readHighlights(page);
    await page.mouse.click(5, 300);
    await page.keyboard.press('Alt+Shift+KeyJ');
    await page.keyboard.press('Alt+Shift+KeyJ');
    await expect.poll(async () => (await focusedTexts(page))[0]).toMatch(/^China still controls/);
    await page.keyboard.press('Alt+Shift+KeyK');
    await expect.poll(async () => (await focusedTexts(page))[0]).toMatch(/^Chinese authorities/);
    // Escape closes the card and drops the focus.
    await page.keyboard.press('Escape');
    await expect.poll(() => focusedTexts(page)).toEqual([]);
    await page.close();
  });
});

// Dynamic pages in Chromium with the built extension. Fixtures (test/fixtures/pages/):
// spa-article.html (client-side routing: history.pushState swaps the <article> for another
// story) and late-content.html ("Read more" appends paragraphs; "Refresh prices" re-renders a
// highlighted sentence with identical new nodes).
// Covers: an SPA navigation clears the first story's highlights and highlights the second one
// (WXT's location-change event, then a new analysis), and the side panel's analysis follows;
// text that arrives late is analyzed and highlighted (bounded, debounced MutationObserver); a
// range broken by re-rendering is repaired (re-anchored) without reloading anything.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, e2eAvailable, launch, readHighlights, screenshot } from './harness';

// `chrome` inside worker.evaluate callbacks: they run in the extension's service worker.
declare const chrome: typeof import('wxt/browser').browser;

const run = e2eAvailable();
const HOST = 'magnetwire.example';

function painted(highlights: Record<string, string[]>): string[] {
  return Object.entries(highlights)
    .filter(([name]) => name !== 'lodestone-saved' && name !== 'lodestone-focus')
    .flatMap(([, texts]) => texts);
}

async function paintedNow(page: Page): Promise<string[]> {
  return painted(await readHighlights(page, 100));
}

describe.runIf(run)('dynamic pages', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await launch([
      {
        host: HOST,
        routes: {
          '/news/dysprosium-licences/': 'pages/spa-article.html',
          '/news/late/': 'pages/late-content.html',
        },
      },
    ]);
  });
  afterAll(async () => h?.close());

  it('follows a single-page-app navigation: old highlights cleared, the new story analyzed and highlighted', async () => {
    const page = await h.context.newPage();
    await page.goto(h.url(HOST, '/news/dysprosium-licences/'));
    const first = painted(await readHighlights(page));
    expect(first.some((t) => t.startsWith('Chinese authorities have tightened export licensing'))).toBe(true);

    await page.locator('#next-story').click();
    expect(new URL(page.url()).pathname).toBe('/news/saskatchewan-separation/');
    // The first story's sentences are no longer highlighted (they left the page with their article)…
    await expect.poll(async () => (await paintedNow(page)).some((t) => t.startsWith('Chinese authorities'))).toBe(false);
    // …and the second story's are, from a new analysis of the page as it is now.
    await expect
      .poll(async () => (await paintedNow(page)).some((t) => t.startsWith('The Saskatchewan Research Council said its rare earth separation plant doubled')))
      .toBe(true);
    const second = await paintedNow(page);
    expect(second.some((t) => t.startsWith('Prices for NdPr oxide in China fell 6%'))).toBe(true);
    expect(second.some((t) => t.startsWith('The province'))).toBe(false);
    // Every painted range lies in the page's live article.
    const live = await page.evaluate(() =>
      [...CSS.highlights]
        .filter(([name]) => name.startsWith('lodestone-'))
        .every(([, hl]) => [...hl].every((r) => (r as Range).startContainer.isConnected && !!(r as Range).startContainer.parentElement?.closest('[data-story="saskatchewan"]'))),
    );
    expect(live).toBe(true);

    // The tab's analysis (what the side panel shows) is the new story's.
    const analysisUrl = await h.worker.evaluate(async (href) => {
      const [tab] = await chrome.tabs.query({ url: href });
      const key = `analysis-${tab!.id}`;
      const stored = (await chrome.storage.session.get(key))[key] as { url: string; article: { title: string } } | undefined;
      return stored ? `${stored.url} | ${stored.article.title}` : null;
    }, page.url());
    expect(analysisUrl).toContain('/news/saskatchewan-separation/');
    expect(analysisUrl).toContain('Separation plant in Saskatchewan');
    await screenshot(page, 'spa-second-story');
    await page.close();
  });

  it('highlights signals that arrive after the first analysis ("Read more")', async () => {
    const page = await h.context.newPage();
    await page.goto(h.url(HOST, '/news/late/'));
    const before = painted(await readHighlights(page));
    expect(before.length).toBe(7);
    expect(before.some((t) => t.startsWith('Indonesia announced a ban'))).toBe(false);

    await page.locator('#read-more').click();
    await expect.poll(async () => (await paintedNow(page)).some((t) => t.startsWith('Indonesia announced a ban on exports of unprocessed rare earth concentrate'))).toBe(true);
    await expect.poll(async () => (await paintedNow(page)).some((t) => t.startsWith('Japanese magnet producers said they are stockpiling'))).toBe(true);
    // The closing sentence of the added text is not a signal.
    expect((await paintedNow(page)).some((t) => t.startsWith('The conference closed'))).toBe(false);
    await page.close();
  });

  it('repairs a highlight whose sentence the page re-rendered', async () => {
    const page = await h.context.newPage();
    await page.goto(h.url(HOST, '/news/late/'));
    await readHighlights(page);
    const sentence = 'Spot prices for dysprosium oxide in Rotterdam rose 18% in January, the steepest monthly increase since 2022.';
    expect((await readHighlights(page, 100))['lodestone-pricing']).toEqual([sentence]);

    // The re-render replaces the sentence's nodes: the range painted before now covers nothing.
    const broken = await page.evaluate(() => {
      const [old] = [...([...CSS.highlights].find(([k]) => k.startsWith('lodestone-pricing-'))?.[1] ?? [])] as Range[];
      (window as unknown as { oldRange: Range }).oldRange = old!;
      document.getElementById('refresh-prices')!.click();
      return old!.collapsed || old!.toString() === '';
    });
    expect(broken).toBe(true);
    // Repaired: a new live range over the new nodes, with the same text.
    await expect
      .poll(() =>
        page.evaluate(() => {
          const [range] = [...([...CSS.highlights].find(([k]) => k.startsWith('lodestone-pricing-'))?.[1] ?? [])] as Range[];
          const old = (window as unknown as { oldRange: Range }).oldRange;
          return range && range !== old && !range.collapsed && range.startContainer.isConnected ? range.toString() : null;
        }),
      )
      .toBe(sentence);
    await page.close();
  });
});

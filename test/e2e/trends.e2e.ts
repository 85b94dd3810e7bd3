// Trends in Chromium, through the built extension: with the reading log off, reading a rare-earth
// article stores nothing; turned on in the options page, three rare-earth articles are read (the
// seed article, which relays a state-affiliated source; a market report quoting prices; a magnet
// story); Trends shows their signals by week and category, the price series of the report, and
// the state share of the relaying page; a click on a bar filters the Library to exactly those
// signals, and a logged one is clipped from there; "Forget the reading log" empties it; turned off
// again, nothing more is stored. Screenshots of Trends in light and dark.
import type { Page, Worker } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, e2eAvailable, launch, openSidePanel, readHighlights, screenshot } from './harness';
import { clipRows, storeRows } from './extension-state';

const run = e2eAvailable();
const SEED_PATH = '/news/chinas-northern-rare-earth-group-tightens-grip-on-trade-strategy-heading-into-2026/';
const PRICE_PATH = '/markets/ndpr-oxide-climbs/';
const MAGNET_PATH = '/policy/dysprosium-licences/';

interface LogRow {
  text: string;
  category: string;
  url: string;
  sourceLabel: string;
  figures: { text: string; unit: string | null }[];
  seenAt: number;
}

/** The reading log's rows, raw IndexedDB in the service worker. */
const logRows = (worker: Worker) => storeRows<LogRow>(worker, 'readingLog');

describe.runIf(run)('Trends over the reading log', () => {
  let h: Harness;
  let options: Page;
  let panel: Page;

  beforeAll(async () => {
    h = await launch([
      { host: 'rareearthexchanges.com', routes: { [SEED_PATH]: 'seed-article.html' } },
      { host: 'oxidedesk.example', routes: { [PRICE_PATH]: 'pages/price-article.html' } },
      { host: 'magnetwire.example', routes: { [MAGNET_PATH]: 'pages/magnet-article-light.html' } },
    ]);
    options = await h.context.newPage();
    await options.goto(`chrome-extension://${h.extensionId}/options.html`);
  });
  afterAll(async () => h?.close());

  async function read(host: string, path: string): Promise<void> {
    const page = await h.context.newPage();
    await page.goto(h.url(host, path));
    expect(Object.keys(await readHighlights(page)).length).toBeGreaterThan(0);
    await page.close();
  }

  const logToggle = () => options.getByRole('checkbox', { name: 'Keep the signals of every rare-earth article I read' });

  it('stores nothing while the log is off (the default)', async () => {
    expect(await logToggle().isChecked()).toBe(false);
    await read('rareearthexchanges.com', SEED_PATH);
    // The analysis has run (highlights painted): the log would have been written by now.
    await new Promise((ok) => setTimeout(ok, 500));
    expect(await logRows(h.worker)).toEqual([]);
  });

  it('with the log on, keeps the signals of three rare-earth articles, once per sentence', async () => {
    await logToggle().check();
    await expect.poll(() => logToggle().isChecked()).toBe(true);
    await read('rareearthexchanges.com', SEED_PATH);
    await read('oxidedesk.example', PRICE_PATH);
    await read('magnetwire.example', MAGNET_PATH);
    await expect.poll(async () => new Set((await logRows(h.worker)).map((r) => r.url)).size, { timeout: 15_000 }).toBe(3);
    const before = (await logRows(h.worker)).length;
    // Read again: nothing new.
    await read('oxidedesk.example', PRICE_PATH);
    await new Promise((ok) => setTimeout(ok, 500));
    const rows = await logRows(h.worker);
    expect(rows.length).toBe(before);
    const price = rows.find((r) => r.text.startsWith('NdPr oxide prices rose to US$62 per kg'))!;
    expect(price.figures.map((f) => f.unit)).toEqual(['USD/kg', 'USD/kg']);
    expect(rows.filter((r) => r.url.includes('rareearthexchanges.com')).every((r) => r.sourceLabel.startsWith('Relays a state-affiliated source'))).toBe(true);
    await expect.poll(() => options.getByText(`${rows.length} signals in the log.`).count()).toBe(1);
  });

  it('shows the signals by week and category, the price series, and the state share of the relaying page', async () => {
    const rows = await logRows(h.worker);
    panel = await openSidePanel(h);
    await panel.getByRole('tab', { name: 'Trends' }).click();
    const summary = panel.locator('.trends__summary');
    await expect.poll(() => summary.innerText(), { timeout: 15_000 }).toMatch(new RegExp(`^${rows.length} signals, `));
    // All three read this week: one week holds them all.
    const byCategory = panel.getByRole('group', { name: /^Signals per week by category/ });
    const week = byCategory.getByRole('button', { name: new RegExp(`: ${rows.length} signals \\(`) });
    expect(await week.count()).toBe(1);
    const pricing = rows.filter((r) => r.category === 'pricing').length;
    expect(await week.getAttribute('aria-label')).toContain(`Pricing ${pricing}`);
    // The quoted prices: NdPr in dollars per kilogram (two quotes of one sentence), and the yuan series apart.
    const series = panel.getByRole('combobox', { name: /Material and unit/ });
    const choices = await series.locator('option').allInnerTexts();
    expect(choices).toContain('neodymium + praseodymium · USD/kg (2 quotes)');
    expect(choices).toContain('neodymium + praseodymium · CNY/t (1 quote)');
    await series.selectOption({ label: 'neodymium + praseodymium · USD/kg (2 quotes)' });
    // The quotes are a slider, one Tab stop: the newest first, arrows move, the tooltip names the source.
    const quotes = panel.getByRole('slider', { name: 'Quotes of neodymium + praseodymium · USD/kg, oldest to newest' });
    await quotes.focus();
    await panel.keyboard.press('Home');
    const tooltip = panel.locator('.chart__tooltip');
    const quote = /^US\$(62|58) per kg on \d{4}-\d{2}-\d{2}\. Source: Oxide Desk \(not state-linked\)$/;
    await expect.poll(() => tooltip.innerText()).toMatch(quote);
    const first = await tooltip.innerText();
    await panel.keyboard.press('ArrowRight');
    await expect.poll(() => tooltip.innerText()).not.toBe(first);
    expect(await tooltip.innerText()).toMatch(quote);
    expect(await quotes.getAttribute('aria-valuetext')).toBe(await tooltip.innerText());
    // Who is speaking: the relaying seed article's risk-governance signal is the category's only one.
    const seedRisk = rows.filter((r) => r.category === 'risk-governance');
    expect(seedRisk.length).toBeGreaterThan(0);
    expect(await panel.getByRole('button', { name: `Risk & governance: ${seedRisk.length} from state-linked sources (100%), show them` }).count()).toBe(1);
    const export_ = rows.filter((r) => r.category === 'export-control');
    const exportState = export_.filter((r) => r.url.includes('rareearthexchanges.com')).length;
    expect(await panel.getByRole('button', { name: new RegExp(`^Export control: ${exportState} from state-linked sources`) }).count()).toBe(1);
    expect(await panel.getByRole('button', { name: new RegExp(`^Export control: ${export_.length - exportState} from other sources`) }).count()).toBe(1);

    // The panel scrolls its view: the top (range, weekly charts), then the prices and who is speaking.
    for (const scheme of ['light', 'dark'] as const) {
      await panel.emulateMedia({ colorScheme: scheme });
      await panel.locator('.trends__summary').scrollIntoViewIfNeeded();
      await screenshot(panel, `trends-${scheme}`);
      await panel.locator('.chart', { hasText: 'Quoted prices' }).evaluate((el) => el.scrollIntoView());
      await screenshot(panel, `trends-prices-${scheme}`);
    }
    await panel.emulateMedia({ colorScheme: 'light' });
  });

  it('reaches the charts by keyboard: a week bar is one Tab stop and Enter opens its signals', async () => {
    const rows = await logRows(h.worker);
    const byCategory = panel.getByRole('group', { name: /^Signals per week by category/ });
    const week = byCategory.getByRole('button', { name: new RegExp(`: ${rows.length} signals \\(`) });
    await week.focus();
    expect(await week.evaluate((el) => el === document.activeElement)).toBe(true);
    await panel.keyboard.press('Enter');
    await expect.poll(() => panel.getByRole('tab', { name: 'Library' }).getAttribute('aria-selected')).toBe('true');
    await expect.poll(() => panel.locator('.selection__count').innerText()).toBe(`0 clips, ${rows.length} seen in your reading log and not clipped`);
    await panel.getByRole('button', { name: 'Show all clips' }).click();
  });

  it('a click on a quote’s dot shows its signal in the Library', async () => {
    await panel.getByRole('tab', { name: 'Trends' }).click();
    await panel.getByRole('combobox', { name: /Material and unit/ }).selectOption({ label: 'neodymium + praseodymium · USD/kg (2 quotes)' });
    const quotes = panel.getByRole('slider', { name: 'Quotes of neodymium + praseodymium · USD/kg, oldest to newest' });
    await quotes.focus();
    await panel.keyboard.press('End');
    // The dots are drawn as one path: the pointer's place picks the quote.
    const box = (await panel.locator('circle.chart__point--at').boundingBox())!;
    const newest = (await panel.locator('.chart__tooltip').innerText()).replace(/\. Source:.*$/, '');
    await panel.keyboard.press('Home');
    await panel.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await expect.poll(() => panel.getByRole('tab', { name: 'Library' }).getAttribute('aria-selected')).toBe('true');
    await expect.poll(() => panel.getByRole('region', { name: `From Trends: neodymium + praseodymium · USD/kg: ${newest}` }).count()).toBe(1);
    await expect.poll(() => panel.locator('.selection__count').innerText()).toBe('0 clips, 1 seen in your reading log and not clipped');
    await panel.getByRole('button', { name: 'Show all clips' }).click();
  });

  it('clicking a bar filters the Library to exactly its signals; one is clipped from there', async () => {
    const rows = await logRows(h.worker);
    await panel.getByRole('tab', { name: 'Trends' }).click();
    const seedRisk = rows.filter((r) => r.category === 'risk-governance');
    await panel.getByRole('button', { name: /^Risk & governance: \d+ from state-linked sources/ }).click();
    await expect.poll(() => panel.getByRole('tab', { name: 'Library' }).getAttribute('aria-selected')).toBe('true');
    const region = panel.getByRole('region', { name: 'From Trends: Risk & governance, state-linked sources' });
    await expect.poll(() => region.count()).toBe(1);
    const listed = panel.getByRole('list', { name: 'Seen in your reading log, not clipped' }).locator('.selection__text');
    // The logged rows are a live query: the list of the selection before may show for a moment.
    await expect.poll(async () => (await listed.allInnerTexts()).sort()).toEqual(seedRisk.map((r) => r.text).sort());
    // The list and the log rows need not share an order (rows logged in the same millisecond): clip the one the test names.
    await panel.locator('.selection__item').filter({ hasText: seedRisk[0]!.text }).getByRole('button', { name: 'Clip' }).click();
    await expect.poll(async () => (await clipRows(h.worker)).map((c) => c.text)).toEqual([seedRisk[0]!.text]);
    // Now a clip, no longer listed as only seen; the Library shows it under the selection.
    await expect.poll(() => panel.locator('.selection__count').innerText()).toMatch(/^1 clip/);
    expect(await panel.locator('.clip').count()).toBe(1);
    await screenshot(panel, 'trends-library-filtered');
    await panel.getByRole('button', { name: 'Show all clips' }).click();
  });

  it('"Forget the reading log" empties it; clips stay; with the log off nothing more is stored', async () => {
    await options.bringToFront();
    await options.getByRole('button', { name: 'Forget the reading log' }).click();
    await expect.poll(async () => (await logRows(h.worker)).length).toBe(0);
    await expect.poll(() => options.getByText('The reading log is empty. Your clips are untouched.').count()).toBe(1);
    expect((await clipRows(h.worker)).length).toBe(1);
    await logToggle().uncheck();
    await expect.poll(() => logToggle().isChecked()).toBe(false);
    await read('magnetwire.example', MAGNET_PATH);
    await new Promise((ok) => setTimeout(ok, 500));
    expect(await logRows(h.worker)).toEqual([]);
    // Trends now counts the one clip.
    await panel.bringToFront();
    await panel.getByRole('tab', { name: 'Trends' }).click();
    await expect.poll(() => panel.locator('.trends__summary').innerText()).toMatch(/^1 signal, /);
  });
});

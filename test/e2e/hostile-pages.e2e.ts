// Hostile pages, in Chromium with the built extension. Fixtures (test/fixtures/hostile/, each saying
// what it covers): csp-strict.html (served with `Content-Security-Policy: default-src 'none'` as an
// HTTP header), restyle-everything.html, page-globals.html, big-page.ts (10 MB, generated),
// mutating-forever.html, frames-and-shadows.html with frame-article.html. In every case: Lodestone
// works or steps back quietly, the page keeps working (its own button), no error reaches the page.
// The pages that rewrite their own globals are read from Lodestone's isolated world (CDP:
// test/e2e/content-world.ts), since Playwright's page.evaluate runs in the page's main world.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LATE_CONTENT_DEFAULTS } from '../../lib/anchoring/watch-late-content';
import { bigPage } from '../fixtures/hostile/big-page';
import { contentWorld } from './content-world';
import { countMessages, receivedMessages, storedClips } from './extension-state';
import { type Harness, e2eAvailable, launch, readHighlights, screenshot } from './harness';
import { channelGap, decodePng, dominantColour, paintedBehind } from './highlights-pixels';

const run = e2eAvailable();
const STATE = 'www.globaltimes.cn';
const SITE = 'magnetwire.example';
const CSP = "default-src 'none'; script-src 'nonce-hostile-csp-nonce'";
const FIRST = 'Chinese authorities have tightened export licensing';

/** Errors the page reports (uncaught exceptions, console errors other than a missing favicon). */
function pageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error' && !/favicon|404 \(Not Found\)/.test(m.text())) errors.push(m.text());
  });
  return errors;
}

/** The page's own button still works: a real click, its own handler, its own counter. */
async function pageButtonWorks(page: Page, button = '#page-button', count = '#page-count'): Promise<void> {
  const before = Number(await page.locator(count).innerText());
  await page.locator(button).click();
  await expect.poll(async () => Number(await page.locator(count).innerText())).toBe(before + 1);
}

/** Every lodestone-* element of the page (their names may carry a suffix when the page took ours). */
const lodestoneHosts = (page: Page, name: string) => page.locator(`xpath=//*[starts-with(local-name(), "${name}")]`);

describe.runIf(run)('hostile pages', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await launch([
      { host: STATE, routes: { '/restyle/': 'hostile/restyle-everything.html', '/globals/': 'hostile/page-globals.html' } },
      {
        host: SITE,
        routes: {
          '/csp/': { body: 'hostile/csp-strict.html', headers: { 'content-security-policy': CSP } },
          '/mutating/': 'hostile/mutating-forever.html',
          '/frames/': 'hostile/frames-and-shadows.html',
          '/big/': () => bigPage(10_000_000),
        },
      },
      { host: 'wire.example', routes: { '/frame/': 'hostile/frame-article.html' } },
    ]);
    await countMessages(h);
  });
  afterAll(async () => h?.close());

  it('works under a strict Content-Security-Policy (default-src none) without causing a violation', async () => {
    const page = await h.context.newPage();
    const errors = pageErrors(page);
    const response = await page.goto(h.url(SITE, '/csp/'));
    expect(response?.headers()['content-security-policy']).toBe(CSP);
    const highlights = await readHighlights(page);
    expect(Object.keys(highlights).length).toBeGreaterThanOrEqual(3);
    const { fill, pageBackground } = await paintedBehind(page, Object.keys(highlights).find((n) => highlights[n]!.some((t) => t.startsWith(FIRST)))!, FIRST);
    expect(channelGap(fill, pageBackground)).toBeGreaterThanOrEqual(20);
    // The card, styled (its shadow root's stylesheet is not subject to the page's CSP).
    const rect = await page.evaluate((first) => {
      for (const [, hl] of CSS.highlights) for (const r of hl) if ((r as Range).toString().startsWith(first)) return (r as Range).getClientRects()[0]!.toJSON() as DOMRect;
      return null;
    }, FIRST);
    await page.mouse.move(rect!.x + 10, rect!.y + rect!.height / 2);
    await expect.poll(() => page.locator('lodestone-card .card').count()).toBe(1);
    expect(await page.locator('lodestone-card').evaluate((el) => getComputedStyle(el).position)).toBe('fixed');
    expect(await page.locator('lodestone-card .card').evaluate((el) => getComputedStyle(el).borderTopLeftRadius)).toBe('10px');
    await pageButtonWorks(page);
    expect(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('does not let a page script clip for the reader: synthetic clicks and keys do nothing, a real click does', async () => {
    const page = await h.context.newPage();
    await page.goto(h.url(SITE, '/csp/'));
    await readHighlights(page);
    const clips = () => storedClips(h).then((c) => c.length);
    const before = await clips();
    const rect = await page.evaluate((first) => {
      for (const [, hl] of CSS.highlights) for (const r of hl) if ((r as Range).toString().startsWith(first)) return (r as Range).getClientRects()[0]!.toJSON() as DOMRect;
      return null;
    }, FIRST);
    await page.mouse.move(rect!.x + 10, rect!.y + rect!.height / 2);
    await expect.poll(() => page.locator('lodestone-card .card').count()).toBe(1);
    // The page's own script: clicks the card's button through its open shadow root, and presses
    // the reader's keys (next signal, clip) with synthetic events.
    await page.evaluate(() => {
      document.querySelector('lodestone-card')!.shadowRoot!.querySelector<HTMLButtonElement>('button.clip')!.click();
      for (const code of ['KeyJ', 'KeyC']) window.dispatchEvent(new KeyboardEvent('keydown', { code, key: code.slice(3).toLowerCase(), altKey: true, shiftKey: true, bubbles: true }));
    });
    await page.waitForTimeout(1_500);
    expect(await clips()).toBe(before);
    expect(await page.locator('lodestone-card .clip--saved').count()).toBe(0);
    // The reader's real click.
    await page.locator('lodestone-card button.clip').click();
    await expect.poll(() => page.locator('lodestone-card .clip--saved').count()).toBe(1);
    expect(await clips()).toBe(before + 1);
    await page.close();
  });

  it('keeps its highlight colours, banner and card on a page whose CSS restyles everything and targets them', async () => {
    const page = await h.context.newPage();
    const errors = pageErrors(page);
    await page.goto(h.url(STATE, '/restyle/'));
    const highlights = await readHighlights(page);
    const names = Object.keys(highlights);
    expect(names.length).toBeGreaterThanOrEqual(3);
    // The state-controlled banner, which the page tries to hide: shown, in the flow, full size. It
    // comes a moment after the highlights (its UI script is loaded once they are painted) and moves
    // the text down: the pixels are read once it is there.
    const banner = page.locator('lodestone-banner .banner');
    await expect.poll(() => banner.count()).toBe(1);
    // The page's ::highlight(lodestone-*) rules set a transparent background, !important: the fill is still painted.
    for (const name of names) {
      const { fill, pageBackground } = await paintedBehind(page, name, highlights[name]![0]!.slice(0, 30));
      expect(channelGap(fill, pageBackground), name).toBeGreaterThanOrEqual(20);
    }
    const box = (await banner.boundingBox())!;
    expect(box.width).toBeGreaterThan(600);
    expect(box.height).toBeGreaterThan(60);
    expect(await banner.innerText()).toContain('State-controlled publisher');
    await page.evaluate(() => window.scrollTo(0, 0));
    await screenshot(page, 'hostile-restyled-page');
    await pageButtonWorks(page);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('is unaffected by a page that breaks its own globals and prototypes and takes Lodestone’s tag names', async () => {
    const page = await h.context.newPage();
    const errors = pageErrors(page);
    await page.goto(h.url(STATE, '/globals/'));
    const world = await contentWorld(h.context, page);
    // The page's overrides are in force in its own world…
    expect(Number(await page.locator('html').getAttribute('data-hostile-overrides'))).toBeGreaterThanOrEqual(15);
    // …and not in Lodestone's: its globals are its own, and it painted the article.
    await expect.poll(() => world.evaluate(() => [...CSS.highlights.keys()].filter((k) => k.startsWith('lodestone-')).length), { timeout: 15_000 }).toBeGreaterThanOrEqual(3);
    const isolated = await world.evaluate(() => ({
      map: [1, 2].map((x) => x * 2).join(),
      json: JSON.parse('{"a":1}').a as number,
      trim: ' x '.trim(),
      promise: typeof Promise.resolve,
      observer: typeof MutationObserver,
      polluted: ({} as { polluted?: boolean }).polluted ?? false,
    }));
    expect(isolated).toEqual({ map: '2,4', json: 1, trim: 'x', promise: 'function', observer: 'function', polluted: false });
    // The banner (the state-controlled warning the page would like gone) and the card are there,
    // under a name the page could not take.
    await expect.poll(() => lodestoneHosts(page, 'lodestone-banner').count()).toBeGreaterThanOrEqual(1);
    const banner = lodestoneHosts(page, 'lodestone-banner').locator('.banner');
    await expect.poll(() => banner.count()).toBe(1);
    expect(await banner.innerText()).toContain('State-controlled publisher');
    const rect = await world.evaluate((first) => {
      for (const [, hl] of CSS.highlights) for (const r of hl) if ((r as Range).toString().startsWith(first)) return (r as Range).getClientRects()[0]!.toJSON() as DOMRect;
      return null;
    }, FIRST);
    await page.mouse.move(rect!.x + 10, rect!.y + rect!.height / 2);
    await expect.poll(() => lodestoneHosts(page, 'lodestone-card').locator('.card').count()).toBe(1);
    // Pixels: the highlight is painted.
    const png = await page.screenshot({ clip: { x: rect!.x, y: rect!.y, width: Math.min(rect!.width, 300), height: rect!.height } });
    // The page has no background colour of its own: white.
    expect(channelGap(dominantColour(decodePng(png)), [255, 255, 255])).toBeGreaterThanOrEqual(20);
    await pageButtonWorks(page);
    expect(errors).toEqual([]);
    await world.close();
    await page.close();
  });

  it('stays out of the way of a 10 MB page: the page answers, and Lodestone highlights it or steps back', async () => {
    const page = await h.context.newPage();
    const errors = pageErrors(page);
    await page.goto(h.url(SITE, '/big/'), { timeout: 60_000 });
    expect(await page.evaluate(() => document.documentElement.outerHTML.length)).toBeGreaterThan(9_500_000);
    // The page's button answers throughout: clicked while the analysis runs, and after.
    for (let i = 0; i < 3; i++) {
      await pageButtonWorks(page);
      await page.waitForTimeout(1_000);
    }
    const highlights = await readHighlights(page, 60_000);
    const painted = Object.values(highlights).flat();
    console.info(`10 MB page: ${painted.length} highlights`);
    if (painted.length > 0) expect(painted.some((t) => t.startsWith(FIRST))).toBe(true);
    await pageButtonWorks(page);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('bounds its work on a page that mutates its DOM forever: re-analyses stop at the cap', async () => {
    const { maxRuns, minIntervalMs, maxWaitMs } = LATE_CONTENT_DEFAULTS;
    const analyses = async () => (await receivedMessages(h)).seen.get('reader:analyze') ?? 0;
    const before = await analyses();
    const page = await h.context.newPage();
    const errors = pageErrors(page);
    await page.goto(h.url(SITE, '/mutating/'));
    expect(Object.keys(await readHighlights(page)).length).toBeGreaterThan(0);
    // The page adds a sentence-sized paragraph every 100 ms, forever: each report of the observer
    // warrants a new analysis, at most one per minIntervalMs and maxRuns per article.
    await expect.poll(async () => (await analyses()) - before, { timeout: maxRuns * (minIntervalMs + maxWaitMs) + 15_000, interval: 500 }).toBe(maxRuns);
    await page.waitForTimeout(2 * (minIntervalMs + maxWaitMs));
    expect((await analyses()) - before).toBe(maxRuns);
    // Still highlighted, and the page still works.
    expect(Object.keys(await readHighlights(page, 100)).length).toBeGreaterThan(0);
    await pageButtonWorks(page);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('leaves frames and shadow roots alone and keeps every button of the page working', async () => {
    const candidates = async () => (await receivedMessages(h)).seen.get('gate:candidate') ?? 0;
    const before = await candidates();
    const page = await h.context.newPage();
    const errors = pageErrors(page);
    await page.goto(h.url(SITE, '/frames/'));
    const highlights = await readHighlights(page);
    const texts = Object.values(highlights).flat();
    expect(texts.some((t) => t.startsWith(FIRST))).toBe(true);
    // Only the top frame's gate spoke, although both frames hold rare-earth articles.
    await page.waitForTimeout(2_000);
    expect((await candidates()) - before).toBe(1);
    const framed = page.frameLocator('#cross-origin');
    expect(await framed.locator('lodestone-banner, lodestone-card').count()).toBe(0);
    // The buttons: top frame, in an open shadow root, in a nested one, in both frames.
    await pageButtonWorks(page);
    const box = page.locator('market-box').first();
    await box.locator('button').first().click();
    expect(await box.locator('.votes').first().innerText()).toBe('1');
    await framed.locator('#frame-button').click();
    expect(await framed.locator('#frame-count').innerText()).toBe('1');
    await page.frameLocator('#same-origin').locator('#inner').click();
    expect(await page.frameLocator('#same-origin').locator('#inner').innerText()).toBe('clicked');
    expect(errors).toEqual([]);
    await page.close();
  });
});

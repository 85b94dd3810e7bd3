// Lodestone in a real Firefox (Debian's firefox-esr, WebDriver BiDi; test/firefox/firefox-harness.ts),
// built as for addons.mozilla.org (.output/firefox-mv3) and installed with the site access Firefox
// grants by default. The Chromium suite's scenarios, where they apply: the seed article and its
// damaged-encoding twin (every `must` statement highlighted, no `never` one, the relay banner), a
// page that is not about rare earths left untouched, hover card → Clip → the sidebar's Library lists
// it, a revisit shows it saved, a single-page-app navigation, an option taking effect in an open page,
// no request made by the extension, no error in its console. Screenshots (artifacts/screenshots/,
// or docs/screenshots/ with `npm run screenshots`): the article, and the window with the sidebar.
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXTENSION_ORIGIN, EXTENSION_UUID, type FirefoxHarness, firefoxAvailable, launchFirefox } from './firefox-harness';
import { highlightPoint } from '../e2e/highlight-point';
import { waitInShadow } from './wait-in-shadow';
import { readHighlights, screenshot } from './page-highlights';
import { SEED_HOST, SEED_PATH, bannerText, expected, mustAndNever, painted } from './seed-expected';

declare const browser: typeof import('wxt/browser').browser;

const TWIN_PATH = '/news/seed-mojibake/';
const PLAIN_HOST = 'commoditywire.example';
const PLAIN_PATH = '/markets/coffee-futures/';
const SPA_HOST = 'magnetwire.example';
const SPA_PATH = '/news/dysprosium-licences/';

const run = firefoxAvailable();

describe.runIf(run)('Lodestone in Firefox', () => {
  let h: FirefoxHarness;
  let page: Page;
  beforeAll(async () => {
    h = await launchFirefox([
      { host: SEED_HOST, routes: { [SEED_PATH]: 'seed-article.html', [TWIN_PATH]: 'seed-article-mojibake.html' } },
      { host: PLAIN_HOST, routes: { [PLAIN_PATH]: 'non-rare-earth-article.html' } },
      { host: SPA_HOST, routes: { [SPA_PATH]: 'pages/spa-article.html' } },
    ]);
    page = (await h.browser.pages())[0] ?? (await h.newPage());
  });
  afterAll(async () => h?.close());

  it('starts as an MV3 add-on with every site granted, and opens no page of its own at install', async () => {
    const helper = await h.helper();
    const state = await helper.evaluate(async () => ({
      manifest: browser.runtime.getManifest(),
      origins: (await browser.permissions.getAll()).origins ?? [],
      url: location.href,
    }));
    expect(state.manifest.manifest_version).toBe(3);
    expect(state.url.startsWith(EXTENSION_ORIGIN)).toBe(true);
    expect(state.origins).toEqual(expect.arrayContaining(['http://*/*', 'https://*/*']));
    // The options page opens at install only when no site is granted (site-access.e2e.ts).
    expect((await h.tabs()).filter((t) => t.url.startsWith(EXTENSION_ORIGIN)).map((t) => t.url)).toEqual([`${EXTENSION_ORIGIN}/options.html`]);
  });

  it('highlights every must statement of the seed article and no never statement', async () => {
    await page.goto(h.url(SEED_HOST, SEED_PATH));
    const highlights = await readHighlights(page);
    const result = mustAndNever(highlights);
    console.info(`Firefox, seed: ${result.must}/${expected.must.length} must statements highlighted, ${result.never.length}/${expected.never.length} never statements`);
    expect(result.missing).toEqual([]);
    expect(result.never).toEqual([]);
    for (const name of Object.keys(highlights)) expect(name).toMatch(/^lodestone-[a-z-]+$/);
    // Highlights never wrap the page's text in elements.
    expect(await page.$$eval('article p mark, article p lodestone-mark', (els) => els.length)).toBe(0);
  });

  it('shows the relay banner above the article, naming the origin and quoting the evidence', async () => {
    const text = await bannerText(page);
    expect(text).toContain('Relays a state-affiliated source');
    expect(text).toContain("Northern Rare Earth Group's International Trade Company");
    expect(text).toContain('state-affiliated International Trade Company');
    expect(text).toContain('Disclaimer: This news item originates from a media outlet affiliated with a Chinese state-owned enterprise.');
    const [bannerBottom, titleTop] = await page.evaluate(() => [
      document.querySelector('lodestone-banner')!.getBoundingClientRect().bottom,
      document.querySelector('article h1')!.getBoundingClientRect().top,
    ]);
    expect(bannerBottom).toBeLessThanOrEqual(titleTop! + 1);
    await screenshot(page, 'firefox-seed-article');
  });

  it('does the same on the damaged-encoding twin', async () => {
    const twin = await h.newPage();
    await twin.goto(h.url(SEED_HOST, TWIN_PATH));
    const result = mustAndNever(await readHighlights(twin));
    console.info(`Firefox, mojibake twin: ${result.must}/${expected.must.length} must, ${result.never.length}/${expected.never.length} never`);
    expect(result.missing).toEqual([]);
    expect(result.never).toEqual([]);
    expect(await bannerText(twin)).toContain("Northern Rare Earth Group's International Trade Company");
    await twin.close();
  });

  it('leaves a commodity page that is not about rare earths untouched', async () => {
    const other = await h.newPage();
    await other.goto(h.url(PLAIN_HOST, PLAIN_PATH));
    // Long enough for the gate, the analysis and an injection to have happened, were they coming.
    await new Promise((r) => setTimeout(r, 3_000));
    expect(await readHighlights(other, 100)).toEqual({});
    expect(await other.$$eval('lodestone-banner, lodestone-card', (els) => els.length)).toBe(0);
    await other.close();
  });

  it('opens the signal card on hover and clips the statement with one click', async () => {
    await page.bringToFront();
    const quote = expected.must[0]!.quote;
    const point = await page.evaluate(highlightPoint, [quote, true] as [string, boolean]);
    expect(point).not.toBeNull();
    await page.mouse.move(point!.x, point!.y);
    await waitInShadow(page, 'lodestone-card', '.card').catch(async (err: unknown) => {
      // What the page looked like when the card did not come: enough to tell a missed aim from a hidden tab.
      const state = await page.evaluate(({ x, y }) => ({
        visibility: document.visibilityState,
        focus: document.hasFocus(),
        under: document.elementFromPoint(x, y)?.outerHTML.slice(0, 120) ?? null,
        fonts: [...document.fonts].map((f) => `${f.family}:${f.status}`).slice(0, 5),
      }), point!);
      throw new Error(`no card after hovering ${JSON.stringify(point)}: ${JSON.stringify(state)}`, { cause: err });
    });
    const card = await page.$eval('lodestone-card >>> .card', (el) => (el as HTMLElement).innerText);
    expect(card).toContain('Market expansion');
    await screenshot(page, 'firefox-hover-card');
    // A real click (BiDi input): the reader ignores synthetic ones.
    await (await page.$('lodestone-card >>> button.clip'))!.click();
    // Polled: puppeteer's waitForSelector watches the document's mutations, not a shadow root's.
    await expect.poll(async () => (await page.$('lodestone-card >>> button.clip--saved')) !== null).toBe(true);
    await expect.poll(async () => ((await readHighlights(page, 100))['lodestone-saved'] ?? []).some((t) => t.startsWith(quote))).toBe(true);
  });

  it("lists the clip in the sidebar's Library, with its site, source label and passage link", async () => {
    await h.openSidebar();
    await expect.poll(() => h.inSidebar((view) => !!view.document.querySelector('[role="tab"]')).catch(() => false)).toBe(true);
    await h.inSidebar((view) => {
      const tab = [...view.document.querySelectorAll<HTMLElement>('[role="tab"]')].find((t) => t.textContent === 'Library');
      tab!.click();
    });
    const quote = expected.must[0]!.quote;
    const item = () =>
      h.inSidebar((view, q: string) => {
        const clip = [...view.document.querySelectorAll<HTMLElement>('.clip')].find((c) => c.innerText.includes(q));
        return clip ? { text: clip.innerText, href: clip.querySelector('a')?.getAttribute('href') ?? '' } : null;
      }, quote);
    await expect.poll(async () => (await item()) !== null).toBe(true);
    const clip = (await item())!;
    expect(clip.text).toContain('rareearthexchanges.com');
    expect(clip.text).toContain('Relays a state-affiliated source');
    expect(clip.href).toContain('#:~:text=');
    await page.bringToFront();
    // Escape closes the card: the screenshot shows the page as it reads.
    await page.keyboard.press('Escape');
    await expect.poll(async () => (await page.$('lodestone-card >>> .card')) === null).toBe(true);
    await page.evaluate(() => document.querySelector('article h2')?.scrollIntoView());
    await h.windowScreenshot('firefox-sidebar-library');
    // "This page" follows the article in the active tab.
    await h.inSidebar((view) => [...view.document.querySelectorAll<HTMLElement>('[role="tab"]')].find((t) => t.textContent === 'This page')!.click());
    await expect.poll(() => h.inSidebar((view) => view.document.querySelectorAll('.signal').length)).toBeGreaterThanOrEqual(expected.must.length);
    await page.evaluate(() => window.scrollTo(0, 0));
    await h.windowScreenshot('firefox-sidebar-this-page');
  });

  it('shows the clipped statement as saved on a new visit', async () => {
    const again = await h.newPage();
    await again.goto(h.url(SEED_HOST, SEED_PATH));
    await again.waitForFunction(() => [...CSS.highlights.keys()].some((k) => k.startsWith('lodestone-saved-')), { timeout: 15_000, polling: 100 });
    const saved = (await readHighlights(again))['lodestone-saved'] ?? [];
    expect(saved).toHaveLength(1);
    expect(saved[0]!.startsWith(expected.must[0]!.quote)).toBe(true);
    // One clip in the library (the extension's IndexedDB, read from an extension page).
    const rows = await (await h.helper()).evaluate(
      () =>
        new Promise<string[]>((resolve, reject) => {
          const open = indexedDB.open('lodestone');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const all = open.result.transaction('clips').objectStore('clips').getAll();
            all.onsuccess = () => resolve((all.result as { text: string }[]).map((c) => c.text));
            all.onerror = () => reject(all.error);
          };
        }),
    );
    expect(rows).toHaveLength(1);
    await again.close();
  });

  it('follows a single-page-app navigation: old highlights cleared, the new story highlighted', async () => {
    const spa = await h.newPage();
    await spa.goto(h.url(SPA_HOST, SPA_PATH));
    expect(painted(await readHighlights(spa)).some((p) => p.text.startsWith('Chinese authorities have tightened export licensing'))).toBe(true);
    await spa.click('#next-story');
    expect(new URL(spa.url()).pathname).toBe('/news/saskatchewan-separation/');
    const now = async () => painted(await readHighlights(spa, 100)).map((p) => p.text);
    await expect.poll(async () => (await now()).some((t) => t.startsWith('Chinese authorities'))).toBe(false);
    await expect.poll(async () => (await now()).some((t) => t.startsWith('The Saskatchewan Research Council said its rare earth separation plant doubled'))).toBe(true);
    expect((await now()).some((t) => t.startsWith('Prices for NdPr oxide in China fell 6%'))).toBe(true);
    await spa.close();
  });

  it('applies an option to the open article at once (a category unticked, then ticked again)', async () => {
    await page.bringToFront();
    const names = async () => Object.keys(await readHighlights(page, 100));
    expect(await names()).toContain('lodestone-pricing');
    const options = await h.extensionTab('/options.html', { foreground: true });
    await expect.poll(() => options.evaluate(() => document.querySelectorAll('input[type="checkbox"]').length)).toBeGreaterThan(5);
    const pricing = await options.evaluate(() => {
      const label = [...document.querySelectorAll('label')].find((l) => l.textContent?.trim() === 'Pricing');
      label?.querySelector('input')?.setAttribute('data-test', 'pricing');
      return !!label;
    });
    expect(pricing).toBe(true);
    await options.click('input[data-test="pricing"]');
    await expect.poll(names).not.toContain('lodestone-pricing');
    expect(await names()).toContain('lodestone-inventory');
    const stored = await options.evaluate(async () => ((await browser.storage.local.get('settings')).settings as { categories: string[] }).categories);
    expect(stored).not.toContain('pricing');
    await options.click('input[data-test="pricing"]');
    await expect.poll(names).toContain('lodestone-pricing');
    await options.close();
  });

  it('makes no request of its own (a control request from an extension page is caught)', async () => {
    const requests = await h.requests();
    const ours = (r: { addonId: string; by: string }) => r.addonId === h.addonId || r.by.includes(EXTENSION_UUID);
    expect(requests.filter(ours)).toEqual([]);
    // The pages Firefox fetched from the fixture server are the ones the tests opened (and favicons).
    const opened = new Set([SEED_PATH, TWIN_PATH, PLAIN_PATH, SPA_PATH, '/favicon.ico']);
    expect(h.served.filter((r) => !opened.has(r.path)).map((r) => `${r.host}${r.path}`)).toEqual([]);

    await (await h.helper()).evaluate(() => fetch('http://control.example/lodestone-control').then(
      () => 'answered',
      () => 'failed',
    ));
    await expect.poll(async () => (await h.requests()).filter(ours).map((r) => r.url)).toContain('http://control.example/lodestone-control');
  });

  it('logs no error of its own in the console (a control error is caught)', async () => {
    expect(h.extensionErrors()).toEqual([]);
    const helper = await h.helper();
    await helper.evaluate(() => {
      console.error('[lodestone] control error');
      setTimeout(() => {
        throw new Error('control uncaught error');
      });
    });
    await expect.poll(() => h.extensionErrors().join('\n')).toContain('[lodestone] control error');
    await expect.poll(() => h.extensionErrors().join('\n')).toContain('control uncaught error');
  });
});

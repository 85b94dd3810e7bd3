// Firefox MV3 treats host permissions as optional: a reader can install Lodestone without access to
// any website (here: extensions.originControls.grantByDefault off, as for a reader who withheld it)
// and then the gate runs nowhere. Covers, in a real Firefox (test/firefox/firefox-harness.ts): the
// options page opens at install and asks; pages stay untouched; the sidebar asks too; the reader
// clicks "Allow on all websites" and answers Firefox's own prompt — declined, Lodestone stays
// inactive; allowed, the next page load is analyzed and highlighted. No extension error throughout.
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BidiTab } from './bidi-tab';
import { EXTENSION_ORIGIN, type FirefoxHarness, firefoxAvailable, launchFirefox } from './firefox-harness';
import { readHighlights } from './page-highlights';
import { SEED_HOST, SEED_PATH, bannerText, expected, mustAndNever } from './seed-expected';

declare const browser: typeof import('wxt/browser').browser;

const run = firefoxAvailable();
const ASKING = 'Lodestone cannot read the pages you open';
const ALLOW = '.site-access button.primary';

describe.runIf(run)('Firefox without site access', () => {
  let h: FirefoxHarness;
  let page: Page;
  let options: BidiTab;
  beforeAll(async () => {
    h = await launchFirefox([{ host: SEED_HOST, routes: { [SEED_PATH]: 'seed-article.html' } }], { grantSites: false });
  });
  afterAll(async () => h?.close());

  /** Firefox's permission prompt (a doorhanger in the browser window): waits for it and answers it. */
  async function answerPrompt(allow: boolean): Promise<string> {
    const open = () =>
      h.inChrome(() => {
        const n = document.getElementById('addon-webext-permissions-notification');
        return !!n && !n.hidden && (document.getElementById('notification-popup') as unknown as { state: string } | null)?.state === 'open';
      });
    await expect.poll(open).toBe(true);
    return h.inChrome((yes: boolean) => {
      const n = document.getElementById('addon-webext-permissions-notification') as unknown as HTMLElement & { button: HTMLElement; secondaryButton: HTMLElement };
      const text = n.textContent?.replace(/\s+/g, ' ').trim() ?? '';
      (yes ? n.button : n.secondaryButton).click();
      return text;
    }, allow);
  }

  /** Nothing painted, no banner, a few seconds after loading the seed article. */
  async function untouched(): Promise<void> {
    await page.goto(h.url(SEED_HOST, SEED_PATH));
    await new Promise((r) => setTimeout(r, 3_000));
    expect(await readHighlights(page, 100)).toEqual({});
    expect(await page.$$eval('lodestone-banner', (els) => els.length)).toBe(0);
  }

  it('opens the options page at install, saying Lodestone cannot read pages, and asking', async () => {
    await expect.poll(async () => (await h.tabs()).some((t) => t.url === `${EXTENSION_ORIGIN}/options.html`)).toBe(true);
    options = h.tab((await h.tabs()).find((t) => t.url === `${EXTENSION_ORIGIN}/options.html`)!.context);
    // Opened only now: Firefox shows the options page in a blank tab it finds, and would take this one.
    page = await h.newPage();
    await expect.poll(() => options.evaluate(() => document.body.innerText)).toContain(ASKING);
    expect(await options.evaluate(() => document.querySelector('.site-access button.primary')?.textContent)).toBe('Allow on all websites');
    expect(await options.evaluate(async () => (await browser.permissions.getAll()).origins)).toEqual([]);
    await options.screenshot('firefox-site-access-options');
  });

  it('leaves an article untouched without access', async () => {
    await untouched();
  });

  it('asks in the sidebar too', async () => {
    await page.bringToFront();
    await h.openSidebar();
    await expect.poll(() => h.inSidebar((view) => view.document.body.innerText).catch(() => '')).toContain(ASKING);
    await h.windowScreenshot('firefox-sidebar-site-access');
  });

  it('stays inactive when the reader declines in Firefox’s prompt', async () => {
    await options.activate();
    await options.click(ALLOW);
    const prompt = await answerPrompt(false);
    console.info(`Firefox's prompt: "${prompt}"`);
    expect(prompt).toContain('Access your data for all websites');
    await expect.poll(() => options.evaluate(() => document.body.innerText)).toContain('Not allowed: Lodestone stays inactive on every page.');
    expect(await options.evaluate(async () => (await browser.permissions.getAll()).origins)).toEqual([]);
    await page.bringToFront();
    await untouched();
  });

  it('reads and highlights the next page load once the reader allows it', async () => {
    await options.activate();
    await options.click(ALLOW);
    await answerPrompt(true);
    await expect.poll(() => options.evaluate(() => document.body.innerText)).toContain('Lodestone may now read the pages you open');
    expect(await options.evaluate(async () => (await browser.permissions.getAll()).origins)).toEqual(expect.arrayContaining(['http://*/*', 'https://*/*']));
    // The sidebar follows the grant (permissions.onAdded) and stops asking.
    await expect.poll(() => h.inSidebar((view) => view.document.body.innerText)).not.toContain(ASKING);
    await page.bringToFront();
    await page.goto(h.url(SEED_HOST, SEED_PATH));
    const result = mustAndNever(await readHighlights(page));
    expect(result.missing).toEqual([]);
    expect(result.never).toEqual([]);
    expect(result.must).toBe(expected.must.length);
    expect(await bannerText(page)).toContain('Relays a state-affiliated source');
  });

  it('logs no error of its own in the console', () => {
    expect(h.extensionErrors()).toEqual([]);
  });
});

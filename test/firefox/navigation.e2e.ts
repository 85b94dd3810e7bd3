// Client-side navigation in a real Firefox (issue 15; test/firefox/firefox-harness.ts): the
// Chromium scenarios of test/e2e/navigation.e2e.ts that Firefox has the events for. A news site's
// front page, which the gate passes over, routes into the seed article with history.pushState
// (webNavigation.onHistoryStateUpdated in Firefox too) → every `must` statement highlighted and the
// relay banner; back to the front page → nothing; the same app with hash routes (#/news/…,
// onReferenceFragmentUpdated). Firefox has no speculation-rules prerendering, and injects declared
// content scripts into the tabs already open at install and enable itself.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FirefoxHarness, firefoxAvailable, launchFirefox } from './firefox-harness';
import { readHighlights, screenshot } from './page-highlights';
import { SEED_PATH, bannerText, mustAndNever, painted } from './seed-expected';

const run = firefoxAvailable();
/** A general news site: its address says nothing of rare earths (the gate reads the address too). */
const HOST = 'www.harbourledger.example';

describe.runIf(run)('client-side navigation in Firefox', () => {
  let h: FirefoxHarness;
  beforeAll(async () => {
    h = await launchFirefox([
      { host: HOST, routes: { '/': 'pages/nav-news-app.html', '/app/': 'pages/nav-news-app.html', [`/content${SEED_PATH}`]: 'seed-article.html' } },
    ]);
  });
  afterAll(async () => h?.close());

  for (const [router, path] of [
    ['history.pushState', '/'],
    ['hash routes', '/app/'],
  ] as const) {
    it(`front page → a rare-earth story by ${router}: highlighted with its banner; back to the front page: nothing`, async () => {
      const page = await h.newPage();
      await page.goto(h.url(HOST, path));
      await page.waitForSelector('#story-link');
      await new Promise((r) => setTimeout(r, 1_500));
      expect(painted(await readHighlights(page, 100))).toEqual([]);

      await page.click('#story-link');
      await expect.poll(async () => mustAndNever(await readHighlights(page, 100)).missing, { timeout: 20_000 }).toEqual([]);
      expect(mustAndNever(await readHighlights(page, 100)).never).toEqual([]);
      expect(await bannerText(page)).toContain('Relays a state-affiliated source');
      await screenshot(page, `firefox-navigation-${router === 'hash routes' ? 'hash' : 'pushstate'}-story`);

      // history.back(), not page.goBack(): a same-document step back has no load for puppeteer to await.
      await page.evaluate(() => history.back());
      await page.waitForSelector('#story-link');
      await expect.poll(async () => painted(await readHighlights(page, 100)).length).toBe(0);
      await expect.poll(() => page.$$eval('lodestone-banner', (els) => els.filter((el) => el.shadowRoot?.querySelector('.banner')).length)).toBe(0);
      await page.close();
    });
  }

  it('logs no error from the extension', () => {
    expect(h.extensionErrors()).toEqual([]);
  });
});

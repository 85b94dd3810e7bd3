import type { Page } from 'puppeteer-core';

/**
 * Waits until `host >>> inner` is in the page, checking every 100 ms. Not `waitForSelector`: under
 * BiDi puppeteer re-checks a selector on the document's mutations, and the reader's UI renders inside
 * a shadow root, which the document's observer does not see. When the card rendered after the first
 * check (a loaded machine: CI, or this one with two busy cores), the wait ran out with the card on screen.
 */
export async function waitInShadow(page: Page, host: string, inner: string, timeout = 15_000): Promise<void> {
  await page.waitForFunction(
    (h: string, i: string) => document.querySelector(h)?.shadowRoot?.querySelector(i) != null,
    { timeout, polling: 100 },
    host,
    inner,
  );
}

import type { Page } from 'puppeteer-core';
import { savePng } from './bidi-tab';

/** Waits until the page painted Lodestone's highlights (or the timeout passes) and returns their texts by kind (the name without the reader's token). */
export async function readHighlights(page: Page, timeout = 15_000): Promise<Record<string, string[]>> {
  await page.waitForFunction(() => [...CSS.highlights.keys()].some((k) => k.startsWith('lodestone-')), { timeout, polling: 100 }).catch(() => {});
  return page.evaluate(() => {
    const out: Record<string, string[]> = {};
    for (const [name, h] of CSS.highlights) {
      if (!name.startsWith('lodestone-')) continue;
      out[name.replace(/-[a-z0-9]{12}$/, '')] = [...h].map((r) => (r as Range).toString().replace(/\s+/g, ' ').trim());
    }
    return out;
  });
}

/** The page's viewport into SCREENSHOTS/<name>.png. */
export async function screenshot(page: Page, name: string): Promise<string> {
  return savePng(name, Buffer.from(await page.screenshot()));
}

// The seed article's acceptance case (test/fixtures/seed-article.expected.json), read the way the
// Chromium suite reads it (test/e2e/seed-article.e2e.ts): each `must` quote is the start of a
// highlighted sentence, no `never` quote is inside one, after folding quotes, spaces and mojibake.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { waitInShadow } from './wait-in-shadow';
import type { Page } from 'puppeteer-core';
import { repairMojibake } from '../../lib/analysis/repair-mojibake';
import { FIXTURES } from '../e2e/harness';

export const expected = JSON.parse(readFileSync(join(FIXTURES, 'seed-article.expected.json'), 'utf8')) as {
  must: { quote: string; category: string }[];
  never: string[];
};
export const SEED_HOST = 'rareearthexchanges.com';
export const SEED_PATH = '/news/chinas-northern-rare-earth-group-tightens-grip-on-trade-strategy-heading-into-2026/';

export const fold = (t: string) => repairMojibake(t).replace(/[’‘]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, ' ').trim();

/** Highlighted sentences (folded) by category, without the saved and focus marks. */
export function painted(highlights: Record<string, string[]>): { category: string; text: string }[] {
  return Object.entries(highlights)
    .filter(([name]) => name !== 'lodestone-saved' && name !== 'lodestone-focus')
    .flatMap(([name, texts]) => texts.map((text) => ({ category: name.slice('lodestone-'.length), text: fold(text) })));
}

/** The `must` statements highlighted (count, and the quotes missing) and the `never` ones highlighted. */
export function mustAndNever(highlights: Record<string, string[]>): { must: number; missing: string[]; never: string[] } {
  const texts = painted(highlights);
  const missing = expected.must.filter((m) => !texts.some((p) => p.text.startsWith(fold(m.quote)))).map((m) => m.quote);
  const never = expected.never.filter((n) => texts.some((p) => p.text.includes(fold(n))));
  return { must: expected.must.length - missing.length, missing, never };
}

/** The source banner's text (folded), once the reader shows it. */
export async function bannerText(page: Page): Promise<string> {
  await waitInShadow(page, 'lodestone-banner', '.banner');
  return fold(await page.$eval('lodestone-banner >>> .banner', (el) => (el as HTMLElement).innerText));
}

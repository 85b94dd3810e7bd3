// Hard-wrapped wire copy in Chromium with the built extension (issue 12: real input as it comes).
// Fixture: test/fixtures/pages/wrapped-wire-article.html, a wire story pasted with a <br> after
// every line, written for the test. Covers: the lines a <br> breaks inside a sentence are read as
// one sentence (wrapped-lines.ts), so each signal is found and highlighted across its line breaks in
// its category; the trader's remark and the related-story line stay unhighlighted; the hover card
// opens on a wrapped signal. Screenshot with the card open.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { highlightPoint } from './highlight-point';
import { type Harness, e2eAvailable, launch, readHighlights, screenshot, signalHighlights } from './harness';

const run = e2eAvailable();
const HOST = 'www.wire-archive.example';

const SIGNALS = [
  // category, text of its first line, a word of its last line
  ['pricing', 'ROTTERDAM, Oct 14', 'last year'],
  ['export-control', 'Under that regime', 'used for'],
  ['trade-policy', 'Hunan province also capped', 'provincial notice'],
  ['investment-deal', 'In a separate filing', 'concentrator'],
] as const;

describe.runIf(run)('hard-wrapped wire copy', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await launch([{ host: HOST, routes: { '/metals/antimony.html': 'pages/wrapped-wire-article.html' } }]);
  });
  afterAll(async () => h?.close());

  it('highlights each signal across its line breaks, in its category, and nothing else', async () => {
    const page = await h.context.newPage();
    await page.goto(h.url(HOST, '/metals/antimony.html'));
    const highlights = await readHighlights(page);
    for (const [category, first, last] of SIGNALS) {
      const texts = highlights[`lodestone-${category}`] ?? [];
      // One highlight from the first line to the last: the sentence, not a fragment of it.
      expect(texts.some((t) => t.startsWith(first) && t.includes(last)), `${category}: ${first} … ${last} in ${JSON.stringify(texts)}`).toBe(true);
    }
    const all = signalHighlights(highlights).flatMap(([, v]) => v);
    for (const text of ['Nobody wants to sell', 'Related: Bismuth']) expect(all.some((t) => t.includes(text)), text).toBe(false);

    const point = await page.evaluate(highlightPoint, ['Under that regime', false] as [string, boolean]);
    expect(point).not.toBeNull();
    await page.mouse.move(point!.x, point!.y);
    const card = page.locator('lodestone-card .card');
    await expect.poll(() => card.count(), { timeout: 10_000 }).toBe(1);
    expect(await card.innerText()).toContain('Export control');
    await screenshot(page, 'wrapped-wire-card');
    await page.close();
  });
});

// A standfirst outside the story's <article>, in Chromium with the built extension (issue 12: real
// input as it comes). Fixture: test/fixtures/pages/standfirst-article.html, written for the test:
// the lead under the headline carries the story's main signal and has no full stop, and Readability
// leaves it out of the article (lib/article/find-lead.ts puts it back). Covers: the lead is
// highlighted in its category where it stands on the page, the body's signals still are, the
// "Read also" line and the newsletter promo are not, and the hover card opens on the lead.
// Screenshot with the card open.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { highlightPoint } from './highlight-point';
import { type Harness, e2eAvailable, launch, readHighlights, screenshot, signalHighlights } from './harness';

const run = e2eAvailable();
const HOST = 'www.northwire.example';
const LEAD = 'The first line of the Karaganda separation plant is to be launched in 2027';

describe.runIf(run)('standfirst under the headline', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await launch([{ host: HOST, routes: { '/mining/karaganda.html': 'pages/standfirst-article.html' } }]);
  });
  afterAll(async () => h?.close());

  it('highlights the lead in its category, with the body, and opens its card', async () => {
    const page = await h.context.newPage();
    await page.goto(h.url(HOST, '/mining/karaganda.html'));
    const highlights = await readHighlights(page);
    const expand = highlights['lodestone-supply-expansion'] ?? [];
    expect(expand.some((t) => t.startsWith(LEAD)), JSON.stringify(highlights)).toBe(true);
    expect((highlights['lodestone-export-control'] ?? []).some((t) => t.startsWith('From July, the government will ban exports'))).toBe(true);
    const all = signalHighlights(highlights).flatMap(([, v]) => v);
    for (const text of ['Read also', 'Sign up for the North Wire']) expect(all.some((t) => t.includes(text)), text).toBe(false);

    const point = await page.evaluate(highlightPoint, [LEAD, false] as [string, boolean]);
    expect(point).not.toBeNull();
    // Highlighted where it stands, in the headline's block.
    const leadBox = await page.locator('.story-head__lead').boundingBox();
    expect(point!.y).toBeGreaterThanOrEqual(leadBox!.y);
    expect(point!.y).toBeLessThanOrEqual(leadBox!.y + leadBox!.height);
    await page.mouse.move(point!.x, point!.y);
    const card = page.locator('lodestone-card .card');
    await expect.poll(() => card.count(), { timeout: 10_000 }).toBe(1);
    expect(await card.innerText()).toContain('Supply expansion');
    await screenshot(page, 'standfirst-card');
    await page.close();
  });
});

// A critical-minerals wire item that never says "rare earths", in Chromium with the built extension
// (issue 12, item 3: the gate must let such items through). Fixture:
// test/fixtures/pages/cobalt-quota-article.html, written for the test: cobalt export quotas, whose
// title names no mineral. Covers: the gate (lib/gate/gate-score.ts, its critical-minerals rules) lets
// the page through, so it is analyzed and its signals are highlighted in their categories; the
// closing line on the next briefing stays unhighlighted; the hover card opens. Screenshot with the
// card open.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { highlightPoint } from './highlight-point';
import { type Harness, e2eAvailable, launch, readHighlights, screenshot, signalHighlights } from './harness';

const run = e2eAvailable();
const HOST = 'www.battery-metals.example';

describe.runIf(run)('a critical-minerals item without the words "rare earths"', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await launch([{ host: HOST, routes: { '/cobalt/quotas.html': 'pages/cobalt-quota-article.html' } }]);
  });
  afterAll(async () => h?.close());

  it('is analyzed, and its signals are highlighted in their categories', async () => {
    const page = await h.context.newPage();
    await page.goto(h.url(HOST, '/cobalt/quotas.html'));
    const highlights = await readHighlights(page);
    const of = (category: string) => highlights[`lodestone-${category}`] ?? [];
    expect(of('export-control').some((t) => t.startsWith('KINSHASA, Sept 22') && t.includes('export quotas')), JSON.stringify(highlights)).toBe(true);
    expect(of('pricing').some((t) => t.startsWith('Cobalt hydroxide prices')), JSON.stringify(highlights)).toBe(true);
    const all = signalHighlights(highlights).flatMap(([, v]) => v);
    expect(all.some((t) => t.startsWith('Miners will be allowed to ship')), JSON.stringify(all)).toBe(true);
    expect(all.some((t) => t.includes('publish the first allocations'))).toBe(false);

    const point = await page.evaluate(highlightPoint, ['Cobalt hydroxide prices', false] as [string, boolean]);
    expect(point).not.toBeNull();
    await page.mouse.move(point!.x, point!.y);
    const card = page.locator('lodestone-card .card');
    await expect.poll(() => card.count(), { timeout: 10_000 }).toBe(1);
    expect(await card.innerText()).toContain('Pricing');
    await screenshot(page, 'critical-minerals-card');
    await page.close();
  });
});

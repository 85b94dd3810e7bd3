// `npm start`: the built extension in Chromium on the bundled demo article (the seed fixture,
// served locally as rareearthexchanges.com). With a display it opens a window and stays open until
// you close it; without one it runs headless and writes screenshots to a folder it names.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { ensureChromium } from './find-chromium';

const PATH = '/news/chinas-northern-rare-earth-group-tightens-grip-on-trade-strategy-heading-into-2026/';
const hasDisplay = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);

async function main() {
  const chromiumPath = ensureChromium();
  if (!chromiumPath) process.exit(1);
  process.env.CHROMIUM_PATH = chromiumPath;
  // Imported after CHROMIUM_PATH is known: the harness reads it when it loads.
  const { ROOT, launch, openSidePanel, readHighlights } = await import('../test/e2e/harness');
  const h = await launch([{ host: 'rareearthexchanges.com', routes: { [PATH]: 'seed-article.html' } }], { headless: !hasDisplay });
  const page = await h.context.newPage();
  const url = h.url('rareearthexchanges.com', PATH);
  await page.goto(url);
  const highlights = await readHighlights(page);
  const count = Object.entries(highlights).filter(([n]) => n !== 'lodestone-saved').reduce((n, [, v]) => n + v.length, 0);
  console.log(`Lodestone is loaded (extension id ${h.extensionId}); the demo article ${url} shows ${count} highlighted signals.`);
  if (hasDisplay) {
    await openSidePanel(h);
    await page.bringToFront();
    console.log('Side panel: the toolbar button opens it; it is also open as a tab. Close the browser to stop.');
    await new Promise((done) => h.context.on('close', done));
    return;
  }
  const out = join(ROOT, 'artifacts/start');
  mkdirSync(out, { recursive: true });
  await page.screenshot({ path: join(out, 'article.png'), fullPage: false });
  const panel = await openSidePanel(h);
  await panel.waitForSelector('.signal', { timeout: 10_000 }).catch(() => {});
  await panel.screenshot({ path: join(out, 'side-panel.png') });
  console.log(`No display found: ran headless and wrote screenshots to ${out}/ (article.png, side-panel.png).`);
  await h.close();
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});

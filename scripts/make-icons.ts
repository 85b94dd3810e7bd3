// Renders public/icon/{16,32,48,128}.png from the SVG below with the local Chromium (no download).
// Run once after changing the design: node --import tsx scripts/make-icons.ts
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

const SVG = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 128 128">
  <rect x="4" y="4" width="120" height="120" rx="28" fill="#0b2540"/>
  <path d="M64 18 L104 64 L64 110 L24 64 Z" fill="#f2b632"/>
  <path d="M64 18 L104 64 L64 64 Z" fill="#ffd479"/>
  <path d="M24 64 L64 110 L64 64 Z" fill="#c98a00"/>
  <circle cx="64" cy="64" r="9" fill="#0b2540"/>
</svg>`;

const out = join(import.meta.dirname, '../public/icon');
mkdirSync(out, { recursive: true });
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox'] });
const page = await browser.newPage();
for (const size of [16, 32, 48, 128]) {
  await page.setViewportSize({ width: size, height: size });
  await page.setContent(`<style>html,body{margin:0;background:transparent}svg{width:${size}px;height:${size}px;display:block}</style>${SVG}`);
  await page.screenshot({ path: join(out, `${size}.png`), omitBackground: true });
}
await browser.close();
console.log(`icons written to ${out}`);

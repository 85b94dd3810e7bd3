import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, extname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { findChromium } from '../../scripts/find-chromium';

/**
 * Real-browser harness: the built extension (.output/chrome-mv3) in Debian's Chromium through
 * playwright-core, fixtures served from a local server under real-looking domains
 * (--host-resolver-rules). No browser download, no network beyond loopback.
 */
export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const EXTENSION_DIR = join(ROOT, '.output/chrome-mv3');
export const FIXTURES = join(ROOT, 'test/fixtures');
export const SCREENSHOTS = join(ROOT, 'docs/screenshots');
const CHROMIUM = findChromium() ?? process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** True when e2e can run; without a browser it says so loudly, and fails under REQUIRE_E2E=1. */
export function e2eAvailable(): boolean {
  const missing = [!existsSync(CHROMIUM) && `no Chromium at ${CHROMIUM}`, !existsSync(join(EXTENSION_DIR, 'manifest.json')) && 'no build in .output/chrome-mv3 (run `npm run build`)'].filter(Boolean);
  if (missing.length === 0) return true;
  const message = `\n${'!'.repeat(72)}\n  E2E TESTS SKIPPED: ${missing.join('; ')}\n${'!'.repeat(72)}\n`;
  if (process.env.REQUIRE_E2E === '1') throw new Error(`REQUIRE_E2E=1 but ${missing.join('; ')}`);
  console.warn(message);
  return false;
}

export interface Site {
  /** Host name the browser resolves to the local server, e.g. "rareearthexchanges.com". */
  host: string;
  /** Path → fixture file name (under test/fixtures) or a function producing HTML. */
  routes: Record<string, string | (() => string)>;
}

export interface Harness {
  context: BrowserContext;
  extensionId: string;
  worker: Worker;
  port: number;
  url(host: string, path: string): string;
  close(): Promise<void>;
}

const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.css': 'text/css', '.js': 'text/javascript', '.png': 'image/png' };

function serve(sites: Site[]): Promise<{ server: Server; port: number }> {
  const server = createServer((req, res) => {
    const host = (req.headers.host ?? '').replace(/:\d+$/, '');
    const path = (req.url ?? '/').split('?')[0]!.split('#')[0]!;
    const site = sites.find((s) => s.host === host) ?? sites[0];
    const route = site?.routes[path];
    if (!route) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    const body = typeof route === 'function' ? route() : readFileSync(join(FIXTURES, route));
    const type = typeof route === 'function' ? TYPES['.html']! : (TYPES[extname(route)] ?? 'application/octet-stream');
    res.writeHead(200, { 'content-type': type }).end(body);
  });
  return new Promise((ok) => server.listen(0, '127.0.0.1', () => ok({ server, port: (server.address() as { port: number }).port })));
}

export async function launch(sites: Site[], options: { colorScheme?: 'light' | 'dark'; headless?: boolean } = {}): Promise<Harness> {
  const { server, port } = await serve(sites);
  const profile = mkdtempSync(join(tmpdir(), 'lodestone-e2e-'));
  const rules = sites.map((s) => `MAP ${s.host} 127.0.0.1:${port}`).join(', ');
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: options.headless ?? true,
    colorScheme: options.colorScheme ?? 'light',
    viewport: { width: 1280, height: 900 },
    args: [
      `--disable-extensions-except=${EXTENSION_DIR}`,
      `--load-extension=${EXTENSION_DIR}`,
      `--host-resolver-rules=${rules}`,
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-quic',
      ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    extensionId,
    worker,
    port,
    url: (host, path) => `http://${host}${path}`,
    async close() {
      await context.close();
      server.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Waits until the reader has painted highlights (or the timeout passes) and returns their texts by name. */
export async function readHighlights(page: Page, timeout = 15_000): Promise<Record<string, string[]>> {
  await page
    .waitForFunction(() => [...CSS.highlights.keys()].some((k) => k.startsWith('lodestone-')), undefined, { timeout })
    .catch(() => {});
  return page.evaluate(() => {
    const out: Record<string, string[]> = {};
    for (const [name, h] of CSS.highlights) {
      if (!name.startsWith('lodestone-')) continue;
      out[name] = [...h].map((r) => r.toString().replace(/\s+/g, ' ').trim());
    }
    return out;
  });
}

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const path = join(SCREENSHOTS, `${name}.png`);
  await page.screenshot({ path });
  return path;
}

export async function openSidePanel(h: Harness): Promise<Page> {
  const panel = await h.context.newPage();
  await panel.setViewportSize({ width: 400, height: 900 });
  await panel.goto(`chrome-extension://${h.extensionId}/sidepanel.html`);
  return panel;
}

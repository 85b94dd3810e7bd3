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
/**
 * Where screenshots go: artifacts/screenshots/ (ignored), so a test run leaves the tree as it found
 * it. `npm run screenshots` (scripts/screenshots.ts) points this at docs/screenshots/ to refresh
 * the README's images on purpose.
 */
export const SCREENSHOTS = resolve(ROOT, process.env.LODESTONE_SCREENSHOTS ?? 'artifacts/screenshots');
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

/** A route with its own response headers (e.g. a Content-Security-Policy) or content type. */
export interface RouteSpec {
  /** Fixture file name under test/fixtures, or a function producing the body. */
  body: string | (() => string);
  headers?: Record<string, string>;
  /** Content type of a body function (default: HTML). */
  type?: string;
}

export type Route = string | (() => string) | RouteSpec;

export interface Site {
  /** Host name the browser resolves to the local server, e.g. "rareearthexchanges.com". */
  host: string;
  /** Path → fixture file name (under test/fixtures), a function producing HTML, or a RouteSpec. */
  routes: Record<string, Route>;
}

/** A request the local server received (every host the browser looked up resolves to it). */
export interface ServedRequest {
  host: string;
  path: string;
  method: string;
  headers: Record<string, string | string[] | undefined>;
}

export interface Harness {
  context: BrowserContext;
  extensionId: string;
  worker: Worker;
  port: number;
  /** Every HTTP request the local server received, in order; `catchAll` makes it every request that left the browser. */
  served: ServedRequest[];
  /** Connections that were not HTTP (a TLS handshake for an https URL): a request left the browser. */
  rawConnections: number;
  /** The host names those TLS handshakes asked for (their SNI), where readable. */
  tlsHosts: string[];
  url(host: string, path: string): string;
  close(): Promise<void>;
}

export interface LaunchOptions {
  colorScheme?: 'light' | 'dark';
  headless?: boolean;
  /** Resolve every host name (not only the sites') to the local server, so no request can reach a real network and each one is logged. */
  catchAll?: boolean;
  /** More unpacked extensions loaded beside Lodestone (a test helper, e.g. test/fixtures/helper-extension). */
  extraExtensions?: string[];
  /**
   * Keep Chromium's back/forward cache on: playwright-core turns it off by default
   * (`--disable-back-forward-cache`), and pages restored from it are a case of their own.
   */
  backForwardCache?: boolean;
  /** A profile folder to use and keep (the caller removes it), for a browser relaunched on the same profile. */
  profile?: string;
  /** Reopen the tabs of the profile's last session, as Chromium does at start for "Continue where you left off". */
  restoreLastSession?: boolean;
}

const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.css': 'text/css', '.js': 'text/javascript', '.png': 'image/png' };

/**
 * The fixture server: each site's routes under its host name. Chromium reaches it by resolving the
 * host names to it; Firefox uses it as its HTTP proxy (test/firefox/firefox-harness.ts), so requests
 * arrive with absolute URLs, and https ones as CONNECT.
 */
export function serveSites(sites: Site[]): Promise<{ server: Server; port: number; served: ServedRequest[]; raw: { count: number; hosts: string[] } }> {
  const served: ServedRequest[] = [];
  const raw = { count: 0, hosts: [] as string[] };
  const server = createServer((req, res) => {
    const absolute = /^https?:\/\//.test(req.url ?? '') ? new URL(req.url!) : null;
    const host = absolute?.hostname ?? (req.headers.host ?? '').replace(/:\d+$/, '');
    const path = absolute?.pathname ?? (req.url ?? '/').split('?')[0]!.split('#')[0]!;
    served.push({ host, path, method: req.method ?? 'GET', headers: { ...req.headers } });
    const site = sites.find((s) => s.host === host) ?? sites[0];
    const route = site?.routes[path];
    if (!route) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    const spec: RouteSpec = typeof route === 'object' ? route : { body: route };
    const fromFile = typeof spec.body === 'string';
    const body = typeof spec.body === 'function' ? spec.body() : readFileSync(join(FIXTURES, spec.body));
    const type = spec.type ?? (fromFile ? (TYPES[extname(spec.body as string)] ?? 'application/octet-stream') : TYPES['.html']!);
    res.writeHead(200, { 'content-type': type, ...spec.headers }).end(body);
  });
  // Not HTTP (a TLS handshake for an https URL, say): still a request that left the browser.
  server.on('clientError', (err: Error & { rawPacket?: Buffer }, socket) => {
    raw.count += 1;
    const host = err.rawPacket ? tlsServerName(err.rawPacket) : null;
    if (host) raw.hosts.push(host);
    socket.destroy();
  });
  // An https request through the proxy (Firefox): counted like a TLS handshake, never answered.
  server.on('connect', (req, socket) => {
    raw.count += 1;
    raw.hosts.push((req.url ?? '').replace(/:\d+$/, ''));
    socket.destroy();
  });
  return new Promise((ok) => server.listen(0, '127.0.0.1', () => ok({ server, port: (server.address() as { port: number }).port, served, raw })));
}

/** The server name (SNI) a TLS ClientHello asks for, or null (RFC 8446 §4.1.2, RFC 6066 §3). */
export function tlsServerName(hello: Buffer): string | null {
  try {
    if (hello[0] !== 0x16 || hello[5] !== 0x01) return null;
    let at = 9 + 2 + 32; // record header, handshake header, version, random
    at += 1 + hello[at]!; // session id
    at += 2 + hello.readUInt16BE(at); // cipher suites
    at += 1 + hello[at]!; // compression methods
    const end = at + 2 + hello.readUInt16BE(at);
    for (at += 2; at + 4 <= end; ) {
      const type = hello.readUInt16BE(at);
      const length = hello.readUInt16BE(at + 2);
      if (type === 0) return hello.subarray(at + 9, at + 9 + hello.readUInt16BE(at + 7)).toString('ascii');
      at += 4 + length;
    }
  } catch {
    // A truncated packet: no name.
  }
  return null;
}

export async function launch(sites: Site[], options: LaunchOptions = {}): Promise<Harness> {
  const { server, port, served, raw } = await serveSites(sites);
  const profile = options.profile ?? mkdtempSync(join(tmpdir(), 'lodestone-e2e-'));
  const rules = options.catchAll ? `MAP * 127.0.0.1:${port}` : sites.map((s) => `MAP ${s.host} 127.0.0.1:${port}`).join(', ');
  const extensions = [EXTENSION_DIR, ...(options.extraExtensions ?? [])].join(',');
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    ...(options.backForwardCache ? { ignoreDefaultArgs: ['--disable-back-forward-cache'] } : {}),
    headless: options.headless ?? true,
    colorScheme: options.colorScheme ?? 'light',
    viewport: { width: 1280, height: 900 },
    args: [
      `--disable-extensions-except=${extensions}`,
      `--load-extension=${extensions}`,
      `--host-resolver-rules=${rules}`,
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-quic',
      ...(options.restoreLastSession ? ['--restore-last-session'] : []),
      ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
    ],
  });
  // Lodestone's service worker is background.js (a helper extension's is named otherwise).
  const lodestone = (w: Worker) => new URL(w.url()).pathname === '/background.js';
  const worker = context.serviceWorkers().find(lodestone) ?? (await context.waitForEvent('serviceworker', { predicate: lodestone }));
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    extensionId,
    worker,
    port,
    served,
    get rawConnections() {
      return raw.count;
    },
    tlsHosts: raw.hosts,
    url: (host, path) => `http://${host}${path}`,
    async close() {
      await context.close();
      server.close();
      if (!options.profile) rmSync(profile, { recursive: true, force: true });
    },
  };
}

/**
 * Waits until the reader has painted highlights (or the timeout passes) and returns their texts by
 * kind: `lodestone-pricing`, `lodestone-saved`… (the registered names end with the reader's random
 * token, lib/highlights/highlight-names.ts; it is dropped here).
 */
export async function readHighlights(page: Page, timeout = 15_000): Promise<Record<string, string[]>> {
  await page
    .waitForFunction(() => [...CSS.highlights.keys()].some((k) => k.startsWith('lodestone-')), undefined, { timeout })
    .catch(() => {});
  return page.evaluate(() => {
    const out: Record<string, string[]> = {};
    for (const [name, h] of CSS.highlights) {
      if (!name.startsWith('lodestone-')) continue;
      out[name.replace(/-[a-z0-9]{12}$/, '')] = [...h].map((r) => r.toString().replace(/\s+/g, ' ').trim());
    }
    return out;
  });
}

/** The highlights that mark signals, by kind: every kind readHighlights gives but the reader's own marks (a saved clip, the focused signal). */
export function signalHighlights(highlights: Record<string, string[]>): [string, string[]][] {
  return Object.entries(highlights).filter(([name]) => !READER_MARKS.has(name));
}

const READER_MARKS = new Set(['lodestone-saved', 'lodestone-focus']);

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

import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { ROOT, type ServedRequest, type Site, serveSites } from '../e2e/harness';
import { type BidiContext, type BidiTab, type RawBidi, bidiTab, callIn as callInContext, callSource, savePng } from './bidi-tab';
import { collectOutput, extensionErrors } from './firefox-output';

/**
 * Real-browser harness for Firefox: the built extension (.output/firefox-mv3) in Debian's
 * firefox-esr, driven by puppeteer-core over WebDriver BiDi (no browser download, no geckodriver).
 *
 * - The extension is installed as a temporary add-on (BiDi webExtension.install: no signing), under
 *   a moz-extension host fixed in advance (pref extensions.webextensions.uuids).
 * - Pages are served under their real host names: Firefox's HTTP proxy is the fixture server.
 * - Firefox starts with --remote-allow-system-access, which lets BiDi reach the browser window
 *   itself ("chrome" scope): the sidebar is opened there (SidebarController), the browser's
 *   permission prompt answered, every HTTP request observed with the principal that made it, and the
 *   whole window drawn for screenshots.
 * - Extension pages (options, or a helper tab reading extension storage and the sidebar through
 *   extension.getViews) are opened and evaluated with raw BiDi: puppeteer's Page stays on
 *   about:blank for moz-extension URLs.
 * - devtools.console.stdout.* puts every console message on Firefox's stdout, and uncaught errors
 *   go to stderr, so the suite can fail on the extension's errors.
 */
export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
export const FIREFOX_EXTENSION_DIR = join(ROOT, '.output/firefox-mv3');
/** The moz-extension host, fixed so that tests can open extension pages by URL. */
export const EXTENSION_UUID = '6c0d7a5e-4f1b-4c3e-9a2d-1b7e5f3c8d90';
export const EXTENSION_ORIGIN = `moz-extension://${EXTENSION_UUID}`;

/** True when the Firefox suite can run; loud when it cannot, and a failure under REQUIRE_E2E=1. */
export function firefoxAvailable(): boolean {
  const missing = [
    !existsSync(FIREFOX) && `no Firefox at ${FIREFOX} (Debian: apt-get install -y firefox-esr, or set FIREFOX_PATH)`,
    !existsSync(join(FIREFOX_EXTENSION_DIR, 'manifest.json')) && 'no build in .output/firefox-mv3 (run `npm run build:firefox`)',
  ].filter(Boolean);
  if (missing.length === 0) return true;
  if (process.env.REQUIRE_E2E === '1') throw new Error(`REQUIRE_E2E=1 but ${missing.join('; ')}`);
  console.warn(`\n${'!'.repeat(72)}\n  FIREFOX E2E TESTS SKIPPED: ${missing.join('; ')}\n${'!'.repeat(72)}\n`);
  return false;
}

/** The add-on id (browser_specific_settings.gecko.id) of the build. */
export function geckoId(): string {
  const manifest = JSON.parse(readFileSync(join(FIREFOX_EXTENSION_DIR, 'manifest.json'), 'utf8')) as { browser_specific_settings: { gecko: { id: string } } };
  return manifest.browser_specific_settings.gecko.id;
}

/** An HTTP request Firefox made, with the add-on (if any) whose code made it. */
export interface RecordedRequest {
  url: string;
  /** The add-on id of the triggering principal ('' for web pages and Firefox itself). */
  addonId: string;
  /** The triggering principal's origin ("[System Principal]", a page's origin, an expanded principal's list). */
  by: string;
}

export interface FirefoxHarness {
  browser: Browser;
  addonId: string;
  served: ServedRequest[];
  /** Hosts asked for with CONNECT (https) through the proxy. */
  connects: string[];
  url(host: string, path: string): string;
  newPage(): Promise<Page>;
  /** Opens an extension page (e.g. "/options.html") in a new tab, in the background unless `foreground`. */
  extensionTab(path: string, options?: { foreground?: boolean }): Promise<BidiTab>;
  /** A tab Firefox or the extension opened (from `tabs()`). */
  tab(context: string): BidiTab;
  /** A background tab on an extension page, to read extension storage and the sidebar (like Chromium's worker.evaluate). */
  helper(): Promise<BidiTab>;
  /** Top-level tabs with their URLs (extension pages included). */
  tabs(): Promise<{ context: string; url: string }[]>;
  /** Runs `fn(arg)` in the browser window (chrome scope, system privileges). */
  inChrome<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R>;
  /** Opens Lodestone's sidebar in the window, 400 px wide. */
  openSidebar(): Promise<void>;
  /** Runs `fn(sidebarWindow, arg)` on the open sidebar (from the helper tab, through extension.getViews). */
  inSidebar<R, A = undefined>(fn: (view: Window, arg: A) => R | Promise<R>, arg?: A): Promise<R>;
  /** Every HTTP request Firefox made since launch, with who made it. */
  requests(): Promise<RecordedRequest[]>;
  /** Firefox's stdout and stderr lines so far. */
  output(): string[];
  /** Console errors and uncaught errors of the extension's code, from that output. */
  extensionErrors(): string[];
  /** Draws the whole browser window (toolbar, sidebar, page) into SCREENSHOTS/<name>.png. */
  windowScreenshot(name: string): Promise<string>;
  close(): Promise<void>;
}

export interface FirefoxLaunchOptions {
  /**
   * Whether Firefox grants the manifest's host permissions at install (its default since 127:
   * extensions.originControls.grantByDefault). False installs as for a reader who withheld them.
   */
  grantSites?: boolean;
}

const WINDOW = { width: 1280, height: 960 };

export async function launchFirefox(sites: Site[], options: FirefoxLaunchOptions = {}): Promise<FirefoxHarness> {
  const { server, port, served, raw } = await serveSites(sites);
  const addonId = geckoId();
  const profile = mkdtempSync(join(tmpdir(), 'lodestone-firefox-'));
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    userDataDir: profile,
    defaultViewport: null,
    args: ['--remote-allow-system-access', `--width=${WINDOW.width}`, `--height=${WINDOW.height}`],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [addonId]: EXTENSION_UUID }),
      'extensions.originControls.grantByDefault': options.grantSites ?? true,
      // Every request goes to the fixture server: pages under their real names, nothing off the machine.
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': port,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': port,
      'network.proxy.no_proxies_on': '',
      'network.proxy.allow_hijacking_localhost': true,
      // The fixtures are http pages: no https upgrade attempt first.
      'dom.security.https_first': false,
      'dom.security.https_first_schemeless': false,
      'network.captive-portal-service.enabled': false,
      'network.connectivity-service.enabled': false,
      'devtools.console.stdout.content': true,
      'devtools.console.stdout.chrome': true,
      'ui.systemUsesDarkTheme': 0,
    },
  });
  const lines = collectOutput(browser);
  const bidi = (browser as unknown as { connection: RawBidi }).connection;

  const callIn = <R, A>(context: string, fn: (arg: A) => R | Promise<R>, arg: A | undefined): Promise<R> => callInContext(bidi, context, fn, arg);

  const chromeContext = async (): Promise<string> => {
    const { result } = await bidi.send('browsingContext.getTree', { 'moz:scope': 'chrome' });
    const top = (result.contexts as BidiContext[]).find((c) => c.url === 'chrome://browser/content/browser.xhtml');
    if (!top) throw new Error('no browser window in chrome scope (is --remote-allow-system-access set?)');
    return top.context;
  };
  const inChrome = async <R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R> => callIn(await chromeContext(), fn, arg);

  // Before the add-on exists: every HTTP channel, with the principal that triggered it. Channels
  // live in the parent process, so this sees requests of pages, content scripts and extension pages.
  await inChrome(() => {
    const g = window as unknown as { lodestoneRequests?: { url: string; addonId: string; by: string }[]; Services: any; Ci: any };
    const seen: { url: string; addonId: string; by: string }[] = (g.lodestoneRequests = []);
    g.Services.obs.addObserver(
      {
        observe(subject: any) {
          const channel = subject.QueryInterface(g.Ci.nsIHttpChannel);
          const principal = channel.loadInfo?.triggeringPrincipal;
          seen.push({
            url: channel.URI.spec,
            addonId: principal?.addonId ?? '',
            by: principal ? (principal.isSystemPrincipal ? '[System Principal]' : principal.origin) : '',
          });
        },
      },
      'http-on-modify-request',
    );
  });

  await browser.installExtension(FIREFOX_EXTENSION_DIR);

  const tree = async (): Promise<BidiContext[]> => (await bidi.send('browsingContext.getTree', { maxDepth: 0 })).result.contexts as BidiContext[];

  const tabOf = (context: string): BidiTab => bidiTab(bidi, context);

  let helperTab: BidiTab | null = null;
  const extensionTab = async (path: string, opts: { foreground?: boolean } = {}): Promise<BidiTab> => {
    const { result } = await bidi.send('browsingContext.create', { type: 'tab', background: !opts.foreground });
    const context = result.context as string;
    await bidi.send('browsingContext.navigate', { context, url: `${EXTENSION_ORIGIN}${path}`, wait: 'complete' });
    return tabOf(context);
  };
  const helper = async () => (helperTab ??= await extensionTab('/options.html'));

  return {
    browser,
    addonId,
    served,
    connects: raw.hosts,
    url: (host, path) => `http://${host}${path}`,
    // No emulated viewport: the page lays out in the window, as the window screenshots show it.
    newPage: () => browser.newPage(),
    extensionTab,
    tab: tabOf,
    helper,
    async tabs() {
      return (await tree()).map((c) => ({ context: c.context, url: c.url }));
    },
    inChrome,
    async openSidebar() {
      // The sidebar id Firefox derives from the add-on id (ExtensionCommon makeWidgetId).
      const id = `${addonId.toLowerCase().replace(/[^a-z0-9_-]/g, '_')}-sidebar-action`;
      await inChrome(async (sidebarId: string) => {
        const w = window as unknown as { SidebarController: { show(id: string): Promise<void> } };
        await w.SidebarController.show(sidebarId);
        const box = document.getElementById('sidebar-box');
        if (box) box.style.width = '400px';
      }, id);
    },
    async inSidebar(fn, arg) {
      const tab = await helper();
      const source = `async (input) => {
        const views = browser.extension.getViews({ type: 'sidebar' });
        if (views.length === 0) throw new Error('the sidebar is not open');
        return (${fn.toString()})(views[0], input);
      }`;
      return callSource(bidi, tab.context, source, arg);
    },
    async requests() {
      return inChrome(() => (window as unknown as { lodestoneRequests: RecordedRequest[] }).lodestoneRequests);
    },
    output: () => [...lines],
    extensionErrors: () => extensionErrors(lines, EXTENSION_ORIGIN),
    async windowScreenshot(name) {
      const base64 = await inChrome(async () => {
        // The window's own drawing, web content and sidebar included (BiDi screenshots cover one page only).
        const w = window as unknown as { browsingContext: { currentWindowGlobal: { drawSnapshot(rect: null, scale: number, color: string): Promise<ImageBitmap> } } };
        const bitmap = await w.browsingContext.currentWindowGlobal.drawSnapshot(null, 1, 'white');
        const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
        canvas.getContext('2d')!.drawImage(bitmap, 0, 0);
        const bytes = new Uint8Array(await (await canvas.convertToBlob({ type: 'image/png' })).arrayBuffer());
        let text = '';
        for (let i = 0; i < bytes.length; i += 0x8000) text += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
        return btoa(text);
      });
      return savePng(name, Buffer.from(base64, 'base64'));
    },
    async close() {
      await browser.close();
      server.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

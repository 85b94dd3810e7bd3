import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Worker } from 'playwright-core';

/** A browser for the bench: with the built extension, or the same browser without any. */
export interface BenchBrowser {
  context: BrowserContext;
  /** The extension's id and service worker; null in the browser without the extension. */
  extensionId: string | null;
  worker: Worker | null;
  close(): Promise<void>;
}

export interface LaunchOptions {
  chromium: string;
  /** The unpacked extension, or null for the browser that serves as the baseline. */
  extensionDir: string | null;
  /** Every host name resolves to this loopback port: no request leaves the machine. */
  port: number;
}

/**
 * Two browsers launched identically except for the extension (flags, viewport, profile), so that a
 * page's long tasks and heap can be compared with and without Lodestone.
 */
export async function launchBenchBrowser(options: LaunchOptions): Promise<BenchBrowser> {
  const profile = mkdtempSync(join(tmpdir(), 'lodestone-bench-'));
  const extension = options.extensionDir ? [`--disable-extensions-except=${options.extensionDir}`, `--load-extension=${options.extensionDir}`] : ['--disable-extensions'];
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: options.chromium,
    headless: true,
    viewport: { width: 1280, height: 900 },
    args: [
      ...extension,
      `--host-resolver-rules=MAP * 127.0.0.1:${options.port}`,
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-quic',
      '--disable-default-apps',
      ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
    ],
  });
  let worker: Worker | null = null;
  let extensionId: string | null = null;
  if (options.extensionDir) {
    worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    extensionId = new URL(worker.url()).host;
  }
  return {
    context,
    extensionId,
    worker,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

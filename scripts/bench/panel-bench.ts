import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { EXTENSION_DIR, type Harness, launch } from '../../test/e2e/harness';

/** Shared by the side panel's benches (bench-library.ts, bench-trends.ts): arguments and timing lines. */

/** `--name N` from the command line, a positive number, else `fallback`. */
export function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  const value = i >= 0 ? Number(process.argv[i + 1]) : fallback;
  if (!Number.isFinite(value) || value <= 0) throw new Error(`--${name} needs a positive number`);
  return value;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** "median N ms, max M ms (each run)": the line bench.ts reads back (library-bench.ts). */
export function fmt(xs: number[]): string {
  return `median ${median(xs).toFixed(0)} ms, max ${Math.max(...xs).toFixed(0)} ms (${xs.map((x) => x.toFixed(0)).join(', ')})`;
}

/**
 * Opens the side panel in a new 400×900 page with `observer` installed before its scripts run
 * (it fills `window.__bench`), and waits until `done` says the marks are in. Polled with evaluate:
 * waitForFunction evaluates a string with eval, which the panel's CSP forbids.
 */
export async function openTimedPanel<T extends object>(h: Harness, observer: string, done: (marks: Partial<T>) => boolean, what: string): Promise<{ panel: Page; marks: Partial<T> }> {
  const panel = await h.context.newPage();
  await panel.setViewportSize({ width: 400, height: 900 });
  await panel.addInitScript(observer);
  await panel.goto(`chrome-extension://${h.extensionId}/sidepanel.html`);
  let marks: Partial<T> = {};
  for (let waited = 0; !done(marks); waited += 100) {
    if (waited > 60_000) throw new Error(`${what} did not finish in 60 s`);
    await panel.waitForTimeout(100);
    marks = (await panel.evaluate('window.__bench')) as Partial<T>;
  }
  return { panel, marks };
}

/** Chromium with the built extension (.output/chrome-mv3) and one dummy site. */
export async function launchWithBuild(): Promise<Harness> {
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) throw new Error('No build in .output/chrome-mv3: run `npx wxt build` first.');
  return launch([{ host: 'bench.example', routes: { '/': () => '<p>bench</p>' } }]);
}

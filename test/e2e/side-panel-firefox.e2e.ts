// The Firefox build of the side panel (Firefox cannot be driven here: no geckodriver/juggler build,
// and we never download browsers). Builds `wxt build -b firefox` (into .output/firefox-mv2, beside the Chrome build) and checks
// the manifest (sidebar_action with the same sidepanel.html, the sidebar's keyboard shortcut, no
// Chrome-only permission, no downloads permission: exports are Blob downloads), and that the
// sidebar page and every file it loads exist, with the library code in them. The UI code paths
// themselves are the ones the jsdom tests (test/unit/side-panel/) and Chromium e2e tests run: the
// side panel has no browser-specific branch.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { EXTENSION_DIR, ROOT } from './harness';

interface Manifest {
  manifest_version: number;
  permissions?: string[];
  sidebar_action?: { default_panel: string; default_title?: string; open_at_install?: boolean };
  side_panel?: { default_path: string };
  commands?: Record<string, { suggested_key?: { default?: string; mac?: string }; description?: string }>;
  browser_specific_settings?: { gecko?: { id?: string } };
}

describe('Firefox build of the side panel', () => {
  const dir = join(ROOT, '.output/firefox-mv2');
  let manifest: Manifest;
  beforeAll(() => {
    execFileSync(process.execPath, [join(ROOT, 'node_modules/wxt/bin/wxt.mjs'), 'build', '-b', 'firefox'], { cwd: ROOT, stdio: 'pipe' });
    manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Manifest;
  }, 180_000);

  const file = (path: string) => join(dir, path.replace(/^\//, ''));

  it('declares a sidebar_action with the side panel page, and its opening shortcut', () => {
    expect(manifest.sidebar_action?.default_panel).toBe('sidepanel.html');
    expect(manifest.side_panel).toBeUndefined();
    expect(manifest.commands?._execute_sidebar_action?.suggested_key?.default).toBe('Alt+Shift+L');
    expect(manifest.commands?._execute_action).toBeUndefined();
    expect(manifest.browser_specific_settings?.gecko?.id).toMatch(/@/);
  });

  it('asks for no Chrome-only permission and no downloads permission', () => {
    expect(manifest.permissions).not.toContain('sidePanel');
    expect(manifest.permissions).not.toContain('offscreen');
    expect(manifest.permissions).not.toContain('downloads');
  });

  it('ships the sidebar page with every script and stylesheet it loads, holding the library', () => {
    const html = readFileSync(file('sidepanel.html'), 'utf8');
    const refs = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1]!).filter((r) => !r.startsWith('http'));
    expect(refs.length).toBeGreaterThan(1);
    for (const ref of refs) expect(existsSync(file(ref)), ref).toBe(true);
    const code = refs.filter((r) => r.endsWith('.js')).map((r) => readFileSync(file(r), 'utf8')).join('\n');
    // The export format name and the import's refusal message are in the sidebar's code.
    expect(code).toContain('lodestone-clips');
    expect(code).toContain('newer version of Lodestone');
    // The panel never calls the Chrome side panel API itself.
    expect(code).not.toMatch(/\bsidePanel\./);
  });

  it('matches the Chrome build: the same panel page in side_panel, opened by _execute_action', () => {
    const chrome = JSON.parse(readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8')) as Manifest;
    expect(chrome.side_panel?.default_path).toBe('sidepanel.html');
    expect(chrome.commands?._execute_action?.suggested_key?.default).toBe('Alt+Shift+L');
    expect(chrome.permissions).not.toContain('downloads');
  });
});

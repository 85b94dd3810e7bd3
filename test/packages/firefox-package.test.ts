// The Firefox package as addons.mozilla.org receives it (.output/lodestone-<version>-firefox.zip,
// made by `npm run zip` before this project runs). Covers: the manifest (MV3, the fixed gecko id,
// Firefox 140+ for the CSS Custom Highlight API, no data collected, the sidebar and its shortcut,
// no Chrome-only permission), the sidebar page with every file it loads, and `web-ext lint` on the
// zip's files: no error, no notice, and no warning but the known ones from bundled libraries
// (test/packages/bundled-lint-warnings.ts), never from Lodestone's own code.
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../e2e/harness';
import { bundledSource } from './bundled-lint-warnings';
import { ownSources, packageFiles, packageManifest, packagesBuilt, unpack } from './store-packages';

interface Manifest {
  manifest_version: number;
  permissions?: string[];
  optional_permissions?: string[];
  host_permissions?: string[];
  action?: { default_title?: string };
  browser_action?: unknown;
  background?: { scripts?: string[]; service_worker?: string };
  sidebar_action?: { default_panel: string };
  side_panel?: unknown;
  commands?: Record<string, { suggested_key?: { default?: string } }>;
  browser_specific_settings?: {
    gecko?: { id?: string; strict_min_version?: string; data_collection_permissions?: { required?: string[]; optional?: string[] } };
    gecko_android?: { strict_min_version?: string };
  };
}

interface LintMessage {
  code: string;
  message: string;
  file?: string;
  line?: number;
  column?: number;
}

const built = packagesBuilt();

describe.runIf(built)('Firefox package', () => {
  let files: Map<string, Buffer>;
  let manifest: Manifest;
  let dir: string;
  beforeAll(() => {
    files = packageFiles('firefox');
    manifest = packageManifest<Manifest>(files);
    dir = unpack(files);
  });
  afterAll(() => dir && rmSync(dir, { recursive: true, force: true }));

  it('is MV3, with the toolbar button as `action` and a background page', () => {
    expect(manifest.manifest_version).toBe(3);
    expect(manifest.action?.default_title).toBeTruthy();
    expect(manifest.browser_action).toBeUndefined();
    expect(manifest.background?.scripts).toEqual(['background.js']);
  });

  it('keeps its gecko id, asks for Firefox 140 (the Highlight API) and states that nothing is collected', () => {
    const gecko = manifest.browser_specific_settings?.gecko;
    // Fixed for good: a signed add-on's updates and the reader's data are keyed to it.
    expect(gecko?.id).toBe('lodestone@lodestone.invalid');
    expect(gecko?.strict_min_version).toBe('140.0');
    expect(gecko?.data_collection_permissions).toEqual({ required: ['none'] });
    expect(manifest.browser_specific_settings?.gecko_android?.strict_min_version).toBe('142.0');
  });

  it('declares the sidebar with the side panel page and its shortcut, and no Chrome-only permission', () => {
    expect(manifest.sidebar_action?.default_panel).toBe('sidepanel.html');
    expect(manifest.side_panel).toBeUndefined();
    expect(manifest.commands?._execute_sidebar_action?.suggested_key?.default).toBe('Alt+Shift+L');
    expect(manifest.commands?._execute_action).toBeUndefined();
    expect(manifest.permissions).not.toContain('sidePanel');
    expect(manifest.permissions).not.toContain('offscreen');
    expect(manifest.permissions).not.toContain('downloads');
    expect(manifest.optional_permissions).toEqual(['downloads']);
    expect(manifest.host_permissions).toEqual(['http://*/*', 'https://*/*']);
  });

  it('ships the sidebar page with every script and stylesheet it loads, holding the library', () => {
    const html = files.get('sidepanel.html')!.toString('utf8');
    const refs = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1]!.replace(/^\//, ''));
    expect(refs.length).toBeGreaterThan(1);
    for (const ref of refs) expect(files.has(ref), ref).toBe(true);
    const code = refs.filter((r) => r.endsWith('.js')).map((r) => files.get(r)!.toString('utf8')).join('\n');
    expect(code).toContain('lodestone-clips');
    expect(code).toContain('newer version of Lodestone');
    expect(code).not.toMatch(/\bsidePanel\./);
  });

  it('passes web-ext lint: no error, no notice, and warnings only from bundled libraries', () => {
    let stdout: string;
    try {
      stdout = execFileSync(process.execPath, [join(ROOT, 'node_modules/web-ext/bin/web-ext.js'), 'lint', '--source-dir', dir, '--output', 'json', '--no-config-discovery'], {
        cwd: dir,
        encoding: 'utf8',
        // No update check (it would ask the registry) and no colour codes in the JSON.
        env: { ...process.env, NO_UPDATE_NOTIFIER: '1', FORCE_COLOR: '0' },
        maxBuffer: 32 * 1024 * 1024,
      });
    } catch (err) {
      // web-ext exits non-zero on errors; its JSON report is still on stdout.
      stdout = String((err as { stdout?: string }).stdout ?? '');
    }
    const report = JSON.parse(stdout.slice(stdout.indexOf('{'))) as { errors: LintMessage[]; warnings: LintMessage[]; notices: LintMessage[] };
    const describe = (m: LintMessage) => `${m.code} ${m.file ?? ''}:${m.line ?? ''}:${m.column ?? ''} ${m.message}`;
    expect(report.errors.map(describe)).toEqual([]);
    expect(report.notices.map(describe)).toEqual([]);
    const ours = report.warnings.filter((w) => !w.file || !bundledSource(w, readFileSync(join(dir, w.file), 'utf8')));
    expect(ours.map(describe)).toEqual([]);
    const libraries = [...new Set(report.warnings.map((w) => bundledSource(w, readFileSync(join(dir, w.file!), 'utf8'))!.library))].sort();
    console.info(`web-ext lint: 0 errors, 0 notices, ${report.warnings.length} warnings, all from bundled libraries (${libraries.join(', ')})`);
  });

  it('never writes HTML into the DOM in its own code (what would make those lint warnings its own)', () => {
    for (const { path, text } of ownSources()) {
      expect(text, path).not.toMatch(/\.(innerHTML|outerHTML)\s*\+?=(?!=)|insertAdjacentHTML|dangerouslySetInnerHTML|document\.write\(/);
    }
  });
});

// The Chrome package as the Chrome Web Store receives it (.output/lodestone-<version>-chrome.zip,
// made by `npm run zip`), checked against what the store refuses at upload or in review: a manifest
// other than MV3, a `key` field, a description over 132 characters, a name over 75, icons missing
// or not the size declared (the listing needs the 128 px one), remotely hosted code (MV3 allows
// only the package's own code: no remote script, no code built from strings, no CSP opening either),
// and permissions not justified (each one is explained in README.md's permission table).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { packageFiles, packageManifest, packagesBuilt, pngSize, readmePermissionTable } from './store-packages';

interface Manifest {
  manifest_version: number;
  name: string;
  short_name?: string;
  description: string;
  version: string;
  key?: string;
  update_url?: string;
  icons?: Record<string, string>;
  action?: { default_icon?: string | Record<string, string> };
  permissions?: string[];
  optional_permissions?: string[];
  host_permissions?: string[];
  optional_host_permissions?: string[];
  content_security_policy?: { extension_pages?: string; sandbox?: string };
  background?: { service_worker?: string };
  content_scripts?: { js?: string[] }[];
}

/** Ways code from elsewhere, or made from strings, would be run. */
const REMOTE_CODE: readonly [string, RegExp][] = [
  ['a remote script element', /<script[^>]*\bsrc\s*=\s*["']?(https?:)?\/\//i],
  ['a remote dynamic import', /\bimport\(\s*["'`](https?:)?\/\//],
  ['importScripts', /\bimportScripts\(/],
  ['a remote script source set in code', /\.src\s*=\s*["'`](https?:)?\/\/[^"'`]*\.m?js\b/],
  ['eval', /(^|[^\w$.])eval\(/],
  ['new Function', /\bnew Function\(/],
];

const built = packagesBuilt();

describe.runIf(built)('Chrome Web Store package', () => {
  let files: Map<string, Buffer>;
  let manifest: Manifest;
  beforeAll(() => {
    files = packageFiles('chrome');
    manifest = packageManifest<Manifest>(files);
  });
  afterAll(() => files?.clear());

  it('is an MV3 manifest at the root of the zip, with no key and no update URL of its own', () => {
    expect(manifest.manifest_version).toBe(3);
    expect(manifest.version).toMatch(/^\d+(\.\d+){0,3}$/);
    // The store assigns the key and serves the updates; it refuses uploads that carry a key.
    expect(manifest.key).toBeUndefined();
    expect(manifest.update_url).toBeUndefined();
    expect([...files.keys()].filter((name) => name.split('/').some((part) => part.startsWith('.')))).toEqual([]);
  });

  it('has a name of at most 75 characters and a description of at most 132', () => {
    expect(manifest.name.length).toBeGreaterThan(0);
    expect(manifest.name.length).toBeLessThanOrEqual(75);
    if (manifest.short_name) expect(manifest.short_name.length).toBeLessThanOrEqual(12);
    expect(manifest.description.length).toBeGreaterThan(0);
    expect(manifest.description.length, manifest.description).toBeLessThanOrEqual(132);
  });

  it('ships every icon it declares as a PNG of the declared size, 128 px included', () => {
    expect(Object.keys(manifest.icons ?? {})).toContain('128');
    for (const [size, path] of Object.entries(manifest.icons ?? {})) {
      const png = files.get(path);
      expect(png, path).toBeDefined();
      expect(pngSize(png!), path).toEqual({ width: Number(size), height: Number(size) });
    }
    const actionIcons = manifest.action?.default_icon;
    for (const path of typeof actionIcons === 'string' ? [actionIcons] : Object.values(actionIcons ?? {})) expect(files.has(path), path).toBe(true);
  });

  it('runs only code in the package: no remote code, no code made from strings, no CSP opening', () => {
    const csp = manifest.content_security_policy?.extension_pages ?? '';
    expect(csp).not.toMatch(/unsafe-eval|unsafe-inline|https?:|\*/);
    // What the manifest runs is in the zip.
    const declared = [manifest.background?.service_worker, ...(manifest.content_scripts ?? []).flatMap((c) => c.js ?? [])].filter((p): p is string => !!p);
    for (const path of declared) expect(files.has(path), path).toBe(true);
    const code = [...files].filter(([name]) => /\.(m?js|html)$/.test(name));
    expect(code.length).toBeGreaterThan(3);
    for (const [name, data] of code) {
      const text = data.toString('utf8');
      for (const [what, pattern] of REMOTE_CODE) expect(pattern.test(text), `${what} in ${name}`).toBe(false);
    }
  });

  it('justifies every permission it asks for, host access included, in the README', () => {
    const table = readmePermissionTable();
    const asked = [...(manifest.permissions ?? []), ...(manifest.optional_permissions ?? [])];
    expect(asked.length).toBeGreaterThan(0);
    for (const permission of asked) expect(table, permission).toContain(`\`${permission}\``);
    for (const host of [...(manifest.host_permissions ?? []), ...(manifest.optional_host_permissions ?? [])]) expect(table, host).toContain(`\`${host}\``);
  });
});

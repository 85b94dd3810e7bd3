import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { ROOT } from '../e2e/harness';
import { readZip } from './read-zip';

/** The store packages `npm run zip` writes (WXT names them after package.json's name and version). */
export function packagePath(browser: 'chrome' | 'firefox'): string {
  const { name, version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { name: string; version: string };
  return join(ROOT, '.output', `${name}-${version}-${browser}.zip`);
}

/** True when both zips exist; without them the package checks say why, and fail under REQUIRE_E2E=1. */
export function packagesBuilt(): boolean {
  const missing = (['chrome', 'firefox'] as const).map(packagePath).filter((p) => !existsSync(p));
  if (missing.length === 0) return true;
  const message = `no store package ${missing.join(', ')} (run \`npm run zip\`)`;
  if (process.env.REQUIRE_E2E === '1') throw new Error(`REQUIRE_E2E=1 but ${message}`);
  console.warn(`\n${'!'.repeat(72)}\n  PACKAGE CHECKS SKIPPED: ${message}\n${'!'.repeat(72)}\n`);
  return false;
}

export function packageFiles(browser: 'chrome' | 'firefox'): Map<string, Buffer> {
  return readZip(packagePath(browser));
}

export function packageManifest<T>(files: Map<string, Buffer>): T {
  return JSON.parse(files.get('manifest.json')!.toString('utf8')) as T;
}

/** Writes the package's files into a fresh temporary folder (web-ext lint reads a folder). */
export function unpack(files: Map<string, Buffer>): string {
  const dir = mkdtempSync(join(tmpdir(), 'lodestone-package-'));
  for (const [name, data] of files) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), data);
  }
  return dir;
}

/** Lodestone's own source files (what a lint warning must never point at). */
export function ownSources(): { path: string; text: string }[] {
  const out: { path: string; text: string }[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(join(ROOT, dir))) {
      const path = `${dir}/${entry}`;
      if (statSync(join(ROOT, path)).isDirectory()) walk(path);
      else if (/\.(ts|tsx)$/.test(entry) && !/\.test\.tsx?$/.test(entry)) out.push({ path, text: readFileSync(join(ROOT, path), 'utf8') });
    }
  };
  for (const dir of ['entrypoints', 'components', 'lib']) walk(dir);
  return out;
}

/** The permission table's first column in README.md ("Permissions, and why each is needed"). */
export function readmePermissionTable(): string {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('## Permissions, and why each is needed'), readme.indexOf('## Security and privacy'));
  return section
    .split('\n')
    .filter((l) => l.startsWith('| ') && !l.startsWith('| permission') && !l.startsWith('|---'))
    .map((l) => l.split('|')[1]!)
    .join('\n');
}

/** Width and height of a PNG (its IHDR chunk), or null when the bytes are not a PNG. */
export function pngSize(png: Buffer): { width: number; height: number } | null {
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  if (png.length < 24 || !png.subarray(0, 8).equals(signature) || png.toString('ascii', 12, 16) !== 'IHDR') return null;
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

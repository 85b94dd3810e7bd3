import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/** Where a Chromium build may be: $CHROMIUM_PATH first, then the usual Linux and macOS places. */
const CANDIDATES = [
  process.env.CHROMIUM_PATH,
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
].filter((p): p is string => Boolean(p));

export function findChromium(): string | null {
  return CANDIDATES.find((p) => existsSync(p)) ?? null;
}

/**
 * Finds Chromium, or installs Debian's package when this is a Debian/Ubuntu machine and we are
 * root (a fresh container or CI). Never downloads a browser build of its own.
 */
export function ensureChromium(): string | null {
  const found = findChromium();
  if (found) return found;
  const isRoot = process.getuid?.() === 0;
  if (isRoot && existsSync('/usr/bin/apt-get')) {
    console.log('Chromium is missing: installing Debian\'s package (apt-get install -y chromium)…');
    execFileSync('apt-get', ['update'], { stdio: 'inherit' });
    execFileSync('apt-get', ['install', '-y', 'chromium'], { stdio: 'inherit' });
    return findChromium();
  }
  console.error('Chromium is missing. Install it (Debian/Ubuntu: sudo apt-get install -y chromium) or set CHROMIUM_PATH.');
  return null;
}

// Size guard on the built extension (.output/chrome-mv3, made by `npm test` before this project
// runs). Size is stable, so unlike time it may be asserted: the always-on gate runs on every page
// the reader opens and must stay ≤ 8 KB with no React, zod, Dexie or Readability inside. The
// reader, injected only into rare-earth articles, is held to READER_LIMIT_BYTES, and its React UI,
// injected when first shown, to READER_UI_LIMIT_BYTES (below).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXTENSION_DIR } from './harness';

/** DESIGN's budget for the always-on gate. */
const GATE_LIMIT_BYTES = 8 * 1024;
/**
 * The reader's ceiling: what is compiled and run on the page's main thread before the first
 * highlight of every rare-earth article. It was 322,728 bytes while it carried React (then its
 * evaluation took 45–215 ms on the team corpus; docs/bench.md); without React and the in-page
 * components it measures 76,280 bytes: zod/mini schemas (~28 KB), WXT's storage and context
 * (~14 KB), anchoring, painting, keys. 96 KB leaves ~25 % for growth and fails a change that pulls
 * React (or another library of its size) back in.
 */
const READER_LIMIT_BYTES = 96 * 1024;
/**
 * The reader's UI (React 19 + banner, card, notice), injected only when the reader shows one of
 * them. Measured at 276,720 bytes, of which react-dom is ~207 KB. 300 KB: React's own size plus
 * the components, with little room, so that a second UI library cannot slip in.
 */
const READER_UI_LIMIT_BYTES = 300 * 1024;

const manifestPath = join(EXTENSION_DIR, 'manifest.json');
const built = existsSync(manifestPath);
if (!built && process.env.REQUIRE_E2E === '1') throw new Error('REQUIRE_E2E=1 but there is no build in .output/chrome-mv3');

describe.runIf(built)('built extension', () => {
  const manifest = built ? JSON.parse(readFileSync(manifestPath, 'utf8')) : {};

  it('registers only the gate as an always-on content script, on http(s) pages', () => {
    expect(manifest.content_scripts).toHaveLength(1);
    expect(manifest.content_scripts[0].js).toEqual(['gate.js']);
    expect(manifest.content_scripts[0].matches).toEqual(['http://*/*', 'https://*/*']);
  });

  it('keeps the gate within 8 KB and free of React, zod, Dexie and Readability', () => {
    const gate = readFileSync(join(EXTENSION_DIR, 'gate.js'), 'utf8');
    expect(Buffer.byteLength(gate)).toBeLessThanOrEqual(GATE_LIMIT_BYTES);
    // Nor WXT's content-script context (it reads browser.runtime and posts into the page on every load).
    for (const marker of ['react.element', '__SECRET_INTERNALS', 'ZodError', '_zod', 'Dexie', 'Readability', 'indexedDB', 'wxt:content-script-started']) {
      expect(gate, marker).not.toContain(marker);
    }
  });

  it('keeps both content scripts self-contained classic scripts (no chunk to fetch on the page)', () => {
    for (const name of ['gate.js', 'content-scripts/reader.js', 'reader-ui.js']) {
      const code = readFileSync(join(EXTENSION_DIR, name), 'utf8');
      expect(code, name).not.toMatch(/(^|[;}\s])import\s*[{(*"'`]|\bimport\(/);
    }
  });

  it(`keeps the reader within ${READER_LIMIT_BYTES / 1024} KB, without React`, () => {
    const reader = readFileSync(join(EXTENSION_DIR, 'content-scripts/reader.js'), 'utf8');
    expect(Buffer.byteLength(reader)).toBeLessThanOrEqual(READER_LIMIT_BYTES);
    for (const marker of ['react.transitional.element', '__CLIENT_INTERNALS', 'Dexie', 'Readability']) expect(reader, marker).not.toContain(marker);
  });

  it(`keeps the reader's UI within ${READER_UI_LIMIT_BYTES / 1024} KB`, () => {
    expect(Buffer.byteLength(readFileSync(join(EXTENSION_DIR, 'reader-ui.js')))).toBeLessThanOrEqual(READER_UI_LIMIT_BYTES);
  });

  it('ships the reader for on-demand injection, not in the manifest', () => {
    expect(existsSync(join(EXTENSION_DIR, 'content-scripts/reader.js'))).toBe(true);
    expect(JSON.stringify(manifest.content_scripts)).not.toContain('reader');
    expect(existsSync(join(EXTENSION_DIR, 'reader-ui.js'))).toBe(true);
    // Not web-accessible: pages can neither load it nor detect the extension by it.
    expect(JSON.stringify(manifest.web_accessible_resources ?? [])).not.toContain('reader');
  });

  it('asks only for the permissions the README justifies', () => {
    expect([...manifest.permissions].sort()).toEqual(['contextMenus', 'offscreen', 'scripting', 'sidePanel', 'storage', 'webNavigation']);
    expect(manifest.host_permissions).toEqual(['http://*/*', 'https://*/*']);
    expect(manifest.side_panel.default_path).toBe('sidepanel.html');
  });
});

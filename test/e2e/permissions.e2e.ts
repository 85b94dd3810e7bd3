// Permissions, in the built Chrome extension (.output/chrome-mv3) and in Chromium. Covers: every
// permission the manifest asks for, and the optional one, is justified in the README's table; the
// `downloads` permission is optional and not granted at install; nothing opens the extension to web
// pages or other extensions (no externally_connectable, no web-accessible resources); turning the
// automatic backup on asks the browser for `downloads` from the reader's click (headless Chromium
// shows its prompt and never answers, so the test stops at the request); the backup's file, made by
// the offscreen document for the background, is an importable export of the whole library.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { planImport } from '../../lib/clips/import-clips';
import { readmePermissionTable } from '../packages/store-packages';
import { newClipInput } from '../unit/clips/new-clip-input';
import { contentWorld } from './content-world';
import { EXTENSION_DIR, type Harness, e2eAvailable, launch } from './harness';

declare const chrome: typeof import('wxt/browser').browser;

const run = e2eAvailable();

interface Manifest {
  permissions: string[];
  optional_permissions?: string[];
  host_permissions: string[];
  externally_connectable?: unknown;
  web_accessible_resources?: unknown;
}

describe.runIf(run)('permissions', () => {
  let manifest: Manifest;
  let h: Harness;
  beforeAll(async () => {
    manifest = JSON.parse(readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8')) as Manifest;
    h = await launch([{ host: 'clips.example', routes: { '/': () => '<!doctype html><title>Notes</title><p>A plain page.</p>' } }]);
  });
  afterAll(async () => h?.close());

  it('justifies every permission in the README, and asks for downloads only as an optional one', () => {
    const table = readmePermissionTable();
    for (const permission of [...manifest.permissions, ...(manifest.optional_permissions ?? [])]) expect(table, permission).toContain(`\`${permission}\``);
    for (const host of manifest.host_permissions) expect(table).toContain(`\`${host}\``);
    expect(manifest.optional_permissions).toEqual(['downloads']);
    expect(manifest.permissions).not.toContain('downloads');
    expect(table).toMatch(/`downloads` — \*\*optional\*\*/);
  });

  it('opens nothing to web pages or other extensions', () => {
    expect(manifest.externally_connectable).toBeUndefined();
    expect(manifest.web_accessible_resources).toBeUndefined();
  });

  it('does not hold the downloads permission until the reader turns the backup on, and then asks for it', async () => {
    expect(await h.worker.evaluate(() => chrome.permissions.contains({ permissions: ['downloads'] }))).toBe(false);
    expect(await h.worker.evaluate(() => typeof (chrome as unknown as { downloads?: unknown }).downloads)).toBe('undefined');
    const options = await h.context.newPage();
    await options.goto(`chrome-extension://${h.extensionId}/options.html`);
    await expect.poll(() => options.getByRole('radio', { name: 'Off' }).isChecked()).toBe(true);
    await options.getByRole('radio', { name: 'Every week' }).click();
    // The browser's prompt is up (it never answers headless); the setting waits for the answer.
    await expect.poll(() => options.getByText('Lodestone is asking your browser for permission to save files').count()).toBe(1);
    expect(await h.worker.evaluate(async () => ((await chrome.storage.local.get('settings')).settings as { backupEvery?: string } | undefined)?.backupEvery ?? 'off')).toBe('off');
    await options.close();
  });

  it('makes the backup file in the offscreen document: an importable export of the whole library', async () => {
    const page = await h.context.newPage();
    await page.goto(h.url('clips.example', '/'));
    const world = await contentWorld(h.context, page);
    const texts = ['Gallium export licences were tightened again.', 'NdPr oxide prices rose 4% this week.', 'A new separation line started in Malaysia.'];
    for (const text of texts) {
      const reply = await world.evaluate((clip) => chrome.runtime.sendMessage({ type: 'clip:save', clip }), newClipInput({ text, url: 'http://clips.example/', pageUrl: 'http://clips.example/' }));
      expect(reply).toMatchObject({ ok: true, created: true });
    }
    await world.close();
    // What the background does for a due backup (auto-backup.ts: makeFile), then reads the file.
    const file = await h.worker.evaluate(async () => {
      const offscreen = chrome.runtime.getURL('/offscreen.html');
      const existing = await chrome.runtime.getContexts({ contextTypes: ['OFFSCREEN_DOCUMENT' as never], documentUrls: [offscreen] });
      if (existing.length === 0) {
        await chrome.offscreen.createDocument({ url: offscreen, reasons: ['DOM_PARSER' as never, 'BLOBS' as never], justification: 'test' });
      }
      const reply = (await chrome.runtime.sendMessage({ type: 'offscreen:backup' })) as { ok: boolean; url: string; count: number };
      return { reply, text: await (await fetch(reply.url)).text() };
    });
    expect(file.reply).toMatchObject({ ok: true, count: texts.length });
    expect(file.reply.url).toMatch(new RegExp(`^blob:chrome-extension://${h.extensionId}/`));
    const plan = planImport(file.text, { ids: new Set(), dedupeKeys: new Set() });
    expect(plan.ok && plan.fresh.map((c) => c.text).sort()).toEqual([...texts].sort());
    await page.close();
  });
});

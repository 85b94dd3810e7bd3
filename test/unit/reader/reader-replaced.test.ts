// @vitest-environment jsdom
// Covers the reader's start when its UI script is slow and the reader is replaced meanwhile
// (entrypoints/reader.content/reader-page.tsx, mount-ui.tsx): the reader is ready — it answers
// messages — once the highlights are painted, without waiting for the UI; and a reader that WXT
// invalidated (a second reader injected, e.g. by "Clip to Lodestone") mounts no banner when the UI
// arrives late, since nothing would ever remove it. Page: the seed article (reader-dom.ts).
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createBanner, mountCard, mountToast } from '../../../entrypoints/reader.content/mount-ui';
import { startReaderPage } from '../../../entrypoints/reader.content/reader-page';
import { READER_UI_GLOBAL } from '../../../entrypoints/reader.content/ui-api';
import { analyzeDocument } from '../../../lib/analyze-page';
import { seedArticlePage } from './reader-dom';

const URL_ = 'https://rareearthexchanges.com/news/chinas-northern-rare-earth-group-tightens-grip-on-trade-strategy-heading-into-2026/';
let releaseUi: (() => void) | null = null;
let ctx: ContentScriptContext;

const painted = () => [...(CSS.highlights as unknown as Map<string, Set<unknown>>).values()].reduce((n, h) => n + h.size, 0);

beforeAll(() => {
  fakeBrowser.reset();
  vi.spyOn(console, 'debug').mockImplementation(() => {});
  const html = seedArticlePage();
  fakeBrowser.runtime.onMessage.addListener((msg: { type?: string }, _sender, sendResponse) => {
    if (msg?.type === 'reader:load-ui') {
      releaseUi = () => {
        (globalThis as Record<string, unknown>)[READER_UI_GLOBAL] = { createBanner, mountCard, mountToast };
        sendResponse({ ok: true });
      };
    } else sendResponse(msg?.type === 'clips:for-page' ? { texts: [], clips: [] } : { ok: true });
    return true;
  });
  ctx = new ContentScriptContext('reader');
  return startReaderPage(ctx, Promise.resolve(analyzeDocument(new DOMParser().parseFromString(html, 'text/html'), URL_))).then(() => undefined);
});

afterAll(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

describe('a reader whose UI is slow to come', () => {
  it('is ready once the highlights are painted, with the UI still loading', async () => {
    expect(painted()).toBeGreaterThan(3);
    await vi.waitFor(() => expect(releaseUi).not.toBeNull());
    expect(document.querySelector('lodestone-banner')).toBeNull();
  });

  it('mounts no banner when it was replaced before the UI arrived', async () => {
    ctx.abort();
    expect(painted()).toBe(0);
    releaseUi!();
    await new Promise((r) => setTimeout(r, 50));
    expect(document.querySelector('lodestone-banner')).toBeNull();
  });
});

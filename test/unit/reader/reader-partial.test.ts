// @vitest-environment jsdom
// Covers the reader handed only the first signals of a huge analysis (entrypoints/reader.content/
// reader-page.tsx with receive-analysis.ts): the background's service worker was stopped half-way
// through the handoff, and what it still had was its stored copy. The reader paints what it has and
// says, in a notice, that it shows only the first N of M signals (it used to stay silent: the rest
// of the page looked as if it had none). Page: the seed article (reader-dom.ts).
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createBanner, mountCard, mountToast } from '../../../entrypoints/reader.content/mount-ui';
import { startReaderPage } from '../../../entrypoints/reader.content/reader-page';
import { READER_UI_GLOBAL } from '../../../entrypoints/reader.content/ui-api';
import { analyzeDocument } from '../../../lib/analyze-page';
import { seedArticlePage } from './reader-dom';

const URL_ = 'https://rareearthexchanges.com/news/chinas-northern-rare-earth-group-tightens-grip-on-trade-strategy-heading-into-2026/';
let ctx: ContentScriptContext;

const painted = () => [...(CSS.highlights as unknown as Map<string, Set<unknown>>).values()].reduce((n, h) => n + h.size, 0);
const toastText = () => document.querySelector('lodestone-toast')?.shadowRoot?.querySelector('.toast')?.textContent ?? '';

beforeAll(async () => {
  fakeBrowser.reset();
  vi.spyOn(console, 'debug').mockImplementation(() => {});
  fakeBrowser.runtime.onMessage.addListener((msg: { type?: string }, _sender, sendResponse) => {
    if (msg?.type === 'reader:load-ui') (globalThis as Record<string, unknown>)[READER_UI_GLOBAL] = { createBanner, mountCard, mountToast };
    sendResponse(msg?.type === 'clips:for-page' ? { texts: [], clips: [] } : { ok: true });
    return true;
  });
  const analysis = analyzeDocument(new DOMParser().parseFromString(seedArticlePage(), 'text/html'), URL_);
  expect(analysis.signals.length).toBeGreaterThan(6);
  // The first 6 signals reached the reader; the analysis had 1,200 more.
  const partial = { ...analysis, signals: analysis.signals.slice(0, 6), omittedSignals: 1_200 };
  ctx = new ContentScriptContext('reader');
  await startReaderPage(ctx, Promise.resolve(partial));
});

afterAll(() => {
  ctx.abort();
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

describe('a reader handed part of a huge analysis', () => {
  it('paints what it has and says it shows only the first signals', async () => {
    await vi.waitFor(() => expect(painted()).toBeGreaterThan(0));
    await vi.waitFor(() => expect(toastText()).toContain('shows the first 6 of 1,206 signals'), { timeout: 5_000 });
    expect(toastText()).toContain('Reload the page');
  });
});

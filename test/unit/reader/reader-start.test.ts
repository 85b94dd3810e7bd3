// @vitest-environment jsdom
// Covers the reader's start on a rare-earth article (entrypoints/reader.content/reader-page.tsx),
// for what the bench measures (npm run bench, docs/bench.md): the highlights are painted before
// the React UI is even loaded (reader:load-ui: the background injects entrypoints/reader-ui.tsx); the saved clips and the highlight stylesheet are asked for at the same
// time, not one after the other; the banner comes in a later task; the signal card and the notice
// are mounted only when first needed. Page: the seed article (test/unit/reader/reader-dom.ts).
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createBanner, mountCard, mountToast } from '../../../entrypoints/reader.content/mount-ui';
import { type ReaderPage, startReaderPage } from '../../../entrypoints/reader.content/reader-page';
import { READER_UI_GLOBAL } from '../../../entrypoints/reader.content/ui-api';
import { analyzeDocument } from '../../../lib/analyze-page';
import type { AnalysisResult } from '../../../lib/analysis-result';
import { seedArticlePage } from './reader-dom';

const URL_ = 'https://rareearthexchanges.com/news/chinas-northern-rare-earth-group-tightens-grip-on-trade-strategy-heading-into-2026/';

let ctx: ContentScriptContext;
let page: ReaderPage;
let analysis: AnalysisResult;
/** Messages the reader sent, and what the page held when each arrived. */
const arrivals: { type: string; painted: number; uiHosts: number }[] = [];
/** Replies held back until both start-up requests have arrived (a reader asking in turn would wait forever). */
const held: (() => void)[] = [];

const uiHosts = () => document.querySelectorAll('lodestone-banner, lodestone-card, lodestone-toast').length;
const painted = () => [...(CSS.highlights as unknown as Map<string, Set<unknown>>).values()].reduce((n, h) => n + h.size, 0);

beforeAll(async () => {
  fakeBrowser.reset();
  const html = seedArticlePage();
  analysis = analyzeDocument(new DOMParser().parseFromString(html, 'text/html'), URL_);
  fakeBrowser.runtime.onMessage.addListener((msg: { type?: string }, _sender, sendResponse) => {
    const type = String(msg?.type);
    arrivals.push({ type, painted: painted(), uiHosts: uiHosts() });
    const reply = () => sendResponse(type === 'clips:for-page' ? { texts: [], clips: [] } : { ok: true });
    // The background injects the UI script (entrypoints/reader-ui.tsx), which installs this.
    if (type === 'reader:load-ui') (globalThis as Record<string, unknown>)[READER_UI_GLOBAL] = { createBanner, mountCard, mountToast };
    if (type === 'clips:for-page' || type === 'reader:theme') {
      held.push(reply);
      if (held.length === 2) for (const r of held.splice(0)) r();
    } else reply();
    return true;
  });
  vi.spyOn(console, 'debug').mockImplementation(() => {});
  ctx = new ContentScriptContext('reader');
  let started = false;
  const start = startReaderPage(ctx, Promise.resolve(analysis)).then((p) => {
    started = true;
    page = p;
  });
  await vi.waitFor(() => expect(started).toBe(true), { timeout: 5_000 });
  await start;
});

afterAll(() => {
  ctx.abort();
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

describe('the reader’s start on an article', () => {
  it('asks for the saved clips and the stylesheet together, before painting and before any UI', () => {
    const first = arrivals.slice(0, 2);
    expect(first.map((a) => a.type).sort()).toEqual(['clips:for-page', 'reader:theme']);
    for (const a of first) expect(a).toMatchObject({ painted: 0, uiHosts: 0 });
  });

  it('paints the signals, then loads the UI and mounts the banner, and not the card or the notice', async () => {
    expect(painted()).toBeGreaterThan(3);
    await vi.waitFor(() => expect(document.querySelectorAll('lodestone-banner')).toHaveLength(1));
    const loads = arrivals.filter((a) => a.type === 'reader:load-ui');
    expect(loads).toHaveLength(1);
    expect(loads[0]!.painted).toBeGreaterThan(3);
    expect(document.querySelectorAll('lodestone-card, lodestone-toast')).toHaveLength(0);
    // The orphan report (after paint) found every highlight already there.
    const orphans = arrivals.find((a) => a.type === 'reader:orphans');
    expect(orphans?.painted).toBeGreaterThan(3);
  });

  it('mounts the card when a signal is first focused, and the notice when there is one', async () => {
    expect(await page.handle({ type: 'reader:command', command: 'next' })).toEqual({ ok: true });
    await vi.waitFor(() => expect(document.querySelectorAll('lodestone-card')).toHaveLength(1));
    expect(document.querySelectorAll('lodestone-toast')).toHaveLength(0);
    expect(await page.handle({ type: 'reader:notice', text: 'Clipped to Lodestone.', tone: 'ok' })).toEqual({ ok: true });
    await vi.waitFor(() => expect(document.querySelectorAll('lodestone-toast')).toHaveLength(1));
    // Loaded once for all three.
    expect(arrivals.filter((a) => a.type === 'reader:load-ui')).toHaveLength(1);
  });

  it('hit-tests where the pointer is at the frame, and keeps the card while the pointer is on it', async () => {
    const range = [...(CSS.highlights as unknown as Map<string, Set<Range>>).values()].find((h) => h.size > 0)!.values().next().value!;
    // jsdom has no layout: the stubbed boxes put every range at y 100–120, x 10–300.
    Object.assign(document, {
      caretPositionFromPoint: (x: number, y: number) =>
        y >= 100 && y <= 120 && x >= 10 ? { offsetNode: range.startContainer, offset: range.startOffset } : { offsetNode: document.body, offset: 0 },
    });
    const cardShown = () => Boolean(document.querySelector('lodestone-card')?.shadowRoot?.querySelector('.card'));
    const at = (target: EventTarget, x: number, y: number, type = 'pointermove') =>
      target.dispatchEvent(new MouseEvent(type, { bubbles: true, composed: true, clientX: x, clientY: y }));
    const later = (ms: number) => new Promise((r) => setTimeout(r, ms));
    // A click off the signals closes the pinned card.
    at(document.body, 5, 5, 'click');
    await vi.waitFor(() => expect(cardShown()).toBe(false));
    // Two moves in one frame, the last onto a signal: the card opens, and stays.
    at(document.body, 5, 5);
    at(document.body, 50, 110);
    await vi.waitFor(() => expect(cardShown()).toBe(true));
    await later(600);
    expect(cardShown()).toBe(true);
    // On to the card itself (off every signal): it stays while the pointer is on it.
    const inCard = document.querySelector('lodestone-card')!.shadowRoot!.querySelector('.card')!;
    at(inCard, 5, 5);
    await later(600);
    expect(cardShown()).toBe(true);
    // Off both: it goes.
    at(document.body, 5, 5);
    await vi.waitFor(() => expect(cardShown()).toBe(false));
  });

  it('adds nothing to its context per frame, notice or scroll (WXT keeps every ctx timer’s listener until the reader ends)', async () => {
    const added = vi.spyOn(ctx.signal, 'addEventListener');
    for (let i = 0; i < 5; i++) {
      document.body.dispatchEvent(new MouseEvent('pointermove', { bubbles: true, clientX: 50, clientY: 110 }));
      await new Promise((r) => requestAnimationFrame(r));
      await new Promise((r) => requestAnimationFrame(r));
    }
    expect(await page.handle({ type: 'reader:notice', text: 'Clipped to Lodestone.', tone: 'ok' })).toEqual({ ok: true });
    expect(await page.handle({ type: 'reader:scroll-to', index: 0 })).toEqual({ ok: true });
    await new Promise((r) => setTimeout(r, 20));
    expect(added.mock.calls.filter(([type]) => type === 'abort')).toEqual([]);
    added.mockRestore();
  });
});

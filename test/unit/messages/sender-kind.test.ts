// @vitest-environment jsdom
// Covers the sender checks of lib/messages.ts (senderKind, acceptedSender, MESSAGE_SENDERS) with
// senders shaped as Chromium fills them (measured: a content script's sender has the tab, frameId
// and page URL; the service worker's is chrome-extension://<id>/background.js; the side panel's is
// its page, with no tab), and the offscreen document's real listener (entrypoints/offscreen/main.ts,
// registered on WXT's fake browser): it parses for the background alone, and under a 2,000-message
// fuzz answers nothing else.
import fc from 'fast-check';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { MESSAGE_SENDERS, type MessageType, type SenderKind, acceptedSender, senderKind } from '../../../lib/messages';
import { fuzzCases, illegitimateSenders, legitimateSenders } from './message-fuzz';

describe('senderKind', () => {
  it('names each of the extension’s contexts', () => {
    const senders = legitimateSenders();
    for (const kind of Object.keys(senders) as SenderKind[]) expect(senderKind(senders[kind])).toBe(kind);
  });

  it('names nothing else: other extensions, web pages, sub-frames, unknown pages, lookalike URLs', () => {
    for (const sender of illegitimateSenders()) expect(senderKind(sender ?? {}), JSON.stringify(sender)).toBeNull();
  });
});

describe('MESSAGE_SENDERS', () => {
  it('lets the page side (content scripts) send only in-page messages', () => {
    const fromPages = (Object.keys(MESSAGE_SENDERS) as MessageType[]).filter((t) => (MESSAGE_SENDERS[t] as readonly string[]).includes('content-script'));
    expect(fromPages.sort()).toEqual(['clip:save', 'clip:selection', 'clips:for-page', 'gate:candidate', 'gate:part', 'reader:analyze', 'reader:load-ui', 'reader:orphans', 'reader:ready', 'reader:signals', 'reader:theme']);
  });

  it('accepts a message only from its kind of sender', () => {
    const senders = legitimateSenders();
    expect(acceptedSender({ type: 'offscreen:analyze', url: 'x', html: '' }, senders.background)).toBe(true);
    expect(acceptedSender({ type: 'offscreen:analyze', url: 'x', html: '' }, senders['side-panel'])).toBe(false);
    expect(acceptedSender({ type: 'clips:save-category', tabId: 1, category: 'pricing' }, senders['side-panel'])).toBe(true);
    expect(acceptedSender({ type: 'clips:save-category', tabId: 1, category: 'pricing' }, senders.options)).toBe(false);
    expect(acceptedSender({ type: 'reader:notice', text: '', tone: 'ok' }, senders['side-panel'])).toBe(false);
  });
});

describe('the offscreen document’s listener', () => {
  const PAGE = '<!doctype html><html><head><title>Dysprosium</title></head><body><article><p>China tightened export licensing for dysprosium and terbium, and prices of dysprosium oxide rose 12% in a week.</p></article></body></html>';

  beforeAll(async () => {
    fakeBrowser.reset();
    await import('../../../entrypoints/offscreen/main');
  });

  it('analyzes a page for the background', async () => {
    const sendResponse = vi.fn();
    const returned = await fakeBrowser.runtime.onMessage.trigger({ type: 'offscreen:analyze', url: 'https://example.com/a', html: PAGE }, legitimateSenders().background, sendResponse);
    expect(returned).toEqual([true]);
    await vi.waitFor(() => expect(sendResponse).toHaveBeenCalledWith(expect.objectContaining({ ok: true })));
  });

  it('refuses the same request from the side panel, a content script or the offscreen document itself', async () => {
    const senders = legitimateSenders();
    for (const kind of ['side-panel', 'content-script', 'options', 'offscreen'] as const) {
      expect(await fakeBrowser.runtime.onMessage.trigger({ type: 'offscreen:analyze', url: 'https://example.com/a', html: PAGE }, senders[kind], vi.fn())).toEqual([false]);
    }
  });

  it('answers none of 2,000 malformed or misdirected messages', async () => {
    vi.spyOn(console, 'debug').mockImplementation(() => {});
    const sendResponse = vi.fn();
    const samples = fc.sample(fuzzCases(['offscreen:analyze', 'offscreen:backup']), { numRuns: 2_000 });
    for (const { raw, sender } of samples) expect(await fakeBrowser.runtime.onMessage.trigger(raw, sender, sendResponse)).toEqual([false]);
    expect(sendResponse).not.toHaveBeenCalled();
  });
});

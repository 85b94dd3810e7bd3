// Covers handleMessages and the sender predicates of lib/messages.ts against WXT's fake browser:
// only the extension's own, well-formed, accepted messages reach a handler, and every accepted
// request is answered (with `{ ok: false, error }` when the handler fails).
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  BackgroundMessage,
  ReaderMessage,
  fromExtensionPage,
  fromTabTopFrame,
  handleMessages,
  type Sender,
} from '../../../lib/messages';

const PAGE = 'https://www.mining.example/news/lynas-kalgoorlie-output/';
const READY = { type: 'reader:ready', url: PAGE } as const;

function tabSender(overrides: Partial<Sender> = {}): Sender {
  return {
    id: fakeBrowser.runtime.id,
    url: PAGE,
    frameId: 0,
    tab: { id: 17, index: 0, highlighted: true, active: true, pinned: false, incognito: false, windowId: 1 } as Sender['tab'],
    ...overrides,
  };
}

function extensionSender(path = 'sidepanel.html'): Sender {
  return { id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL(`/${path}`) };
}

/** Lets the listener's promise chain (handler, then sendResponse) run. */
async function settle(): Promise<void> {
  for (let i = 0; i < 5; i++) await new Promise((r) => setTimeout(r, 0));
}

beforeEach(() => {
  fakeBrowser.reset();
});

afterEach(() => {
  vi.restoreAllMocks();
});

describe('handleMessages', () => {
  it('answers a valid message from the extension through sendResponse', async () => {
    const handler = vi.fn(() => ({ ok: false as const, error: 'no analysis yet' }));
    handleMessages(BackgroundMessage, () => true, handler);
    const sendResponse = vi.fn();
    const sender = tabSender();

    const returned = await fakeBrowser.runtime.onMessage.trigger(READY, sender, sendResponse);
    expect(returned).toEqual([true]);
    await settle();
    expect(handler).toHaveBeenCalledTimes(1);
    expect(handler).toHaveBeenCalledWith(READY, sender);
    expect(sendResponse).toHaveBeenCalledTimes(1);
    expect(sendResponse).toHaveBeenCalledWith({ ok: false, error: 'no analysis yet' });
  });

  it('awaits an async handler before answering', async () => {
    handleMessages(BackgroundMessage, () => true, async (msg) => {
      await new Promise((r) => setTimeout(r, 1));
      return msg.type === 'clips:for-page' ? { texts: ['PrNd appears stable.'], clips: [] } : null;
    });
    const sendResponse = vi.fn();
    await fakeBrowser.runtime.onMessage.trigger({ type: 'clips:for-page', url: PAGE }, tabSender(), sendResponse);
    await vi.waitFor(() => expect(sendResponse).toHaveBeenCalledWith({ texts: ['PrNd appears stable.'], clips: [] }));
  });

  it('passes the parsed message (unknown keys dropped), not the raw one', async () => {
    const handler = vi.fn(() => null);
    handleMessages(BackgroundMessage, () => true, handler);
    await fakeBrowser.runtime.onMessage.trigger({ ...READY, injected: '<script>' }, tabSender(), vi.fn());
    await settle();
    expect(handler).toHaveBeenCalledWith(READY, expect.anything());
  });

  it('refuses a runtime.sendMessage that carries no sender id', async () => {
    const handler = vi.fn(() => null);
    handleMessages(BackgroundMessage, () => true, handler);
    // The fake browser's sendMessage passes an empty sender: no extension id, so no answer.
    await expect(fakeBrowser.runtime.sendMessage({ type: 'tab:analysis', tabId: 3 })).resolves.toBeUndefined();
    await settle();
    expect(handler).not.toHaveBeenCalled();
  });

  it('ignores a message from another extension', async () => {
    const handler = vi.fn(() => null);
    handleMessages(BackgroundMessage, () => true, handler);
    const sendResponse = vi.fn();
    const returned = await fakeBrowser.runtime.onMessage.trigger(READY, tabSender({ id: 'another-extension-id' }), sendResponse);
    expect(returned).toEqual([false]);
    await settle();
    expect(handler).not.toHaveBeenCalled();
    expect(sendResponse).not.toHaveBeenCalled();
  });

  it('ignores a message with no sender id (a web page cannot reach it)', async () => {
    const handler = vi.fn(() => null);
    handleMessages(BackgroundMessage, () => true, handler);
    const returned = await fakeBrowser.runtime.onMessage.trigger(READY, { url: PAGE } as Sender, vi.fn());
    expect(returned).toEqual([false]);
    await settle();
    expect(handler).not.toHaveBeenCalled();
  });

  it('ignores malformed messages without answering', async () => {
    const handler = vi.fn(() => null);
    handleMessages(BackgroundMessage, () => true, handler);
    const sendResponse = vi.fn();
    for (const raw of [
      null,
      'reader:ready',
      [READY],
      { type: 'reader:ready' },
      { type: 'reader:ready', url: 7 },
      { type: 'nonsense', url: PAGE },
      { type: 'reader:analyze', url: PAGE, html: 'x'.repeat(12_000_001) },
    ]) {
      const returned = await fakeBrowser.runtime.onMessage.trigger(raw, tabSender(), sendResponse);
      expect(returned).toEqual([false]);
    }
    await settle();
    expect(handler).not.toHaveBeenCalled();
    expect(sendResponse).not.toHaveBeenCalled();
  });

  it('ignores a message the accept predicate refuses', async () => {
    const handler = vi.fn(() => null);
    const accept = vi.fn((_msg: BackgroundMessage, sender: Sender) => fromExtensionPage(sender));
    handleMessages(BackgroundMessage, accept, handler);
    const sendResponse = vi.fn();
    const returned = await fakeBrowser.runtime.onMessage.trigger(READY, tabSender(), sendResponse);
    expect(returned).toEqual([false]);
    expect(accept).toHaveBeenCalledTimes(1);
    await settle();
    expect(handler).not.toHaveBeenCalled();
    expect(sendResponse).not.toHaveBeenCalled();

    await fakeBrowser.runtime.onMessage.trigger(READY, extensionSender(), sendResponse);
    await settle();
    expect(handler).toHaveBeenCalledTimes(1);
  });

  it('answers {ok:false, error} when the handler throws or rejects', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    handleMessages(BackgroundMessage, () => true, (msg) => {
      if (msg.type === 'reader:ready') throw new Error('offscreen document closed');
      if (msg.type === 'tab:analysis') return Promise.reject('tab gone');
      return null;
    });
    const first = vi.fn();
    expect(await fakeBrowser.runtime.onMessage.trigger(READY, tabSender(), first)).toEqual([true]);
    await vi.waitFor(() => expect(first).toHaveBeenCalledWith({ ok: false, error: 'offscreen document closed' }));

    const second = vi.fn();
    await fakeBrowser.runtime.onMessage.trigger({ type: 'tab:analysis', tabId: 9 }, extensionSender(), second);
    await vi.waitFor(() => expect(second).toHaveBeenCalledWith({ ok: false, error: 'tab gone' }));
    expect(first).toHaveBeenCalledTimes(1);
    expect(error).toHaveBeenCalled();
  });

  it('leaves messages of another family to their own listener', async () => {
    const background = vi.fn(() => null);
    const reader = vi.fn(() => ({ ok: true }));
    handleMessages(BackgroundMessage, () => true, background);
    handleMessages(ReaderMessage, () => true, reader);
    const sendResponse = vi.fn();
    const returned = await fakeBrowser.runtime.onMessage.trigger({ type: 'reader:scroll-to', index: 4 }, extensionSender(), sendResponse);
    expect(returned).toEqual([false, true]);
    await settle();
    expect(background).not.toHaveBeenCalled();
    expect(reader).toHaveBeenCalledWith({ type: 'reader:scroll-to', index: 4 }, expect.anything());
    expect(sendResponse).toHaveBeenCalledTimes(1);
    expect(sendResponse).toHaveBeenCalledWith({ ok: true });
  });

  it('stops listening when unsubscribed', async () => {
    const handler = vi.fn(() => null);
    const off = handleMessages(BackgroundMessage, () => true, handler);
    expect(fakeBrowser.runtime.onMessage.hasListeners()).toBe(true);
    off();
    expect(fakeBrowser.runtime.onMessage.hasListeners()).toBe(false);
    expect(await fakeBrowser.runtime.onMessage.trigger(READY, tabSender(), vi.fn())).toEqual([]);
    await settle();
    expect(handler).not.toHaveBeenCalled();
  });
});

describe('fromTabTopFrame', () => {
  it('is true for a content script in a tab’s top frame', () => {
    expect(fromTabTopFrame(tabSender())).toBe(true);
    expect(fromTabTopFrame(tabSender({ frameId: undefined }))).toBe(true);
  });

  it('is false in a sub-frame, without a tab, or for an extension page open in a tab', () => {
    expect(fromTabTopFrame(tabSender({ frameId: 3 }))).toBe(false);
    expect(fromTabTopFrame(tabSender({ tab: undefined }))).toBe(false);
    expect(fromTabTopFrame(extensionSender())).toBe(false);
    expect(fromTabTopFrame(tabSender({ url: fakeBrowser.runtime.getURL('/options.html') }))).toBe(false);
  });
});

describe('fromExtensionPage', () => {
  it('is true for the extension’s own pages', () => {
    expect(fromExtensionPage(extensionSender('sidepanel.html'))).toBe(true);
    expect(fromExtensionPage(extensionSender('offscreen.html'))).toBe(true);
  });

  it('is false for web pages, other extensions and a missing url', () => {
    expect(fromExtensionPage(tabSender())).toBe(false);
    expect(fromExtensionPage({ id: fakeBrowser.runtime.id })).toBe(false);
    expect(fromExtensionPage({ id: fakeBrowser.runtime.id, url: `chrome-extension://another-extension-id/sidepanel.html` })).toBe(false);
    // A prefix of our id is another extension, not us.
    expect(fromExtensionPage({ id: fakeBrowser.runtime.id, url: `chrome-extension://${fakeBrowser.runtime.id}x/sidepanel.html` })).toBe(false);
    expect(fromExtensionPage({ id: fakeBrowser.runtime.id, url: `https://evil.example/chrome-extension://${fakeBrowser.runtime.id}/` })).toBe(false);
  });
});

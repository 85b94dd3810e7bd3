// @vitest-environment jsdom
// The reader's message listener under fuzz: the real reader (entrypoints/reader.content:
// startReaderPage over the seed article, test/fixtures/seed-article.html, with its real analysis)
// behind the very listener the content script registers (reader-listener.ts), sent 10,000
// malformed messages or well-formed ones from senders that may not send them
// (test/unit/messages/message-fuzz.ts). The reader's writes are the messages it sends to the
// extension (a clip, a manual clip, an analysis, its colours…: each makes the background write) and
// extension storage writes (settings, label corrections). Result required: 0 of either, 0 replies,
// 0 errors. Controls show a legitimate command does reach the reader and is seen by the counters.
// The page: test/unit/reader/reader-dom.ts.
import fc from 'fast-check';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { readerListener } from '../../../entrypoints/reader.content/reader-listener';
import { type ReaderPage, startReaderPage } from '../../../entrypoints/reader.content/reader-page';
import { analyzeDocument } from '../../../lib/analyze-page';
import type { AnalysisResult } from '../../../lib/analysis-result';
import { type MessageListener, type MessageType, ReaderMessage } from '../../../lib/messages';
import { seedArticlePage } from '../reader/reader-dom';
import { VALID, fuzzCases, legitimateSenders } from './message-fuzz';

const READER_TYPES: MessageType[] = ['reader:scroll-to', 'reader:clips-changed', 'reader:ping', 'reader:command', 'reader:clip-target', 'reader:notice'];
const URL_ = 'https://rareearthexchanges.com/news/chinas-northern-rare-earth-group-tightens-grip-on-trade-strategy-heading-into-2026/';

let outgoing: string[];
let storageWrites: string[];
let page: ReaderPage;
let listener: MessageListener;
let ctx: ContentScriptContext;
let analysis: AnalysisResult;

async function settle(): Promise<void> {
  for (let i = 0; i < 10; i++) await new Promise((r) => setTimeout(r, 0));
}

beforeAll(async () => {
  fakeBrowser.reset();
  const html = seedArticlePage();
  // Analyzed as the offscreen document does: its own parse of the page (Readability consumes it).
  analysis = analyzeDocument(new DOMParser().parseFromString(html, 'text/html'), URL_);
  expect(analysis.signals.length).toBeGreaterThan(3);

  outgoing = [];
  // The background, as far as the reader can tell: answers what the reader asks at start.
  fakeBrowser.runtime.onMessage.addListener((msg: { type?: string }, _sender, sendResponse) => {
    outgoing.push(String(msg?.type));
    if (msg?.type === 'clips:for-page') sendResponse({ texts: [], clips: [] });
    else if (msg?.type === 'clip:save') sendResponse({ ok: true, id: crypto.randomUUID(), created: true });
    else sendResponse({ ok: true });
    return true;
  });
  storageWrites = [];
  for (const area of ['local', 'session', 'sync'] as const) {
    for (const method of ['set', 'remove', 'clear'] as const) {
      const original = fakeBrowser.storage[area][method].bind(fakeBrowser.storage[area]) as (...a: unknown[]) => Promise<void>;
      vi.spyOn(fakeBrowser.storage[area], method).mockImplementation(((...args: unknown[]) => {
        storageWrites.push(`${area}.${method}`);
        return original(...args);
      }) as never);
    }
  }
  vi.spyOn(console, 'debug').mockImplementation(() => {});
  ctx = new ContentScriptContext('reader');
  page = await startReaderPage(ctx, Promise.resolve(analysis));
  listener = readerListener(page);
  await settle();
});

afterAll(() => {
  ctx.abort();
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

describe('the reader’s message listener under fuzz', () => {
  it('runs the real reader: the seed article’s signals are painted', () => {
    const names = [...(CSS.highlights as unknown as Map<string, unknown>).keys()];
    expect(names.some((n) => n.startsWith('lodestone-'))).toBe(true);
  });

  it('generates well-formed reader messages (the arbitraries are right)', () => {
    fc.assert(
      fc.property(fc.constantFrom(...READER_TYPES).chain((t) => VALID[t]), (msg) => {
        expect(ReaderMessage.safeParse(msg).success).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('refuses 10,000 random, malformed or misdirected messages: nothing sent, nothing stored, no reply', async () => {
    const handle = vi.spyOn(page, 'handle');
    const error = vi.spyOn(console, 'error');
    outgoing.length = 0;
    storageWrites.length = 0;
    let replies = 0;
    fc.assert(
      fc.property(fuzzCases(READER_TYPES), ({ raw, sender }) => {
        expect(listener(raw, sender, () => (replies += 1))).toBe(false);
      }),
      { numRuns: 10_000 },
    );
    await settle();
    expect(handle).not.toHaveBeenCalled();
    expect(outgoing).toEqual([]);
    expect(storageWrites).toEqual([]);
    expect(replies).toBe(0);
    expect(error).not.toHaveBeenCalled();
    handle.mockRestore();
  });

  it('control: the background’s "clips changed" reaches the reader, which asks for its clips (a message the counter sees)', async () => {
    outgoing.length = 0;
    const sendResponse = vi.fn();
    expect(listener({ type: 'reader:clips-changed' }, legitimateSenders().background, sendResponse)).toBe(true);
    await vi.waitFor(() => expect(sendResponse).toHaveBeenCalledWith({ ok: true }));
    expect(outgoing).toContain('clips:for-page');
  });

  it('control: the background’s clip command with a focused signal sends a clip (the write the fuzz never caused)', async () => {
    outgoing.length = 0;
    const respond = vi.fn();
    listener({ type: 'reader:command', command: 'next' }, legitimateSenders().background, respond);
    await vi.waitFor(() => expect(respond).toHaveBeenCalledWith({ ok: true }));
    listener({ type: 'reader:command', command: 'clip' }, legitimateSenders().background, respond);
    await vi.waitFor(() => expect(outgoing).toContain('clip:save'));
  });

  it('the side panel may scroll the page but not command it; a page or another extension reaches nothing', () => {
    const senders = legitimateSenders();
    expect(listener({ type: 'reader:command', command: 'clip' }, senders['side-panel'], vi.fn())).toBe(false);
    expect(listener({ type: 'reader:clip-target', withHtml: true }, senders['side-panel'], vi.fn())).toBe(false);
    expect(listener({ type: 'reader:notice', text: 'Clipped!', tone: 'ok' }, senders['content-script'], vi.fn())).toBe(false);
    expect(listener({ type: 'reader:scroll-to', index: 0 }, senders.offscreen, vi.fn())).toBe(false);
    expect(listener({ type: 'reader:scroll-to', index: 0 }, { ...senders['side-panel'], id: 'another-extension-id' }, vi.fn())).toBe(false);
    expect(listener({ type: 'reader:scroll-to', index: 0 }, senders['side-panel'], vi.fn())).toBe(true);
  });
});

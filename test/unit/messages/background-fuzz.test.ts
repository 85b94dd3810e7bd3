// The background's message listener under fuzz: the very listener the service worker registers
// (entrypoints/background/dispatch.ts), over a real Dexie database (fake-indexeddb) and WXT's fake
// extension storage, is sent 10,000 messages that are malformed (test/unit/messages/message-fuzz.ts:
// not objects, unknown or missing types, a field of the wrong kind or over its bound, another
// context's messages, objects that throw when read) or well-formed but from a sender that may not
// send them (web pages, other extensions, sub-frames, unknown extension pages, the wrong kind of
// context). Result required: 0 database writes, 0 storage writes, 0 replies, 0 browser calls, 0
// errors. Control tests show the same counters do see the writes of a legitimate message.
import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { type BackgroundDeps, backgroundListener } from '../../../entrypoints/background/dispatch';
import type { AnalysisResult } from '../../../lib/analysis-result';
import { ClipDatabase } from '../../../lib/clips/clip-db';
import { BackgroundMessage, type MessageListener, type MessageType } from '../../../lib/messages';
import { countWrites } from '../clips/count-writes';
import { uniqueDbName } from '../clips/new-clip-input';
import { VALID, fuzzCases, legitimateSenders } from './message-fuzz';

const BACKGROUND_TYPES: MessageType[] = [
  'gate:candidate',
  'gate:part',
  'reader:ready',
  'reader:analyze',
  'reader:signals',
  'clip:save',
  'clips:for-page',
  'reader:orphans',
  'reader:theme',
  'reader:load-ui',
  'clip:selection',
  'tab:analysis',
  'clips:save-category',
];

const ANALYSIS: AnalysisResult = {
  url: 'https://www.mining.example/news/lynas-kalgoorlie-output/',
  article: null,
  topic: { isRareEarth: false, score: 0, evidence: [] },
  source: { publisher: { domain: 'mining.example', name: null, level: 'unknown', country: null, basis: null, reference: null }, relays: [], disclosures: [], banner: null },
  signals: [],
};

let db: ClipDatabase;
let dbWrites: () => number;
let storageWrites: string[];
let deps: { [K in keyof Omit<BackgroundDeps, 'db'>]: ReturnType<typeof vi.fn> };
let listener: MessageListener;
let errors: unknown[];
const onUnhandled = (reason: unknown) => errors.push(reason);

/** Lets every promise chain the listener may have started run to its end. */
async function settle(): Promise<void> {
  for (let i = 0; i < 10; i++) await new Promise((r) => setTimeout(r, 0));
}

beforeEach(async () => {
  fakeBrowser.reset();
  errors = [];
  process.on('unhandledRejection', onUnhandled);
  db = new ClipDatabase(uniqueDbName());
  // Counts every mutation that reaches IndexedDB (add, put, delete, deleteRange), from any code path.
  dbWrites = countWrites(db);
  await db.open();
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
  deps = {
    analyzeHtml: vi.fn(async () => ({ ok: true as const, result: ANALYSIS })),
    injectReader: vi.fn(async () => {}),
    injectReaderUi: vi.fn(async () => {}),
    applyHighlightCss: vi.fn(async () => {}),
    clipSelection: vi.fn(async () => ({ ok: false, error: 'no selection' })),
    tabUrl: vi.fn(async () => ANALYSIS.url),
    clipsChanged: vi.fn(),
  };
  listener = backgroundListener({ db, ...(deps as unknown as Omit<BackgroundDeps, 'db'>) });
});

afterEach(async () => {
  process.off('unhandledRejection', onUnhandled);
  vi.restoreAllMocks();
  db.close();
  await db.delete();
});

describe('the background message listener under fuzz', () => {
  it('generates well-formed messages that the background schema accepts (the arbitraries are right)', () => {
    fc.assert(
      fc.property(fc.constantFrom(...BACKGROUND_TYPES).chain((t) => VALID[t]), (msg) => {
        expect(BackgroundMessage.safeParse(msg).success).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('refuses 10,000 random, malformed or misdirected messages: 0 writes, 0 replies, 0 errors', async () => {
    const error = vi.spyOn(console, 'error');
    vi.spyOn(console, 'debug').mockImplementation(() => {});
    let replies = 0;
    const sendResponse = () => {
      replies += 1;
    };
    let cases = 0;
    fc.assert(
      fc.property(fuzzCases(BACKGROUND_TYPES), ({ raw, sender }) => {
        cases += 1;
        // false: refused on the spot, no handler started, nobody will be answered.
        expect(listener(raw, sender, sendResponse)).toBe(false);
      }),
      { numRuns: 10_000 },
    );
    await settle();
    expect(cases).toBe(10_000);
    expect(replies).toBe(0);
    expect(dbWrites()).toBe(0);
    expect(await db.clips.count()).toBe(0);
    expect(storageWrites).toEqual([]);
    for (const fn of Object.values(deps)) expect(fn).not.toHaveBeenCalled();
    expect(error).not.toHaveBeenCalled();
    expect(errors).toEqual([]);
  });

  it('control: the same counters see the writes of a legitimate clip:save from a tab', async () => {
    const sendResponse = vi.fn();
    const [msg] = fc.sample(VALID['clip:save'], { numRuns: 1, seed: 7 });
    expect(listener(msg, legitimateSenders()['content-script'], sendResponse)).toBe(true);
    await vi.waitFor(() => expect(sendResponse).toHaveBeenCalledWith(expect.objectContaining({ ok: true, created: true })));
    expect(dbWrites()).toBeGreaterThan(0);
    expect(await db.clips.count()).toBe(1);
  });

  it('control: a legitimate reader:analyze stores the tab analysis (a storage write the counters see)', async () => {
    const sendResponse = vi.fn();
    expect(listener({ type: 'reader:analyze', url: ANALYSIS.url, html: '<p>x</p>' }, legitimateSenders()['content-script'], sendResponse)).toBe(true);
    await vi.waitFor(() => expect(sendResponse).toHaveBeenCalledWith({ ok: true, result: ANALYSIS, total: 0, handoff: expect.any(String) }));
    expect(deps.analyzeHtml).toHaveBeenCalledTimes(1);
    expect(storageWrites).toContain('session.set');
  });
});

describe('a huge page from the gate, in parts', () => {
  const send = async (msg: unknown) => {
    const sendResponse = vi.fn();
    expect(listener(msg, legitimateSenders()['content-script'], sendResponse)).toBe(true);
    await vi.waitFor(() => expect(sendResponse).toHaveBeenCalled());
    return sendResponse.mock.calls[0]![0] as { ok: boolean };
  };

  it('is analyzed whole: the parts in order, then the candidate with the last', async () => {
    expect(await send({ type: 'gate:part', id: 'p1', index: 0, html: '<html><body><p>one ' })).toEqual({ ok: true });
    expect(await send({ type: 'gate:part', id: 'p1', index: 1, html: 'two ' })).toEqual({ ok: true });
    await send({ type: 'gate:candidate', url: ANALYSIS.url, html: 'three</p></body></html>', cues: [], parts: { id: 'p1', count: 3 } });
    expect(deps.analyzeHtml).toHaveBeenCalledWith('<html><body><p>one two three</p></body></html>', ANALYSIS.url);
  });

  it('is not analyzed when a part is missing, out of order or of another page', async () => {
    await send({ type: 'gate:part', id: 'p2', index: 0, html: 'a' });
    expect(await send({ type: 'gate:candidate', url: ANALYSIS.url, html: 'c', cues: [], parts: { id: 'p2', count: 3 } })).toEqual({ ok: false });
    expect(await send({ type: 'gate:part', id: 'p3', index: 1, html: 'b' })).toEqual({ ok: false });
    await send({ type: 'gate:part', id: 'p4', index: 0, html: 'a' });
    expect(await send({ type: 'gate:candidate', url: ANALYSIS.url, html: 'b', cues: [], parts: { id: 'p5', count: 2 } })).toEqual({ ok: false });
    expect(deps.analyzeHtml).not.toHaveBeenCalled();
  });

  it('comes whole from the reader too (reader:analyze with the last part), or not at all', async () => {
    await send({ type: 'gate:part', id: 'r1', index: 0, html: '<html><body><p>one ' });
    const reply = await send({ type: 'reader:analyze', url: ANALYSIS.url, html: 'two</p></body></html>', parts: { id: 'r1', count: 2 } });
    expect(reply).toMatchObject({ ok: true });
    expect(deps.analyzeHtml).toHaveBeenCalledWith('<html><body><p>one two</p></body></html>', ANALYSIS.url);
    (deps.analyzeHtml as ReturnType<typeof vi.fn>).mockClear();
    expect(await send({ type: 'reader:analyze', url: ANALYSIS.url, html: 'x', parts: { id: 'r2', count: 2 } })).toMatchObject({ ok: false, error: expect.any(String) });
    expect(deps.analyzeHtml).not.toHaveBeenCalled();
  });
});

describe('who may send what to the background', () => {
  const senders = () => legitimateSenders();

  it.each([
    ['tab:analysis', { type: 'tab:analysis', tabId: 17 }],
    ['clips:save-category', { type: 'clips:save-category', tabId: 17, category: 'pricing' }],
  ] as const)('a content script (the page’s side of the boundary) cannot send the side panel’s %s', (_t, msg) => {
    expect(listener(msg, senders()['content-script'], vi.fn())).toBe(false);
    expect(listener(msg, senders().offscreen, vi.fn())).toBe(false);
    expect(listener(msg, senders().options, vi.fn())).toBe(false);
    expect(listener(msg, senders()['side-panel'], vi.fn())).toBe(true);
  });

  it('only a tab’s top-frame content script saves a clip or sends a page to analyze', () => {
    const [clip] = fc.sample(VALID['clip:save'], { numRuns: 1, seed: 3 });
    for (const msg of [clip, { type: 'reader:analyze', url: ANALYSIS.url, html: '<p>x</p>' }, { type: 'gate:candidate', url: ANALYSIS.url, html: '<p>x</p>', cues: [] }]) {
      for (const kind of ['side-panel', 'options', 'offscreen', 'background'] as const) expect(listener(msg, senders()[kind], vi.fn()), kind).toBe(false);
      expect(listener(msg, { ...senders()['content-script'], frameId: 2 }, vi.fn())).toBe(false);
    }
  });

  it('does not handle the offscreen document’s or the reader’s messages', () => {
    for (const msg of [
      { type: 'offscreen:analyze', url: ANALYSIS.url, html: '<p>x</p>' },
      { type: 'reader:notice', text: 'hi', tone: 'ok' },
      { type: 'reader:command', command: 'clip' },
    ]) {
      for (const sender of Object.values(senders())) expect(listener(msg, sender, vi.fn())).toBe(false);
    }
  });
});

// Bad messages over real chrome.runtime messaging, in Chromium with the built extension, on the
// seed article (test/fixtures/seed-article.html). The unit fuzz (test/unit/messages/*-fuzz.test.ts)
// sends 10,000 messages to the listeners themselves; this one proves what only the browser can:
// - Chrome fills the sender (a page cannot forge it), and the listeners read it right: from
//   Lodestone's own content-script world (run through CDP: the page-facing side, i.e. what a
//   confused or compromised content script could send), 1,000 malformed messages and messages a
//   content script may not send (the side panel's, the offscreen document's, the reader's) are
//   received by the service worker and refused by every listener (background, offscreen
//   document): no reply, nothing written to IndexedDB or extension storage, no uncaught error;
// - the same from an extension page that may send nothing (the options page);
// - a web page's own scripts cannot reach the extension at all (no externally_connectable);
// - afterwards the extension still works: a legitimate clip is saved.
import fc from 'fast-check';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MESSAGE_SENDERS, type MessageType } from '../../lib/messages';
import { VALID, malformedFor } from '../unit/messages/message-fuzz';
import { type ContentWorld, contentWorld } from './content-world';
import { countMessages, extensionStorage, receivedMessages, storedClips } from './extension-state';
import { type Harness, e2eAvailable, launch, readHighlights } from './harness';

const run = e2eAvailable();
const HOST = 'rareearthexchanges.com';
const PATH = '/news/chinas-northern-rare-earth-group-tightens-grip-on-trade-strategy-heading-into-2026/';
const ALL_TYPES = Object.keys(MESSAGE_SENDERS) as MessageType[];

/** What runtime messaging can carry (a JSON value): samples that are not are dropped. */
function jsonable(values: unknown[]): unknown[] {
  return values.flatMap((v) => {
    try {
      const text = JSON.stringify(v);
      return text === undefined ? [] : [JSON.parse(text) as unknown];
    } catch {
      return [];
    }
  });
}

/** Sends each message with chrome.runtime.sendMessage where `send` runs; returns the replies (undefined: nobody answered). */
const SEND_ALL = async (msgs: unknown[]) => {
  const replies: unknown[] = [];
  for (const m of msgs) {
    try {
      replies.push(await chrome.runtime.sendMessage(m));
    } catch (e) {
      replies.push(`error: ${(e as Error).message}`);
    }
  }
  return replies;
};
declare const chrome: typeof import('wxt/browser').browser;

describe.runIf(run)('bad messages over real runtime messaging', () => {
  let h: Harness;
  let page: Page;
  let world: ContentWorld;
  let before: { clips: number; local: string; session: string };

  const snapshot = async () => ({
    clips: (await storedClips(h)).length,
    local: JSON.stringify(await extensionStorage(h, 'local')),
    session: JSON.stringify(await extensionStorage(h, 'session')),
  });

  beforeAll(async () => {
    h = await launch([{ host: HOST, routes: { [PATH]: 'seed-article.html' } }]);
    page = await h.context.newPage();
    await page.goto(h.url(HOST, PATH));
    expect(Object.keys(await readHighlights(page)).length).toBeGreaterThan(0);
    world = await contentWorld(h.context, page);
    await countMessages(h);
    before = await snapshot();
  });
  afterAll(async () => {
    await world?.close();
    await h?.close();
  });

  it('from the content-script world: 1,000 malformed or forbidden messages arrive and are all refused, nothing written', async () => {
    const forbidden = ALL_TYPES.filter((t) => !(MESSAGE_SENDERS[t] as readonly string[]).includes('content-script'));
    const msgs = [
      ...jsonable(fc.sample(malformedFor(ALL_TYPES), { numRuns: 900, seed: 11 })).slice(0, 700),
      ...fc.sample(fc.constantFrom(...forbidden).chain((t) => VALID[t]), { numRuns: 300, seed: 12 }),
    ];
    expect(msgs).toHaveLength(1_000);
    const seenBefore = (await receivedMessages(h)).total;
    const replies = await world.evaluate(SEND_ALL, msgs);
    // Every message reached the service worker (and the offscreen document), and nobody answered
    // (undefined, which comes back from the page as null).
    const { total, errors } = await receivedMessages(h);
    expect(total - seenBefore).toBe(msgs.length);
    expect(replies.filter((r) => r !== null && r !== undefined)).toEqual([]);
    expect(errors).toEqual([]);
    expect(await snapshot()).toEqual(before);
    expect(await readHighlights(page, 100)).not.toEqual({});
  });

  it('from an extension page that may send nothing (the options page): every message refused, nothing written', async () => {
    const options = await h.context.newPage();
    await options.goto(`chrome-extension://${h.extensionId}/options.html`);
    const msgs = jsonable([
      ...fc.sample(malformedFor(ALL_TYPES), { numRuns: 300, seed: 21 }),
      ...fc.sample(fc.constantFrom(...ALL_TYPES).chain((t) => VALID[t]), { numRuns: 300, seed: 22 }),
    ]);
    const replies = await options.evaluate(SEND_ALL, msgs);
    expect(replies.filter((r) => r !== null && r !== undefined)).toEqual([]);
    expect((await receivedMessages(h)).errors).toEqual([]);
    expect(await snapshot()).toEqual(before);
    await options.close();
  });

  it('a web page’s own scripts cannot message the extension at all', async () => {
    const seenBefore = (await receivedMessages(h)).total;
    const outcome = await page.evaluate(async (id) => {
      const runtime = (globalThis as { chrome?: { runtime?: { sendMessage?: (...a: unknown[]) => Promise<unknown> } } }).chrome?.runtime;
      if (!runtime?.sendMessage) return 'no runtime API in the page';
      try {
        return `answered: ${JSON.stringify(await runtime.sendMessage(id, { type: 'clip:selection' }))}`;
      } catch (e) {
        return `refused: ${(e as Error).message}`;
      }
    }, h.extensionId);
    expect(outcome).not.toMatch(/^answered/);
    expect((await receivedMessages(h)).total).toBe(seenBefore);
  });

  it('still works afterwards: a legitimate clip from the reader is saved', async () => {
    const clip = fc.sample(VALID['clip:save'], { numRuns: 1, seed: 5 })[0]!;
    const reply = await world.evaluate((m) => chrome.runtime.sendMessage(m), clip);
    expect(reply).toMatchObject({ ok: true, created: true });
    expect((await storedClips(h)).length).toBe(before.clips + 1);
  });
});

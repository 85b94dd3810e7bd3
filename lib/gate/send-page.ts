import { serializeInSlices } from './serialize-in-slices';

/**
 * Characters of page per message from the gate: sending the 5 MB bench article in one message
 * took 17–66 ms of the page's thread to serialize, ~3–13 ms a megabyte; a part of this size keeps
 * each message's task well under the 50 ms of a long task. (Here, not in lib/messages.ts: the gate
 * must not bundle zod.)
 */
export const GATE_PART_CHARS = 1_000_000;
/** The largest page the gate sends (MAX_HTML_CHARS in lib/messages.ts, checked there again). */
const MAX_CHARS = 12_000_000;
/**
 * Work between two pauses while serializing: a slice's last outerHTML call (a subtree of up to
 * 2,000 elements) may add a few ms, and the page keeps room for its own work in each 50 ms.
 */
const SLICE_MS = 10;

/** Lets the page run (its timers, input and frames) before the gate goes on. */
const pause = () => new Promise((resolve) => setTimeout(resolve, 0));

type Send = (message: Record<string, unknown>) => Promise<unknown>;

/**
 * Serializes the page and sends it to the background as gate:candidate, in slices of the page's
 * time: a huge page in parts of GATE_PART_CHARS (gate:part, each awaited so they arrive in order),
 * the last one with the candidate. An ordinary page is one outerHTML and one message, as before.
 */
export async function sendPage(send: Send, url: string, cues: string[]): Promise<void> {
  const html = await serializePage(pause);
  if (html === null) return;
  await sendInParts(send, html, (last, parts) => ({ type: 'gate:candidate', url, html: last, cues, ...(parts ? { parts } : {}) }), pause);
}

/** The page as outerHTML, serialized in slices with `wait()` between them; null past MAX_CHARS. */
export function serializePage(wait: () => Promise<unknown>): Promise<string | null> {
  return serializeInSlices(document.documentElement, SLICE_MS, wait, MAX_CHARS);
}

/**
 * Sends `html` as the message `last` makes of it, a huge one in parts of GATE_PART_CHARS first
 * (gate:part, each awaited so they arrive in order, `pause` before each); the reply to the last
 * message, or null when a part was refused.
 */
export async function sendInParts(
  send: Send,
  html: string,
  last: (html: string, parts: { id: string; count: number } | null) => Record<string, unknown>,
  wait: () => Promise<unknown>,
): Promise<unknown> {
  const count = Math.ceil(html.length / GATE_PART_CHARS);
  if (count <= 1) return send(last(html, null));
  const id = Math.random().toString(36).slice(2, 12) || '0';
  for (let index = 0; index < count - 1; index++) {
    await wait();
    const reply = (await send({ type: 'gate:part', id, index, html: html.slice(index * GATE_PART_CHARS, (index + 1) * GATE_PART_CHARS) })) as { ok?: boolean } | undefined;
    if (!reply?.ok) return null;
  }
  await wait();
  return send(last(html.slice((count - 1) * GATE_PART_CHARS), { id, count }));
}

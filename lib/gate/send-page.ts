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
  const html = await serializeInSlices(document.documentElement, SLICE_MS, pause, MAX_CHARS);
  if (html === null) return;
  const count = Math.ceil(html.length / GATE_PART_CHARS);
  if (count <= 1) {
    await send({ type: 'gate:candidate', url, html, cues });
    return;
  }
  const id = Math.random().toString(36).slice(2, 12) || '0';
  for (let index = 0; index < count - 1; index++) {
    await pause();
    const reply = (await send({ type: 'gate:part', id, index, html: html.slice(index * GATE_PART_CHARS, (index + 1) * GATE_PART_CHARS) })) as { ok?: boolean } | undefined;
    if (!reply?.ok) return;
  }
  await pause();
  await send({ type: 'gate:candidate', url, html: html.slice((count - 1) * GATE_PART_CHARS), cues, parts: { id, count } });
}

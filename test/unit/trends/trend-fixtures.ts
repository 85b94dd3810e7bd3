import type { Clip } from '../../../lib/clips/clip-schema';
import { dedupeKey } from '../../../lib/clips/dedupe-key';
import type { LoggedSignal } from '../../../lib/reading-log/logged-signal';
import { newClipInput } from '../clips/new-clip-input';

/** A clip of the seed article, the same sentence in the reading log, and another logged sentence. */
export function saveClipInput(): { clip: Clip; logged: LoggedSignal; other: LoggedSignal } {
  const input = newClipInput();
  const key = dedupeKey(input.url, input.text);
  const clip: Clip = { ...input, id: crypto.randomUUID(), dedupeKey: key, note: '', tags: [], textFragmentUrl: `${input.url}#:~:text=China`, createdAt: 2_000, updatedAt: 2_000 };
  const logged: LoggedSignal = { ...input, id: crypto.randomUUID(), dedupeKey: key, textFragmentUrl: clip.textFragmentUrl, seenAt: 1_000 };
  const text = 'Beijing tightened export licensing for dysprosium.';
  const other: LoggedSignal = { ...logged, id: crypto.randomUUID(), text, dedupeKey: dedupeKey(input.url, text), seenAt: 1_500 };
  return { clip, logged, other };
}

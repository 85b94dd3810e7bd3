import { normalizeText } from './normalize-text';

export interface QuoteSignalMatch<S> {
  signal: S;
  /** The quote is the signal's sentence (up to case, spacing and edge punctuation). */
  same: boolean;
}

/** Below this share of the longer text, a selection is about something else than the signal. */
const MIN_COVERAGE = 0.5;

/** Lower case, normalized, edge punctuation and quote marks dropped: how a selection's edges vary. */
function core(text: string): string {
  return normalizeText(text)
    .toLowerCase()
    .replace(/^[\s"'([{-]+|[\s"')\]}.,;:!?-]+$/g, '');
}

/**
 * The detected signal a hand-made selection is about: the one that contains the selection or is
 * contained in it, covering at least half of the longer of the two (a selection of a whole
 * paragraph is not "about" one of its five sentences; half a signal sentence is). Null when none.
 */
export function signalForQuote<S extends { text: string }>(signals: readonly S[], quote: string): QuoteSignalMatch<S> | null {
  const q = core(quote);
  if (!q) return null;
  let best: { signal: S; coverage: number; same: boolean } | null = null;
  for (const signal of signals) {
    const t = core(signal.text);
    if (!t) continue;
    const related = t.includes(q) || q.includes(t);
    if (!related) continue;
    const coverage = Math.min(t.length, q.length) / Math.max(t.length, q.length);
    if (coverage >= MIN_COVERAGE && (!best || coverage > best.coverage)) best = { signal, coverage, same: t === q };
  }
  return best && { signal: best.signal, same: best.same };
}

import type { AnalysisResult } from '@/lib/analysis-result';
import { type ReaderAnalysisReply, SIGNALS_PER_MESSAGE, type SignalsReply } from '@/lib/messages';

/**
 * The analysis each tab's reader is being handed, whole, while it asks for its signals page by
 * page (reader:signals). It lives in the service worker's memory, not in storage: storage keeps a
 * bounded copy for the side panel (storableAnalysis), and the page must get every signal. A worker
 * stopped meanwhile loses it; the reader then keeps the signals it has, and the next reader:ready
 * hands over the stored copy.
 */
interface Handoff {
  id: string;
  result: AnalysisResult;
}

const handoffs = new Map<number, Handoff>();
/** Tabs whose reader died half-way are forgotten on tab close; this bounds the rest. */
const MAX_HANDOFFS = 8;

/** The first page of `result` for the tab's reader, the rest kept for its reader:signals. */
export function handOver(tabId: number, result: AnalysisResult): ReaderAnalysisReply {
  const id = crypto.randomUUID();
  const total = result.signals.length;
  handoffs.delete(tabId);
  if (total > SIGNALS_PER_MESSAGE) {
    handoffs.set(tabId, { id, result });
    for (const oldest of handoffs.keys()) {
      if (handoffs.size <= MAX_HANDOFFS) break;
      handoffs.delete(oldest);
    }
  }
  return { ok: true, result: { ...result, signals: result.signals.slice(0, SIGNALS_PER_MESSAGE) }, total, handoff: id };
}

/** The analysis being handed to the tab's reader, if one is (whole: more signals than storage keeps). */
export function handoffOf(tabId: number): AnalysisResult | null {
  return handoffs.get(tabId)?.result ?? null;
}

/** The page of signals from `from` of the handoff `id`; the last page ends the handoff. */
export function signalsFrom(tabId: number, id: string, from: number): SignalsReply {
  const handoff = handoffs.get(tabId);
  if (!handoff || handoff.id !== id) return { ok: false, error: 'This analysis is no longer being handed over.' };
  const signals = handoff.result.signals.slice(from, from + SIGNALS_PER_MESSAGE);
  if (from + SIGNALS_PER_MESSAGE >= handoff.result.signals.length) handoffs.delete(tabId);
  return { ok: true, signals };
}

export function forgetHandoff(tabId: number): void {
  handoffs.delete(tabId);
}

import type { AnalysisResult } from '@/lib/analysis-result';
import { ReaderAnalysisReply, SignalsReply, sendToExtension } from '@/lib/messages';

/**
 * The whole analysis from a reader:ready or reader:analyze answer: its first page of signals, then
 * the others asked for one page per message, so that no single reply is parsed in a long task of
 * the page (a 5 MB article's 9,510 signals are 4.5 MB of JSON). If the background can no longer
 * hand them over (its worker was stopped), the reader keeps the signals it has: the first ones.
 */
export async function receiveAnalysis(answer: unknown, wanted: () => boolean): Promise<AnalysisResult | null> {
  const reply = ReaderAnalysisReply.safeParse(answer);
  if (!reply.success || !reply.data.ok) return null;
  const { result, total, handoff } = reply.data;
  const signals = [...result.signals];
  while (signals.length < total && wanted()) {
    const next = SignalsReply.safeParse(await sendToExtension({ type: 'reader:signals', handoff, from: signals.length }).catch(() => null));
    if (!next.success || !next.data.ok || next.data.signals.length === 0) break;
    signals.push(...next.data.signals);
  }
  return signals.length === result.signals.length ? result : { ...result, signals };
}

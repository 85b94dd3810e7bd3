import type { AnalysisResult } from '@/lib/analysis-result';
import { ReaderAnalysisReply, SignalsReply, sendToExtension } from '@/lib/messages';

/**
 * The whole analysis from a reader:ready or reader:analyze answer: its first page of signals, then
 * the others asked for one page per message, so that no single reply is parsed in a long task of
 * the page (a 5 MB article's 9,510 signals are 4.5 MB of JSON).
 *
 * If the background can no longer hand them over (its service worker was stopped: the handoff
 * lived in its memory), the reader asks once more with `askAgain` (a reader:ready: the tab's
 * stored copy, up to 1 MB of signals, may hold more than the reader got) and keeps whichever has
 * more. What is still missing is counted in `omittedSignals` (the analysis had that many more
 * signals), so the reader can say it shows only part of them instead of staying silent.
 */
export async function receiveAnalysis(answer: unknown, wanted: () => boolean, askAgain?: () => Promise<unknown>): Promise<AnalysisResult | null> {
  const reply = ReaderAnalysisReply.safeParse(answer);
  if (!reply.success || !reply.data.ok) return null;
  const { result, total, handoff } = reply.data;
  const signals = [...result.signals];
  while (signals.length < total && wanted()) {
    const next = SignalsReply.safeParse(await sendToExtension({ type: 'reader:signals', handoff, from: signals.length }).catch(() => null));
    if (!next.success || !next.data.ok || next.data.signals.length === 0) break;
    signals.push(...next.data.signals);
  }
  // The analysis had `total` signals besides those omitted from the copy it was handed from.
  const omitted = total - signals.length + (result.omittedSignals ?? 0);
  const received = withSignals(result, signals, omitted);
  if (signals.length >= total || !askAgain || !wanted()) return received;
  const again = await receiveAnalysis(await askAgain().catch(() => null), wanted);
  return again && again.url === result.url && again.signals.length > signals.length ? again : received;
}

function withSignals(result: AnalysisResult, signals: AnalysisResult['signals'], omitted: number): AnalysisResult {
  if (signals.length === result.signals.length && omitted === (result.omittedSignals ?? 0)) return result;
  const { omittedSignals: _dropped, ...rest } = result;
  return omitted > 0 ? { ...rest, signals, omittedSignals: omitted } : { ...rest, signals };
}

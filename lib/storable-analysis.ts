import type { AnalysisResult } from './analysis-result';

/**
 * The share of extension session storage one tab's analysis may take. Chrome gives
 * `storage.session` 10 MB for all tabs together (QUOTA_BYTES); the bench's 5 MB article carries
 * 9,510 signals, whose analysis alone overflowed it, and the failed write stopped the reader from
 * being injected. The page's own highlights come with the injection, not from storage (the
 * background hands the reader the whole analysis): the side panel's "This page" list reads what is
 * stored, and says how many signals it leaves out.
 */
export const MAX_STORED_ANALYSIS_CHARS = 1_000_000;

/**
 * The analysis as it can be stored: whole when it fits, else its first signals that fit (reading
 * order), with `omittedSignals` on the stored copy saying how many follow them. A prefix, not the
 * most confident: the reader holds every signal (handed over whole, see reader-handoff.ts) and the
 * side panel jumps to a signal by its index, which a prefix keeps the same in both.
 */
export function storableAnalysis(result: AnalysisResult, maxChars = MAX_STORED_ANALYSIS_CHARS): { result: AnalysisResult; signalsOmitted: number } {
  const whole = JSON.stringify(result).length;
  if (whole <= maxChars) return { result, signalsOmitted: 0 };
  const omittedField = `,"omittedSignals":${result.signals.length}`.length;
  let used = JSON.stringify({ ...result, signals: [] }).length + omittedField;
  let kept = 0;
  for (const signal of result.signals) {
    const size = JSON.stringify(signal).length + 1;
    if (used + size > maxChars) break;
    used += size;
    kept += 1;
  }
  const signalsOmitted = result.signals.length - kept;
  return { result: { ...result, signals: result.signals.slice(0, kept), omittedSignals: signalsOmitted }, signalsOmitted };
}

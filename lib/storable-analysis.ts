import type { AnalysisResult } from './analysis-result';

/**
 * The share of extension session storage one tab's analysis may take. Chrome gives
 * `storage.session` 10 MB for all tabs together (QUOTA_BYTES); the bench's 5 MB article carries
 * 9,510 signals, whose analysis alone overflowed it, and the failed write stopped the reader from
 * being injected. The page's own highlights come with the injection, not from storage: only the
 * side panel's "This page" list reads what is stored.
 */
export const MAX_STORED_ANALYSIS_CHARS = 1_000_000;

/**
 * The analysis as it can be stored: whole when it fits, else with the most confident signals that
 * fit, kept in reading order, and `signalsOmitted` saying how many were left out.
 */
export function storableAnalysis(result: AnalysisResult, maxChars = MAX_STORED_ANALYSIS_CHARS): { result: AnalysisResult; signalsOmitted: number } {
  const whole = JSON.stringify(result).length;
  if (whole <= maxChars) return { result, signalsOmitted: 0 };
  const base = JSON.stringify({ ...result, signals: [] }).length;
  const ranked = result.signals.map((signal, index) => ({ signal, index, size: JSON.stringify(signal).length + 1 })).sort((a, b) => b.signal.confidence - a.signal.confidence || a.index - b.index);
  let used = base;
  const kept: typeof ranked = [];
  for (const entry of ranked) {
    if (used + entry.size > maxChars) break;
    used += entry.size;
    kept.push(entry);
  }
  kept.sort((a, b) => a.index - b.index);
  return { result: { ...result, signals: kept.map((k) => k.signal) }, signalsOmitted: result.signals.length - kept.length };
}

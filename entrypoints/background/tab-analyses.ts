import { storage } from 'wxt/utils/storage';
import { AnalysisResult } from '@/lib/analysis-result';
import { storableAnalysis } from '@/lib/storable-analysis';
import { forgetHandoff } from './reader-handoff';

/**
 * The latest analysis of each tab, in session storage: the service worker may be stopped at any
 * moment, and the side panel reads and watches these values directly.
 */
export function tabAnalysisKey(tabId: number): `session:analysis-${number}` {
  return `session:analysis-${tabId}`;
}

export async function setTabAnalysis(tabId: number, result: AnalysisResult | null): Promise<void> {
  // A reader being handed the tab's previous analysis (the page navigated, or was analyzed again)
  // must not get its remaining signals any more; the new one is handed over by its own path.
  forgetHandoff(tabId);
  if (!result) {
    await storage.removeItem(tabAnalysisKey(tabId));
    return;
  }
  const { result: stored, signalsOmitted } = storableAnalysis(result);
  if (signalsOmitted > 0) console.info(`[lodestone] tab ${tabId}: ${signalsOmitted} of ${result.signals.length} signals left out of the stored analysis (session storage budget)`);
  await storage.setItem(tabAnalysisKey(tabId), stored);
}

export async function getTabAnalysis(tabId: number): Promise<AnalysisResult | null> {
  const parsed = AnalysisResult.safeParse(await storage.getItem(tabAnalysisKey(tabId)));
  return parsed.success ? parsed.data : null;
}

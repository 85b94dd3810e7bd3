import { storage } from 'wxt/utils/storage';
import { AnalysisResult } from '@/lib/analysis-result';

/**
 * The latest analysis of each tab, in session storage: the service worker may be stopped at any
 * moment, and the side panel reads and watches these values directly.
 */
export function tabAnalysisKey(tabId: number): `session:analysis-${number}` {
  return `session:analysis-${tabId}`;
}

export async function setTabAnalysis(tabId: number, result: AnalysisResult | null): Promise<void> {
  if (result) await storage.setItem(tabAnalysisKey(tabId), result);
  else await storage.removeItem(tabAnalysisKey(tabId));
}

export async function getTabAnalysis(tabId: number): Promise<AnalysisResult | null> {
  const parsed = AnalysisResult.safeParse(await storage.getItem(tabAnalysisKey(tabId)));
  return parsed.success ? parsed.data : null;
}

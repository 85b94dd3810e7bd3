import type { AnalysisResult } from '../analysis-result';

/**
 * What the reader is injected into a tab for: "signals" on a rare-earth article (highlights, card,
 * banner); "banner" when the reader extended the banner to every article and this page is an
 * article (Readability found one) from a state-linked publisher; null otherwise. Pure and tiny:
 * the reader in the page imports it too.
 */
export function readerScope(result: AnalysisResult, bannerOnEveryArticle: boolean): 'signals' | 'banner' | null {
  if (result.topic.isRareEarth) return 'signals';
  if (!bannerOnEveryArticle || result.article === null) return null;
  const banner = result.source.banner;
  return banner !== null && banner !== 'relays-state' ? 'banner' : null;
}

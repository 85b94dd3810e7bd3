import type { AnalysisResult, Signal } from '@/lib/analysis-result';
import type { NewClip } from '@/lib/clips/clip-schema';
import { sourceLabel } from '@/lib/source-label';

/** The clip a content script asks the background to save for a detected signal. */
export function buildClip(result: AnalysisResult, signal: Signal, pageUrl: string): NewClip {
  const a = result.article;
  return {
    text: signal.text,
    prefix: signal.prefix,
    suffix: signal.suffix,
    category: signal.category,
    direction: signal.direction,
    confidence: signal.confidence,
    entities: signal.entities,
    figures: signal.figures,
    why: signal.why,
    origin: 'detected',
    url: result.url,
    pageUrl,
    article: {
      title: a?.title ?? null,
      siteName: a?.siteName ?? null,
      byline: a?.byline ?? null,
      publishedAt: a?.publishedAt ?? null,
      lang: a?.lang ?? null,
    },
    source: result.source,
    sourceLabel: sourceLabel(result.source),
    site: new URL(pageUrl).hostname.replace(/^www\./, ''),
  };
}

import type { AnalysisResult, Signal } from '../analysis-result';
import { sourceLabel } from '../source-label';
import type { NewClip } from './clip-schema';

/**
 * The clip of a detected signal: the sentence with its context and analysis, the article's
 * metadata, and the source assessment and label as they are now (they are kept as clipped).
 */
export function clipFromSignal(result: AnalysisResult, signal: Signal, pageUrl: string): NewClip {
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

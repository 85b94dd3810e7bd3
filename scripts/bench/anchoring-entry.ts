/**
 * Bundled for the page by the bench (see anchoringBundle): the reader's anchoring step exactly as
 * the reader runs it (findArticleContainer, then LiveAnchors.anchorAll over document.body with the
 * container preferred), timed in the page's main thread on the quotes the analyzer found.
 */
import { findArticleContainer } from '../../lib/anchoring/article-container';
import { LiveAnchors } from '../../lib/anchoring/live-anchors';
import type { QuoteSelector } from '../../lib/anchoring/match-quote';

export interface AnchoringTiming {
  quotes: number;
  found: number;
  containerMs: number;
  /** The first run (cold: the code is not optimized yet), as on a page the reader just entered. */
  coldMs: number;
  /** Later runs of the same work (warm). */
  warmMs: number[];
}

export function timeAnchoring(quotes: QuoteSelector[], warmRuns: number): AnchoringTiming {
  const t0 = performance.now();
  const container = findArticleContainer(document);
  const containerMs = performance.now() - t0;
  const run = () => {
    const anchors = new LiveAnchors(quotes);
    const start = performance.now();
    anchors.anchorAll(document.body, { preferWithin: container });
    return { ms: performance.now() - start, found: anchors.all().filter(Boolean).length };
  };
  const cold = run();
  const warmMs: number[] = [];
  for (let i = 0; i < warmRuns; i += 1) warmMs.push(run().ms);
  return { quotes: quotes.length, found: cold.found, containerMs, coldMs: cold.ms, warmMs };
}

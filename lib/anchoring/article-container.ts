/**
 * The element holding the article's text, so that anchoring prefers a sentence there over the
 * same sentence in a teaser, a "most read" box or a related-stories card. Pages often mark those
 * cards up as <article> too, and the first <article> is then a teaser: the candidate holding the
 * most text wins, not the first. textContent only (no layout); candidates are bounded.
 */
const CANDIDATES = '[itemprop="articleBody"],article,main,[role="main"]';
/** Listing pages can hold hundreds of <article> cards; the article itself is among the first. */
const MAX_CANDIDATES = 64;
const NESTED_SHARE = 0.8;

export function findArticleContainer(doc: Document): Element {
  const body = doc.body ?? doc.documentElement;
  let best: Element | null = null;
  let bestLength = 0;
  const candidates = doc.querySelectorAll(CANDIDATES);
  for (let i = 0; i < candidates.length && i < MAX_CANDIDATES; i += 1) {
    const el = candidates[i]!;
    if (el.tagName.toUpperCase().startsWith('LODESTONE-')) continue;
    const length = el.textContent?.length ?? 0;
    if (best && best.contains(el)) {
      // Candidates come in document order, wrappers first. An inner candidate holding nearly all
      // of the wrapper's text is the tighter container: the wrapper (often <main>) also holds the
      // sidebars the preference is meant to avoid.
      if (length >= bestLength * NESTED_SHARE) {
        best = el;
        bestLength = length;
      }
    } else if (length > bestLength) {
      best = el;
      bestLength = length;
    }
  }
  return best ?? body;
}

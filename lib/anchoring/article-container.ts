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

const SHOW_TEXT = 0x4;
/**
 * Text counted per candidate: past this a candidate is an article's whole text whatever the rest
 * (a 20,000-word story is ~120,000 characters), and counting on would cost time on huge pages.
 */
const MAX_COUNTED_CHARS = 300_000;

/**
 * How many characters of text `el` holds (textContent.length), counted up to MAX_COUNTED_CHARS
 * and without building the string: on the bench's 5 MB article, textContent of its two
 * candidates took 40 ms in Chromium's main world, a full walk 178 ms in the reader's world.
 */
function textLength(el: Element): number {
  const walker = (el.ownerDocument ?? document).createTreeWalker(el, SHOW_TEXT);
  let length = 0;
  for (let n = walker.nextNode(); n && length < MAX_COUNTED_CHARS; n = walker.nextNode()) length += (n as Text).length;
  return Math.min(length, MAX_COUNTED_CHARS);
}

export function findArticleContainer(doc: Document): Element {
  const body = doc.body ?? doc.documentElement;
  let best: Element | null = null;
  let bestLength = 0;
  const candidates = doc.querySelectorAll(CANDIDATES);
  for (let i = 0; i < candidates.length && i < MAX_CANDIDATES; i += 1) {
    const el = candidates[i]!;
    if (el.tagName.toUpperCase().startsWith('LODESTONE-')) continue;
    const length = textLength(el);
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

import type { TextBlock } from '../analysis/article-text';
import { normalizeSpace } from './helper-text';

/**
 * A news page's standfirst (lead, dek, summary): the sentence or two set apart under the headline,
 * which wire services and state media use for the story's main fact ("The first phase of the
 * separation plant is to be launched in 2027"). Readability keeps the body and drops it whenever it
 * sits in the headline's block rather than the body's: on ../shared/corpus (130 real pages) it
 * was outside the extracted text on 9 of them (the deks of cnet, The Verge, Vox, Folha, NBC…), and
 * the team corpus's TASS-style page lost its one signal in the lead that way.
 *
 * What counts: an element soon after the page's headline (LEAD_WINDOW elements in document
 * order) that says what it is, by a class word (LEAD_WORDS, in any of the usual spellings:
 * `article-dek`, `news-header__lead`, `styles_articleDek__x1`) or `itemprop="description"`, holds
 * prose (LEAD_MIN_CHARS–LEAD_MAX_CHARS, at most one paragraph, little link text) and is not
 * furniture (navigation, captions, promotions, related-story cards).
 */
const LEAD_WORDS = new Set(['lead', 'standfirst', 'dek', 'deck', 'subtitle', 'subheadline', 'summary', 'intro', 'introduction', 'excerpt', 'description', 'strapline', 'abstract']);
/**
 * Words of a class that say the element is something else, whatever else it says
 * (`lead-video-placeholder`, `nav-flyout-description`). Not 'image': `articleDek withImage` is a
 * dek laid out beside a picture; captions are caught by 'caption' and <figure>.
 */
const NOT_LEAD_WORDS = new Set(['placeholder', 'video', 'media', 'nav', 'flyout', 'menu', 'caption', 'promo', 'related', 'card', 'teaser', 'newsletter', 'author', 'byline', 'share', 'ad', 'ads', 'sponsor', 'comment', 'comments']);
const LEAD_ITEMPROPS = new Set(['description', 'alternativeheadline']);
const FURNITURE = 'nav,footer,aside,form,figure,figcaption,[role="navigation"],[role="complementary"]';
/**
 * The standfirst comes right under the headline: on the 20 pages of ../shared/corpus and the team
 * corpus where one was found, it was the first or second element after it on 17, at most the 23rd.
 */
const LEAD_WINDOW = 25;
const LEAD_MIN_CHARS = 60;
const LEAD_MAX_CHARS = 600;
const MAX_LINK_SHARE = 0.3;
/** Headlines are looked for among the first few h1 (a logo's h1 often comes first and is short). */
const MAX_HEADLINES = 4;
const MIN_HEADLINE_CHARS = 15;

/** The words of an element's class list: `news-header__lead` → news, header, lead; `articleDek` → article, dek. */
function classWords(className: string): string[] {
  return className
    .replace(/([a-z])([A-Z])/gu, '$1 $2')
    .toLowerCase()
    .split(/[^a-z]+/u)
    .filter((w) => w !== '');
}

function saysLead(el: Element): boolean {
  const itemprop = el.getAttribute('itemprop')?.toLowerCase();
  if (itemprop && LEAD_ITEMPROPS.has(itemprop)) return true;
  const words = classWords(el.getAttribute('class') ?? '');
  return words.some((w) => LEAD_WORDS.has(w)) && !words.some((w) => NOT_LEAD_WORDS.has(w));
}

function linkShare(el: Element, length: number): number {
  let linked = 0;
  for (const a of el.querySelectorAll('a')) linked += normalizeSpace(a.textContent ?? '').length;
  return linked / Math.max(1, length);
}

/** The lead's text when it reads as one: prose of a lead's length, not a list of links or a box of paragraphs. */
function leadText(el: Element): string | null {
  if (el.closest(FURNITURE)) return null;
  if (el.querySelectorAll('p').length > 1 || el.querySelector('li,h1,h2,h3,table')) return null;
  const text = normalizeSpace(el.textContent ?? '');
  if (text.length < LEAD_MIN_CHARS || text.length > LEAD_MAX_CHARS) return null;
  return linkShare(el, text.length) > MAX_LINK_SHARE ? null : text;
}

function headline(doc: Document): Element | null {
  const all = doc.querySelectorAll('h1');
  for (let i = 0; i < all.length && i < MAX_HEADLINES; i++) {
    const h1 = all[i] as Element;
    if (!h1.closest(FURNITURE) && normalizeSpace(h1.textContent ?? '').length >= MIN_HEADLINE_CHARS) return h1;
  }
  return null;
}

/** The page's standfirst, or null. Read before Readability runs (it rewrites the document). */
export function findLeadText(doc: Document): string | null {
  const h1 = headline(doc);
  if (!h1) return null;
  // The elements after the headline in document order, its own descendants skipped.
  let el = nextPast(h1);
  for (let seen = 0; el && seen < LEAD_WINDOW; seen++) {
    if (saysLead(el)) {
      const text = leadText(el);
      if (text) return text;
    }
    el = el.firstElementChild ?? nextPast(el);
  }
  return null;
}

/** The first element after `el` and its descendants in document order (plain DOM: linkedom's TreeWalker has no sibling moves). */
function nextPast(el: Element): Element | null {
  for (let at: Element | null = el; at; at = at.parentElement) {
    if (at.nextElementSibling) return at.nextElementSibling;
  }
  return null;
}

/**
 * The blocks with the lead in front, as a block of kind 'lead', when the extracted text does not
 * already hold it (Readability keeps it when it sits in the body's container).
 */
export function withLead(blocks: TextBlock[], lead: string | null): TextBlock[] {
  if (!lead) return blocks;
  const head = lead.slice(0, LEAD_MIN_CHARS);
  if (blocks.some((b) => b.text.includes(head))) return blocks;
  return [{ text: lead, kind: 'lead' }, ...blocks];
}

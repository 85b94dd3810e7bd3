/**
 * `#:~:text=` links (Text Fragments, WICG scroll-to-text-fragment): open the page scrolled to the
 * clipped sentence, highlighted by the browser itself.
 */

export interface FragmentQuote {
  text: string;
  prefix?: string;
  suffix?: string;
}

/** Past this length the link names only the sentence's first and last words (start,end form). */
const LONG_TEXT = 300;
const EDGE_WORDS = 5;
/** Short quotes are the ones likely to repeat on a page; only they get context words. */
const SHORT_TEXT_WORDS = 10;
const CONTEXT_WORDS = 3;

/** Invisible characters the page may carry but a reader never sees, so the browser cannot match. */
const INVISIBLE = /[\u00AD\u200B-\u200D\u2060\uFEFF]/g;

function words(text: string): string[] {
  const clean = text.replace(INVISIBLE, '').trim();
  return clean ? clean.split(/\s+/) : [];
}

/**
 * `-`, `,` and `&` are the directive's own syntax; encodeURIComponent leaves `-` alone because it
 * is unreserved in URLs, so it is encoded by hand.
 */
function encode(term: string): string {
  return encodeURIComponent(term).replace(/-/g, '%2D');
}

/**
 * The browser matches prefix terms at word starts; a stored prefix is a character window that may
 * begin mid-word. With more words than we take, the last ones are whole; with fewer, the first may
 * be a fragment unless the prefix begins at whitespace, so it is dropped.
 */
function prefixTerm(prefix: string | undefined): string {
  if (!prefix) return '';
  const all = words(prefix);
  const whole = all.length > CONTEXT_WORDS || /^\s/.test(prefix) ? all : all.slice(1);
  return whole.slice(-CONTEXT_WORDS).join(' ');
}

/** Mirror of prefixTerm: the suffix must end at a word end. */
function suffixTerm(suffix: string | undefined): string {
  if (!suffix) return '';
  const all = words(suffix);
  const whole = all.length > CONTEXT_WORDS || /\s$/.test(suffix) ? all : all.slice(0, -1);
  return whole.slice(0, CONTEXT_WORDS).join(' ');
}

function withoutFragment(url: string): string {
  const hash = url.indexOf('#');
  return hash === -1 ? url : url.slice(0, hash);
}

/** The URL without its fragment, plus a text directive for `quote`. Empty text: the bare URL. */
export function textFragmentUrl(url: string, quote: FragmentQuote): string {
  const base = withoutFragment(url);
  const textWords = words(quote.text);
  if (textWords.length === 0) return base;

  const text = textWords.join(' ');
  // Sentences without spaces (CJK) cannot be cut at word boundaries reliably: keep them whole.
  const terms =
    text.length > LONG_TEXT && textWords.length > 2 * EDGE_WORDS
      ? [textWords.slice(0, EDGE_WORDS).join(' '), textWords.slice(-EDGE_WORDS).join(' ')]
      : [text];

  const short = textWords.length < SHORT_TEXT_WORDS;
  const prefix = short ? prefixTerm(quote.prefix) : '';
  const suffix = short ? suffixTerm(quote.suffix) : '';

  const parts = [
    ...(prefix ? [`${encode(prefix)}-`] : []),
    ...terms.map(encode),
    ...(suffix ? [`-${encode(suffix)}`] : []),
  ];
  return `${base}#:~:text=${parts.join(',')}`;
}

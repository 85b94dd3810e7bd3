/**
 * The article as plain text: what lib/article extracts from a DOM and what lib/analysis and
 * lib/sources read. Pure data, so the same engine runs in the page, in Node and in tests.
 */

/**
 * The role a block of text plays in the article; only prose can carry a signal. A lead is the
 * standfirst under the headline (lib/article/find-lead.ts): prose, even when it has no full stop.
 */
export type BlockKind = 'paragraph' | 'lead' | 'heading' | 'list-item' | 'table-cell' | 'caption' | 'quote';

export interface TextBlock {
  /** The block's text with whitespace collapsed to single spaces, as it reads on the page. */
  text: string;
  kind: BlockKind;
}

/** Page-level facts read from the document head (meta tags, JSON-LD, canonical link). */
export interface PageMeta {
  /** The URL the page was loaded from: the publisher is judged by this, never by a claim. */
  url: string;
  /** The page's canonical link (or og:url) when it names an http(s) one. */
  canonicalUrl: string | null;
  title: string | null;
  description: string | null;
  siteName: string | null;
  /** `publisher.name` of the page's JSON-LD (NewsArticle/Article), when present. */
  jsonLdPublisher: string | null;
  byline: string | null;
  publishedAt: string | null;
  lang: string | null;
  keywords: string[];
}

export interface ArticleText {
  meta: PageMeta;
  /** Body blocks in reading order (Readability's content), headings included and marked. */
  blocks: TextBlock[];
}

/** Page metadata with nothing read from a head but the address (and what the caller knows). */
export function pageMetaOf(url: string, known: Partial<Omit<PageMeta, 'url'>> = {}): PageMeta {
  return {
    url,
    canonicalUrl: null,
    title: null,
    description: null,
    siteName: null,
    jsonLdPublisher: null,
    byline: null,
    publishedAt: null,
    lang: null,
    keywords: [],
    ...known,
  };
}

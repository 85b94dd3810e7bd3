import { Readability } from '@mozilla/readability';
import type { ArticleText } from '../analysis/article-text';
import { extractBlocks } from './extract-blocks';
import { joinWrappedBlocks } from '../analysis/wrapped-lines';
import { HELPER_TEXT_SELECTOR } from './helper-text';
import { findLeadText, withLead } from './find-lead';
import { readPageMeta } from './page-meta';

const MIN_ARTICLE_CHARS = 140;

export interface ExtractedArticle extends ArticleText {
  /** Readability's own view: title, byline, site name, excerpt and length of the content. */
  readability: { title: string | null; byline: string | null; siteName: string | null; length: number };
}

/**
 * Article extraction: page metadata first (Readability mutates the document), then Readability
 * on `doc`, which must be a document the caller owns (a DOMParser result or a clone), never the
 * live page: Readability on the live page blocks its main thread for up to 235 ms (DESIGN).
 * Returns null when Readability finds no article.
 */
export function extractArticleText(doc: Document, url: string): ExtractedArticle | null {
  const meta = readPageMeta(doc, url);
  // Screen-reader helpers (" (opens in a new tab)") would otherwise end up inside sentences.
  for (const el of doc.querySelectorAll(HELPER_TEXT_SELECTOR)) {
    if (el.tagName !== 'SCRIPT' || el.getAttribute('type') !== 'application/ld+json') el.remove();
  }
  const lead = findLeadText(doc);
  let parsed: ReturnType<Readability<Element>['parse']>;
  try {
    parsed = new Readability<Element>(doc, { serializer: (node) => node as Element, charThreshold: 300 }).parse();
  } catch {
    return null;
  }
  // Under ~140 characters Readability has found a menu or a teaser, not an article.
  if (!parsed?.content || (parsed.length ?? 0) < MIN_ARTICLE_CHARS) return null;
  // Lines a `<br>` breaks inside a sentence (hard-wrapped wire copy) are read as one paragraph.
  // The standfirst, when Readability left it in the headline's block (find-lead.ts).
  const blocks = withLead(joinWrappedBlocks(extractBlocks(parsed.content)), lead);
  if (blocks.length === 0) return null;
  return {
    meta: {
      ...meta,
      title: meta.title ?? parsed.title ?? null,
      byline: meta.byline ?? parsed.byline ?? null,
      siteName: meta.siteName ?? parsed.siteName ?? null,
      publishedAt: meta.publishedAt ?? parsed.publishedTime?.slice(0, 10) ?? null,
      lang: meta.lang ?? parsed.lang ?? null,
    },
    blocks,
    readability: {
      title: parsed.title ?? null,
      byline: parsed.byline ?? null,
      siteName: parsed.siteName ?? null,
      length: parsed.length ?? 0,
    },
  };
}

import type { ArticleText, BlockKind } from '../../../lib/analysis/article-text';

/** A hand-written article for unit tests: paragraphs (or typed blocks) and optional head metadata. */
export function articleOf(
  blocks: readonly (string | { text: string; kind: BlockKind })[],
  meta: { title?: string; description?: string; keywords?: string[]; lang?: string; siteName?: string } = {},
): ArticleText {
  return {
    meta: {
      url: 'https://example.com/article',
      canonicalUrl: null,
      title: meta.title ?? null,
      description: meta.description ?? null,
      siteName: meta.siteName ?? null,
      jsonLdPublisher: null,
      byline: null,
      publishedAt: null,
      lang: meta.lang ?? 'en',
      keywords: meta.keywords ?? [],
    },
    blocks: blocks.map((b) => (typeof b === 'string' ? { text: b, kind: 'paragraph' as const } : b)),
  };
}

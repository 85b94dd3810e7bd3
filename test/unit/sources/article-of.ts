import { pageMetaOf, type ArticleText, type BlockKind, type PageMeta } from '../../../lib/analysis/article-text';

/** A short ArticleText for a test case: blocks as strings (paragraphs) or [kind, text] pairs. */
export function articleOf(
  blocks: ReadonlyArray<string | readonly [BlockKind, string]>,
  meta: Partial<PageMeta> = {},
): ArticleText {
  return {
    meta: pageMetaOf('https://news.example.com/2025/11/rare-earths', { lang: 'en', ...meta }),
    blocks: blocks.map((b) => (typeof b === 'string' ? { text: b, kind: 'paragraph' as const } : { kind: b[0], text: b[1] })),
  };
}

import { readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';
import type { ArticleText } from '../../../lib/analysis/article-text';
import { extractArticleText } from '../../../lib/article/extract-article';

/** A fixture page read the way the extension reads it: jsdom, then the lead's article extraction. */
export function loadFixtureArticle(path: string, url = 'https://example.com/article'): ArticleText {
  const doc = new JSDOM(readFileSync(path, 'utf8'), { url }).window.document;
  const article = extractArticleText(doc, url);
  if (!article) throw new Error(`no article found in ${path}`);
  return article;
}

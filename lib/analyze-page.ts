import type { AnalysisResult } from './analysis-result';
import { analyzeText } from './analysis/analyze-text';
import { pageMetaOf } from './analysis/article-text';
import { extractArticleText } from './article/extract-article';
import { assessSource } from './sources/assess-source';

/**
 * The whole analysis of one page, from a document the caller owns (DOMParser result, jsdom,
 * linkedom — never the live page: Readability mutates it). Used by the offscreen document, the
 * Firefox background page and the command-line analyzer, so all three give the same result.
 */
export function analyzeDocument(doc: Document, url: string): AnalysisResult {
  const article = extractArticleText(doc, url);
  if (!article) {
    return {
      url,
      article: null,
      topic: { isRareEarth: false, score: 0, evidence: [] },
      source: assessSource({ meta: pageMetaOf(url), blocks: [] }),
      signals: [],
    };
  }
  const { topic, signals } = analyzeText(article);
  const { meta } = article;
  return {
    url: meta.canonicalUrl ?? meta.url,
    article: {
      title: meta.title,
      siteName: meta.siteName,
      byline: meta.byline,
      publishedAt: meta.publishedAt,
      lang: meta.lang,
      wordCount: article.blocks.reduce((n, b) => n + countWords(b.text), 0),
    },
    topic,
    source: assessSource(article),
    signals,
  };
}

/** Words for the article's length: space-separated words, and CJK characters counted one each. */
function countWords(text: string): number {
  const cjk = text.match(/[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/g)?.length ?? 0;
  const words = text.replace(/[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/g, ' ').split(/\s+/).filter(Boolean).length;
  return cjk + words;
}

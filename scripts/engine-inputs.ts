/**
 * Inputs for measuring and checking the analysis engine (scripts/engine-speed.ts,
 * scripts/engine-dump.ts): the real-news excerpts as articles (read in place from
 * ../shared/realnews, never copied), and generated dense rare-earth articles as plain text.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DOMParser } from 'linkedom';
import { pageMetaOf, type ArticleText, type BlockKind, type TextBlock } from '../lib/analysis/article-text.ts';
import { excerptArticle, type Excerpt } from '../lib/eval/realnews.ts';
import { generateArticle } from './bench/generate-article.ts';
import { readExcerpts, REPO_ROOT } from './realnews/paths.ts';

export { REPO_ROOT };

/** Characters of block text: the size the engine reads (MB below means 10^6 characters). */
export function textSize(article: ArticleText): number {
  let n = 0;
  for (const block of article.blocks) n += block.text.length;
  return n;
}

/** Every excerpt of the real-news development set as the engine's input, or null when absent. */
export function realnewsArticles(): { excerpt: Excerpt; article: ArticleText }[] | null {
  const excerpts = readExcerpts();
  if (!excerpts) return null;
  return excerpts.map((excerpt) => ({ excerpt, article: excerptArticle(excerpt) }));
}

const KIND_OF: Record<string, BlockKind> = { P: 'paragraph', LI: 'list-item', TD: 'table-cell', TH: 'table-cell', H2: 'heading', H3: 'heading', FIGCAPTION: 'caption' };

/**
 * A generated rare-earth article (scripts/bench/generate-article.ts, built on the seed article) as
 * text: the blocks of its body in reading order, cut once they hold `chars` characters.
 */
export function generatedArticle(chars: number): ArticleText {
  const seed = readFileSync(join(REPO_ROOT, 'test/fixtures/seed-article.html'), 'utf8');
  // The page's text is about half its HTML; generate enough and cut.
  const html = generateArticle(seed, Math.ceil(chars * 2.2), `generated-${chars}`);
  const doc = new DOMParser().parseFromString(html, 'text/html') as unknown as Document;
  const blocks: TextBlock[] = [];
  let size = 0;
  for (const el of doc.querySelectorAll('.entry-content h2, .entry-content h3, .entry-content p, .entry-content li, .entry-content td, .entry-content th, .entry-content figcaption')) {
    const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
    const kind = KIND_OF[el.tagName.toUpperCase()];
    if (!text || !kind) continue;
    blocks.push({ text, kind });
    size += text.length;
    if (size >= chars) break;
  }
  if (size < chars) throw new Error(`generated article too short: ${size} < ${chars} characters`);
  return {
    meta: pageMetaOf(`https://rareearthexchanges.com/news/generated-${chars}/`, { title: 'Rare earth market notes', lang: 'en' }),
    blocks,
  };
}

import { readFileSync } from 'node:fs';
import { Readability } from '@mozilla/readability';
import { JSDOM } from 'jsdom';
import type { ArticleText, BlockKind, PageMeta, TextBlock } from '../../../lib/analysis/article-text';

/**
 * Stand-in for the lead's `extractArticleText` (lib/article) until it lands: Readability on a parsed
 * fixture, then the content's leaf text blocks in reading order. Test-only; the engine never sees a DOM.
 */

const BLOCK_SELECTOR = 'p, li, td, th, h1, h2, h3, h4, h5, h6, blockquote, figcaption';
const HIDDEN_SELECTOR = '.screen-reader-text, .sr-only, .visually-hidden';

export function loadFixtureArticle(path: string, url = 'https://example.com/article'): ArticleText {
  const html = readFileSync(path, 'utf8');
  const dom = new JSDOM(html, { url });
  const doc = dom.window.document;
  const meta = readMeta(doc, url);
  const clone = doc.cloneNode(true) as Document;
  // Readability drops class attributes, so hidden helper text has to go before it runs.
  for (const hidden of clone.querySelectorAll(HIDDEN_SELECTOR)) hidden.remove();
  const parsed = new Readability(clone).parse();
  if (!parsed?.content) return { meta, blocks: [] };
  const content = new JSDOM(`<body>${parsed.content}</body>`).window.document.body;
  return { meta, blocks: readBlocks(content) };
}

function readBlocks(root: Element): TextBlock[] {
  const blocks: TextBlock[] = [];
  for (const el of root.querySelectorAll(BLOCK_SELECTOR)) {
    // Leaf blocks only: a <td> holding a <p> is read through its <p>, never twice.
    if (el.querySelector(BLOCK_SELECTOR)) continue;
    const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (text) blocks.push({ text, kind: kindOf(el) });
  }
  return blocks;
}

function kindOf(el: Element): BlockKind {
  const tag = el.tagName.toLowerCase();
  if (/^h[1-6]$/.test(tag)) return 'heading';
  if (tag === 'li') return 'list-item';
  if (tag === 'td' || tag === 'th') return 'table-cell';
  if (tag === 'figcaption') return 'caption';
  if (tag === 'blockquote' || el.closest('blockquote')) return 'quote';
  return 'paragraph';
}

function readMeta(doc: Document, url: string): PageMeta {
  const metaContent = (sel: string): string | null => doc.querySelector(sel)?.getAttribute('content')?.trim() || null;
  const keywords = [
    ...[...doc.querySelectorAll('meta[property="article:tag"]')].map((m) => m.getAttribute('content') ?? ''),
    ...(metaContent('meta[name="keywords"]') ?? '').split(','),
  ]
    .map((k) => k.trim())
    .filter(Boolean);
  return {
    url: doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? url,
    title: metaContent('meta[property="og:title"]') ?? (doc.title || null),
    description: metaContent('meta[name="description"]') ?? metaContent('meta[property="og:description"]'),
    siteName: metaContent('meta[property="og:site_name"]'),
    jsonLdPublisher: readJsonLdPublisher(doc),
    byline: null,
    publishedAt: doc.querySelector('time[datetime]')?.getAttribute('datetime') ?? null,
    lang: doc.documentElement.getAttribute('lang'),
    keywords,
  };
}

function readJsonLdPublisher(doc: Document): string | null {
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      const data = JSON.parse(script.textContent ?? '') as { publisher?: { name?: unknown } };
      if (typeof data.publisher?.name === 'string') return data.publisher.name;
    } catch {
      // A broken JSON-LD block is common on real pages; the others may still be readable.
    }
  }
  return null;
}

import type { PageMeta } from '../analysis/article-text';

/**
 * Page-level facts from the document head: canonical URL, titles, publisher names, dates,
 * language, keywords. Reads meta tags and JSON-LD; never trusts them for the publisher's
 * identity (the visited URL decides that, see PageMeta.url).
 */
export function readPageMeta(doc: Document, url: string): PageMeta {
  const ld = readJsonLd(doc);
  return {
    url,
    canonicalUrl: httpUrl(attr(doc, 'link[rel~="canonical"]', 'href'), url) ?? httpUrl(metaContent(doc, 'og:url'), url),
    title: metaContent(doc, 'og:title') ?? text(doc.querySelector('title')?.textContent) ?? ld.headline,
    description: metaContent(doc, 'og:description') ?? metaContent(doc, 'description'),
    siteName: metaContent(doc, 'og:site_name') ?? metaContent(doc, 'application-name'),
    jsonLdPublisher: ld.publisher,
    byline: metaContent(doc, 'author') ?? metaContent(doc, 'article:author') ?? ld.author,
    publishedAt: isoDate(
      metaContent(doc, 'article:published_time') ??
        ld.datePublished ??
        metaContent(doc, 'date') ??
        attr(doc, 'time[datetime]', 'datetime'),
    ),
    lang: text(doc.documentElement?.getAttribute('lang')) ?? metaContent(doc, 'og:locale'),
    keywords: readKeywords(doc),
  };
}

function text(value: string | null | undefined): string | null {
  const t = value?.replace(/\s+/g, ' ').trim();
  return t ? t.slice(0, 500) : null;
}

function attr(doc: Document, selector: string, name: string): string | null {
  return text(doc.querySelector(selector)?.getAttribute(name));
}

function metaContent(doc: Document, key: string): string | null {
  for (const el of doc.querySelectorAll('meta')) {
    const k = el.getAttribute('property') ?? el.getAttribute('name') ?? el.getAttribute('itemprop');
    if (k && k.toLowerCase() === key) {
      const v = text(el.getAttribute('content'));
      if (v) return v;
    }
  }
  return null;
}

function httpUrl(href: string | null, base: string): string | null {
  if (!href) return null;
  try {
    const u = new URL(href, base);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}

/** "2025-11-24T09:00:00+00:00" → "2025-11-24"; anything unparseable → null. */
function isoDate(value: string | null): string | null {
  if (!value) return null;
  const m = /^(\d{4}-\d{2}-\d{2})/.exec(value);
  if (m) return m[1] ?? null;
  const t = Date.parse(value);
  return Number.isNaN(t) ? null : new Date(t).toISOString().slice(0, 10);
}

function readKeywords(doc: Document): string[] {
  const out = new Set<string>();
  for (const el of doc.querySelectorAll('meta')) {
    const k = (el.getAttribute('property') ?? el.getAttribute('name') ?? '').toLowerCase();
    const v = el.getAttribute('content');
    if (!v) continue;
    if (k === 'article:tag') out.add(v.trim());
    if (k === 'keywords' || k === 'news_keywords') v.split(',').forEach((w) => w.trim() && out.add(w.trim()));
  }
  return [...out].slice(0, 50);
}

interface JsonLdFacts {
  headline: string | null;
  publisher: string | null;
  author: string | null;
  datePublished: string | null;
}

const ARTICLE_TYPES = /Article|Posting|Report|WebPage|BlogPosting/i;

/** The first article-like JSON-LD node's facts; malformed blocks are skipped. */
function readJsonLd(doc: Document): JsonLdFacts {
  const facts: JsonLdFacts = { headline: null, publisher: null, author: null, datePublished: null };
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    let data: unknown;
    try {
      data = JSON.parse(script.textContent ?? '');
    } catch {
      continue;
    }
    for (const node of flattenLd(data)) {
      const type = [node['@type']].flat().join(' ');
      if (!ARTICLE_TYPES.test(type)) continue;
      facts.headline ??= asName(node.headline);
      facts.publisher ??= asName(node.publisher);
      facts.author ??= asName(node.author);
      facts.datePublished ??= asName(node.datePublished);
    }
  }
  return facts;
}

type LdNode = Record<string, unknown>;

function flattenLd(data: unknown, depth = 0): LdNode[] {
  if (depth > 3 || data === null || typeof data !== 'object') return [];
  if (Array.isArray(data)) return data.flatMap((d) => flattenLd(d, depth + 1));
  const node = data as LdNode;
  return [node, ...flattenLd(node['@graph'], depth + 1)];
}

function asName(value: unknown): string | null {
  if (typeof value === 'string') return text(value);
  if (Array.isArray(value)) return asName(value[0]);
  if (value && typeof value === 'object') return asName((value as LdNode).name);
  return null;
}

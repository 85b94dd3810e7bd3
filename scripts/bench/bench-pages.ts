import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { generateArticle } from './generate-article';

export type PageGroup = 'corpus' | 'seed' | 'team' | 'generated';

/** A page the bench visits, and where its HTML comes from. */
export interface BenchPage {
  id: string;
  group: PageGroup;
  host: string;
  path: string;
  /** The file served (read in place, never copied), or the HTML generated for this run. */
  file?: string;
  body?: string;
  bytes: number;
}

export const url = (p: BenchPage) => `http://${p.host}${p.path}`;

/** The host of the page's canonical link (the domain a reader would have seen), else `fallback`. */
function canonicalHost(html: string, fallback: string): string {
  const m = /<link[^>]+rel=["']?canonical["']?[^>]*href=["']?https?:\/\/([^/"'\s>]+)/i.exec(html);
  return m?.[1]?.toLowerCase() ?? fallback;
}

function filePage(id: string, group: PageGroup, file: string, fallbackHost: string): BenchPage {
  const head = readFileSync(file, 'latin1').slice(0, 20_000);
  return { id, group, host: canonicalHost(head, fallbackHost), path: `/bench/${group}/${id}/`, file, bytes: statSync(file).size };
}

/** The 130 real pages of the shared corpus (folder/source.html), when the folder exists. */
function corpusPages(dir: string | null): BenchPage[] {
  if (!dir || !existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => existsSync(join(dir, name, 'source.html')))
    .sort()
    // Under a host of their own, not their canonical one: Chromium upgrades preloaded HSTS hosts
    // (nytimes.com, wikipedia.org, medium.com…) to https, which the loopback server does not speak.
    // The analysis still reads the canonical URL from the page itself.
    .map((name) => ({ ...filePage(name, 'corpus', join(dir, name, 'source.html'), ''), host: `${name.replace(/[^a-z0-9-]/gi, '-').toLowerCase()}.corpus.example` }));
}

function teamPages(dir: string): BenchPage[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith('.html'))
    .sort()
    .map((name) => filePage(name.replace(/\.html$/, ''), 'team', join(dir, name), 'team-corpus.example'));
}

function seedPages(fixtures: string): BenchPage[] {
  return [
    { ...filePage('seed-article', 'seed', join(fixtures, 'seed-article.html'), 'rareearthexchanges.com'), host: 'rareearthexchanges.com' },
    { ...filePage('seed-article-mojibake', 'seed', join(fixtures, 'seed-article-mojibake.html'), 'rareearthexchanges.com'), host: 'rareearthexchanges.com' },
    { ...filePage('non-rare-earth-article', 'seed', join(fixtures, 'non-rare-earth-article.html'), 'commoditywire.example'), host: 'commoditywire.example' },
  ];
}

/** The generated 1 MB and 5 MB rare-earth articles (see generateArticle). */
function generatedPages(fixtures: string): BenchPage[] {
  const seed = readFileSync(join(fixtures, 'seed-article.html'), 'utf8');
  return [1, 5].map((mb) => {
    const id = `generated-${mb}mb`;
    const body = generateArticle(seed, mb * 1024 * 1024, id);
    return { id, group: 'generated' as const, host: 'rareearthexchanges.com', path: `/news/${id}/`, body, bytes: Buffer.byteLength(body) };
  });
}

export interface PageSources {
  fixtures: string;
  corpus: string | null;
  team: boolean;
}

/** Every page of the run: seeds first (they show problems fastest), then generated, team, corpus. */
export function benchPages(sources: PageSources): BenchPage[] {
  return [
    ...seedPages(sources.fixtures),
    ...generatedPages(sources.fixtures),
    ...(sources.team ? teamPages(join(sources.fixtures, 'corpus')) : []),
    ...corpusPages(sources.corpus),
  ];
}

/** The page's HTML as text (decoded like the analyzer does for files). */
export function pageBytes(p: BenchPage): Uint8Array {
  return p.body !== undefined ? Buffer.from(p.body) : readFileSync(p.file!);
}

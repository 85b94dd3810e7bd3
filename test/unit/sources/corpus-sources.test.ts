// The team corpus (test/fixtures/corpus, README there) as a check of the source assessment: every
// page whose labels include `source` ({ banner, relays }) must get that banner and name each
// labelled relay (as the relay's name or the start of it: "China Rare Earth Group's trading arm"
// names China Rare Earth Group), and no other state-linked relay of the text. Pages are parsed
// with linkedom, as the command-line analyzer does, under their canonical URL when they name one.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { DOMParser } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { SourceAssessment } from '../../../lib/analysis-result';
import { extractArticleText } from '../../../lib/article/extract-article';
import { readPageMeta } from '../../../lib/article/page-meta';
import { assessSource } from '../../../lib/sources/assess-source';
import { isStateLevel } from '../../../lib/sources/source-level';

const DIR = fileURLToPath(new URL('../../fixtures/corpus/', import.meta.url));

interface Labelled {
  slug: string;
  banner: SourceAssessment['banner'];
  relays: string[];
}

function labelled(): Labelled[] {
  if (!existsSync(DIR)) return [];
  return readdirSync(DIR)
    .filter((f) => f.endsWith('.expected.json') && existsSync(DIR + f.replace('.expected.json', '.html')))
    .flatMap((f) => {
      const label = JSON.parse(readFileSync(DIR + f, 'utf8')) as { source?: { banner: SourceAssessment['banner']; relays: string[] } };
      return label.source ? [{ slug: f.replace('.expected.json', ''), ...label.source }] : [];
    });
}

function assess(slug: string) {
  const html = readFileSync(`${DIR}${slug}.html`, 'utf8');
  const parse = () => new DOMParser().parseFromString(html, 'text/html') as unknown as Document;
  const url = readPageMeta(parse(), `https://corpus.example/${slug}`).canonicalUrl ?? `https://corpus.example/${slug}`;
  const article = extractArticleText(parse(), url);
  if (!article) throw new Error(`no article in ${slug}`);
  return assessSource(article);
}

const pages = labelled();

describe.runIf(pages.length > 0)('source assessment on the team corpus', () => {
  it.each(pages.map((p) => [p.slug, p] as const))('%s', (_slug, page) => {
    const source = assess(page.slug);
    expect(SourceAssessment.safeParse(source).success).toBe(true);
    expect(source.banner).toBe(page.banner);
    const textRelays = source.relays.filter((r) => r.kind !== 'photo-credit');
    for (const name of page.relays) {
      expect(textRelays.some((r) => r.name === name || r.name.startsWith(`${name}'s `)), `relay ${name} in ${textRelays.map((r) => r.name)}`).toBe(true);
    }
    const unlabelled = textRelays.filter((r) => isStateLevel(r.level) && !page.relays.some((n) => r.name === n || r.name.startsWith(`${n}'s `)));
    expect(unlabelled.map((r) => r.name)).toEqual([]);
    for (const r of source.relays) expect(r.evidence.trim().length).toBeGreaterThan(0);
  });
});

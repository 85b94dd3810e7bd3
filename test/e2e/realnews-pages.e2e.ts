// Real news in Chromium with the built extension (issue 12: the figures of docs/eval.md are the
// Node engine's; this checks the reader sees the same in the browser). Each excerpt of a sample of
// ../shared/realnews (third-party text, read in place, never copied: every non-English on-topic
// excerpt, every eighth English one and every eighth off-topic one, by id) is served as a plain
// news page (lib/eval/realnews.ts, excerptPage). Covers: the page gate lets the page through when
// the engine takes it; the browser's Readability, Intl.Segmenter and anchoring give the same
// signals as the engine in Node on the same HTML (lib/analyze-page.ts through linkedom), each
// highlighted in its category, and nothing else is highlighted; an off-topic page shows nothing.
// Skipped with a message without ../shared/realnews, except in CI, where it must be there.
import { existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyzeDocument } from '../../lib/analyze-page';
import { comparableText } from '../../lib/eval/comparable-text';
import { excerptPage, type Excerpt } from '../../lib/eval/realnews';
import { parseHtml } from '../../scripts/analyze';
import { readExcerpts, readLabels, REALNEWS_FILE } from '../../scripts/realnews/paths';
import { type Harness, e2eAvailable, launch, readHighlights, signalHighlights } from './harness';

const present = existsSync(REALNEWS_FILE);
if (!present && process.env.CI === 'true') throw new Error(`${REALNEWS_FILE} is missing in CI`);
if (!present) console.warn(`real news in the browser: skipped — ${REALNEWS_FILE} is not on this machine`);
const run = present && e2eAvailable();
const HOST = 'www.realnews-sample.example';
/** How long a page the engine gives no signal is watched for a highlight that should not come. */
const QUIET_MS = 4_000;

function sample(): Excerpt[] {
  const labels = readLabels();
  const all = (readExcerpts() ?? []).filter((e) => labels[e.id] && labels[e.id]?.topic !== 'borderline').sort((a, b) => (a.id < b.id ? -1 : 1));
  const on = all.filter((e) => labels[e.id]?.topic === true);
  const off = all.filter((e) => labels[e.id]?.topic === false);
  const english = on.filter((e) => e.lang === 'en');
  return [...on.filter((e) => e.lang !== 'en'), ...english.filter((_, i) => i % 8 === 0), ...off.filter((_, i) => i % 8 === 0)];
}

const excerpts = run ? sample() : [];
const pathOf = (e: Excerpt) => `/item/${encodeURIComponent(e.id)}.html`;
/** A sentence as compared: normalized, its first 60 characters (a highlight is the sentence's range). */
const key = (text: string) => comparableText(text).slice(0, 60);

describe.runIf(run)('real news in the browser', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await launch([{ host: HOST, routes: Object.fromEntries(excerpts.map((e) => [pathOf(e), () => excerptPage(e)])) }]);
  });
  afterAll(async () => h?.close());

  it('has a sample in every language the engine reads', () => {
    for (const lang of ['en', 'zh', 'ja', 'ko', 'ru', 'fr', 'de', 'es', 'pt']) expect(excerpts.some((e) => e.lang === lang), lang).toBe(true);
    expect(excerpts.length).toBeGreaterThanOrEqual(70);
  });

  it.each(excerpts.map((e) => [e.id, e] as const))('%s: the signals the engine finds in Node, highlighted in their categories', async (id, excerpt) => {
    const url = h.url(HOST, pathOf(excerpt));
    const result = analyzeDocument(parseHtml(excerptPage(excerpt)), url);
    const expected = result.topic.isRareEarth ? result.signals.map((s) => `${s.category} ${key(s.text)}`).sort() : [];
    const page = await h.context.newPage();
    try {
      await page.goto(url);
      const painted = async () => {
        const highlights = await readHighlights(page, expected.length > 0 ? 15_000 : QUIET_MS);
        return signalHighlights(highlights)
          .flatMap(([name, texts]) => texts.map((t) => `${name.replace(/^lodestone-/, '')} ${key(t)}`))
          .sort();
      };
      if (expected.length === 0) {
        expect(await painted(), `${id}: the engine finds nothing here`).toEqual([]);
      } else {
        // The reader anchors in slices: read until every signal is painted (or the poll gives up).
        await expect.poll(painted, { timeout: 15_000, message: `${id}: highlights in the browser against the engine in Node` }).toEqual(expected);
      }
    } finally {
      await page.close();
    }
  }, 40_000);
});

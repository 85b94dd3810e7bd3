/**
 * The engine's whole output on every input at hand, as one JSON file, to check that a change meant
 * to be invisible (a speed-up) is: dump before, dump after, compare the files byte for byte.
 *   node --import tsx scripts/engine-dump.ts OUT.json
 * Inputs: every real-news excerpt (analyzeText on excerptArticle, plus every sentence record the
 * decision reads), the team corpus and seed pages and ../shared/corpus/readability-pages through the
 * CLI path (analyzeHtmlFile), and a generated 1 MB article. The output holds third-party text:
 * write it outside the repository.
 */
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeText } from '../lib/analysis/analyze-text.ts';
import { sentenceRecords } from '../lib/analysis/detect-signals.ts';
import { scoreTopic } from '../lib/analysis/topic.ts';
import { analyzeHtmlFile } from './analyze.ts';
import { generatedArticle, realnewsArticles, REPO_ROOT } from './engine-inputs.ts';

const out = process.argv[2];
if (!out) {
  console.error('usage: engine-dump.ts OUT.json');
  process.exit(2);
}

const lines: string[] = [];
const emit = (value: unknown) => lines.push(JSON.stringify(value, (_k, v) => (ArrayBuffer.isView(v) ? Array.from(v as unknown as ArrayLike<number>) : v)));

for (const { excerpt, article } of realnewsArticles() ?? []) {
  emit({ input: excerpt.id, ...analyzeText(article) });
  const topic = scoreTopic(article);
  emit({ input: `${excerpt.id}#records`, records: sentenceRecords(article, topic) });
}

const pages: string[] = [];
const fixtures = join(REPO_ROOT, 'test/fixtures');
for (const name of readdirSync(join(fixtures, 'corpus')).sort()) if (name.endsWith('.html')) pages.push(join(fixtures, 'corpus', name));
for (const name of readdirSync(fixtures).sort()) if (/^seed-article.*\.html$/.test(name)) pages.push(join(fixtures, name));
const shared = join(REPO_ROOT, '../shared/corpus/readability-pages');
if (existsSync(shared)) {
  for (const name of readdirSync(shared).sort()) {
    const file = join(shared, name, 'source.html');
    if (existsSync(file)) pages.push(file);
  }
}
for (const file of pages) {
  try {
    emit(analyzeHtmlFile(file, null));
  } catch (e) {
    emit({ input: file, error: String(e) });
  }
}

const generated = generatedArticle(1_000_000);
emit({ input: 'generated-1mb', ...analyzeText(generated) });

writeFileSync(out, `${lines.join('\n')}\n`);
console.log(`${lines.length} lines, ${pages.length} pages → ${out}`);

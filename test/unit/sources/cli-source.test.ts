// The command-line analyzer (scripts/analyze.ts, `npm run analyze -- --json`) carries the whole
// source assessment: the seed article analyzed as a state-controlled domain gives, in its JSON
// line, the publisher with level, basis and reference, the relay with its kind, description,
// evidence and reference, the disclosure and the banner — equal to what lib/sources computes.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { AnalysisResult } from '../../../lib/analysis-result';
import { extractArticleText } from '../../../lib/article/extract-article';
import { assessSource } from '../../../lib/sources/assess-source';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const SEED = fileURLToPath(new URL('../../fixtures/seed-article.html', import.meta.url));
const URL_GT = 'https://www.globaltimes.cn/page/202511/1349999.shtml';

describe('npm run analyze -- --json', () => {
  it('prints the full source assessment', () => {
    const r = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/analyze.ts', '--json', '--url', URL_GT, SEED], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
    expect(r.status, r.stderr).toBe(0);
    const line = JSON.parse(r.stdout.trim().split('\n')[0]!) as Record<string, unknown>;
    const result = AnalysisResult.parse(line);
    const article = extractArticleText(new JSDOM(readFileSync(SEED, 'utf8'), { url: URL_GT }).window.document, URL_GT)!;
    expect(result.source).toEqual(assessSource(article));
    expect(result.source).toMatchObject({
      publisher: { domain: 'globaltimes.cn', name: 'Global Times', level: 'state-controlled', country: 'China' },
      banner: 'state-controlled',
    });
    expect(result.source.publisher.reference).toMatch(/State_Media_Matrix/);
    expect(result.source.relays[0]).toMatchObject({ kind: 'origin', level: 'state-affiliated', description: 'Chinese state-owned enterprise' });
    expect(result.source.relays[0]!.evidence).toContain('state-affiliated International Trade Company');
    expect(result.source.disclosures).toHaveLength(1);
  }, 60_000);
});

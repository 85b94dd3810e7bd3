import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import * as z from 'zod';
import { afterAll, describe, expect, it } from 'vitest';
import { OutputLine } from '../../../lib/eval/output-line';

/**
 * `npm run analyze` as a user runs it: a child process on the seed fixture
 * (test/fixtures/seed-article.html), a bad path, a folder of small pages written here, and
 * `--schema`. Every --json line must validate both against the zod contract and against the JSON
 * Schema the CLI itself prints.
 */
const ROOT = join(import.meta.dirname, '../../..');
const SEED = 'test/fixtures/seed-article.html';

function analyze(...args: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/analyze.ts', ...args], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const printedSchema = JSON.parse(analyze('--schema').stdout) as Record<string, unknown>;
const fromPrintedSchema = z.fromJSONSchema(printedSchema as never);

/** Parses --json output: one object per line, each valid against both schemas. */
function lines(stdout: string): OutputLine[] {
  return stdout
    .split('\n')
    .filter(Boolean)
    .map((text) => {
      const value: unknown = JSON.parse(text);
      const checked = fromPrintedSchema.safeParse(value);
      expect(checked.success, checked.error?.message).toBe(true);
      return OutputLine.parse(value);
    });
}

const tmp = mkdtempSync(join(tmpdir(), 'lodestone-cli-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** A page long enough for Readability, with optional head tags. */
const page = (title: string, head = '') =>
  `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${title}</title>${head}</head><body><article><h1>${title}</h1>` +
  `${'<p>This paragraph is here so that the page reads as an article with enough text for the extractor to keep it as content. </p>'.repeat(4)}</article></body></html>`;

describe('npm run analyze --schema', { timeout: 60_000 }, () => {
  it('prints a JSON Schema of one line whose required properties include the contract and "input"', () => {
    expect(printedSchema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(printedSchema.type).toBe('object');
    expect(printedSchema.required).toEqual(expect.arrayContaining(['url', 'topic', 'source', 'signals', 'input']));
    expect((printedSchema.properties as Record<string, unknown>).input).toEqual({ type: 'string' });
  });
});

describe('npm run analyze --json', { timeout: 60_000 }, () => {
  it('analyzes the good file, names the bad path on stderr and exits 1', () => {
    const missing = join(tmp, 'no-such-page.html');
    const r = analyze('--json', SEED, missing);
    expect(r.code).toBe(1);
    const out = lines(r.stdout);
    expect(out).toHaveLength(1);
    expect(out[0]?.input).toBe(SEED);
    expect(out[0]?.topic.isRareEarth).toBe(true);
    expect(out[0]?.signals.length).toBeGreaterThan(0);
    expect(out[0]?.url).toBe('https://rareearthexchanges.com/news/chinas-northern-rare-earth-group-tightens-grip-on-trade-strategy-heading-into-2026/');
    expect(r.stderr).toContain(`${missing}: no such file or directory`);
  });

  it('exits 0 when every page is analyzed', () => {
    const r = analyze('--json', SEED);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
  });

  it('gives a valid line for every page of test/fixtures (the fixtures and the team corpus)', () => {
    const r = analyze('--json', 'test/fixtures');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const inputs = lines(r.stdout).map((l) => l.input);
    expect(inputs).toContain(SEED);
    expect(inputs).toEqual([...inputs].sort());
    expect(inputs.filter((i) => i.startsWith('test/fixtures/corpus/')).length).toBeGreaterThan(0);
  });

  it('walks a folder: every .html below it in sorted order; a binary .html is an error that names it', () => {
    const dir = join(tmp, 'folder');
    mkdirSync(join(dir, 'sub'), { recursive: true });
    writeFileSync(join(dir, 'b.html'), page('Second page'));
    writeFileSync(join(dir, 'a.html'), page('First page'));
    writeFileSync(join(dir, 'sub', 'c.html'), page('Third page'));
    writeFileSync(join(dir, 'notes.txt'), 'not a page');
    writeFileSync(join(dir, 'image.html'), new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d]));
    const r = analyze('--json', dir);
    expect(r.code).toBe(1);
    expect(lines(r.stdout).map((l) => l.input)).toEqual(['a.html', 'b.html', 'sub/c.html'].map((f) => join(dir, f)));
    expect(r.stderr).toContain(`${join(dir, 'image.html')}: not an HTML file`);
  });

  it('takes the URL from --url over the canonical link: the publisher is judged by it', () => {
    const bare = join(tmp, 'bare.html');
    writeFileSync(bare, page('No canonical link'));
    const [own] = lines(analyze('--json', '--url', 'https://news.example.org/story', bare).stdout);
    expect(own?.url).toBe('https://news.example.org/story');
    expect(own?.source.publisher.domain).toBe('example.org');
    const [seed] = lines(analyze('--json', '--url', 'https://www.xinhuanet.com/english/story.htm', SEED).stdout);
    expect(seed?.source.publisher.domain).toBe('xinhuanet.com');
    expect(seed?.source.publisher.level).not.toBe('unknown');
  });

  it('else from the canonical link, else og:url, else the file:// URL', () => {
    const og = join(tmp, 'og.html');
    writeFileSync(og, page('Only og:url', '<meta property="og:url" content="https://og.example.net/a">'));
    const bare = join(tmp, 'bare2.html');
    writeFileSync(bare, page('Nothing'));
    const out = lines(analyze('--json', og, bare).stdout);
    expect(out.map((l) => l.url)).toEqual(['https://og.example.net/a', pathToFileURL(bare).href]);
  });

  it('decodes a page in its declared legacy encoding', () => {
    const file = join(tmp, 'koi8.html');
    const html = page('Редкоземельные металлы').replace('utf-8', 'koi8-r');
    const koi8 = new Map<string, number>();
    const decoder = new TextDecoder('koi8-r');
    for (let b = 0; b < 256; b++) koi8.set(decoder.decode(new Uint8Array([b])), b);
    writeFileSync(file, new Uint8Array([...html].map((ch) => koi8.get(ch) ?? 0x3f)));
    const [line] = lines(analyze('--json', file).stdout);
    expect(line?.article?.title).toBe('Редкоземельные металлы');
  });
});

describe('npm run analyze (readable report)', { timeout: 60_000 }, () => {
  it('reports title, topic, source, banner, relays, signals by category and a count', () => {
    const r = analyze(SEED);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`== ${SEED}`);
    expect(r.stdout).toContain("Title:   China's Northern Rare Earth Group Tightens Grip");
    expect(r.stdout).toMatch(/Topic: {3}rare-earth article: yes \(score \d\.\d\d\) — /);
    expect(r.stdout).toContain('Source:  Relays a state-affiliated source: Northern Rare Earth Group');
    expect(r.stdout).toContain('Banner:  relays-state');
    expect(r.stdout).toMatch(/Relays:\n {2}- Northern Rare Earth Group's International Trade Company \(state-affiliated, /);
    expect(r.stdout).toMatch(/ {2}export-control \(\d+\)\n {4}\d\.\d\d tightening {2}Beijing is normalizing export-control compliance/);
    expect(r.stdout).toMatch(/\d+ signals in \d+ categories\./);
    expect(r.stdout).toMatch(/1 page analyzed: 1 rare-earth, \d+ signals\./);
  });

  it('answers a usage error with the usage and exit code 2', () => {
    const r = analyze('--jsno', SEED);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('unknown option --jsno');
    expect(r.stderr).toContain('usage: npm run analyze');
  });
});

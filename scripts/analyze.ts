/**
 * The analyzer on the command line (DESIGN, "The analyzer on the command line"; issue 3 item 5):
 *   npm run analyze -- [--json] [--url URL] [--schema] PATH...
 * Each page is decoded from its bytes, parsed with linkedom and analyzed by `analyzeDocument`, the
 * same function the extension's offscreen document and Firefox background page run.
 *
 * Why linkedom and not jsdom: on the 130 real pages of ../shared/corpus/readability-pages plus the
 * three fixtures, analyzeDocument gave byte-identical JSON with all three set-ups, and took
 * 27.0 s with a new JSDOM per page, 16.4 s with one JSDOM window's DOMParser reused, and 4.0 s
 * with linkedom's DOMParser (2-core machine, Node 20; peak memory 1.8 GB / 0.9 GB / 0.4 GB).
 * test/unit/cli/dom-parity.test.ts keeps checking that linkedom and jsdom agree on the fixtures.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { DOMParser } from 'linkedom';
import { analyzeDocument } from '../lib/analyze-page.ts';
import { readPageMeta } from '../lib/article/page-meta.ts';
import { ANALYZE_USAGE, parseAnalyzeArgs } from '../lib/eval/analyze-args.ts';
import { decodeHtml } from '../lib/eval/decode-html.ts';
import { formatReport } from '../lib/eval/format-report.ts';
import { OutputLine, outputLineJsonSchema } from '../lib/eval/output-line.ts';

/** A problem with one input, reported on stderr by name; the other inputs still run. */
export interface InputError {
  path: string;
  message: string;
}

/** Every `.html` file below `path`, sorted by path (code-point order), or `path` itself when it is a file. */
export function collectHtmlFiles(path: string): { files: string[]; errors: InputError[] } {
  const files: string[] = [];
  const errors: InputError[] = [];
  const visit = (p: string, explicit: boolean, seen: Set<string>) => {
    let stat;
    try {
      stat = statSync(p);
    } catch (e) {
      errors.push({ path: p, message: reason(e) });
      return;
    }
    if (stat.isDirectory()) {
      const key = `${stat.dev}:${stat.ino}`;
      if (seen.has(key)) return; // a symlink loop
      seen.add(key);
      let names: string[];
      try {
        names = readdirSync(p);
      } catch (e) {
        errors.push({ path: p, message: reason(e) });
        return;
      }
      for (const name of names) {
        const child = join(p, name);
        if (/\.html$/i.test(name) || isDirectory(child)) visit(child, false, seen);
      }
    } else if (stat.isFile() || explicit) {
      files.push(p);
    }
  };
  visit(path, true, new Set());
  files.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  if (files.length === 0 && errors.length === 0) errors.push({ path, message: 'no .html file in this folder' });
  return { files, errors };
}

function isDirectory(p: string): boolean {
  try {
    return statSync(p).isDirectory();
  } catch {
    return false;
  }
}

const ERRNO_WORDS: Record<string, string> = {
  ENOENT: 'no such file or directory',
  EACCES: 'permission denied',
  EISDIR: 'is a directory',
  ENOTDIR: 'not a directory',
  ELOOP: 'too many symbolic links',
};

function reason(e: unknown): string {
  const code = (e as { code?: string }).code;
  if (code && ERRNO_WORDS[code]) return ERRNO_WORDS[code];
  return e instanceof Error ? e.message : String(e);
}

/** The text of an HTML file, decoded as a browser would (see decodeHtml); throws with a reason. */
export function readHtmlFile(path: string): string {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch (e) {
    throw new Error(`cannot read: ${reason(e)}`);
  }
  const { text } = decodeHtml(bytes);
  // NUL characters do not occur in HTML text: this is an image, an archive or another binary file.
  if (text.slice(0, 1024).includes('\u0000')) throw new Error('not an HTML file (binary content)');
  return text;
}

const parser = new DOMParser();

/** A parsed document the caller owns (analysis mutates it), from linkedom. */
export function parseHtml(html: string): Document {
  return parser.parseFromString(html, 'text/html') as unknown as Document;
}

/** The URL the page is analyzed as: `--url`, else its canonical link or og:url, else file://. */
export function visitedUrl(doc: Document, path: string, override: string | null): string {
  if (override) return override;
  const fileUrl = pathToFileURL(resolve(path)).href;
  return readPageMeta(doc, fileUrl).canonicalUrl ?? fileUrl;
}

/** One page through the engine: the `--json` line for it; throws with a reason. */
export function analyzeHtmlFile(path: string, url: string | null): OutputLine {
  const doc = parseHtml(readHtmlFile(path));
  const line = { ...analyzeDocument(doc, visitedUrl(doc, path, url)), input: path };
  // The output is a boundary (house rule 5): a line that breaks the contract is an error, not output.
  const checked = OutputLine.safeParse(line);
  if (!checked.success) throw new Error(`the analysis does not fit the output schema: ${checked.error.message}`);
  return checked.data;
}

function main(argv: readonly string[]): number {
  const args = parseAnalyzeArgs(argv);
  if ('error' in args) {
    process.stderr.write(`analyze: ${args.error}\n${ANALYZE_USAGE}\n`);
    return 2;
  }
  if (args.help) {
    process.stdout.write(`${ANALYZE_USAGE}\n`);
    return 0;
  }
  if (args.schema) {
    process.stdout.write(`${JSON.stringify(outputLineJsonSchema(), null, 2)}\n`);
    return 0;
  }
  let failed = 0;
  let pages = 0;
  let onTopic = 0;
  let signals = 0;
  const fail = (e: InputError) => {
    failed += 1;
    process.stderr.write(`analyze: ${e.path}: ${e.message}\n`);
  };
  for (const path of args.paths) {
    const { files, errors } = collectHtmlFiles(path);
    errors.forEach(fail);
    for (const file of files) {
      let line: OutputLine;
      try {
        line = analyzeHtmlFile(file, args.url);
      } catch (e) {
        fail({ path: file, message: e instanceof Error ? e.message : String(e) });
        continue;
      }
      pages += 1;
      if (line.topic.isRareEarth) onTopic += 1;
      signals += line.signals.length;
      process.stdout.write(args.json ? `${JSON.stringify(line)}\n` : `${formatReport(line)}\n\n`);
    }
  }
  if (!args.json) {
    process.stdout.write(`${pages} page${pages === 1 ? '' : 's'} analyzed: ${onTopic} rare-earth, ${signals} signals${failed ? `; ${failed} failed (see above)` : ''}.\n`);
  }
  return failed > 0 ? 1 : 0;
}

const invokedDirectly = process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href;
if (invokedDirectly) {
  // `npm run analyze -- … | head` closes the pipe early: that is not an error.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw e;
  });
  process.exitCode = main(process.argv.slice(2));
}

import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseExcerpts, type Excerpt } from '../../lib/eval/realnews.ts';

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
/** Third-party text, read in place beside the checkout (never copied into the repo). */
export const REALNEWS_FILE = join(REPO_ROOT, '../shared/realnews/dev-excerpts.jsonl');
export const REALNEWS_DATA = join(REPO_ROOT, 'test/fixtures/realnews');
export const SPLIT_FILE = join(REALNEWS_DATA, 'split.json');

/** The excerpts, or null when ../shared/realnews is not beside the checkout. */
export function readExcerpts(file: string = REALNEWS_FILE): Excerpt[] | null {
  if (!existsSync(file)) return null;
  return parseExcerpts(readFileSync(file, 'utf8'));
}

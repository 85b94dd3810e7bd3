import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as z from 'zod/mini';
import { parseExcerpts, type Excerpt } from '../../lib/eval/realnews.ts';
import { RealnewsLabels, type ItemLabels } from '../../lib/eval/realnews-labels.ts';

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
/** Third-party text, read in place beside the checkout (never copied into the repo). */
export const REALNEWS_FILE = join(REPO_ROOT, '../shared/realnews/dev-excerpts.jsonl');
export const REALNEWS_DATA = join(REPO_ROOT, 'test/fixtures/realnews');
export const SPLIT_FILE = join(REALNEWS_DATA, 'split.json');
export const LABELS_FILE = join(REALNEWS_DATA, 'labels.json');

const Split = z.object({ about: z.string(), keptOut: z.array(z.string()), dev: z.array(z.string()) });
export type Split = z.infer<typeof Split>;

/** The committed split (which excerpts are kept out), validated. */
export function readSplit(): Split {
  return Split.parse(JSON.parse(readFileSync(SPLIT_FILE, 'utf8')));
}

/** The committed sentence labels by excerpt id, validated. */
export function readLabels(): Record<string, ItemLabels> {
  return RealnewsLabels.parse(JSON.parse(readFileSync(LABELS_FILE, 'utf8'))).items;
}

/** The excerpts, or null when ../shared/realnews is not beside the checkout. */
export function readExcerpts(file: string = REALNEWS_FILE): Excerpt[] | null {
  if (!existsSync(file)) return null;
  return parseExcerpts(readFileSync(file, 'utf8'));
}

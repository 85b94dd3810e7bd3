import { createHash } from 'node:crypto';
import * as z from 'zod/mini';
import { pageMetaOf, type ArticleText, type TextBlock } from '../analysis/article-text';
import { segmentSentences } from '../analysis/segment-sentences';

/**
 * The real-news development set (`../shared/realnews/dev-excerpts.jsonl`, third-party text read in
 * place, never copied) as the engine sees it: each excerpt becomes an article of one block per
 * line, and its sentences are the units that labels speak of. A label names its sentence by the
 * excerpt's id, the sentence's offsets in the excerpt and a hash of the normalized sentence — no
 * text — so the labels can live in the repo while the text stays outside it.
 */

export const Excerpt = z.object({
  id: z.string(),
  url: z.string(),
  lang: z.string(),
  publisher: z.string(),
  text: z.string(),
  title: z.optional(z.nullable(z.string())),
});
export type Excerpt = z.infer<typeof Excerpt>;

/** A sentence of an excerpt: offsets into `excerpt.text`. */
export interface Unit {
  item: string;
  start: number;
  end: number;
  hash: string;
}

/** The form a sentence is hashed in: NFKC, whitespace collapsed, trimmed, lower case. */
export function normalizeSentence(text: string): string {
  return text.normalize('NFKC').replace(/\s+/gu, ' ').trim().toLowerCase();
}

/** 16 hex digits of SHA-256 over the normalized sentence. */
export function sentenceHash(text: string): string {
  return createHash('sha256').update(normalizeSentence(text)).digest('hex').slice(0, 16);
}

/** The excerpts of a JSON Lines file; a malformed line is an error naming its number. */
export function parseExcerpts(jsonl: string): Excerpt[] {
  const excerpts: Excerpt[] = [];
  jsonl.split('\n').forEach((line, index) => {
    if (line.trim() === '') return;
    const parsed = Excerpt.safeParse(JSON.parse(line));
    if (!parsed.success) throw new Error(`realnews line ${index + 1}: ${parsed.error.message}`);
    excerpts.push(parsed.data);
  });
  return excerpts;
}

/** The page language an excerpt would carry: its guess, unless the guess is "other". */
export function excerptLang(excerpt: Excerpt): string | null {
  return excerpt.lang === 'other' ? null : excerpt.lang;
}

interface Line {
  text: string;
  start: number;
}

/** Non-empty lines with their offsets, whitespace at both ends left out. */
export function excerptLines(text: string): Line[] {
  const lines: Line[] = [];
  let at = 0;
  for (const raw of text.split('\n')) {
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    if (trimmed !== '') lines.push({ text: trimmed, start: at + lead });
    at += raw.length + 1;
  }
  return lines;
}

/**
 * The excerpt as the engine's input: one paragraph per line, the excerpt's URL and language. A
 * first line that reads as a title (no closing punctuation, at most TITLE_MAX_WORDS words) is the
 * page's title, as extraction gives it in the browser (Readability keeps the headline apart), not a
 * body paragraph.
 */
const TITLE_MAX_WORDS = 30;

export function excerptArticle(excerpt: Excerpt): ArticleText {
  const lines = excerptLines(excerpt.text);
  const first = lines[0]?.text ?? '';
  const titled = !excerpt.title && lines.length > 1 && !/[.!?。！？…:;"”’»)\]]$/u.test(first) && first.split(/\s+/u).length <= TITLE_MAX_WORDS;
  const blocks: TextBlock[] = lines.map((line, i) => ({ text: line.text, kind: titled && i === 0 ? 'heading' : 'paragraph' }));
  return {
    meta: pageMetaOf(excerpt.url, { title: excerpt.title ?? (titled ? first : null), lang: excerptLang(excerpt) }),
    blocks,
  };
}

/**
 * The sentences of an excerpt, as labelled. Segmented once, when the labels were made; later
 * changes to the segmenter do not move them, since labels keep their own offsets.
 */
export function excerptUnits(excerpt: Excerpt): Unit[] {
  const units: Unit[] = [];
  for (const line of excerptLines(excerpt.text)) {
    for (const sentence of segmentSentences(line.text, excerptLang(excerpt) ?? undefined)) {
      const start = line.start + sentence.start;
      const end = line.start + sentence.end;
      units.push({ item: excerpt.id, start, end, hash: sentenceHash(excerpt.text.slice(start, end)) });
    }
  }
  return units;
}

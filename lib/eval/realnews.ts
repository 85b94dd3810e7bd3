import { createHash } from 'node:crypto';
import * as z from 'zod/mini';
import { pageMetaOf, type ArticleText, type TextBlock } from '../analysis/article-text';
import { segmentSentences } from '../analysis/segment-sentences';
import { MAX_BODY_CHARS } from '../gate/gate-sample';
import type { GateSample } from '../gate/gate-score';
import { endsSentence, joinWrappedBlocks } from '../analysis/wrapped-lines';

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
  const blocks = excerptBlocks(excerpt);
  const titled = blocks[0]?.kind === 'heading';
  return {
    meta: pageMetaOf(excerpt.url, { title: excerpt.title ?? (titled ? (blocks[0]?.text ?? null) : null), lang: excerptLang(excerpt) }),
    blocks: blocks.map(({ text, kind }) => ({ text, kind })),
  };
}

/**
 * What the gate would read of the excerpt's page: its title as the head (a page's <title> names its
 * headline), the start of its text as the body, bounded as lib/gate/gate-sample.ts bounds it.
 */
export function excerptGateSample(excerpt: Excerpt): GateSample {
  const title = excerptArticle(excerpt).meta.title ?? '';
  return { url: excerpt.url, head: title, body: excerpt.text.slice(0, MAX_BODY_CHARS) };
}

/**
 * The excerpt as a plain news page, for the browser: its title line as <title> and <h1>, each other
 * line a paragraph, the excerpt's language on <html>. Text is escaped, so markup left in an excerpt
 * reads as text, as the Node evaluation reads it.
 */
export function excerptPage(excerpt: Excerpt): string {
  const blocks = excerptBlocks(excerpt);
  const title = excerptArticle(excerpt).meta.title ?? '';
  const lang = excerptLang(excerpt);
  const body = blocks.map((b) => (b.kind === 'heading' ? `<h1>${escapeHtml(b.text)}</h1>` : `<p>${escapeHtml(b.text)}</p>`)).join('\n');
  return `<!DOCTYPE html>\n<html${lang ? ` lang="${escapeHtml(lang)}"` : ''}><head><meta charset="utf-8"><title>${escapeHtml(title)}</title></head>\n<body><main><article>\n${body}\n</article></main></body></html>\n`;
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** A block of the excerpt's article and where it starts in the excerpt's text. */
export interface ExcerptBlock extends TextBlock {
  start: number;
}

/**
 * The excerpt's blocks: one paragraph per line, a first line that reads as a title a heading, and
 * hard-wrapped lines (a break inside a sentence, wrapped-lines.ts) joined with a space as the
 * extension joins `<br>`-wrapped lines. Lines are joined only when one line break alone separates
 * them, so a joined block is the excerpt's text from its start with that break read as a space:
 * offsets into a block are offsets into the excerpt from the block's start.
 */
export function excerptBlocks(excerpt: Excerpt): ExcerptBlock[] {
  const lines = excerptLines(excerpt.text);
  const first = lines[0]?.text ?? '';
  const titled = !excerpt.title && lines.length > 1 && !endsSentence(first) && first.split(/\s+/u).length <= TITLE_MAX_WORDS;
  const blocks = lines.map((line, i): ExcerptBlock => ({ text: line.text, start: line.start, kind: titled && i === 0 ? 'heading' : 'paragraph' }));
  return joinWrappedBlocks(blocks, (previous, next) => previous.start + previous.text.length + 1 === next.start);
}

/**
 * The sentences of an excerpt, as labelled: the sentences of its blocks (excerptBlocks), so a
 * sentence hard-wrapped over lines is one unit, as the engine reads it. Segmented once, when the
 * labels were made; later changes to the segmenter do not move them, since labels keep their own
 * offsets (excerptUnits is only called to make and check labels).
 */
export function excerptUnits(excerpt: Excerpt): Unit[] {
  return unitsOfPieces(excerpt, excerptBlocks(excerpt));
}

/**
 * The sentences of an excerpt line by line, as the first labels were made before hard-wrapped
 * lines were joined (scripts/realnews/join-wrapped-labels.ts carries those labels over).
 */
export function excerptLineUnits(excerpt: Excerpt): Unit[] {
  return unitsOfPieces(excerpt, excerptLines(excerpt.text));
}

/** The sentences of pieces of the excerpt (lines or blocks), with offsets into the excerpt. */
function unitsOfPieces(excerpt: Excerpt, pieces: readonly { text: string; start: number }[]): Unit[] {
  const units: Unit[] = [];
  for (const piece of pieces) {
    for (const sentence of segmentSentences(piece.text, excerptLang(excerpt) ?? undefined)) {
      const start = piece.start + sentence.start;
      const end = piece.start + sentence.end;
      units.push({ item: excerpt.id, start, end, hash: sentenceHash(excerpt.text.slice(start, end)) });
    }
  }
  return units;
}

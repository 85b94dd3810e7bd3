import { readableText } from '../analysis/repair-mojibake';
import type { Clip } from './clip-schema';

/**
 * Markdown of text from a web page: the characters that would turn it into markup (links, emphasis,
 * HTML, headings at line start) are escaped, so a pasted citation shows the text as it read.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\`*_[\]<>~|]/g, '\\$&')
    .replace(/^(\s*)(#{1,6}|[-+=]|\d+[.)])(\s|$)/gm, (_m, space: string, mark: string, after: string) => `${space}${mark.replace(/[#+=.)-]/g, '\\$&')}${after}`);
}

/** A URL safe inside `(…)` of a Markdown link: parentheses and spaces percent-encoded. */
export function markdownUrl(url: string): string {
  return url.replace(/[()\s<>]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

/** Every line of `text` as a blockquote line. */
export function quoteLines(text: string): string {
  return text
    .split(/\r?\n/)
    .map((line) => (line.trim() ? `> ${line}` : '>'))
    .join('\n');
}

/** The words a clip's link names: the article title when known, else its site. */
export function clipLinkLabel(clip: Clip): string {
  return readableText(clip.article.title ?? '').trim() || clip.site;
}

/**
 * The clip as a Markdown citation: the sentence quoted, then the source label (as it was when
 * clipped) and a link that opens the article at the passage.
 *
 * > China controls more than 95% of global separation capacity.
 * >
 * > — Relays a state-affiliated source: …, [Title](https://…#:~:text=…)
 */
export function markdownCitation(clip: Clip): string {
  const sentence = escapeMarkdown(readableText(clip.text).replace(/\s+/g, ' ').trim());
  const label = escapeMarkdown(readableText(clip.sourceLabel).trim());
  const link = `[${escapeMarkdown(clipLinkLabel(clip))}](${markdownUrl(clip.textFragmentUrl)})`;
  return `${quoteLines(sentence)}\n>\n> — ${label ? `${label}, ` : ''}${link}\n`;
}

import { readableText } from '../analysis/repair-mojibake';
import { CATEGORY_STYLES } from '../highlights/category-style';
import type { Clip } from './clip-schema';
import { clipLinkLabel, escapeMarkdown, markdownUrl, quoteLines } from './markdown-citation';

/**
 * Markdown for notes and reports: one section per article (in the order of the clips given), its
 * source label, then each clip quoted with its category, a link to the passage, note and tags.
 */

function categoryLabel(clip: Clip): string {
  return clip.category === 'unclassified' ? 'Unclassified' : CATEGORY_STYLES[clip.category].label;
}

function clipBlock(clip: Clip): string {
  const lines = [quoteLines(escapeMarkdown(readableText(clip.text).replace(/\s+/g, ' ').trim())), ''];
  lines.push(`${categoryLabel(clip)} · [open at the passage](${markdownUrl(clip.textFragmentUrl)})`);
  if (clip.note.trim()) lines.push('', `Note: ${escapeMarkdown(clip.note.trim()).replace(/\n/g, '  \n')}`);
  if (clip.tags.length) lines.push('', `Tags: ${clip.tags.map((t) => `\`${t.replace(/`/g, "'")}\``).join(', ')}`);
  return lines.join('\n');
}

function articleSection(group: Clip[]): string {
  const first = group[0]!;
  const about = [escapeMarkdown(readableText(first.sourceLabel)), first.site, first.article.publishedAt ? `published ${escapeMarkdown(first.article.publishedAt)}` : null]
    .filter(Boolean)
    .join(' · ');
  const head = `## [${escapeMarkdown(clipLinkLabel(first))}](${markdownUrl(first.url)})\n\n${about}`;
  return [head, ...group.map(clipBlock)].join('\n\n');
}

export function exportMarkdown(clips: readonly Clip[], now: number = Date.now()): string {
  const articles = new Map<string, Clip[]>();
  for (const clip of clips) {
    const group = articles.get(clip.url);
    if (group) group.push(clip);
    else articles.set(clip.url, [clip]);
  }
  const count = `${clips.length} ${clips.length === 1 ? 'clip' : 'clips'} from ${articles.size} ${articles.size === 1 ? 'article' : 'articles'}`;
  const head = `# Lodestone clips\n\nExported ${new Date(now).toISOString().slice(0, 10)} · ${count}`;
  return `${[head, ...[...articles.values()].map(articleSection)].join('\n\n')}\n`;
}

import { escapeMarkdown, markdownUrl, quoteLines } from '../clips/markdown-citation';
import { type Brief, type BriefSignal, day, percent, rangeWords } from './brief';

/** Markdown of page text on one line (table cells, list items): escaped, never markup. */
const inline = (text: string) => escapeMarkdown(text).replace(/\s+/g, ' ');

function signalBlock(s: BriefSignal): string {
  const about = [
    s.figures.length ? `Figures: ${s.figures.map(inline).join(', ')}` : null,
    s.sourceLabel ? `Source: ${inline(s.sourceLabel)}` : null,
    s.link ? `[${inline(s.title)}](${markdownUrl(s.link)})` : inline(s.title),
    day(s.at),
  ].filter(Boolean);
  return `${quoteLines(escapeMarkdown(s.text))}\n\n${about.join(' · ')}`;
}

/** The brief as Markdown: every piece of page text escaped, so it reads as it did on the page. */
export function briefMarkdown(brief: Brief): string {
  const lines = [
    `# Lodestone brief: ${rangeWords(brief.range)}`,
    '',
    `Generated ${day(brief.generatedAt)} · ${brief.count} ${brief.count === 1 ? 'signal' : 'signals'} from ${brief.articles} ${brief.articles === 1 ? 'article' : 'articles'}`,
    '',
    '## The numbers',
    '',
  ];
  if (brief.numbers.length) {
    lines.push('| Category | Signals | From state-linked sources |', '| --- | ---: | ---: |');
    for (const n of brief.numbers) lines.push(`| ${inline(n.label)} | ${n.count} | ${n.state} (${percent(n.state, n.count)}) |`);
  } else {
    lines.push('No signal in this range.');
  }
  if (brief.prices.length) {
    lines.push('', 'Quoted prices (as quoted, never converted):', '');
    for (const p of brief.prices) {
      const span = p.count === 1 ? `${inline(p.last.text)} (${day(p.last.at)})` : `from ${inline(p.first.text)} (${day(p.first.at)}) to ${inline(p.last.text)} (${day(p.last.at)})`;
      lines.push(`- ${inline(p.material)}, ${p.unit}: ${p.count} ${p.count === 1 ? 'quote' : 'quotes'}, ${span}`);
    }
  }
  for (const section of brief.sections) {
    lines.push('', `## ${inline(section.label)}`);
    for (const s of section.signals) lines.push('', signalBlock(s));
  }
  return `${lines.join('\n')}\n`;
}

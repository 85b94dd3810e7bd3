import { type Brief, type BriefSignal, day, percent, rangeWords } from './brief';

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text (page text above all) as HTML text or attribute value: never markup. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}

function signalBlock(s: BriefSignal): string {
  const about = [
    s.figures.length ? `Figures: ${s.figures.map(escapeHtml).join(', ')}` : null,
    s.sourceLabel ? `Source: ${escapeHtml(s.sourceLabel)}` : null,
    s.link ? `<a href="${escapeHtml(s.link)}">${escapeHtml(s.title)}</a>` : escapeHtml(s.title),
    day(s.at),
  ].filter(Boolean);
  return `<blockquote><p>${escapeHtml(s.text)}</p></blockquote>\n<p>${about.join(' · ')}</p>`;
}

/** The brief as a standalone HTML document (pastes into a word processor with its table and links). */
export function briefHtml(brief: Brief): string {
  const title = `Lodestone brief: ${rangeWords(brief.range)}`;
  const parts = [
    '<!doctype html>',
    '<html lang="en"><head><meta charset="utf-8">',
    `<title>${escapeHtml(title)}</title>`,
    '<style>body{font:15px/1.5 system-ui,sans-serif;max-width:46rem;margin:2rem auto;padding:0 1rem}table{border-collapse:collapse}th,td{border:1px solid #999;padding:.2rem .5rem}td.n{text-align:right}blockquote{margin:1rem 0 .25rem;border-left:3px solid #999;padding-left:.75rem}</style>',
    '</head><body>',
    `<h1>${escapeHtml(title)}</h1>`,
    `<p>Generated ${day(brief.generatedAt)} · ${brief.count} ${brief.count === 1 ? 'signal' : 'signals'} from ${brief.articles} ${brief.articles === 1 ? 'article' : 'articles'}</p>`,
    '<h2>The numbers</h2>',
  ];
  if (brief.numbers.length) {
    parts.push('<table><thead><tr><th scope="col">Category</th><th scope="col">Signals</th><th scope="col">From state-linked sources</th></tr></thead><tbody>');
    for (const n of brief.numbers) parts.push(`<tr><th scope="row">${escapeHtml(n.label)}</th><td class="n">${n.count}</td><td class="n">${n.state} (${percent(n.state, n.count)})</td></tr>`);
    parts.push('</tbody></table>');
  } else {
    parts.push('<p>No signal in this range.</p>');
  }
  if (brief.prices.length) {
    parts.push('<p>Quoted prices (as quoted, never converted):</p><ul>');
    for (const p of brief.prices) {
      const span = p.count === 1 ? `${escapeHtml(p.last.text)} (${day(p.last.at)})` : `from ${escapeHtml(p.first.text)} (${day(p.first.at)}) to ${escapeHtml(p.last.text)} (${day(p.last.at)})`;
      parts.push(`<li>${escapeHtml(p.material)}, ${escapeHtml(p.unit)}: ${p.count} ${p.count === 1 ? 'quote' : 'quotes'}, ${span}</li>`);
    }
    parts.push('</ul>');
  }
  for (const section of brief.sections) {
    parts.push(`<h2>${escapeHtml(section.label)}</h2>`);
    for (const s of section.signals) parts.push(signalBlock(s));
  }
  parts.push('</body></html>');
  return `${parts.join('\n')}\n`;
}

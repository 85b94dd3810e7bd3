import { CATEGORIES } from '../analysis-result';
import { readableText } from '../analysis/repair-mojibake';
import { levelWords, sourceLabel } from '../source-label';
import type { OutputLine } from './output-line';

/** The analyzer's readable report of one page (without `--json`). */
export function formatReport(line: OutputLine): string {
  const { article, topic, source, signals } = line;
  const out: string[] = [];
  out.push(`== ${line.input}`);
  out.push(`Title:   ${article?.title ? readableText(article.title) : article ? '(none)' : '(no article found on this page)'}`);
  out.push(`URL:     ${line.url}`);
  const evidence = topic.evidence.length > 0 ? ` — ${topic.evidence.map(readableText).join('; ')}` : '';
  out.push(`Topic:   rare-earth article: ${topic.isRareEarth ? 'yes' : 'no'} (score ${topic.score.toFixed(2)})${evidence}`);
  const p = source.publisher;
  out.push(`Source:  ${sourceLabel(source)}`);
  out.push(`         publisher ${p.domain ?? '(no domain)'}: ${levelWords(p.level)}${p.basis ? ` — ${p.basis}` : ''}`);
  out.push(`Banner:  ${source.banner ?? 'none'}`);
  if (source.relays.length > 0) {
    out.push('Relays:');
    for (const r of source.relays) {
      out.push(`  - ${r.name} (${levelWords(r.level)}, ${r.kind}${r.country ? `, ${r.country}` : ''}): “${readableText(r.evidence)}”`);
    }
  }
  for (const d of source.disclosures) out.push(`Disclosure: “${readableText(d)}”`);
  const present = CATEGORIES.filter((c) => signals.some((s) => s.category === c));
  if (signals.length > 0) out.push('Signals:');
  for (const c of present) {
    const mine = signals.filter((s) => s.category === c);
    out.push(`  ${c} (${mine.length})`);
    for (const s of mine) {
      out.push(`    ${s.confidence.toFixed(2)}${s.direction ? ` ${s.direction}` : ''}  ${readableText(s.text)}`);
    }
  }
  out.push(`${signals.length} signal${signals.length === 1 ? '' : 's'} in ${present.length} categor${present.length === 1 ? 'y' : 'ies'}.`);
  return out.join('\n');
}

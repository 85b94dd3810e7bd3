/**
 * Lists the sentences of real-news excerpts for labelling (to stdout or a file outside the repo:
 * the text is third-party and never committed): one line per sentence, `hash<TAB>text`, under a
 * header line per excerpt `## id lang publisher`.
 *
 *   node --import tsx scripts/realnews/list-units.ts [--from N] [--to N] [--ids a,b,c]
 */
import { excerptUnits } from '../../lib/eval/realnews.ts';
import { readExcerpts } from './paths.ts';

const args = process.argv.slice(2);
const value = (flag: string): string | undefined => {
  const at = args.indexOf(flag);
  return at >= 0 ? args[at + 1] : undefined;
};
const excerpts = readExcerpts();
if (!excerpts) {
  console.error('../shared/realnews/dev-excerpts.jsonl not found');
  process.exit(2);
}
const from = Number(value('--from') ?? 0);
const to = Number(value('--to') ?? excerpts.length);
const ids = value('--ids')?.split(',');
const chosen = ids ? excerpts.filter((e) => ids.includes(e.id)) : excerpts.slice(from, to);
let count = 0;
for (const e of chosen) {
  console.log(`## ${e.id} ${e.lang} ${e.publisher} ${e.url}`);
  for (const unit of excerptUnits(e)) {
    console.log(`${unit.hash}\t${e.text.slice(unit.start, unit.end).replace(/\s+/g, ' ')}`);
    count++;
  }
}
console.error(`${chosen.length} excerpts, ${count} sentences`);

/**
 * Checks labellers' sheets and merges them into test/fixtures/realnews/labels.json.
 *
 *   node --import tsx scripts/realnews/build-labels.ts --check SHEET.tsv   # report problems only
 *   node --import tsx scripts/realnews/build-labels.ts SHEET.tsv...         # merge into labels.json
 *
 * Sheets hold hashes and labels only (no text); see lib/eval/realnews-labels.ts for their form.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { excerptUnits, type Unit } from '../../lib/eval/realnews.ts';
import { parseSheet, RealnewsLabels, type ItemLabels } from '../../lib/eval/realnews-labels.ts';
import { LABELS_FILE, readExcerpts } from './paths.ts';

const ABOUT = 'Sentence labels of ../shared/realnews/dev-excerpts.jsonl (docs/labeling-guide.md): per excerpt id, topic and units [start, end, sha256-16 of the normalized sentence, category|null, clear|borderline, second category?]. No text.';

const args = process.argv.slice(2);
const check = args.includes('--check');
const sheets = args.filter((a) => a !== '--check');
const excerpts = readExcerpts();
if (!excerpts) {
  console.error('../shared/realnews/dev-excerpts.jsonl not found');
  process.exit(2);
}
const unitsByItem = new Map<string, Unit[]>(excerpts.map((e) => [e.id, excerptUnits(e)]));
const merged: Record<string, ItemLabels> = existsSync(LABELS_FILE) ? RealnewsLabels.parse(JSON.parse(readFileSync(LABELS_FILE, 'utf8'))).items : {};
let failed = false;
for (const sheet of sheets) {
  const { items, errors } = parseSheet(readFileSync(sheet, 'utf8'), unitsByItem);
  for (const error of errors) console.error(`${sheet}: ${error}`);
  if (errors.length > 0) failed = true;
  const units = Object.values(items).reduce((n, i) => n + i.units.length, 0);
  console.log(`${sheet}: ${Object.keys(items).length} excerpts, ${units} sentences, ${errors.length} problems`);
  Object.assign(merged, items);
}
if (check || failed) process.exit(failed ? 1 : 0);
const ordered = Object.fromEntries(excerpts.filter((e) => merged[e.id]).map((e) => [e.id, merged[e.id] as ItemLabels]));
const body = Object.entries(ordered)
  .map(([id, item]) => `    ${JSON.stringify(id)}: {"topic": ${JSON.stringify(item.topic)}, "units": [\n${item.units.map((u) => `      ${JSON.stringify(u)}`).join(',\n')}\n    ]}`)
  .join(',\n');
writeFileSync(LABELS_FILE, `{\n  "about": ${JSON.stringify(ABOUT)},\n  "items": {\n${body}\n  }\n}\n`);
RealnewsLabels.parse(JSON.parse(readFileSync(LABELS_FILE, 'utf8')));
console.log(`labels.json: ${Object.keys(ordered).length} of ${excerpts.length} excerpts labelled`);

/**
 * Carries the labels of hard-wrapped excerpts over to their joined sentences (run once, when
 * excerptUnits began to read hard-wrapped lines as one sentence; lib/analysis/wrapped-lines.ts).
 * The labellers had labelled each line's fragment; a joined sentence takes what its fragments say,
 * with no new judgement:
 * - a signal when any fragment is one, with the first signal fragment's category, and as the second
 *   acceptable category the fragments' next distinct one (or the first fragment's own second one);
 * - clear when a signal fragment is clear (or, for a non-signal, when every fragment is clear), else borderline.
 * Excerpts whose units did not change, or whose labels were already carried over, are left exactly
 * as they were (`--check` exits 1 when some labels still need carrying over).
 *
 *   node --import tsx scripts/realnews/join-wrapped-labels.ts [--check]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import type { Category } from '../../lib/analysis-result.ts';
import { excerptLineUnits, excerptUnits } from '../../lib/eval/realnews.ts';
import { RealnewsLabels, unitsOf, type ItemLabels, type UnitLabel } from '../../lib/eval/realnews-labels.ts';
import { LABELS_FILE, readExcerpts } from './paths.ts';

const excerpts = readExcerpts();
if (!excerpts) throw new Error('../shared/realnews/dev-excerpts.jsonl not found');
const file = RealnewsLabels.parse(JSON.parse(readFileSync(LABELS_FILE, 'utf8')));
let changed = 0;
for (const excerpt of excerpts) {
  const item = file.items[excerpt.id];
  if (!item) continue;
  const units = excerptUnits(excerpt);
  const lineUnits = excerptLineUnits(excerpt);
  const same = units.length === lineUnits.length && units.every((u, i) => u.start === lineUnits[i]?.start && u.end === lineUnits[i]?.end);
  if (same) continue;
  const old = unitsOf(item);
  // Already carried over (the script is run again): nothing to do.
  if (old.length === units.length && old.every((o, i) => o.start === units[i]?.start && o.end === units[i]?.end)) continue;
  if (old.length !== lineUnits.length) throw new Error(`${excerpt.id}: the labels are neither the line units nor the joined ones`);
  const joined: UnitLabel[] = units.map((u) => {
    const parts = old.filter((o) => o.start >= u.start && o.end <= u.end);
    if (parts.length === 0) throw new Error(`${excerpt.id}: no labelled fragment inside ${u.start}–${u.end}`);
    const signals = parts.filter((p) => p.category !== null);
    const categories = [...new Set(signals.flatMap((p) => [p.category, p.also]).filter((c): c is Category => c !== null))];
    const clear = signals.length > 0 ? signals.some((p) => p.clarity === 'clear') : parts.every((p) => p.clarity === 'clear');
    const label: UnitLabel = [u.start, u.end, u.hash, categories[0] ?? null, clear ? 'clear' : 'borderline'];
    if (categories[1]) label.push(categories[1]);
    return label;
  });
  const next: ItemLabels = { topic: item.topic, units: joined };
  file.items[excerpt.id] = next;
  changed++;
  console.log(`${excerpt.id}: ${old.length} line units → ${joined.length} sentences`);
}
if (process.argv.includes('--check')) {
  process.exitCode = changed === 0 ? 0 : 1;
} else if (changed > 0) {
  // The layout build-labels.ts writes: one unit per line.
  const body = Object.entries(file.items)
    .map(([id, item]) => `    ${JSON.stringify(id)}: {"topic": ${JSON.stringify(item.topic)}, "units": [\n${item.units.map((u) => `      ${JSON.stringify(u)}`).join(',\n')}\n    ]}`)
    .join(',\n');
  writeFileSync(LABELS_FILE, `{\n  "about": ${JSON.stringify(file.about)},\n  "items": {\n${body}\n  }\n}\n`);
}

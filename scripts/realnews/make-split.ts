/**
 * Writes test/fixtures/realnews/split.json once, before any tuning: about a third of the excerpts,
 * drawn within each language and each collected side (dev-pos / dev-neg) by a hash of the id, are
 * kept out. Run again only to check that the split is what the file says (it is deterministic).
 *
 *   node --import tsx scripts/realnews/make-split.ts [--check]
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { readExcerpts, SPLIT_FILE } from './paths.ts';

const KEPT_OUT_SHARE = 0.3;

const excerpts = readExcerpts();
if (!excerpts) {
  console.error('../shared/realnews/dev-excerpts.jsonl not found');
  process.exit(2);
}
const groups = new Map<string, string[]>();
for (const e of excerpts) {
  const side = e.id.startsWith('dev-neg') ? 'neg' : 'pos';
  const key = `${e.lang}/${side}`;
  groups.set(key, [...(groups.get(key) ?? []), e.id]);
}
const keptOut: string[] = [];
for (const ids of groups.values()) {
  const order = [...ids].sort((a, b) => hash(a).localeCompare(hash(b)));
  keptOut.push(...order.slice(0, Math.ceil(ids.length * KEPT_OUT_SHARE)));
}
const keptOutSet = new Set(keptOut);
const split = {
  about: 'Kept-out split of ../shared/realnews/dev-excerpts.jsonl, drawn before tuning: ceil(30%) of each language × side by SHA-256 of the id. Errors on kept-out items are never listed while tuning.',
  keptOut: excerpts.filter((e) => keptOutSet.has(e.id)).map((e) => e.id),
  dev: excerpts.filter((e) => !keptOutSet.has(e.id)).map((e) => e.id),
};
const json = `${JSON.stringify(split, null, 2)}\n`;
if (process.argv.includes('--check')) {
  const same = readFileSync(SPLIT_FILE, 'utf8') === json;
  console.log(same ? 'split.json matches' : 'split.json differs');
  process.exit(same ? 0 : 1);
}
writeFileSync(SPLIT_FILE, json);
console.log(`kept out ${split.keptOut.length} of ${excerpts.length}; dev ${split.dev.length}`);

function hash(id: string): string {
  return createHash('sha256').update(id).digest('hex');
}

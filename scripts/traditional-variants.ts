/**
 * Writes lib/analysis/traditional-variants.json: the traditional-character form (OpenCC, mainland to
 * Taiwan) of every phrase in the engine's lexicons that holds Chinese characters, where it differs.
 *   node --import tsx scripts/traditional-variants.ts [--check]
 * --check: fail when the committed file differs from a fresh conversion (the unit suite runs it too).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as OpenCC from 'opencc-js';
import { lexiconPhrases, traditionalVariantsFile } from '../lib/eval/traditional-variants-source.ts';
import { REPO_ROOT } from './realnews/paths.ts';

const FILE = join(REPO_ROOT, 'lib/analysis/traditional-variants.json');
const toTraditional = OpenCC.Converter({ from: 'cn', to: 'tw' });
const json = traditionalVariantsFile(lexiconPhrases(), toTraditional);
if (process.argv.includes('--check')) {
  const same = readFileSync(FILE, 'utf8') === json;
  console.log(same ? 'traditional-variants.json is current' : 'traditional-variants.json differs from a fresh conversion');
  process.exitCode = same ? 0 : 1;
} else {
  writeFileSync(FILE, json);
  console.log(`wrote ${FILE}`);
}

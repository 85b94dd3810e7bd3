import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { LibraryBench } from './bench-result';

/** The first "median N ms" on the output line that starts with `label`. */
function medianOn(output: string, label: string): number | null {
  const line = output.split('\n').find((l) => l.trim().startsWith(label));
  const m = line ? /median (\d+(?:\.\d+)?) ms/.exec(line) : null;
  return m ? Number(m[1]) : null;
}

/**
 * INTEGRATION POINT — the side panel with 10,000 clips. scripts/bench-library.ts (written with the
 * side panel) seeds the library and measures first render, filter, search and scrolling; it prints
 * its figures, which are read here line by line ("first render …: median N ms", "filter …",
 * "search …"). If that script gains a JSON output, read that instead. It runs in its own process
 * against .output/chrome-mv3.
 */
export function runLibraryBench(root: string, clips: number): LibraryBench {
  const script = join(root, 'scripts/bench-library.ts');
  if (!existsSync(script)) {
    return { ran: false, note: 'scripts/bench-library.ts does not exist in this checkout: side panel figures not measured.', output: '', firstRenderMs: null, filterMs: null, searchMs: null };
  }
  const run = spawnSync(process.execPath, ['--import', 'tsx', script, '--clips', String(clips), '--runs', '3'], { cwd: root, encoding: 'utf8', timeout: 15 * 60_000 });
  const output = `${run.stdout ?? ''}${run.status === 0 ? '' : `\n(exit ${run.status}) ${run.stderr ?? ''}`}`;
  return {
    ran: run.status === 0,
    note: run.status === 0 ? '' : `scripts/bench-library.ts failed (exit ${run.status}): ${(run.stderr ?? '').trim().split('\n').slice(-3).join(' ')}`,
    output,
    firstRenderMs: medianOn(output, 'first render'),
    filterMs: medianOn(output, 'filter'),
    searchMs: medianOn(output, 'search'),
  };
}

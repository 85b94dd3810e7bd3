// `npm run screenshots`: refreshes the README's images in docs/screenshots/ on purpose. The e2e
// suites take the same screenshots on every run, but into artifacts/screenshots/ (ignored), so that
// `npm test` leaves the tree as it found it; here they are pointed at docs/screenshots/ instead
// (LODESTONE_SCREENSHOTS, read by test/e2e/harness.ts and test/firefox/firefox-harness.ts).
// `npm run screenshots -- firefox` runs one suite only (vitest project names: e2e, firefox).
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { ROOT } from '../test/e2e/harness';

const projects = process.argv.slice(2).length > 0 ? process.argv.slice(2) : ['e2e', 'firefox'];
for (const project of projects) {
  // One project at a time: each launches browsers, and two at once would share two cores.
  const run = spawnSync(process.execPath, [join(ROOT, 'node_modules/vitest/vitest.mjs'), 'run', '--project', project], {
    cwd: ROOT,
    stdio: 'inherit',
    env: { ...process.env, LODESTONE_SCREENSHOTS: 'docs/screenshots', REQUIRE_E2E: '1' },
  });
  if (run.status !== 0) process.exit(run.status ?? 1);
}
console.log('Screenshots refreshed in docs/screenshots/: review them with `git diff --stat docs/screenshots` before committing.');

// Memory across navigations (issue 7): 50 navigations between two rare-earth articles in one tab,
// as full page loads and as an SPA (pushState: one reader instance lives through all of them).
// After the last navigation the tab must hold what one visit of that article holds: the same
// `lodestone-*` highlights and ranges, the same shadow-root hosts, and, in the extension's isolated
// world after GC, the same number of live Range, MutationObserver and ShadowRoot objects — released
// ranges, observers and React roots (their hosts) do not pile up (a banner UI created per SPA page
// was kept by WXT's context until the reader ended: 28 shadow roots after 50 navigations). Heap sizes are printed, not asserted:
// they depend on the machine, and time never is asserted. `npm run bench` reports the heap with and
// without the extension.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type NavigationRun, type NavigationSnapshot, runNavigations } from '../../scripts/bench/navigation-memory';
import { spaPage } from '../../scripts/bench/spa-page';
import { FIXTURES, type Harness, e2eAvailable, launch } from './harness';

const NAVIGATIONS = 50;
const HOST = 'rareearthexchanges.com';
const articleA = readFileSync(join(FIXTURES, 'seed-article.html'), 'utf8');
const articleB = readFileSync(join(FIXTURES, 'corpus/a-wire-china-quota-ndpr-rally.html'), 'utf8');
const spa = spaPage(articleA, articleB);

const run = e2eAvailable();

/** What must not grow: everything but the heap. */
function footprint(s: NavigationSnapshot) {
  return {
    article: s.article,
    // By kind: each full page load has a new reader, with its own random token (lib/highlights/highlight-names.ts).
    highlightNames: s.highlightNames.map((n) => n.replace(/-[a-z0-9]{12}$/, '')),
    highlightRanges: s.highlightRanges,
    shadowHosts: s.shadowHosts,
    liveRanges: s.extensionObjects?.Range,
    liveObservers: s.extensionObjects?.MutationObserver,
    liveShadowRoots: s.extensionObjects?.ShadowRoot,
  };
}

function report(r: NavigationRun): void {
  const heap = r.snapshots.map((s) => `#${s.navigation}: ${s.heapMB.toFixed(2)} MB`).join(', ');
  console.info(`memory (${r.mode}, ${NAVIGATIONS} navigations): heap of the tab after GC ${heap}`);
}

describe.runIf(run)(`${NAVIGATIONS} navigations between two articles in one tab`, () => {
  let h: Harness;
  beforeAll(async () => {
    h = await launch([{ host: HOST, routes: { '/mem/a/': () => articleA, '/mem/b/': () => articleB, '/spa/a/': () => spa, '/spa/b/': () => spa } }]);
  });
  afterAll(async () => h?.close());

  for (const mode of ['full', 'spa'] as const) {
    it(`${mode === 'full' ? 'full page loads' : 'SPA pushState'}: the last visit holds what the first did`, { timeout: 300_000 }, async () => {
      const urls = mode === 'full' ? { a: h.url(HOST, '/mem/a/'), b: h.url(HOST, '/mem/b/') } : { a: h.url(HOST, '/spa/a/'), b: h.url(HOST, '/spa/b/') };
      const result = await runNavigations(h.context, { mode, urls, navigations: NAVIGATIONS, snapshotAt: [0, 1, 10, NAVIGATIONS], withExtension: true });
      report(result);
      const at = (n: number) => result.snapshots.find((s) => s.navigation === n)!;
      const first = footprint(at(0));
      // The article has signals and the reader shows them (else the comparison proves nothing).
      expect(first.highlightRanges).toBeGreaterThan(0);
      expect(first.liveRanges).toBeGreaterThan(0);
      expect(footprint(at(1)).highlightNames).not.toEqual(first.highlightNames);
      expect(footprint(at(10))).toEqual(first);
      expect(footprint(at(NAVIGATIONS))).toEqual(first);
    });
  }
});

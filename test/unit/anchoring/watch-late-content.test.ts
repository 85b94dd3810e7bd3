// @vitest-environment jsdom
// Covers lib/anchoring/watch-late-content.ts: late text is reported once the page is quiet
// (debounce), at most once per interval (rate limit), a page that never goes quiet still gets a
// report (max wait), the watcher stops after its budget of runs and starts again on reset, the
// extension's own lodestone-* elements never trigger it, and aborting stops it.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { type MutationSummary, watchLateContent } from '../../../lib/anchoring/watch-late-content';

let controller: AbortController;
let reports: MutationSummary[];

beforeEach(() => {
  vi.useFakeTimers();
  document.body.innerHTML = '<article id="a"><p>First paragraph.</p></article>';
  controller = new AbortController();
  reports = [];
});
afterEach(() => {
  controller.abort();
  vi.useRealTimers();
});

function watch(options: Partial<Parameters<typeof watchLateContent>[2]> = {}, didWork = true) {
  return watchLateContent(
    document.body,
    (s) => {
      reports.push(s);
      return didWork;
    },
    { signal: controller.signal, quietMs: 400, maxWaitMs: 3_000, minIntervalMs: 2_000, maxRuns: 3, ...options },
  );
}

function addParagraph(text = 'Indonesia announced a ban on exports of unprocessed rare earth concentrate.'): void {
  const p = document.createElement('p');
  p.textContent = text;
  document.getElementById('a')!.append(p);
}

/** Lets the MutationObserver callback (a microtask) run, then advances the clock. */
async function advance(ms: number): Promise<void> {
  await Promise.resolve();
  await vi.advanceTimersByTimeAsync(ms);
}

describe('watchLateContent', () => {
  it('reports added text once the page has been quiet, as one batch', async () => {
    watch();
    addParagraph('One.');
    await advance(200);
    addParagraph('Two more words.');
    await advance(399);
    expect(reports).toEqual([]);
    await advance(2);
    expect(reports).toEqual([{ addedChars: 'One.'.length + 'Two more words.'.length, changed: false }]);
  });

  it('reports text removed or rewritten in place as a change that may break ranges', async () => {
    watch();
    document.querySelector('p')!.firstChild!.textContent = 'First paragraph, edited.';
    await advance(500);
    expect(reports).toEqual([{ addedChars: 0, changed: true }]);
  });

  it('ignores the extension’s own elements and what happens inside them', async () => {
    watch();
    const card = document.createElement('lodestone-card');
    card.textContent = 'Market concentration · Clip';
    document.body.append(card);
    await advance(10);
    card.append(document.createElement('div'));
    card.firstChild!.textContent = 'Saved';
    document.body.append(document.createElement('script'));
    await advance(1_000);
    expect(reports).toEqual([]);
  });

  it('waits at least minIntervalMs between two reports', async () => {
    watch();
    addParagraph();
    await advance(400);
    expect(reports).toHaveLength(1);
    addParagraph();
    // The first report ran at ~400 ms: the next one may not come before ~2,400 ms.
    await advance(1_900);
    expect(reports).toHaveLength(1);
    await advance(200);
    expect(reports).toHaveLength(2);
  });

  it('still reports on a page that never goes quiet (maxWaitMs)', async () => {
    watch();
    for (let t = 0; t < 3_200; t += 100) {
      addParagraph(`tick ${t}`);
      await advance(100);
    }
    expect(reports.length).toBeGreaterThanOrEqual(1);
  });

  it('stops after maxRuns reports that did work, and starts again on reset', async () => {
    const w = watch();
    for (let i = 0; i < 5; i += 1) {
      addParagraph();
      await advance(2_500);
    }
    expect(reports).toHaveLength(3);
    w.reset();
    addParagraph();
    await advance(2_500);
    expect(reports).toHaveLength(4);
  });

  it('does not count reports that did no work against the budget', async () => {
    watch({}, false);
    for (let i = 0; i < 5; i += 1) {
      addParagraph();
      await advance(2_500);
    }
    expect(reports).toHaveLength(5);
  });

  it('stops for good when aborted', async () => {
    watch();
    addParagraph();
    controller.abort();
    await advance(5_000);
    expect(reports).toEqual([]);
  });
});

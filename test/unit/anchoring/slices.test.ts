// @vitest-environment jsdom
// Covers lib/anchoring/slices.ts and the sliced anchoring built on it (anchor-quotes.ts,
// live-anchors.ts): the same ranges as in one go, spread over as many slices as the slicer asks,
// painted-so-far counts before each pause, and a run stopped by its slicer (a newer one took over).
import { describe, expect, it } from 'vitest';
import { anchorQuotes, anchorQuotesInSlices } from '../../../lib/anchoring/anchor-quotes';
import { LiveAnchors } from '../../../lib/anchoring/live-anchors';
import { type Slicer, runInSlices, timeSlicer } from '../../../lib/anchoring/slices';

/** A slicer that ends a slice every `steps` steps and counts its pauses; `stopAfter` pauses it says no more. */
function stepSlicer(steps: number, stopAfter = Infinity): Slicer & { pauses: number } {
  let left = steps;
  const s = {
    pauses: 0,
    due: () => --left <= 0,
    async pause() {
      s.pauses += 1;
      left = steps;
      await new Promise((r) => setTimeout(r, 0));
      return s.pauses < stopAfter;
    },
  };
  return s;
}

function* counter(n: number, seen: number[]): Generator<void, string> {
  for (let i = 0; i < n; i += 1) {
    seen.push(i);
    yield;
  }
  return 'done';
}

/** An article of `n` paragraphs, each a different sentence. */
function article(n: number): string[] {
  const sentences = Array.from({ length: n }, (_, i) => `Paragraph ${i}: dysprosium oxide rose ${i + 1}% in week ${i % 52}.`);
  document.body.innerHTML = `<nav>Menu</nav><article>${sentences.map((s) => `<p>${s}</p>`).join('')}</article>`;
  return sentences;
}

describe('runInSlices', () => {
  it('runs every step and returns the value, pausing when the slice is due', async () => {
    const seen: number[] = [];
    const slicer = stepSlicer(3);
    let paused = 0;
    const run = runInSlices(counter(10, seen), slicer, () => (paused += 1));
    expect(run).toBeInstanceOf(Promise);
    expect(await run).toEqual({ value: 'done' });
    expect(seen).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(slicer.pauses).toBe(3);
    expect(paused).toBe(3);
  });

  it('ends at once, without a promise, when the work fits in the first slice', () => {
    const seen: number[] = [];
    expect(runInSlices(counter(5, seen), stepSlicer(10))).toEqual({ value: 'done' });
    expect(seen).toEqual([0, 1, 2, 3, 4]);
  });

  it('stops at a pause the slicer refuses, and says so', async () => {
    const seen: number[] = [];
    expect(await runInSlices(counter(10, seen), stepSlicer(2, 2))).toBeNull();
    expect(seen).toEqual([0, 1, 2, 3]);
  });

  it('timeSlicer: due once the budget has run and the least steps are done, counted again from each pause', async () => {
    let now = 0;
    const slicer = timeSlicer(8, async () => true, { now: () => now, minSteps: 3 });
    expect(slicer.due()).toBe(false);
    now = 8;
    expect(slicer.due()).toBe(false);
    expect(slicer.due()).toBe(true);
    await slicer.pause();
    expect(slicer.due()).toBe(false);
    now = 16;
    expect([slicer.due(), slicer.due()]).toEqual([false, true]);
  });
});

describe('anchoring in slices', () => {
  it('finds the same ranges as anchorQuotes in one go, over many slices, in order', async () => {
    // Enough paragraphs for the text index build itself to pause (it steps every 512 nodes).
    const sentences = article(1_500);
    const quotes = [...sentences.filter((_s, i) => i % 7 === 0).map((exact) => ({ exact })), { exact: 'A sentence that is not on the page.' }];
    const once = anchorQuotes(document.body, quotes).map((r) => r?.toString() ?? null);
    const found: (string | null)[] = [];
    const order: number[] = [];
    const doneAtPause: number[] = [];
    const slicer = stepSlicer(4);
    const finished = await anchorQuotesInSlices(
      document.body,
      quotes,
      {},
      slicer,
      (i, range) => {
        order.push(i);
        found[i] = range?.toString() ?? null;
      },
      (done) => doneAtPause.push(done),
    );
    expect(finished).toBe(true);
    expect(found).toEqual(once);
    expect(found.at(-1)).toBeNull();
    expect(order).toEqual(quotes.map((_q, i) => i));
    expect(slicer.pauses).toBeGreaterThan(10);
    // Pauses during the index build report nothing done; then the count only grows.
    expect(doneAtPause[0]).toBe(0);
    expect(doneAtPause).toEqual([...doneAtPause].sort((a, b) => a - b));
    expect(doneAtPause.at(-1)).toBeGreaterThan(0);
  });

  it('LiveAnchors.anchorAllInSlices fills the ranges as it goes, and a stopped run leaves the rest null', async () => {
    const sentences = article(200);
    const quotes = sentences.map((exact) => ({ exact }));
    const whole = new LiveAnchors(quotes);
    expect(await whole.anchorAllInSlices(document.body, {}, stepSlicer(25))).toBe(true);
    expect(whole.all().map((r) => r?.toString())).toEqual(sentences);

    const stopped = new LiveAnchors(quotes);
    let seenAtPause = -1;
    expect(await stopped.anchorAllInSlices(document.body, {}, stepSlicer(25, 3), (done) => (seenAtPause = done))).toBe(false);
    const anchored = stopped.all().filter(Boolean).length;
    expect(anchored).toBeGreaterThan(0);
    expect(anchored).toBeLessThan(quotes.length);
    expect(anchored).toBe(seenAtPause);
    expect(stopped.all().slice(0, anchored).map((r) => r?.toString())).toEqual(sentences.slice(0, anchored));
  });

  it('LiveAnchors.repairInSlices re-anchors only the broken ranges', async () => {
    const sentences = article(50);
    const anchors = new LiveAnchors(sentences.map((exact) => ({ exact })));
    anchors.anchorAll(document.body);
    const kept = anchors.range(3);
    // A re-render replaces paragraph 10 with an identical one: its range collapses.
    const p = document.querySelectorAll('article p')[10]!;
    p.replaceWith(p.cloneNode(true));
    expect(anchors.isBroken(10)).toBe(true);
    expect(await anchors.repairInSlices(document.body, {}, stepSlicer(5))).toEqual([10]);
    expect(anchors.range(10)?.toString()).toBe(sentences[10]);
    expect(anchors.range(3)).toBe(kept);
    expect(await anchors.repairInSlices(document.body, {}, stepSlicer(5))).toEqual([]);
  });
});

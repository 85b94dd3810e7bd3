// @vitest-environment jsdom
// Covers lib/navigation/quiet-dom.ts: the wait, after a same-document navigation, for the new page
// to be rendered: it ends after a quiet spell, restarts the spell with every mutation, and gives up
// waiting at the bound on a page that never stops changing.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { untilQuietDom } from '../../../lib/navigation/quiet-dom';

describe('untilQuietDom', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    document.body.replaceChildren();
  });
  afterEach(() => vi.useRealTimers());

  it('resolves after the quiet time when nothing changes', async () => {
    const done = vi.fn();
    void untilQuietDom(400, 3_000).then(done);
    await vi.advanceTimersByTimeAsync(399);
    expect(done).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(done).toHaveBeenCalledWith('quiet');
  });

  it('waits while the page renders, then resolves once it is quiet', async () => {
    const done = vi.fn();
    void untilQuietDom(400, 3_000).then(done);
    for (let i = 0; i < 3; i++) {
      await vi.advanceTimersByTimeAsync(300);
      document.body.append(document.createElement('p'));
      await Promise.resolve();
    }
    await vi.advanceTimersByTimeAsync(300);
    expect(done).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(100);
    expect(done).toHaveBeenCalledWith('quiet');
  });

  it('stops waiting at the bound on a page that never goes quiet', async () => {
    const done = vi.fn();
    void untilQuietDom(400, 3_000).then(done);
    for (let t = 0; t < 3_000; t += 200) {
      document.body.append(document.createTextNode('tick'));
      await vi.advanceTimersByTimeAsync(200);
    }
    expect(done).toHaveBeenCalledWith('timeout');
  });
});

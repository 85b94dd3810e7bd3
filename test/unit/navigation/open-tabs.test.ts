// Covers lib/navigation/open-tabs.ts: which open tabs get the gate when Lodestone starts a new life
// (install, update, enable): loaded http(s) pages only.
import { describe, expect, it } from 'vitest';
import { tabsForSweep } from '../../../lib/navigation/open-tabs';

describe('tabsForSweep', () => {
  it('takes loaded web pages, and leaves loading, discarded, non-web and id-less tabs', () => {
    expect(
      tabsForSweep([
        { id: 1, url: 'https://news.example/a/', status: 'complete' },
        { id: 2, url: 'http://news.example/b/', status: 'complete', discarded: false },
        { id: 3, url: 'https://news.example/c/', status: 'loading' },
        { id: 4, url: 'https://news.example/d/', status: 'complete', discarded: true },
        { id: 5, url: 'chrome://extensions/', status: 'complete' },
        // No host access: the browser gives no URL.
        { id: 6, status: 'complete' },
        { url: 'https://news.example/e/', status: 'complete' },
        { id: -1, url: 'https://news.example/f/', status: 'complete' },
      ]),
    ).toEqual([1, 2]);
  });
});

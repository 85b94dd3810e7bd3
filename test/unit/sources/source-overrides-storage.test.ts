// Covers lib/source-overrides.ts: the reader's corrections in WXT storage (`local:sourceOverrides`)
// through WXT's fake browser: add (one per domain, newest first), undo, watch, damaged storage
// (bad entries dropped alone), and import merges (newer wins, invalid entries counted).
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  addSourceOverride,
  importSourceOverrides,
  parseSourceOverrides,
  readSourceOverrides,
  removeSourceOverride,
  watchSourceOverrides,
} from '../../../lib/source-overrides';

beforeEach(() => {
  fakeBrowser.reset();
});

const stored = async () => (await fakeBrowser.storage.local.get('sourceOverrides')).sourceOverrides;

describe('source overrides in storage', () => {
  it('starts empty', async () => {
    expect(await readSourceOverrides()).toEqual([]);
  });

  it('adds one correction per domain, newest first, and trims the note', async () => {
    await addSourceOverride({ domain: 'globaltimes.cn', level: 'state-aligned', note: '  owned by a party paper  ', createdAt: 1 });
    await addSourceOverride({ domain: 'rareearthexchanges.com', level: 'unknown', note: '', createdAt: 2 });
    await addSourceOverride({ domain: 'globaltimes.cn', level: 'unknown', note: 'changed my mind', createdAt: 3 });
    const list = await readSourceOverrides();
    expect(list.map((o) => [o.domain, o.level, o.note])).toEqual([
      ['globaltimes.cn', 'unknown', 'changed my mind'],
      ['rareearthexchanges.com', 'unknown', ''],
    ]);
    expect(await stored()).toEqual(list);
  });

  it('stamps the time when none is given', async () => {
    vi.useFakeTimers({ now: Date.UTC(2025, 10, 26) });
    try {
      const [first] = await addSourceOverride({ domain: 'kp.ru', level: 'state-controlled', note: '' });
      expect(first!.createdAt).toBe(Date.UTC(2025, 10, 26));
    } finally {
      vi.useRealTimers();
    }
  });

  it('refuses an invalid correction and keeps what was there', async () => {
    await addSourceOverride({ domain: 'kp.ru', level: 'state-controlled', note: '', createdAt: 5 });
    await expect(addSourceOverride({ domain: 'https://evil/', level: 'unknown', note: '' })).rejects.toThrow();
    await expect(addSourceOverride({ domain: 'kp.ru', level: 'bogus' as never, note: '' })).rejects.toThrow();
    expect((await readSourceOverrides()).map((o) => o.domain)).toEqual(['kp.ru']);
  });

  it('undoes a correction', async () => {
    await addSourceOverride({ domain: 'globaltimes.cn', level: 'state-aligned', note: '', createdAt: 1 });
    await addSourceOverride({ domain: 'kp.ru', level: 'unknown', note: '', createdAt: 2 });
    expect((await removeSourceOverride('globaltimes.cn')).map((o) => o.domain)).toEqual(['kp.ru']);
    expect((await readSourceOverrides()).map((o) => o.domain)).toEqual(['kp.ru']);
    expect(await removeSourceOverride('not-there.example')).toHaveLength(1);
  });

  it('drops damaged entries alone and survives a damaged value', async () => {
    await fakeBrowser.storage.local.set({
      sourceOverrides: [{ domain: 'kp.ru', level: 'unknown', note: '', createdAt: 1 }, { domain: 42 }, null, 'x', { domain: 'a.example', level: 'state-controlled', note: '', createdAt: 2 }],
    });
    expect((await readSourceOverrides()).map((o) => o.domain)).toEqual(['a.example', 'kp.ru']);
    await fakeBrowser.storage.local.set({ sourceOverrides: { not: 'a list' } });
    expect(await readSourceOverrides()).toEqual([]);
    expect(parseSourceOverrides(undefined)).toEqual([]);
  });

  it('tells watchers about changes', async () => {
    const seen: string[][] = [];
    const stop = watchSourceOverrides((list) => seen.push(list.map((o) => o.domain)));
    await addSourceOverride({ domain: 'kp.ru', level: 'unknown', note: '', createdAt: 1 });
    await removeSourceOverride('kp.ru');
    stop();
    await addSourceOverride({ domain: 'rt.com', level: 'unknown', note: '', createdAt: 2 });
    expect(seen).toEqual([['kp.ru'], []]);
  });

  it('merges an import: newer wins per domain, invalid entries are counted and dropped', async () => {
    await addSourceOverride({ domain: 'globaltimes.cn', level: 'state-aligned', note: 'mine', createdAt: 10 });
    await addSourceOverride({ domain: 'kp.ru', level: 'unknown', note: 'mine', createdAt: 30 });
    const result = await importSourceOverrides([
      { domain: 'globaltimes.cn', level: 'unknown', note: 'theirs, newer', createdAt: 20 },
      { domain: 'kp.ru', level: 'state-controlled', note: 'theirs, older', createdAt: 5 },
      { domain: 'rt.com', level: 'state-aligned', note: 'new', createdAt: 1 },
      { domain: 'bad domain', level: 'unknown', note: '', createdAt: 1 },
    ]);
    expect(result).toEqual({ added: 2, rejected: 1 });
    const list = await readSourceOverrides();
    expect(list.map((o) => [o.domain, o.note])).toEqual([
      ['kp.ru', 'mine'],
      ['globaltimes.cn', 'theirs, newer'],
      ['rt.com', 'new'],
    ]);
    expect(await importSourceOverrides('not a list')).toEqual({ added: 0, rejected: 0 });
  });
});

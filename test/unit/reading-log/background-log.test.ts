// Covers the background's side of the reading log (entrypoints/background/reading-log.ts) with the
// extension's storage faked: an analysis is logged only with the option on; retention also applies
// when the background starts and when the reader changes it, not only at the next reading.
import 'fake-indexeddb/auto';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { recordReading, startReadingLogRetention } from '../../../entrypoints/background/reading-log';
import { updateSettings } from '../../../lib/settings';
import { freshDb } from '../clips/fresh-db';
import { SEED_URL, seedAnalysis } from './seed-analysis';

const DAY = 86_400_000;
const result = seedAnalysis();

beforeEach(() => {
  fakeBrowser.reset();
});

describe('the reading log in the background', () => {
  it('logs an analysis only while the option is on', async () => {
    const db = freshDb();
    await recordReading(db, result, SEED_URL);
    expect(await db.readingLog.count()).toBe(0);
    await updateSettings(() => ({ readingLog: true }));
    await recordReading(db, result, SEED_URL);
    expect(await db.readingLog.count()).toBeGreaterThan(0);
  });

  it('applies the retention when the background starts', async () => {
    const db = freshDb();
    await updateSettings(() => ({ readingLog: true, readingLogRetention: 'forever' }));
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      vi.setSystemTime(Date.now() - 100 * DAY);
      await recordReading(db, result, SEED_URL);
    } finally {
      vi.useRealTimers();
    }
    expect(await db.readingLog.count()).toBeGreaterThan(0);
    // Changed while no background ran (nothing watching): the start applies it.
    await updateSettings(() => ({ readingLogRetention: '90-days' }));
    expect(await db.readingLog.count()).toBeGreaterThan(0);
    startReadingLogRetention(db);
    await expect.poll(() => db.readingLog.count()).toBe(0);
  });

  it('applies the retention when it changes', async () => {
    const db = freshDb();
    await updateSettings(() => ({ readingLog: true, readingLogRetention: 'forever' }));
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      vi.setSystemTime(Date.now() - 400 * DAY);
      await recordReading(db, result, SEED_URL);
      vi.setSystemTime(Date.now() + 200 * DAY);
      await recordReading(db, { ...result, url: 'https://example.com/later' }, 'https://example.com/later');
    } finally {
      vi.useRealTimers();
    }
    const total = await db.readingLog.count();
    // Started with "forever": nothing goes.
    startReadingLogRetention(db);
    await new Promise((ok) => setTimeout(ok, 50));
    expect(await db.readingLog.count()).toBe(total);
    // One year: the entries read 400 days ago go.
    await updateSettings(() => ({ readingLogRetention: '1-year' }));
    await expect.poll(() => db.readingLog.count()).toBe(total / 2);
    // 90 days: the ones from 200 days ago go too.
    await updateSettings(() => ({ readingLogRetention: '90-days' }));
    await expect.poll(() => db.readingLog.count()).toBe(0);
  });
});

// Covers lib/clips/storage-error.ts: the errors IndexedDB and Dexie raise when a write fails
// (a full disk or quota, directly or wrapped in the transaction's AbortError; a closed or broken
// database) become a sentence the reader can act on; anything else still says what failed.
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { storageErrorText } from '../../../lib/clips/storage-error';

const named = (name: string, message = 'x') => Object.assign(new Error(message), { name });

describe('storageErrorText', () => {
  it('says the storage is full for a quota error, bare or wrapped', () => {
    for (const error of [
      named('QuotaExceededError', 'Encountered full disk while opening backing store for indexedDB.open.'),
      new Dexie.AbortError('Transaction aborted', named('QuotaExceededError')),
      Object.assign(new Error('outer'), { cause: named('QuotaExceededError') }),
      new Dexie.QuotaExceededError('quota'),
    ]) {
      expect(storageErrorText(error)).toMatch(/storage is full.*Free some disk space/);
    }
  });

  it('says the library could not be opened for a closed or broken database', () => {
    expect(storageErrorText(new Dexie.DatabaseClosedError())).toMatch(/could not open its library \(DatabaseClosedError\)/);
    expect(storageErrorText(new Dexie.OpenFailedError('x'))).toMatch(/could not open its library/);
  });

  it('keeps the message of anything else, bounded', () => {
    expect(storageErrorText(new Error('disk on fire'))).toBe('the browser refused to store it (disk on fire).');
    expect(storageErrorText('x'.repeat(1_000)).length).toBeLessThan(260);
  });
});

// Covers lib/settings.ts: settings read from storage fall back field by field, never throw, and
// keep what is valid of a damaged value.
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach, describe, expect, it } from 'vitest';
import { CATEGORIES } from '../../../lib/analysis-result';
import { DEFAULT_SETTINGS, parseSettings, readSettings, updateSettings } from '../../../lib/settings';

const DEFAULTS = {
  bannerDismissedSites: [],
  disabledSites: [],
  enabledSites: [],
  categories: [...CATEGORIES],
  sensitivity: 0.5,
  highlightStyle: 'fill',
  bannerOnEveryArticle: false,
  backupEvery: 'off',
  readingLog: false,
  readingLogRetention: '1-year',
};

beforeEach(() => {
  fakeBrowser.reset();
});

describe('parseSettings', () => {
  it('gives the defaults for a missing or empty value', () => {
    expect(DEFAULT_SETTINGS).toEqual(DEFAULTS);
    expect(parseSettings(undefined)).toEqual(DEFAULTS);
    expect(parseSettings(null)).toEqual(DEFAULTS);
    expect(parseSettings({})).toEqual(DEFAULTS);
  });

  it('gives the defaults for a value that is not an object', () => {
    for (const raw of ['{"sensitivity":0.9}', 42, true, [], [['sensitivity', 0.9]]]) {
      expect(parseSettings(raw), JSON.stringify(raw)).toEqual(DEFAULTS);
    }
  });

  it('keeps a valid value as it is', () => {
    const raw = {
      bannerDismissedSites: ['rareearthexchanges.com'],
      disabledSites: ['mail.example.com'],
      enabledSites: ['metal.example.org'],
      categories: ['pricing', 'export-control'],
      sensitivity: 0.75,
      highlightStyle: 'underline',
      bannerOnEveryArticle: true,
      backupEvery: 'week',
      readingLog: true,
      readingLogRetention: '90-days',
    };
    expect(parseSettings(raw)).toEqual(raw);
    expect(parseSettings({ sensitivity: 0 }).sensitivity).toBe(0);
    expect(parseSettings({ sensitivity: 1 }).sensitivity).toBe(1);
    expect(parseSettings({ categories: [] }).categories).toEqual([]);
  });

  it('keeps the valid fields of a damaged value and defaults the rest', () => {
    expect(parseSettings({ sensitivity: 'high', bannerDismissedSites: ['a.com'] })).toEqual({
      ...DEFAULTS,
      bannerDismissedSites: ['a.com'],
    });
    expect(parseSettings({ sensitivity: 1.5, disabledSites: 'a.com', categories: ['demand'] })).toEqual({
      ...DEFAULTS,
      categories: ['demand'],
    });
    expect(parseSettings({ sensitivity: -0.1, bannerDismissedSites: [42], disabledSites: ['b.org'] })).toEqual({
      ...DEFAULTS,
      disabledSites: ['b.org'],
    });
  });

  it('refuses unknown categories', () => {
    const s = parseSettings({ categories: ['pricing', 'weather'], sensitivity: 0.8 });
    expect(s.sensitivity).toBe(0.8);
    expect(s.categories).not.toContain('weather');
    for (const c of s.categories) expect(CATEGORIES).toContain(c);
    expect(parseSettings({ categories: 'pricing' }).categories).toEqual([...CATEGORIES]);
  });

  it('refuses over-long host names and drops unknown keys', () => {
    const s = parseSettings({ disabledSites: ['x'.repeat(254)], legacyColour: '#ff0000' });
    expect(s.disabledSites).toEqual([]);
    expect(s).not.toHaveProperty('legacyColour');
  });

  it('does not hand out the defaults’ own arrays (a caller’s change cannot alter the defaults)', () => {
    const s = parseSettings({ sensitivity: 'high' });
    s.bannerDismissedSites.push('a.com');
    s.categories.pop();
    expect(DEFAULT_SETTINGS.bannerDismissedSites).toEqual([]);
    expect(DEFAULT_SETTINGS.categories).toEqual([...CATEGORIES]);
    expect(parseSettings(undefined)).toEqual(DEFAULTS);
  });
});

describe('readSettings and updateSettings (extension storage)', () => {
  it('reads the defaults when nothing is stored, and a damaged stored value field by field', async () => {
    expect(await readSettings()).toEqual(DEFAULTS);
    await fakeBrowser.storage.local.set({ settings: { sensitivity: 'high', disabledSites: ['intranet.example'] } });
    expect(await readSettings()).toEqual({ ...DEFAULTS, disabledSites: ['intranet.example'] });
  });

  it('stores a validated change and keeps the other fields', async () => {
    await updateSettings(() => ({ sensitivity: 0.7 }));
    const next = await updateSettings((s) => ({ bannerDismissedSites: [...s.bannerDismissedSites, 'globaltimes.cn'] }));
    expect(next).toEqual({ ...DEFAULTS, sensitivity: 0.7, bannerDismissedSites: ['globaltimes.cn'] });
    expect(await readSettings()).toEqual(next);
    expect((await fakeBrowser.storage.local.get('settings')).settings).toEqual(next);
  });

  it('never stores an invalid value', async () => {
    await updateSettings(() => ({ sensitivity: 0.6 }));
    const next = await updateSettings(() => ({ sensitivity: 7, categories: ['weather'] as never }));
    // An invalid change keeps the reader's current value, not the default.
    expect(next.sensitivity).toBe(0.6);
    expect(next.categories).toEqual(DEFAULT_SETTINGS.categories);
    const stored = (await fakeBrowser.storage.local.get('settings')).settings as Record<string, unknown>;
    expect(stored).toEqual(next);
    expect(parseSettings(stored)).toEqual(stored);
  });
});

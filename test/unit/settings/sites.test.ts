// Covers the site helpers of lib/settings.ts used by the options page, the background and the
// reader: what the reader types becomes a host name or is refused; a listed site covers its
// subdomains but not look-alikes.
import { describe, expect, it } from 'vitest';
import { normalizeSite, siteListed, siteOf } from '../../../lib/settings';

describe('normalizeSite', () => {
  it.each([
    ['example.com', 'example.com'],
    ['  Example.COM  ', 'example.com'],
    ['www.example.com', 'example.com'],
    ['https://www.MagnetWire.example/some/page?x=1', 'magnetwire.example'],
    ['news.example.co.uk/', 'news.example.co.uk'],
    ['localhost:8080', 'localhost'],
    ['xn--bcher-kva.example', 'xn--bcher-kva.example'],
    ['bücher.example', 'xn--bcher-kva.example'],
  ])('%s → %s', (input, site) => {
    expect(normalizeSite(input)).toBe(site);
  });

  it.each([[''], ['   '], ['not a site!'], ['exa mple.com'], ['-bad.com'], ['http://'], ['a'.repeat(64) + '.com']])('refuses %j', (input) => {
    expect(normalizeSite(input)).toBeNull();
  });
});

describe('siteListed and siteOf', () => {
  it('matches the site and its subdomains, not look-alikes', () => {
    const sites = ['example.com'];
    expect(siteListed('example.com', sites)).toBe(true);
    expect(siteListed('www.example.com', sites)).toBe(true);
    expect(siteListed('news.example.com', sites)).toBe(true);
    expect(siteListed('notexample.com', sites)).toBe(false);
    expect(siteListed('example.com.evil.test', sites)).toBe(false);
    expect(siteListed('', sites)).toBe(false);
    expect(siteListed('example.com', [])).toBe(false);
  });

  it('reads the site of a URL or a host', () => {
    expect(siteOf('https://www.globaltimes.cn/page/1')).toBe('globaltimes.cn');
    expect(siteOf('WWW.Example.com.')).toBe('example.com');
  });
});

describe('updateSettings, called twice at once', () => {
  it('keeps both changes (the second waits for the first)', async () => {
    const { fakeBrowser } = await import('wxt/testing/fake-browser');
    const { readSettings, updateSettings } = await import('../../../lib/settings');
    fakeBrowser.reset();
    await Promise.all([updateSettings(() => ({ categories: ['pricing'] })), updateSettings(() => ({ sensitivity: 0.9 }))]);
    expect(await readSettings()).toMatchObject({ categories: ['pricing'], sensitivity: 0.9 });
  });
});

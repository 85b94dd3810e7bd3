// Covers lib/sources/badge-for.ts (the toolbar badge, from the tab's URL alone) and
// publisherForUrl (the side panel's view of a tab Lodestone did not analyze).
import { describe, expect, it } from 'vitest';
import { Publisher } from '../../../lib/analysis-result';
import { publisherForUrl } from '../../../lib/sources/assess-source';
import { badgeFor } from '../../../lib/sources/badge-for';
import type { SourceOverride } from '../../../lib/sources/source-override';

const correction = (domain: string, level: SourceOverride['level']): SourceOverride => ({ domain, level, note: '', createdAt: 0 });

describe('badgeFor', () => {
  it.each([
    ['https://www.globaltimes.cn/page/202510/1334567.shtml', 'SC', 'Global Times (globaltimes.cn) is state-controlled media of China'],
    ['https://tass.com/economy/1', 'SC', 'TASS (tass.com) is state-controlled media of Russia'],
    ['http://english.news.cn/20251009/x/c.html', 'SC', '(news.cn) is state-controlled media of China'],
    ['https://www.kp.ru/daily/1/', 'SA', 'Komsomolskaya Pravda (kp.ru) is state-aligned media of Russia'],
    ['https://news.ifeng.com/c/8abc', 'SA', 'Phoenix TV (ifeng.com) is state-aligned media of China'],
    ['https://президент.рф/news', 'SC', '(xn--d1abbgf6aiiy.xn--p1ai) is state-controlled media of Russia'],
  ])('%s → %s', (url, text, title) => {
    const badge = badgeFor(url);
    expect(badge?.text).toBe(text);
    expect(badge?.title).toContain(title);
    expect(badge?.title).toMatch(/^Lodestone: /);
  });

  it('gives the two levels distinct colours', () => {
    const sc = badgeFor('https://www.globaltimes.cn/')!;
    const sa = badgeFor('https://www.kp.ru/')!;
    expect(sc.color).toMatch(/^#[0-9a-f]{6}$/);
    expect(sa.color).toMatch(/^#[0-9a-f]{6}$/);
    expect(sc.color).not.toBe(sa.color);
    expect([sc.level, sa.level]).toEqual(['state-controlled', 'state-aligned']);
  });

  it.each([
    ['a publicly funded independent outlet', 'https://www.bbc.co.uk/news/1'],
    ['another one', 'https://www.dw.com/en/a-1'],
    ['a state-owned company’s own site', 'https://www.reht.com/'],
    ['an unknown site', 'https://rareearthexchanges.com/news/x/'],
    ['a lookalike host', 'https://globaltimes.cn.example.org/'],
    ['an extension page', 'chrome-extension://abcdefghijklmnop/sidepanel.html'],
    ['a browser page', 'chrome://newtab/'],
    ['a file', 'file:///home/me/globaltimes.cn.html'],
    ['an IP address', 'http://127.0.0.1:8080/'],
    ['nothing', ''],
  ])('gives no badge for %s', (_label, url) => {
    expect(badgeFor(url)).toBeNull();
  });

  it('follows the reader’s corrections', () => {
    expect(badgeFor('https://www.globaltimes.cn/', [correction('globaltimes.cn', 'state-aligned')])).toMatchObject({
      text: 'SA',
      title: expect.stringContaining('state-aligned media of China (your correction)'),
    });
    expect(badgeFor('https://www.globaltimes.cn/', [correction('globaltimes.cn', 'unknown')])).toBeNull();
    expect(badgeFor('https://rareearthexchanges.com/a', [correction('rareearthexchanges.com', 'state-controlled')])).toMatchObject({
      text: 'SC',
      title: expect.stringContaining('rareearthexchanges.com (rareearthexchanges.com) is state-controlled media (your correction)'),
    });
    // Another site's correction changes nothing.
    expect(badgeFor('https://www.globaltimes.cn/', [correction('chinadaily.com.cn', 'unknown')])?.text).toBe('SC');
  });
});

describe('publisherForUrl', () => {
  it('names a listed publisher with its level, basis and reference', () => {
    const p = publisherForUrl('https://www.bbc.co.uk/news/articles/c1');
    expect(Publisher.safeParse(p).success).toBe(true);
    expect(p).toMatchObject({ domain: 'bbc.co.uk', name: 'BBC', level: 'public-independent', country: 'United Kingdom' });
    expect(p.basis).toMatch(/typology/);
    expect(p.reference).toMatch(/State_Media_Matrix/);
  });

  it('gives "unknown" for unlisted sites and junk', () => {
    expect(publisherForUrl('https://rareearthexchanges.com/x')).toEqual({ domain: 'rareearthexchanges.com', name: null, level: 'unknown', country: null, basis: null, reference: null });
    expect(publisherForUrl('not a url').domain).toBeNull();
  });
});

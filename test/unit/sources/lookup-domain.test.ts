import { describe, expect, it } from 'vitest';
import { hostKeys, hostParts } from '../../../lib/sources/host-name';
import { lookupDomain, lookupOutletName } from '../../../lib/sources/lookup-domain';

describe('lookupDomain', () => {
  it.each([
    ['globaltimes.cn', 'state-controlled', 'China'],
    ['https://www.globaltimes.cn/page/202510/1334567.shtml', 'state-controlled', 'China'],
    ['rt.com', 'state-controlled', 'Russia'],
    ['https://tass.ru/ekonomika/1234567', 'state-controlled', 'Russia'],
    ['https://www.bbc.co.uk/news/articles/c0000000', 'public-independent', 'United Kingdom'],
    ['https://www.dw.com/en/rare-earths/a-1', 'public-independent', 'Germany'],
    ['https://en.yna.co.kr/view/AEN1', null, null],
    ['kp.ru', 'state-aligned', 'Russia'],
    ['pravda-en.com', 'state-aligned', 'Russia'],
  ])('%s → %s', (input, level, country) => {
    const m = lookupDomain(input);
    expect(m?.level ?? null).toBe(level);
    expect(m?.country ?? null).toBe(country);
  });

  it('reads news.cn through english.news.cn, and names it Xinhua', () => {
    expect(lookupDomain('https://english.news.cn/20251009/0123456789abcdef0123456789abcdef/c.html')).toMatchObject({
      key: 'english.news.cn',
      level: 'state-controlled',
    });
    expect(lookupDomain('http://www.news.cn/politics/')).toMatchObject({ key: 'news.cn', name: 'Xinhua' });
    expect(lookupDomain('russian.news.cn')?.key).toBe('russian.news.cn');
  });

  it('prefers the most specific listed host', () => {
    expect(lookupDomain('https://nauka.tass.ru/x')?.key).toBe('nauka.tass.ru');
    expect(lookupDomain('https://spb.tass.ru/x')?.key).toBe('tass.ru');
    expect(lookupDomain('https://mil.gmw.cn/x')?.key).toBe('mil.gmw.cn');
  });

  it('ignores www., case, ports and a trailing dot', () => {
    for (const form of ['WWW.RT.COM', 'https://www.rt.com:443/news/', 'rt.com.', 'http://rt.com']) {
      expect(lookupDomain(form)?.key, form).toBe('rt.com');
    }
  });

  it('stops at the registrable domain (gov.cn is a public suffix)', () => {
    expect(lookupDomain('https://english.www.gov.cn/news/')?.key).toBe('www.gov.cn');
    expect(lookupDomain('https://www.beijing.gov.cn/')).toBeNull();
  });

  it('gives the strongest listing of a domain, with the others as evidence', () => {
    const m = lookupDomain('globaltimes.cn')!;
    expect(m.listings.length).toBeGreaterThanOrEqual(2);
    expect(m.listings.map((l) => l.sourceSet)).toContain('US-StateDept-ForeignMissions-2020');
    expect(m.basis).toMatch(/State Media Monitor typology SC/);
    expect(m.reference).toMatch(/^github:ASD-at-GMF\/state-media-profiles State_Media_Matrix\.csv@\w+ line \d+ \(seed data/);
    // Two outlets of different levels on one domain: the stronger speaks.
    expect(lookupDomain('rtv.rs')?.level).toBe('state-aligned');
  });

  it('returns null for unknown sites, IPs, bare words and junk', () => {
    for (const input of ['https://rareearthexchanges.com/news/x/', 'example.com', 'http://192.168.1.10/', 'localhost', '', 'not a url at all', 'https://']) {
      expect(lookupDomain(input), input).toBeNull();
    }
  });

  it('treats Unicode and punycode spellings of an IDN as one host', () => {
    const unicode = hostParts('https://www.пример.рф/новости');
    const ascii = hostParts('xn--e1afmkfd.xn--p1ai');
    expect(unicode?.registrable).toBe('xn--e1afmkfd.xn--p1ai');
    expect(ascii?.registrable).toBe(unicode?.registrable);
    expect(hostParts('MÜNCHEN.de')?.host).toBe(hostParts('xn--mnchen-3ya.de')?.host);
    expect(lookupDomain('https://www.пример.рф/')).toBeNull();
  });

  it('finds a listed IDN under its Unicode and its punycode spelling, with subdomains', () => {
    for (const form of ['президент.рф', 'https://www.президент.рф/news', 'ПРЕЗИДЕНТ.РФ', 'xn--d1abbgf6aiiy.xn--p1ai', 'http://www.xn--d1abbgf6aiiy.xn--p1ai/']) {
      expect(lookupDomain(form), form).toMatchObject({ key: 'xn--d1abbgf6aiiy.xn--p1ai', level: 'state-controlled', country: 'Russia' });
    }
    expect(lookupDomain('https://правительство.рф/')?.name).toBe('Government of Russia (правительство.рф)');
    // A neighbour under the same Cyrillic TLD is not listed.
    expect(lookupDomain('https://президент-фан.рф/')).toBeNull();
  });

  it('finds the curated sites of state financial papers and state-owned companies', () => {
    expect(lookupDomain('https://www.cs.com.cn/ssgs/202510/t20251009_1.html')).toMatchObject({ level: 'state-controlled', name: 'China Securities Journal' });
    expect(lookupDomain('https://news.cnstock.com/news,bwkx-202510-1.htm')?.name).toBe('Shanghai Securities News');
    expect(lookupDomain('https://www.cnfin.com/x')?.name).toBe('Xinhua Finance');
    expect(lookupDomain('https://www.reht.com/news/1.html')).toMatchObject({ level: 'state-affiliated', country: 'China' });
    expect(lookupDomain('https://www.minmetals.com/')?.level).toBe('state-affiliated');
  });

  it('lists the keys from the full host down to the registrable domain', () => {
    expect(hostKeys(hostParts('a.b.english.news.cn')!)).toEqual(['a.b.english.news.cn', 'b.english.news.cn', 'english.news.cn', 'news.cn']);
  });
});

describe('lookupOutletName', () => {
  it.each([
    ['Xinhua', 'Xinhua', 'China'],
    ['Xinhua News Agency', 'Xinhua', 'China'],
    ['Global Times', 'Global Times', 'China'],
    ['the global times', 'Global Times', 'China'],
    ['CGTN', 'CGTN', 'China'],
    ['China Daily', 'China Daily', 'China'],
    ["People's Daily", 'People’s Daily', 'China'],
    ['PEOPLE’S DAILY', 'People’s Daily', 'China'],
    ['CCTV', 'CCTV', 'China'],
    ['TASS', 'TASS', 'Russia'],
    ['RIA Novosti', 'RIA Novosti', 'Russia'],
    ['Sputnik', 'Sputnik', 'Russia'],
    ['RT', 'RT', 'Russia'],
    ['新华社', 'Xinhua', 'China'],
    ['环球时报', 'Global Times', 'China'],
    ['人民日报', 'People’s Daily', 'China'],
    ['ТАСС', 'TASS', 'Russia'],
    ['РИА Новости', 'RIA Novosti', 'Russia'],
    ['Cānkǎo Xiāoxī', 'Reference News', 'China'],
    ['Shanghai Daily', 'Shanghai Daily', 'China'],
  ])('%s → %s', (name, expected, country) => {
    const m = lookupOutletName(name);
    expect(m?.name).toBe(expected);
    expect(m?.country).toBe(country);
    expect(m?.level).toBe('state-controlled');
  });

  it('finds registry outlets by their listed names, without the lists’ prefixes', () => {
    expect(lookupOutletName('Yonhap News Agency')?.level).toBe('public-independent');
    expect(lookupOutletName('IRNA')?.country).toBe('Iran');
    expect(lookupOutletName('Rossiyskaya Gazeta')?.key).toBe('rg.ru');
    expect(lookupOutletName('China Central Television')?.key).toBe('cctv.com');
  });

  it('gives null for unknown and for ambiguous names', () => {
    expect(lookupOutletName('Rare Earth Exchanges')).toBeNull();
    expect(lookupOutletName('Reuters')).toBeNull();
    // "CNA" is listed for Taiwan and for Cyprus; "CBC" for Canada and for Azerbaijan.
    expect(lookupOutletName('CNA')).toBeNull();
    expect(lookupOutletName('CBC')).toBeNull();
  });
});

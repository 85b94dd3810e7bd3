// Covers lib/sources/detect-mirror.ts: a state outlet's article republished on another site, told
// by the URL (the outlet's own article ids; a path section named after it when the text names it
// too) and by the page furniture (canonical link, title masthead, byline), with lookalikes and the
// outlet's own sites as negatives, and how assessSource merges mirrors with the text's relays.
import { describe, expect, it } from 'vitest';
import { Relay } from '../../../lib/analysis-result';
import { assessSource } from '../../../lib/sources/assess-source';
import { detectMirror } from '../../../lib/sources/detect-mirror';
import { detectRelays } from '../../../lib/sources/detect-relays';
import { articleOf } from './article-of';

const PLAIN = 'Lynas shipped its first heavy rare earth oxide from Malaysia this quarter.';
const RELAYING = 'Exports of dysprosium fell to zero in May, according to state news agency Xinhua.';
const MIRROR = 'https://www.portal.example/';

const names = (relays: Relay[]) => relays.map((r) => r.name);

describe('detectMirror: the URL', () => {
  it.each([
    ['Xinhua (old id)', 'https://www.mirror.example/english/2019-10/09/c_138457395.htm', 'Xinhua'],
    ['Xinhua (news.cn id)', 'https://aggregator.example/20251009/0123456789abcdef0123456789abcdef/c.html', 'Xinhua'],
    ['China Daily', 'https://cd-mirror.example/a/202510/09/WS68e6b7b2a310f735438b4a1c.html', 'China Daily'],
    ['People’s Daily', 'https://peoples-mirror.example/n3/2025/1009/c90000-20374123.html', 'People’s Daily'],
    ['Global Times', 'https://gt-mirror.example/page/202510/1334567.shtml', 'Global Times'],
  ])('recognizes a %s article id on another site', (_label, url, outlet) => {
    const relays = detectMirror(url, articleOf([PLAIN]));
    expect(relays).toHaveLength(1);
    expect(relays[0]).toMatchObject({ name: outlet, kind: 'credit', level: 'state-controlled', evidence: url });
    expect(Relay.safeParse(relays[0]).success).toBe(true);
  });

  it('needs the text to name the outlet when only a path section does', () => {
    const url = 'https://portal.example/wire/xinhua/2025/10/09/rare-earth-rules';
    expect(detectMirror(url, articleOf([PLAIN]))).toEqual([]);
    expect(names(detectMirror(url, articleOf(['(Xinhua) China set new rare earth rules.'])))).toEqual(['Xinhua']);
    expect(names(detectMirror('https://portal.example/news/tass/1', articleOf(['Output rose, TASS reported.'])))).toEqual(['TASS']);
  });

  it('is not fooled by the outlet’s own sites or by ordinary paths', () => {
    const a = articleOf([RELAYING]);
    for (const url of [
      'http://www.xinhuanet.com/english/2019-10/09/c_138457395.htm',
      'https://english.news.cn/20251009/0123456789abcdef0123456789abcdef/c.html',
      'https://www.chinadaily.com.cn/a/202510/09/WS68e6b7b2a310f735438b4a1c.html',
      'https://www.globaltimes.cn/page/202510/1334567.shtml',
      // People's Daily English lives on people.cn, a registrable domain of its own.
      'http://en.people.cn/n3/2025/1009/c90000-20374123.html',
      'https://news.example.com/2025/10/09/xinhua-road-closure',
      'https://news.example.com/content_12345.htm',
      'https://news.example.com/page/2025/article.shtml',
      'https://news.example.com/a/WS-rare-earths.html',
      'not a url',
    ]) {
      expect(detectMirror(url, a), url).toEqual([]);
    }
  });
});

describe('detectMirror: the page furniture', () => {
  it('reads a canonical link to a state outlet’s site', () => {
    const canonicalUrl = 'https://www.globaltimes.cn/page/202511/1349999.shtml';
    const relays = detectMirror(MIRROR + 'rare-earths', articleOf([PLAIN], { canonicalUrl }));
    expect(relays).toEqual([expect.objectContaining({ name: 'Global Times', kind: 'credit', level: 'state-controlled', evidence: canonicalUrl })]);
  });

  it('names a listed site the curated names do not cover by its registry name', () => {
    const canonicalUrl = 'https://www.cnfin.com/hj-lb/detail/20251009/4300000_1.html';
    const relays = detectMirror(MIRROR + 'x', articleOf([PLAIN], { canonicalUrl }));
    expect(relays.map((r) => [r.name, r.level])).toEqual([['Xinhua Finance', 'state-controlled']]);
    const phoenix = detectMirror(MIRROR + 'y', articleOf([PLAIN], { canonicalUrl: 'https://news.ifeng.com/c/8abcDEF' }));
    expect(phoenix.map((r) => [r.name, r.level, r.country])).toEqual([['Phoenix TV', 'state-aligned', 'China']]);
    expect(phoenix[0]!.reference).toMatch(/State_Media_Matrix/);
  });

  it('ignores canonical links to the same site, to independent and to unknown sites', () => {
    for (const canonicalUrl of [
      'https://www.portal.example/rare-earths',
      'https://www.bbc.co.uk/news/articles/c1',
      'https://rareearthexchanges.com/news/x/',
      'https://english.news.cn/20251009/0123456789abcdef0123456789abcdef/c.html',
    ]) {
      const url = canonicalUrl.includes('news.cn') ? 'http://www.news.cn/english/x' : MIRROR + 'rare-earths';
      expect(detectMirror(url, articleOf([PLAIN], { canonicalUrl })), canonicalUrl).toEqual([]);
    }
  });

  it.each([
    ['China’s rare earth output rises 12% - Xinhua', 'Xinhua'],
    ['China’s rare earth output rises 12% - Xinhua | English.news.cn', 'Xinhua'],
    ['Rare earth exports hit record | Global Times', 'Global Times'],
    ['Ganzhou consolidates magnet makers - Chinadaily.com.cn | China Daily', 'China Daily'],
    ['Россия увеличит добычу редкоземельных металлов — ТАСС', 'TASS'],
  ])('reads the masthead at the end of a title: %s', (title, outlet) => {
    const relays = detectMirror(MIRROR + 'a', articleOf([PLAIN], { title }));
    expect(relays.map((r) => [r.name, r.evidence])).toEqual([[outlet, title]]);
  });

  it.each([
    'Xinhua Road works delay ore trucks in Baotou',
    'Why Xinhua matters - Mining Weekly',
    'Rare earths: global times ahead - Metals Daily',
    'Pravda Foods expands - Business Wire',
    'Ukrainian lithium - Ukrainska Pravda',
    'CCTV footage shows smuggled ore - Reuters',
    'China Daily | Rare earth output rises in Baotou',
  ])('does not read a headline or a lookalike as a masthead: %s', (title) => {
    expect(detectMirror(MIRROR + 'b', articleOf([PLAIN], { title }))).toEqual([]);
  });

  it.each([
    ['Xinhua', 'Xinhua'],
    ['By Zhang Wei | China Daily', 'China Daily'],
    ['Zhang Wei, Global Times', 'Global Times'],
    ['新华社', 'Xinhua'],
  ])('reads a byline that is the outlet: %s', (byline, outlet) => {
    expect(detectMirror(MIRROR + 'c', articleOf([PLAIN], { byline })).map((r) => [r.name, r.evidence])).toEqual([[outlet, byline]]);
  });

  it.each(['Xinhua Bookstore staff', 'Li Pravda Foods', 'Reuters', 'Jane Doe'])('ignores a byline that is not a state outlet: %s', (byline) => {
    expect(detectMirror(MIRROR + 'd', articleOf([PLAIN], { byline }))).toEqual([]);
  });

  it('does not read an outlet’s own masthead on its other sites', () => {
    expect(detectMirror('http://en.people.cn/n3/2025/1009/c90000-1.html', articleOf([PLAIN], { title: "Rare earth output rises - People's Daily Online" }))).toEqual([]);
  });

  it('gives one relay per outlet, with the strongest furniture first', () => {
    const url = 'https://www.mirror.example/english/2019-10/09/c_138457395.htm';
    const relays = detectMirror(url, articleOf([PLAIN], { title: 'Output rises - Xinhua', byline: 'Xinhua', canonicalUrl: 'http://www.xinhuanet.com/english/2019-10/09/c_138457395.htm' }));
    expect(relays.map((r) => [r.name, r.evidence])).toEqual([['Xinhua', url]]);
  });
});

describe('assessSource with mirrors', () => {
  it('adds a mirror to the relays (and the banner) of an unlisted site', () => {
    const s = assessSource(articleOf([PLAIN], { url: 'https://www.mirror.example/english/2019-10/09/c_138457395.htm' }));
    expect(s.relays.map((r) => [r.name, r.kind])).toEqual([['Xinhua', 'credit']]);
    expect(s.banner).toBe('relays-state');
  });

  it('prefers the text’s own words to the furniture for the same outlet', () => {
    const s = assessSource(articleOf([RELAYING], { url: MIRROR + 'e', byline: 'Xinhua' }));
    expect(s.relays.map((r) => [r.name, r.kind, r.evidence])).toEqual([['Xinhua', 'attribution', RELAYING]]);
  });

  it('keeps the furniture beside a photo credit of the same outlet', () => {
    const s = assessSource(articleOf([PLAIN, ['caption', 'A mine in Bayan Obo. (Xinhua/Li Xin)']], { url: MIRROR + 'f', title: 'Output rises - Xinhua' }));
    expect(s.relays.map((r) => r.kind)).toEqual(['photo-credit', 'credit']);
    expect(s.banner).toBe('relays-state');
  });
});

describe('an outlet of a group quoting its parent', () => {
  it('is a relay, not the outlet itself', () => {
    const { relays } = detectRelays(articleOf(["People's Daily said in a commentary that quotas would stay."], { url: 'https://www.globaltimes.cn/page/202510/1.shtml' }));
    expect(relays.map((r) => r.name)).toEqual(['People’s Daily']);
  });
});

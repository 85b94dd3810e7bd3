import { describe, expect, it } from 'vitest';
import { SourceAssessment } from '../../../lib/analysis-result';
import { assessSource } from '../../../lib/sources/assess-source';
import { detectMirror } from '../../../lib/sources/detect-mirror';
import { articleOf } from './article-of';

const RELAYING = 'Exports of dysprosium fell to zero in May, according to state news agency Xinhua.';
const PLAIN = 'Lynas shipped its first heavy rare earth oxide from Malaysia this quarter.';

describe('assessSource', () => {
  it('banners a state publisher with its level', () => {
    const gt = assessSource(articleOf([PLAIN], { url: 'https://www.globaltimes.cn/page/202510/1.shtml', siteName: 'Global Times' }));
    expect(SourceAssessment.safeParse(gt).success).toBe(true);
    expect(gt.publisher).toMatchObject({ domain: 'globaltimes.cn', name: 'Global Times', level: 'state-controlled', country: 'China' });
    expect(gt.publisher.basis).toMatch(/typology SC/);
    expect(gt.publisher.reference).toMatch(/State_Media_Matrix/);
    expect(gt.banner).toBe('state-controlled');

    expect(assessSource(articleOf([PLAIN], { url: 'https://www.kp.ru/daily/1/' })).banner).toBe('state-aligned');
  });

  it('keeps the state banner when the state outlet carries an independent wire', () => {
    const s = assessSource(articleOf(['BEIJING, Oct 9 (Reuters) - China tightened export rules.'], { url: 'https://www.chinadaily.com.cn/a/1.html' }));
    expect(s.relays.map((r) => [r.name, r.level])).toEqual([['Reuters', 'unknown']]);
    expect(s.banner).toBe('state-controlled');
  });

  it('banners "relays-state" for an unlisted publisher relaying a state outlet', () => {
    const s = assessSource(articleOf([PLAIN, RELAYING], { url: 'https://www.mining-weekly.example/article/1', siteName: 'Mining Weekly' }));
    expect(s.publisher).toMatchObject({ name: 'Mining Weekly', level: 'unknown' });
    expect(s.relays.map((r) => r.name)).toEqual(['Xinhua']);
    expect(s.banner).toBe('relays-state');
  });

  it('gives no banner for a photo credit alone', () => {
    const s = assessSource(articleOf([PLAIN, ['caption', 'A rare earth mine in Bayan Obo. (Xinhua/Li Xin)']]));
    expect(s.relays.map((r) => r.kind)).toEqual(['photo-credit']);
    expect(s.banner).toBeNull();
  });

  it('gives no banner for an independent wire alone', () => {
    expect(assessSource(articleOf(['WASHINGTON (AP) — The Pentagon funds a magnet plant.'])).banner).toBeNull();
  });

  it('never banners a publicly funded independent publisher (BBC, DW, Yonhap)', () => {
    for (const url of ['https://www.bbc.co.uk/news/world-asia-1', 'https://www.dw.com/en/a-1', 'https://www.yonhapnews.co.kr/view/1']) {
      const s = assessSource(articleOf([PLAIN, RELAYING], { url }));
      expect(s.publisher.level, url).toBe('public-independent');
      expect(s.relays.map((r) => r.name)).toEqual(['Xinhua']);
      expect(s.banner, url).toBeNull();
    }
  });

  it('takes an unknown site at its word when it names itself after a state outlet', () => {
    const s = assessSource(articleOf([PLAIN], { url: 'https://gt-mirror.example/page/1', jsonLdPublisher: 'Global Times' }));
    expect(s.publisher).toMatchObject({ domain: 'gt-mirror.example', name: 'Global Times', level: 'state-controlled' });
    expect(s.publisher.basis).toMatch(/^The page names its publisher "Global Times" \(JSON-LD publisher\)/);
    expect(s.banner).toBe('state-controlled');
  });

  it('does not let a page name overrule its site, nor claim independence', () => {
    const claims = assessSource(articleOf([PLAIN], { url: 'https://www.rt.com/news/1/', siteName: 'BBC' }));
    expect(claims.publisher).toMatchObject({ name: 'BBC', level: 'state-controlled' });
    const unknown = assessSource(articleOf([PLAIN], { url: 'https://news.example.org/1', siteName: 'BBC' }));
    expect(unknown.publisher.level).toBe('unknown');
  });

  it('reports a disclosure with no named outlet as a state relay', () => {
    const s = assessSource(articleOf([PLAIN, 'Disclaimer: This article originates from an outlet owned by a Chinese state-owned enterprise.']));
    expect(s.disclosures).toHaveLength(1);
    expect(s.relays).toEqual([
      expect.objectContaining({ kind: 'origin', level: 'state-affiliated', country: 'China', description: 'Chinese state-owned enterprise' }),
    ]);
    expect(s.banner).toBe('relays-state');
  });

  it('handles an article with no blocks', () => {
    const s = assessSource(articleOf([], { url: 'https://example.com/' }));
    expect(s).toEqual({
      publisher: { domain: 'example.com', name: null, level: 'unknown', country: null, basis: null, reference: null },
      relays: [],
      disclosures: [],
      banner: null,
    });
  });
});

describe('detectMirror', () => {
  it('recognizes Xinhua article ids on other sites', () => {
    const a = articleOf([PLAIN]);
    const old = detectMirror('https://www.mirror.example/english/2019-10/09/c_138457395.htm', a);
    expect(old).toMatchObject({ name: 'Xinhua', kind: 'credit', level: 'state-controlled', evidence: 'https://www.mirror.example/english/2019-10/09/c_138457395.htm' });
    expect(detectMirror('https://aggregator.example/20251009/0123456789abcdef0123456789abcdef/c.html', a)?.name).toBe('Xinhua');
  });

  it('needs the text to name the outlet when only a path section does', () => {
    const url = 'https://portal.example/wire/xinhua/2025/10/09/rare-earth-rules';
    expect(detectMirror(url, articleOf([PLAIN]))).toBeNull();
    expect(detectMirror(url, articleOf(['(Xinhua) China set new rare earth rules.']))?.name).toBe('Xinhua');
    expect(detectMirror('https://portal.example/news/tass/1', articleOf(['Output rose, TASS reported.']))?.name).toBe('TASS');
  });

  it('is not fooled by the outlet’s own sites or by ordinary paths', () => {
    const a = articleOf([RELAYING]);
    expect(detectMirror('http://www.xinhuanet.com/english/2019-10/09/c_138457395.htm', a)).toBeNull();
    expect(detectMirror('https://english.news.cn/20251009/0123456789abcdef0123456789abcdef/c.html', a)).toBeNull();
    expect(detectMirror('https://news.example.com/2025/10/09/xinhua-road-closure', a)).toBeNull();
    expect(detectMirror('https://news.example.com/content_12345.htm', a)).toBeNull();
    expect(detectMirror('not a url', a)).toBeNull();
  });

  it('adds a mirror to the relays (and the banner) of an unlisted site', () => {
    const s = assessSource(articleOf([PLAIN], { url: 'https://www.mirror.example/english/2019-10/09/c_138457395.htm' }));
    expect(s.relays.map((r) => [r.name, r.kind])).toEqual([['Xinhua', 'credit']]);
    expect(s.banner).toBe('relays-state');
  });
});

import { describe, expect, it } from 'vitest';
import { SourceAssessment } from '../../../lib/analysis-result';
import { assessSource } from '../../../lib/sources/assess-source';
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
    expect(claims.publisher).toMatchObject({ name: 'RT', level: 'state-controlled', country: 'Russia' });
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

describe('assessSource: a wire carried by a state outlet', () => {
  it('reports the outlet as the carrier of an independent wire, with no relay banner', () => {
    const s = assessSource(
      articleOf([
        'The following AFP story was republished by Xinhua on Monday.',
        'PARIS, Dec 1 (AFP) - France will fund a rare earth recycling line in Lacq, the economy ministry said.',
      ]),
    );
    expect(s.relays.map((r) => [r.name, r.kind, r.level])).toEqual([
      ['Xinhua', 'attribution', 'state-controlled'],
      ['AFP', 'dateline', 'unknown'],
    ]);
    expect(s.relays[0]!.description).toBe('Chinese state news agency; here only the carrier of a AFP wire');
    expect(s.relays[0]!.evidence).toBe('The following AFP story was republished by Xinhua on Monday.');
    expect(s.banner).toBeNull();
  });

  it('reads "via" the same way', () => {
    const s = assessSource(articleOf(['LONDON (Reuters) - Lynas raised its heavy rare earth output target.', 'Received via CGTN.']));
    expect(s.relays.find((r) => r.name === 'CGTN')?.description).toMatch(/carrier of a Reuters wire$/);
    expect(s.banner).toBeNull();
  });

  it('still banners a wire story that quotes a state outlet in its own right', () => {
    const s = assessSource(
      articleOf(['BEIJING, Oct 9 (Reuters) - China tightened export rules, Xinhua reported.', 'The story was carried by CGTN.']),
    );
    expect(s.relays.find((r) => r.name === 'Xinhua')?.description).toBe('Chinese state news agency');
    expect(s.banner).toBe('relays-state');
  });

  it('is no carrier without an independent wire’s dateline or credit', () => {
    const s = assessSource(articleOf(['Prices of terbium rose, in a report carried by CGTN.']));
    expect(s.relays.map((r) => r.description)).toEqual(['Chinese state broadcaster (international)']);
    expect(s.banner).toBe('relays-state');
  });
});

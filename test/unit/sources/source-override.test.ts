// Covers lib/sources/source-override.ts: the schema of a reader's correction, finding the one for
// a URL, and applyOverride on the assessments of a state publisher, a relaying site, a publicly
// funded independent outlet and another domain.
import { describe, expect, it } from 'vitest';
import { SourceAssessment } from '../../../lib/analysis-result';
import { assessSource } from '../../../lib/sources/assess-source';
import {
  OVERRIDE_REFERENCE,
  SourceOverride,
  SourceOverrides,
  applyOverride,
  isOverridden,
} from '../../../lib/sources/source-override';
import { overrideFor } from '../../../lib/sources/override-for';
import { articleOf } from './article-of';

const DAY = Date.UTC(2025, 10, 26, 12);
const PLAIN = 'Lynas shipped its first heavy rare earth oxide from Malaysia this quarter.';
const RELAYING = 'Exports of dysprosium fell to zero in May, according to state news agency Xinhua.';

const GT = assessSource(articleOf([PLAIN], { url: 'https://www.globaltimes.cn/page/202510/1.shtml' }));
const RELAY_SITE = assessSource(articleOf([PLAIN, RELAYING], { url: 'https://www.mining-weekly.example/a/1', siteName: 'Mining Weekly' }));
const BBC = assessSource(articleOf([PLAIN], { url: 'https://www.bbc.co.uk/news/1' }));

const override = (domain: string, level: SourceOverride['level'], note = ''): SourceOverride => ({ domain, level, note, createdAt: DAY });

describe('SourceOverride schema', () => {
  it('accepts a correction and refuses damaged ones', () => {
    expect(SourceOverride.safeParse(override('globaltimes.cn', 'state-aligned', 'owned by a party paper')).success).toBe(true);
    for (const bad of [
      { ...override('globaltimes.cn', 'state-aligned'), level: 'evil' },
      { ...override('globaltimes.cn', 'state-aligned'), domain: 'https://globaltimes.cn/' },
      { ...override('globaltimes.cn', 'state-aligned'), domain: 'Global Times' },
      { ...override('globaltimes.cn', 'state-aligned'), note: 'x'.repeat(501) },
      { ...override('globaltimes.cn', 'state-aligned'), createdAt: -1 },
      { domain: 'globaltimes.cn', level: 'unknown' },
    ]) {
      expect(SourceOverride.safeParse(bad).success, JSON.stringify(bad).slice(0, 80)).toBe(false);
    }
    expect(SourceOverrides.safeParse([override('a.example', 'unknown'), override('b.example', 'state-controlled')]).success).toBe(true);
  });
});

describe('overrideFor', () => {
  const list = [override('globaltimes.cn', 'state-aligned'), override('xn--d1abbgf6aiiy.xn--p1ai', 'unknown')];
  it('finds the correction by URL, host or domain, subdomains included', () => {
    for (const key of ['https://www.globaltimes.cn/page/1.shtml', 'globaltimes.cn', 'ENGLISH.GLOBALTIMES.CN']) {
      expect(overrideFor(list, key)?.level, key).toBe('state-aligned');
    }
    expect(overrideFor(list, 'https://президент.рф/')?.level).toBe('unknown');
  });
  it('gives null for other sites and for nothing', () => {
    expect(overrideFor(list, 'https://globaltimes.cn.evil.example/')).toBeNull();
    expect(overrideFor(list, null)).toBeNull();
    expect(overrideFor([], 'globaltimes.cn')).toBeNull();
  });
});

describe('applyOverride', () => {
  it('changes a state publisher’s level, banner and basis, and says so', () => {
    const out = applyOverride(GT, override('globaltimes.cn', 'state-aligned', 'Party-owned, but privately run?'));
    expect(SourceAssessment.safeParse(out).success).toBe(true);
    expect(out.publisher).toMatchObject({ domain: 'globaltimes.cn', name: 'Global Times', level: 'state-aligned', reference: OVERRIDE_REFERENCE });
    expect(out.banner).toBe('state-aligned');
    expect(out.publisher.basis).toMatch(/^Corrected on this device on 2025-11-26: state-aligned \(Lodestone said: state-controlled; State Media Monitor typology SC/);
    expect(out.publisher.basis).toContain('Your note: Party-owned, but privately run?');
    expect(isOverridden(out)).toBe(true);
    expect(isOverridden(GT)).toBe(false);
    // The original is not mutated.
    expect(GT.publisher.level).toBe('state-controlled');
  });

  it('silences the banner for "not state-linked" and "publicly funded, independent", keeping the relays', () => {
    for (const level of ['unknown', 'public-independent'] as const) {
      const out = applyOverride(RELAY_SITE, override('mining-weekly.example', level));
      expect(out.banner, level).toBeNull();
      expect(out.relays).toEqual(RELAY_SITE.relays);
      expect(out.disclosures).toEqual(RELAY_SITE.disclosures);
      expect(out.publisher.level).toBe(level);
    }
  });

  it('gives an unlisted site the banner of the level the reader chose', () => {
    expect(applyOverride(RELAY_SITE, override('mining-weekly.example', 'state-controlled')).banner).toBe('state-controlled');
    expect(applyOverride(BBC, override('bbc.co.uk', 'state-affiliated')).banner).toBe('state-affiliated');
  });

  it('leaves the assessment alone for no override, another domain, or an assessment already corrected', () => {
    expect(applyOverride(GT, null)).toBe(GT);
    expect(applyOverride(GT, override('chinadaily.com.cn', 'unknown'))).toBe(GT);
    const once = applyOverride(GT, override('globaltimes.cn', 'state-aligned'));
    expect(applyOverride(once, override('globaltimes.cn', 'unknown'))).toBe(once);
    const nowhere = assessSource(articleOf([PLAIN], { url: 'not a url' }));
    expect(applyOverride(nowhere, override('example.com', 'state-controlled'))).toBe(nowhere);
  });
});

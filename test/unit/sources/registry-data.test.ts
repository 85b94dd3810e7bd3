import { describe, expect, it } from 'vitest';
import { CURATED_ENTERPRISES, CURATED_SITES, OUTLET_NAMES, WIRE_NAMES } from '../../../lib/sources/curated';
import { lookupDomain, lookupOutletName } from '../../../lib/sources/lookup-domain';
import registryJson from '../../../lib/sources/registry-data.json';
import {
  CuratedEnterprise,
  CuratedSite,
  OutletNames,
  RegistryData,
  WireNames,
} from '../../../lib/sources/registry-schema';

// The committed, generated file (scripts/build-registry.ts); never the shared source data.
const data = RegistryData.parse(registryJson);

describe('registry-data.json', () => {
  it('validates against its schema', () => {
    expect(RegistryData.safeParse(registryJson).success).toBe(true);
  });

  it('keeps one entry per domain and outlet', () => {
    const keys = data.entries.map((e) => `${e.domain} ${e.outlet}`);
    expect(new Set(keys).size).toBe(keys.length);
    expect(data.entries.length).toBeGreaterThan(1300);
    expect(new Set(data.entries.map((e) => e.domain).filter(Boolean)).size).toBeGreaterThan(1200);
  });

  it('points every listing at a basis and a source set it has', () => {
    for (const e of data.entries) {
      for (const l of [e, ...(e.also ?? [])]) {
        expect(data.bases[l.basis], `${e.domain} basis`).toBeTruthy();
        expect(data.sourceSets[l.sourceSet], `${e.domain} source set`).toBeTruthy();
      }
    }
  });

  it('maps typologies to levels as data/README.md says', () => {
    const levelOf = (typology: string) => new Set(data.entries.filter((e) => e.typology === typology).map((e) => e.level));
    expect(levelOf('SC')).toEqual(new Set(['state-controlled']));
    expect(levelOf('CaPu')).toEqual(new Set(['state-controlled']));
    expect(levelOf('CaPr')).toEqual(new Set(['state-aligned']));
    for (const t of ['IP', 'ISF', 'ISM', 'ISFM', 'ISFM?']) expect(levelOf(t)).toEqual(new Set(['public-independent']));
    const networks = data.entries.filter((e) => e.sourceSet.startsWith('DIMA-'));
    expect(networks.length).toBeGreaterThan(200);
    expect(new Set(networks.map((e) => e.level))).toEqual(new Set(['state-aligned']));
    const designations = data.entries.filter((e) => e.sourceSet.startsWith('US-StateDept') || e.sourceSet.startsWith('EU-Council'));
    expect(new Set(designations.map((e) => e.level))).toEqual(new Set(['state-controlled']));
  });

  it('keeps every merged listing as evidence', () => {
    const cctv = data.entries.find((e) => e.domain === 'cctv.com' && e.outlet === 'China Central Television (CCTV)');
    expect(cctv?.sourceSet).toBe('ASD-StateMediaMatrix');
    expect(cctv?.also?.map((l) => l.sourceSet)).toEqual(['US-StateDept-ForeignMissions-2020']);
  });
});

describe('curated entries', () => {
  it('validate against their schemas', () => {
    for (const s of CURATED_SITES) expect(CuratedSite.safeParse(s).success, s.domain).toBe(true);
    for (const g of OUTLET_NAMES) expect(OutletNames.safeParse(g).success, g.name).toBe(true);
    for (const w of WIRE_NAMES) expect(WireNames.safeParse(w).success, w.name).toBe(true);
    for (const e of CURATED_ENTERPRISES) expect(CuratedEnterprise.safeParse(e).success, e.id).toBe(true);
  });

  it('cover the known gaps of data/README.md', () => {
    for (const host of ['en.chinagate.cn', 'archive.shine.cn', 'trt.global', 'youth.cn', 'english.www.gov.cn', 'english.news.cn']) {
      expect(lookupDomain(host)?.level, host).toBe('state-controlled');
    }
  });

  it('tie every outlet name to a registry entry', () => {
    for (const g of OUTLET_NAMES) {
      for (const host of [g.domain, ...(g.alsoDomains ?? [])]) expect(lookupDomain(host), `${g.name}: ${host}`).not.toBeNull();
    }
  });

  it('name state-owned enterprises with a basis, a reference, and their parents', () => {
    const ids = new Set(CURATED_ENTERPRISES.map((e) => e.id));
    expect(new Set(CURATED_ENTERPRISES.map((e) => e.id)).size).toBe(CURATED_ENTERPRISES.length);
    for (const e of CURATED_ENTERPRISES) {
      expect(e.level).toBe('state-affiliated');
      if (e.parentId) expect(ids.has(e.parentId), e.id).toBe(true);
    }
    for (const name of ['北方稀土', '中国稀土集团', 'China Northern Rare Earth', 'Baogang Group', 'Shenghe Resources', 'China Minmetals', 'Chinalco']) {
      expect(lookupOutletName(name)?.level, name).toBe('state-affiliated');
    }
  });

  it('tie each company site to a curated enterprise', () => {
    const ids = new Set(CURATED_ENTERPRISES.map((e) => e.id));
    const companySites = CURATED_SITES.filter((s) => s.enterpriseId);
    expect(companySites.length).toBeGreaterThanOrEqual(5);
    for (const site of companySites) {
      expect(ids.has(site.enterpriseId!), site.domain).toBe(true);
      expect(site.level, site.domain).toBe('state-affiliated');
    }
  });

  it('give every curated site a domain that no list already has (else the list speaks for it)', () => {
    const listed = new Set(data.entries.map((e) => e.domain));
    for (const site of CURATED_SITES) expect(listed.has(site.domain), site.domain).toBe(false);
  });

  it('give lookalike guards only to names that need them', () => {
    for (const g of OUTLET_NAMES) for (const f of g.notFollowedBy ?? []) expect(f.trim(), g.name).toBe(f);
  });

  it('give no alias to two speakers', () => {
    const seen = new Map<string, string>();
    const groups = [
      ...OUTLET_NAMES.map((g) => [g.name, g.aliases] as const),
      ...WIRE_NAMES.map((w) => [w.name, w.aliases] as const),
      ...CURATED_ENTERPRISES.map((e) => [e.id, e.aliases] as const),
    ];
    for (const [owner, aliases] of groups) {
      for (const a of aliases) {
        expect(seen.get(a) ?? owner, `${a} in ${owner} and ${seen.get(a)}`).toBe(owner);
        seen.set(a, owner);
      }
    }
  });
});

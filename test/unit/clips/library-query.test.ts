// Covers the library's in-memory queries on the real sample library (library-sample.json):
// facets (countries from places and sources, levels from publisher and relays), every filter,
// the sorts, and grouping into rows by article and by category.
import { describe, expect, it } from 'vitest';
import { CATEGORIES } from '../../../lib/analysis-result';
import { clipFacets, libraryFacets } from '../../../lib/clips/clip-facets';
import { NO_FILTER, dayStart, filterClips, isFilterActive } from '../../../lib/clips/clip-filter';
import type { Clip } from '../../../lib/clips/clip-schema';
import { CLIP_SORTS, sortClips } from '../../../lib/clips/clip-sort';
import { libraryRows } from '../../../lib/clips/library-rows';
import { sampleClips } from '../../fixtures/clips/generate-library';

const clips = sampleClips();
const ids = (list: readonly Clip[]) => list.map((c) => c.id).sort();

describe('clipFacets', () => {
  it('names the countries of the sentence and of its sources, not towns or deposits', () => {
    const relayed = clips.find((c) => c.source.relays.some((r) => r.country))!;
    const f = clipFacets(relayed);
    for (const r of relayed.source.relays.filter((r) => r.kind !== 'photo-credit' && r.country)) expect(f.countries).toContain(r.country);
    expect(clipFacets({ ...clips[0]!, entities: { ...clips[0]!.entities, places: ['Bayan Obo', 'China'] } }).countries).toContain('China');
    expect(clipFacets({ ...clips[0]!, entities: { ...clips[0]!.entities, places: ['Bayan Obo'] } }).countries).not.toContain('Bayan Obo');
  });

  it('gives the publisher level and every relayed level', () => {
    const relayed = clips.find((c) => c.source.banner === 'relays-state')!;
    expect(clipFacets(relayed).levels).toEqual(expect.arrayContaining([relayed.source.publisher.level, 'state-affiliated']));
  });

  it('counts facet values over the library, most frequent first', () => {
    const facets = libraryFacets(clips);
    const total = facets.categories.reduce((n, o) => n + o.count, 0);
    expect(total).toBe(clips.length);
    const counts = facets.sites.map((o) => o.count);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    expect(facets.sites.find((o) => o.value === 'rareearthexchanges.com')?.count).toBe(clips.filter((c) => c.site === 'rareearthexchanges.com').length);
  });
});

describe('filterClips', () => {
  it('passes everything with no filter, and in the given order', () => {
    expect(isFilterActive(NO_FILTER)).toBe(false);
    expect(filterClips(clips, NO_FILTER)).toEqual(clips);
  });

  it.each([
    ['category', { category: 'pricing' as const }, (c: Clip) => c.category === 'pricing'],
    ['site', { site: 'metalswire.example' }, (c: Clip) => c.site === 'metalswire.example'],
    ['material', { material: 'gallium' }, (c: Clip) => c.entities.materials.includes('gallium')],
    ['organization', { organization: 'Lynas Rare Earths' }, (c: Clip) => c.entities.organizations.includes('Lynas Rare Earths')],
    ['country', { country: 'China' }, (c: Clip) => clipFacets(c).countries.includes('China')],
    ['level', { level: 'state-affiliated' as const }, (c: Clip) => clipFacets(c).levels.includes('state-affiliated')],
    ['with a note', { hasNote: true }, (c: Clip) => c.note !== ''],
    ['without a note', { hasNote: false }, (c: Clip) => c.note === ''],
  ])('filters by %s', (_name, partial, keep) => {
    const expected = clips.filter(keep);
    expect(expected.length).toBeGreaterThan(0);
    expect(expected.length).toBeLessThan(clips.length);
    expect(ids(filterClips(clips, { ...NO_FILTER, ...partial }))).toEqual(ids(expected));
  });

  it('filters by clipping day, both ends inclusive, in local time', () => {
    const day = (t: number) => new Date(t);
    const first = day(clips[5]!.createdAt);
    const last = day(clips[20]!.createdAt);
    const iso = (d: Date) => `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
    const from = dayStart(iso(first))!;
    const until = dayStart(iso(last), 1)!;
    const expected = clips.filter((c) => c.createdAt >= from && c.createdAt < until);
    expect(ids(filterClips(clips, { ...NO_FILTER, from: iso(first), to: iso(last) }))).toEqual(ids(expected));
    expect(expected).toContainEqual(clips[5]);
    expect(expected).toContainEqual(clips[20]);
    expect(dayStart('2026-13-45x')).toBeNull();
  });

  it('keeps only the ids a search returned, combined with the filters', () => {
    const matching = new Set([clips[0]!.id, clips[1]!.id]);
    expect(ids(filterClips(clips, { ...NO_FILTER, category: clips[0]!.category }, matching))).toEqual([clips[0]!.id]);
  });
});

describe('sortClips', () => {
  it.each(CLIP_SORTS)('sorts by %s without losing or adding clips, and does not touch the input', (sort) => {
    const before = [...clips];
    const out = sortClips(clips, sort);
    expect(ids(out)).toEqual(ids(clips));
    expect(clips).toEqual(before);
  });

  it('orders newest and oldest by clipping time, published dates with undated last', () => {
    const newest = sortClips(clips, 'newest').map((c) => c.createdAt);
    expect(newest).toEqual([...newest].sort((a, b) => b - a));
    expect(sortClips(clips, 'oldest').map((c) => c.id)).toEqual(sortClips(clips, 'newest').map((c) => c.id).reverse());
    const published = sortClips(clips, 'published');
    const dated = published.filter((c) => c.article.publishedAt);
    expect(published.slice(0, dated.length)).toEqual(dated);
    const times = dated.map((c) => Date.parse(c.article.publishedAt!));
    expect(times).toEqual([...times].sort((a, b) => b - a));
  });

  it('puts hand-made clips (no confidence) after detected ones', () => {
    const out = sortClips(clips, 'confidence');
    expect(out[out.length - 1]!.confidence).toBeNull();
  });
});

describe('libraryRows', () => {
  it('lists clips alone without grouping', () => {
    expect(libraryRows(clips, 'none').every((r) => r.kind === 'clip')).toBe(true);
  });

  it('groups by article in the order of each article’s first clip', () => {
    const sorted = sortClips(clips, 'newest');
    const rows = libraryRows(sorted, 'article');
    const groups = rows.filter((r) => r.kind === 'group');
    expect(groups.map((g) => (g.kind === 'group' && g.grouping === 'article' ? g.first.url : ''))).toEqual([...new Set(sorted.map((c) => c.url))]);
    expect(rows.filter((r) => r.kind === 'clip')).toHaveLength(clips.length);
    // Every clip sits under its article's heading.
    let url = '';
    for (const row of rows) {
      if (row.kind === 'group' && row.grouping === 'article') url = row.first.url;
      else if (row.kind === 'clip') expect(row.clip.url).toBe(url);
    }
  });

  it('groups by category in the taxonomy order, with counts', () => {
    const rows = libraryRows(clips, 'category');
    const groups = rows.flatMap((r) => (r.kind === 'group' && r.grouping === 'category' ? [r] : []));
    const order = [...CATEGORIES, 'unclassified'];
    expect(groups.map((g) => order.indexOf(g.category))).toEqual([...groups.map((g) => order.indexOf(g.category))].sort((a, b) => a - b));
    for (const g of groups) expect(g.count).toBe(clips.filter((c) => c.category === g.category).length);
  });
});

// Covers the compact trend points (lib/trends/trend-point.ts): what a clip or logged signal keeps
// for Trends (materials without the sector words, prices only, the source label only with prices),
// a sentence both clipped and logged counted once as the clip, and the short key.
import { describe, expect, it } from 'vitest';
import { TrendPoint, shortKey, trendPointOf, withoutClipped } from '../../../lib/trends/trend-point';
import { saveClipInput } from './trend-fixtures';

describe('trend points', () => {
  it('keep the charted materials, the quoted prices and, with them, the source label', () => {
    const { clip } = saveClipInput();
    const row = {
      ...clip,
      entities: { ...clip.entities, materials: ['rare earths', 'dysprosium', 'permanent magnets', 'critical minerals', 'heavy rare earths', 'dysprosium'] },
      figures: [{ text: '2025', value: 2025, unit: 'year' }, { text: 'US$255 per kg', value: 255, unit: 'USD/kg' }, { text: '$3bn', value: 3e9, unit: 'USD' }],
    };
    const point = trendPointOf(row, 'clip');
    expect(TrendPoint.safeParse(point).success).toBe(true);
    expect(point).toMatchObject({ id: clip.id, kind: 'clip', at: clip.createdAt, category: clip.category, state: 'relays-state', sourceLabel: clip.sourceLabel });
    expect(point.materials).toEqual(['dysprosium', 'heavy rare earths']);
    expect(point.prices).toEqual([{ text: 'US$255 per kg', value: 255, unit: 'USD/kg' }]);
    expect(trendPointOf(clip, 'clip').sourceLabel).toBe('');
  });

  it('count a sentence both clipped and logged once, as the clip', () => {
    const { clip, logged, other } = saveClipInput();
    const points = withoutClipped([trendPointOf(logged, 'log'), trendPointOf(clip, 'clip'), trendPointOf(other, 'log')]);
    expect(points.map((p) => [p.kind, p.id])).toEqual([['clip', clip.id], ['log', other.id]]);
    expect(points[1]!.at).toBe(other.seenAt);
  });

  it('have a short key that tells sentences apart', () => {
    const keys = new Set(Array.from({ length: 20_000 }, (_, i) => shortKey(`https://example.com/a-${i % 97}\nsentence ${i}`)));
    expect(keys.size).toBe(20_000);
    expect(shortKey('a')).toBe(shortKey('a'));
    expect(shortKey('x').length).toBeLessThan(16);
  });
});

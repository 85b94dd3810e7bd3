// Covers how clips and the reading log become Trends' signals: a clipped sentence counts once (the
// clip stands for its logged reading), and the sector's words for itself are not charted materials.
import { describe, expect, it } from 'vitest';
import { saveClipInput } from './trend-fixtures';
import { trendItems } from '../../../lib/trends/trend-item';

describe('trendItems', () => {
  it('counts a sentence both clipped and logged once, as the clip', () => {
    const { clip, logged, other } = saveClipInput();
    const items = trendItems([clip], [logged, other]);
    expect(items.map((i) => [i.kind, i.id])).toEqual([['clip', clip.id], ['log', other.id]]);
    expect(items[0]!.at).toBe(clip.createdAt);
    expect(items[1]!.at).toBe(other.seenAt);
  });

  it('charts materials, not the sector words', () => {
    const { clip } = saveClipInput();
    const [item] = trendItems([{ ...clip, entities: { ...clip.entities, materials: ['rare earths', 'dysprosium', 'permanent magnets', 'critical minerals', 'heavy rare earths'] } }]);
    expect(item!.materials).toEqual(['dysprosium', 'heavy rare earths']);
  });
});

import { describe, expect, it } from 'vitest';
import { matchExcerpt, scoreOutcomes } from '../../../lib/eval/evaluate-realnews';
import { excerptArticle, excerptBlocks, excerptLineUnits, excerptUnits, type Excerpt } from '../../../lib/eval/realnews';
import type { ItemLabels } from '../../../lib/eval/realnews-labels';

/**
 * The real-news harness on an excerpt written for this test (no third-party text): hard-wrapped
 * lines read as the extension reads them, and a detection that covers several labelled sentences
 * (the fragments of one wrapped sentence) scored as one highlight.
 */
const WRAPPED: Excerpt = {
  id: 'test-wrapped',
  url: 'https://www.wire-archive.example/metals/tungsten.html',
  lang: 'en',
  publisher: 'Wire Archive',
  text: [
    'Tungsten prices climb as Chinese curbs bite',
    'LONDON, March 3 - European prices of ammonium paratungstate rose by',
    '9% this week to $520 per metric ton unit, traders said.',
    '',
    'The weather in London was mild.',
  ].join('\n'),
};

describe('excerptBlocks', () => {
  it('joins hard-wrapped lines with a space, at offsets that are the excerpt’s own', () => {
    const blocks = excerptBlocks(WRAPPED);
    expect(blocks.map((b) => b.kind)).toEqual(['heading', 'paragraph', 'paragraph']);
    for (const b of blocks) expect(WRAPPED.text.slice(b.start, b.start + b.text.length).replaceAll('\n', ' ')).toBe(b.text);
    expect(excerptArticle(WRAPPED).blocks[1]?.text).toMatch(/rose by 9% this week/);
  });

  it('makes the wrapped sentence one labelled unit (excerptUnits), where line by line it was two', () => {
    expect(excerptUnits(WRAPPED)).toHaveLength(3);
    expect(excerptLineUnits(WRAPPED)).toHaveLength(4);
  });
});

describe('scoring a detection that covers several labelled sentences', () => {
  // Labels made line by line (as they were before wrapped lines were joined): the wrapped sentence
  // is two units, one a signal, one not.
  const units = excerptLineUnits(WRAPPED);
  const labels = (categories: (string | null)[]): ItemLabels => ({
    topic: true,
    units: units.map((u, i) => [u.start, u.end, u.hash, (categories[i] ?? null) as never, 'clear']),
  });
  const joined = 'LONDON, March 3 - European prices of ammonium paratungstate rose by 9% this week to $520 per metric ton unit, traders said.';

  it('is one true positive when one of its sentences is a signal, not a false positive per fragment labelled none', () => {
    const outcome = matchExcerpt(WRAPPED, labels([null, 'pricing', null, null]), 'dev', { isRareEarth: true, detections: [{ text: joined, category: 'pricing' }] });
    const s = scoreOutcomes([outcome]).signals;
    expect([s.tp, s.fp, s.fn]).toEqual([1, 0, 0]);
  });

  it('is a false positive for each sentence labelled none when none of them is a signal', () => {
    const outcome = matchExcerpt(WRAPPED, labels([null, null, null, null]), 'dev', { isRareEarth: true, detections: [{ text: joined, category: 'pricing' }] });
    const s = scoreOutcomes([outcome]).signals;
    expect([s.tp, s.fp]).toEqual([0, 2]);
  });
});

// Covers lib/clips/clip-from-selection.ts: a clip made by hand from a selection takes the
// category (and analysis) of the detected signal it is, else "unclassified"; it carries the page's
// source label and link, is stored as the signal's own sentence when it is that sentence (so
// clipping it again from the card finds the same clip), validates as a NewClip, and a selection
// that cannot be a clip gets a clear message instead.
import { describe, expect, it } from 'vitest';
import type { AnalysisResult } from '../../../lib/analysis-result';
import { clipFromSelection } from '../../../lib/clips/clip-from-selection';
import { NewClip } from '../../../lib/clips/clip-schema';

const PAGE = 'http://www.magnetwire.example/news/dysprosium-licences/?utm_source=x';
const DEMAND = 'Demand for NdFeB magnets in EV traction motors and wind turbines grew 14% last year.';

function analysis(isRareEarth = true): AnalysisResult {
  return {
    url: 'http://magnetwire.example/news/dysprosium-licences/',
    article: { title: 'Magnet makers brace', siteName: 'Magnet Wire', byline: 'Mara Ellison', publishedAt: '2026-02-12', lang: 'en', wordCount: 300 },
    topic: { isRareEarth, score: isRareEarth ? 0.9 : 0.1, evidence: [] },
    source: {
      publisher: { domain: 'globaltimes.cn', name: 'Global Times', level: 'state-controlled', country: 'China', basis: 'registry', reference: null },
      relays: [],
      disclosures: [],
      banner: 'state-controlled',
    },
    signals: isRareEarth
      ? [
          {
            text: DEMAND,
            prefix: 'survey. ',
            suffix: ' Lynas',
            category: 'demand',
            direction: 'rising',
            confidence: 0.88,
            entities: { materials: ['NdFeB'], organizations: [], places: [] },
            figures: [{ text: '14%', value: 14, unit: '%' }],
            why: "demand cue 'demand for NdFeB magnets'",
          },
        ]
      : [],
  };
}

describe('clipFromSelection', () => {
  it('gives a selection that is a signal’s sentence that signal’s category and analysis, as that sentence', () => {
    const r = clipFromSelection(analysis(), { exact: `  ${DEMAND.replace(/ /g, '\n ')}  `, prefix: 'x', suffix: 'y' }, PAGE);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.clip).toMatchObject({
      text: DEMAND,
      prefix: 'survey. ',
      suffix: ' Lynas',
      category: 'demand',
      direction: 'rising',
      confidence: 0.88,
      figures: [{ text: '14%', value: 14, unit: '%' }],
      origin: 'manual',
      url: 'http://magnetwire.example/news/dysprosium-licences/',
      pageUrl: PAGE,
      sourceLabel: 'Global Times: state-controlled publisher (China)',
      site: 'magnetwire.example',
    });
    expect(NewClip.safeParse(r.clip).success).toBe(true);
  });

  it('keeps the selection’s own text and context when it is only part of a signal, with the signal’s category', () => {
    const r = clipFromSelection(analysis(), { exact: 'Demand for NdFeB magnets in EV traction motors and wind turbines', prefix: 'p', suffix: 's' }, PAGE);
    expect(r.ok && r.clip).toMatchObject({ text: 'Demand for NdFeB magnets in EV traction motors and wind turbines', prefix: 'p', suffix: 's', category: 'demand' });
  });

  it('clips anything else as "unclassified", also on a page that is not a rare-earth article', () => {
    for (const result of [analysis(true), analysis(false)]) {
      const r = clipFromSelection(result, { exact: 'The weather in Baotou was cold.', prefix: 'a '.repeat(150), suffix: '' }, PAGE);
      expect(r.ok).toBe(true);
      if (!r.ok) continue;
      expect(r.clip).toMatchObject({ category: 'unclassified', direction: null, confidence: null, why: 'Clipped by hand.', origin: 'manual' });
      expect(r.clip.prefix.length).toBeLessThanOrEqual(200);
      expect(NewClip.safeParse(r.clip).success).toBe(true);
    }
  });

  it('refuses an empty or over-long selection and a page without a web address, with a message', () => {
    expect(clipFromSelection(analysis(), { exact: ' \n ', prefix: '', suffix: '' }, PAGE)).toEqual({ ok: false, error: 'Select the text to clip first.' });
    const long = clipFromSelection(analysis(), { exact: 'x'.repeat(5_001), prefix: '', suffix: '' }, PAGE);
    expect(long.ok).toBe(false);
    expect(!long.ok && long.error).toMatch(/5,001 characters.*at most 5,000/);
    expect(clipFromSelection(analysis(), { exact: 'Text.', prefix: '', suffix: '' }, 'not a url').ok).toBe(false);
  });
});

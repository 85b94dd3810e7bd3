import { describe, expect, it } from 'vitest';
import type { Signal } from '../../../lib/analysis-result';
import { formatReport } from '../../../lib/eval/format-report';
import type { OutputLine } from '../../../lib/eval/output-line';

const signal = (text: string, category: Signal['category'], confidence: number): Signal => ({
  text, prefix: '', suffix: '', category, direction: null, confidence,
  entities: { materials: [], organizations: [], places: [] }, figures: [], why: `${category}: cue`,
});

/** A hand-made result: a state-controlled publisher, damaged text, signals out of taxonomy order. */
const line: OutputLine = {
  input: 'pages/a.html',
  url: 'https://www.example.cn/a',
  article: { title: 'Quota news', siteName: null, byline: null, publishedAt: null, lang: 'en', wordCount: 300 },
  topic: { isRareEarth: true, score: 0.876, evidence: ['rare earths', 'NdPr'] },
  source: {
    publisher: { domain: 'example.cn', name: 'Example Daily', level: 'state-controlled', country: 'China', basis: 'owned by the state', reference: null },
    relays: [],
    disclosures: [],
    banner: 'state-controlled',
  },
  signals: [
    signal('Demand   for magnets rose.', 'demand', 0.6),
    signal('China\u00e2\u20ac\u2122s quota rose.', 'trade-policy', 0.8),
    signal('Exports need licences.', 'export-control', 0.912),
  ],
};

describe('formatReport', () => {
  const report = formatReport(line);

  it('names the page, its topic and who speaks', () => {
    expect(report).toContain('== pages/a.html');
    expect(report).toContain('Topic:   rare-earth article: yes (score 0.88) — rare earths; NdPr');
    expect(report).toContain('Source:  Example Daily: state-controlled publisher (China)');
    expect(report).toContain('Banner:  state-controlled');
  });

  it('groups signals by category in taxonomy order, repaired and collapsed, with a count', () => {
    const at = (s: string) => report.indexOf(s);
    expect(at('  export-control (1)')).toBeLessThan(at('  trade-policy (1)'));
    expect(at('  trade-policy (1)')).toBeLessThan(at('  demand (1)'));
    expect(report).toContain("    0.80  China’s quota rose.");
    expect(report).toContain('    0.60  Demand for magnets rose.');
    expect(report.endsWith('3 signals in 3 categories.')).toBe(true);
  });

  it('says when no article was found', () => {
    expect(formatReport({ ...line, article: null, signals: [] })).toContain('Title:   (no article found on this page)');
  });
});

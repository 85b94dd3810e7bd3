import { describe, expect, it } from 'vitest';
import { AnalysisResult, type Signal } from '../../../lib/analysis-result';
import { storableAnalysis } from '../../../lib/storable-analysis';

/** What the background stores of a tab's analysis fits the session-storage budget (lib/storable-analysis.ts). */
const signal = (i: number, confidence: number): Signal => ({
  text: `Sentence ${i} says that NdPr output rose ${i}% on the quarter.`,
  prefix: '',
  suffix: '',
  category: 'supply-expansion',
  direction: 'rising',
  confidence,
  entities: { materials: ['neodymium'], organizations: [], places: [] },
  figures: [],
  why: "supply-expansion cue 'output rose' about neodymium",
});
const analysis = (signals: Signal[]): AnalysisResult => ({
  url: 'https://example.com/a',
  article: null,
  topic: { isRareEarth: true, score: 1, evidence: ['rare earths'] },
  source: { publisher: { domain: 'example.com', name: null, level: 'unknown', country: null, basis: null, reference: null }, relays: [], disclosures: [], banner: null },
  signals,
});

describe('storableAnalysis', () => {
  it('keeps an analysis that fits as it is', () => {
    const result = analysis([signal(1, 0.9), signal(2, 0.6)]);
    expect(storableAnalysis(result)).toEqual({ result, signalsOmitted: 0 });
  });

  it('keeps the first signals that fit, in reading order, and says how many follow them', () => {
    const signals = Array.from({ length: 10_000 }, (_, i) => signal(i, (i % 100) / 100));
    const { result, signalsOmitted } = storableAnalysis(analysis(signals), 200_000);
    expect(JSON.stringify(result).length).toBeLessThanOrEqual(200_000);
    expect(AnalysisResult.safeParse(result).success).toBe(true);
    expect(result.signals.length).toBeGreaterThan(500);
    expect(signalsOmitted).toBe(10_000 - result.signals.length);
    expect(result.omittedSignals).toBe(signalsOmitted);
    // A prefix: signal i of the stored copy is signal i of the page (the side panel jumps by index).
    expect(result.signals).toEqual(signals.slice(0, result.signals.length));
    // As many as fit: one more would not.
    const oneMore = { ...result, signals: signals.slice(0, result.signals.length + 1) };
    expect(JSON.stringify(oneMore).length).toBeGreaterThan(200_000);
  });
});

// Covers entrypoints/background/reader-handoff.ts and entrypoints/reader.content/receive-analysis.ts
// together: an analysis with more signals than one message carries reaches the reader whole, a
// page per message and in order; a handoff replaced by a newer analysis, or lost (the service
// worker stopped), leaves the reader with the signals it had; small analyses need no handoff.
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { forgetHandoff, handOver, handoffOf, signalsFrom } from '../../../entrypoints/background/reader-handoff';
import { setTabAnalysis } from '../../../entrypoints/background/tab-analyses';
import type { AnalysisResult, Signal } from '../../../lib/analysis-result';
import { SIGNALS_PER_MESSAGE } from '../../../lib/messages';

const sent: { type: string; handoff: string; from: number }[] = [];
let answer: (msg: { type: string; handoff: string; from: number }) => unknown = () => null;
vi.mock('@/lib/messages', async (original) => ({
  ...(await original<typeof import('../../../lib/messages')>()),
  sendToExtension: async (msg: { type: string; handoff: string; from: number }) => {
    sent.push(msg);
    return answer(msg);
  },
}));
const { receiveAnalysis } = await import('../../../entrypoints/reader.content/receive-analysis');

const signal = (i: number): Signal => ({
  text: `Sentence ${i}: NdPr oxide prices rose ${i}% on the week.`,
  prefix: '',
  suffix: '',
  category: 'pricing',
  direction: 'rising',
  confidence: 0.8,
  entities: { materials: ['NdPr oxide'], organizations: [], places: [] },
  figures: [],
  why: "pricing cue 'prices rose'",
});
const analysis = (n: number): AnalysisResult => ({
  url: 'https://example.com/long',
  article: null,
  topic: { isRareEarth: true, score: 1, evidence: ['NdPr'] },
  source: { publisher: { domain: 'example.com', name: null, level: 'unknown', country: null, basis: null, reference: null }, relays: [], disclosures: [], banner: null },
  signals: Array.from({ length: n }, (_, i) => signal(i)),
});

describe('handing a large analysis to the reader', () => {
  it('gives the first page at once and the rest page by page, in order, then forgets it', async () => {
    const whole = analysis(SIGNALS_PER_MESSAGE * 2 + 7);
    sent.length = 0;
    answer = (msg) => signalsFrom(3, msg.handoff, msg.from);
    const first = handOver(3, whole);
    expect(first.ok && first.result.signals).toHaveLength(SIGNALS_PER_MESSAGE);
    expect(first.ok && first.total).toBe(whole.signals.length);
    expect(handoffOf(3)).toBe(whole);
    const received = await receiveAnalysis(first, () => true);
    expect(received?.signals).toEqual(whole.signals);
    expect(sent.map((m) => m.from)).toEqual([SIGNALS_PER_MESSAGE, SIGNALS_PER_MESSAGE * 2]);
    // The last page ended the handoff.
    expect(handoffOf(3)).toBeNull();
  });

  it('keeps no handoff for an analysis that fits in one message', async () => {
    sent.length = 0;
    const small = analysis(12);
    const reply = handOver(4, small);
    expect(handoffOf(4)).toBeNull();
    expect(await receiveAnalysis(reply, () => true)).toEqual(small);
    expect(sent).toEqual([]);
  });

  it('serves no page of an older handoff, and the reader keeps the signals it has', async () => {
    const older = handOver(5, analysis(SIGNALS_PER_MESSAGE + 50));
    handOver(5, analysis(SIGNALS_PER_MESSAGE + 80));
    answer = (msg) => signalsFrom(5, msg.handoff, msg.from);
    const received = await receiveAnalysis(older, () => true);
    expect(received?.signals).toHaveLength(SIGNALS_PER_MESSAGE);
    // …and knows how many it lacks.
    expect(received?.omittedSignals).toBe(50);
    forgetHandoff(5);
    expect(handoffOf(5)).toBeNull();
  });

  it('when the worker stopped half-way, asks again and takes the stored copy if it has more, counting what is still missing', async () => {
    fakeBrowser.reset();
    const whole = analysis(SIGNALS_PER_MESSAGE * 5);
    const first = handOver(8, whole);
    // The service worker stopped: the handoff in its memory is gone; storage kept a 1,000-signal prefix.
    forgetHandoff(8);
    const stored: AnalysisResult = { ...whole, signals: whole.signals.slice(0, 1_000), omittedSignals: whole.signals.length - 1_000 };
    await setTabAnalysis(8, stored);
    answer = (msg) => (msg.type === 'reader:signals' ? signalsFrom(8, msg.handoff, msg.from) : null);
    const askAgain = vi.fn(async () => handOver(8, stored));
    const received = await receiveAnalysis(first, () => true, askAgain);
    expect(askAgain).toHaveBeenCalledTimes(1);
    expect(received?.signals).toEqual(whole.signals.slice(0, 1_000));
    expect(received?.omittedSignals).toBe(whole.signals.length - 1_000);
  });

  it('keeps what it has, with the count of the rest, when asking again brings no more', async () => {
    const whole = analysis(SIGNALS_PER_MESSAGE * 2);
    const first = handOver(9, whole);
    forgetHandoff(9);
    answer = (msg) => signalsFrom(9, msg.handoff, msg.from);
    const received = await receiveAnalysis(first, () => true, async () => null);
    expect(received?.signals).toHaveLength(SIGNALS_PER_MESSAGE);
    expect(received?.omittedSignals).toBe(SIGNALS_PER_MESSAGE);
  });

  it('stops asking when the reader is gone, and refuses what is not a reply', async () => {
    sent.length = 0;
    const reply = handOver(6, analysis(SIGNALS_PER_MESSAGE * 3));
    expect((await receiveAnalysis(reply, () => false))?.signals).toHaveLength(SIGNALS_PER_MESSAGE);
    expect(sent).toEqual([]);
    expect(await receiveAnalysis({ ok: true, result: {} }, () => true)).toBeNull();
    expect(await receiveAnalysis(null, () => true)).toBeNull();
  });

  it('is dropped with the tab’s stored analysis (navigation, tab closed, a new analysis)', async () => {
    fakeBrowser.reset();
    handOver(7, analysis(SIGNALS_PER_MESSAGE + 1));
    await setTabAnalysis(7, null);
    expect(handoffOf(7)).toBeNull();
    const next = analysis(SIGNALS_PER_MESSAGE + 2);
    handOver(7, analysis(SIGNALS_PER_MESSAGE + 1));
    await setTabAnalysis(7, next);
    expect(handoffOf(7)).toBeNull();
  });
});

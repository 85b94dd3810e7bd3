// The bench's attribution of main-thread time (scripts/bench/trace-analysis.ts) on a hand-made
// trace: a gate evaluation, a reader evaluation plus a callback inside one long task, a task that
// only the profiler ties to the reader (a microtask continuation), page work that is not the
// extension's, and the profile samples that go with them. Timestamps are in µs, as Chrome writes them.
import { describe, expect, it } from 'vitest';
import { analyzePageTrace } from '../../../scripts/bench/trace-analysis';
import type { TraceEvent } from '../../../scripts/bench/trace-events';

const ID = 'abcdefghijklmnopabcdefghijklmnop';
const EXT = `chrome-extension://${ID}`;
const main = { pid: 1, tid: 10 };
const x = (name: string, ts: number, dur: number, url?: string): TraceEvent => ({ name, ph: 'X', ...main, ts, dur, args: url ? { data: { url } } : {} });

/** A V8 profile of the main thread: nodes (root, idle, page code, gate code, reader code) and samples every 100 µs. */
function profile(samples: [number, number][]): TraceEvent[] {
  const nodes = [
    { id: 1, callFrame: { functionName: '(root)' } },
    { id: 2, parent: 1, callFrame: { functionName: '(idle)' } },
    { id: 3, parent: 1, callFrame: { functionName: 'pageCode', url: 'http://news.example/app.js' } },
    { id: 4, parent: 1, callFrame: { functionName: 'main', url: `${EXT}/gate.js` } },
    { id: 5, parent: 1, callFrame: { functionName: 'show', url: `${EXT}/content-scripts/reader.js` } },
    { id: 6, parent: 5, callFrame: { functionName: 'anchorAll', url: `${EXT}/content-scripts/reader.js` } },
  ];
  const start = samples[0]![0] - 100;
  let last = start;
  const deltas = samples.map(([ts]) => {
    const d = ts - last;
    last = ts;
    return d;
  });
  return [
    { name: 'Profile', ph: 'P', ...main, ts: start, id: '0x1', args: { data: { startTime: start } } },
    { name: 'ProfileChunk', ph: 'P', pid: 1, tid: 99, ts: start + 1, id: '0x1', args: { data: { cpuProfile: { nodes, samples: samples.map(([, node]) => node) }, timeDeltas: deltas } } },
  ];
}

const range = (from: number, to: number, node: number): [number, number][] => {
  const out: [number, number][] = [];
  for (let t = from; t < to; t += 100) out.push([t, node]);
  return out;
};

const events: TraceEvent[] = [
  { name: 'lodestone-bench-origin', ph: 'R', ...main, ts: 500 },
  // Task 1 (3 ms): the gate evaluates in 2 ms, compile 0.5 ms of it.
  x('RunTask', 1_000, 3_000),
  x('EvaluateScript', 1_500, 2_000, `${EXT}/gate.js`),
  x('v8.compile', 1_500, 500, `${EXT}/gate.js`),
  // Task 2 (60 ms): the reader evaluates (40 ms) then a callback (10 ms), with a layout forced inside.
  x('RunTask', 10_000, 60_000),
  x('EvaluateScript', 10_000, 40_000, `${EXT}/content-scripts/reader.js`),
  x('v8.compile', 10_000, 8_000, `${EXT}/content-scripts/reader.js`),
  x('FunctionCall', 55_000, 10_000, `${EXT}/content-scripts/reader.js`),
  x('Layout', 56_000, 2_000),
  // Task 3 (80 ms): microtasks only, the reader's continuation for the first 55 ms, then page code.
  x('RunTask', 100_000, 80_000),
  x('RunMicrotasks', 100_000, 80_000),
  // Task 4 (70 ms): the page's own script.
  x('RunTask', 200_000, 70_000),
  x('FunctionCall', 200_000, 70_000, 'http://news.example/app.js'),
  { name: 'lodestone-bench-painted', ph: 'R', ...main, ts: 300_000 },
  // The extension's service worker, elsewhere: never the page's time.
  { name: 'FunctionCall', ph: 'X', pid: 2, tid: 20, ts: 5_000, dur: 4_000, args: { data: { url: `${EXT}/background.js` } } },
];

describe('analyzePageTrace', () => {
  it('tells the gate’s long task from the reader’s (its serialization of a huge page, before it was sliced)', () => {
    const gateTask = [x('RunTask', 400_000, 95_000), x('FunctionCall', 400_000, 92_000, `${EXT}/gate.js`)];
    const t = analyzePageTrace([...events, ...gateTask], ID);
    expect(t.longTasksWithExtension).toContainEqual({ taskMs: 95, extensionMs: 92, sampledOnly: false, gateMs: 92 });
    expect(t.heaviestTask).toEqual({ taskMs: 95, extensionMs: 92, sampledOnly: false, gateMs: 92 });
  });

  it('counts the exact spans of the content scripts on the main thread, without a profile', () => {
    const t = analyzePageTrace(events, ID);
    expect(t.spanMs).toEqual({ gate: 2, reader: 50 });
    expect(t.sampledMs).toEqual({ gate: 0, reader: 0 });
    expect(t.evaluateMs).toEqual({ gate: 2, reader: 40 });
    expect(t.breakdown.gate.compileMs).toBe(0.5);
    expect(t.breakdown.reader).toEqual({ compileMs: 8, layoutMs: 2, gcMs: 0 });
    // Only task 2 is both long and holds extension work; the page's 70 ms task is not counted.
    expect(t.longTasksWithExtension).toEqual([{ taskMs: 60, extensionMs: 50, sampledOnly: false, gateMs: 0 }]);
    expect(t.heaviestTask).toEqual({ taskMs: 60, extensionMs: 50, sampledOnly: false, gateMs: 0 });
    expect(t.offThreadMs).toBeNull();
    expect(t.at).toMatchObject({ origin: 500, gateStart: 1_500, gateEnd: 3_500, readerStart: 10_000, painted: 300_000 });
  });

  it('adds the profiled time outside those spans (microtasks), once, and finds the task only the profiler sees', () => {
    const samples = [
      ...range(1_500, 3_500, 4), // inside the gate's span: already counted
      ...range(10_000, 50_000, 6), // inside the reader's evaluation: already counted
      ...range(100_000, 155_000, 6), // the reader's continuation: 55 ms more
      ...range(155_000, 180_000, 3), // page microtasks in the same task
      ...range(180_000, 200_000, 2),
      ...range(200_000, 270_000, 3),
    ];
    const t = analyzePageTrace([...events, ...profile(samples)], ID);
    expect(t.sampledMs.gate).toBe(0);
    expect(t.sampledMs.reader).toBeCloseTo(55, 5);
    expect(t.sampleIntervalUs).toBe(100);
    expect(t.longTasksWithExtension).toContainEqual({ taskMs: 80, extensionMs: expect.closeTo(55, 5), sampledOnly: true, gateMs: 0 });
    expect(t.heaviestTask).toMatchObject({ taskMs: 80, sampledOnly: true });
    expect(t.offThreadMs).toEqual({ serviceWorker: 0, offscreen: 0 });
  });

  it('counts the reader UI script (reader-ui.js, injected later) as reader time on the page', () => {
    const withUi = [...events, x('RunTask', 280_000, 12_000), x('EvaluateScript', 280_000, 12_000, `${EXT}/reader-ui.js`)];
    const t = analyzePageTrace(withUi, ID);
    expect(t.spanMs).toEqual({ gate: 2, reader: 62 });
    expect(t.evaluateMs.reader).toBe(52);
    expect(t.at.readerStart).toBe(10_000);
  });

  it('reports nothing for a trace without the page (no gate, no origin mark)', () => {
    const t = analyzePageTrace([x('RunTask', 0, 100_000)], ID);
    expect(t.spanMs).toEqual({ gate: 0, reader: 0 });
    expect(t.heaviestTask).toBeNull();
  });
});

import type { ProfileNode, TraceEvent } from './trace-events';

type Interval = [number, number];

/** Which part of the extension a script URL belongs to. */
export type ExtensionPart = 'gate' | 'reader' | 'service-worker' | 'offscreen';
type ContentPart = 'gate' | 'reader';

function partOf(url: string, prefix: string): ExtensionPart | null {
  if (!url.startsWith(prefix)) return null;
  const path = url.slice(prefix.length);
  if (path === 'gate.js') return 'gate';
  // The reader's UI script (React: banner, card, notices) runs on the page as part of the reader.
  if (path.includes('content-scripts/reader') || path === 'reader-ui.js') return 'reader';
  if (path.startsWith('background')) return 'service-worker';
  return 'offscreen';
}

interface Sample {
  ts: number;
  /** Time until the next sample, capped: the sample stands for that much of the thread's time. */
  weight: number;
  part: ExtensionPart | null;
  idle: boolean;
}

interface ThreadProfile {
  pid: number;
  tid: number;
  samples: Sample[];
}

/** Longest time one sample may stand for (the profiler samples every ~0.1–0.2 ms). */
const MAX_SAMPLE_WEIGHT_US = 1_000;

/** Rebuilds the V8 sampling profiles (Profile + ProfileChunk events) of every thread in the trace. */
function profiles(events: readonly TraceEvent[], prefix: string): ThreadProfile[] {
  const byId = new Map<string, { pid: number; tid: number; start: number; chunks: TraceEvent[] }>();
  for (const e of events) {
    if (e.name !== 'Profile' && e.name !== 'ProfileChunk') continue;
    const key = `${e.pid}:${e.id}`;
    let p = byId.get(key);
    if (!p) byId.set(key, (p = { pid: e.pid, tid: e.tid, start: Number.NaN, chunks: [] }));
    if (e.name === 'Profile') {
      p.tid = e.tid;
      p.start = e.args?.data?.startTime ?? e.ts;
    } else p.chunks.push(e);
  }
  const out: ThreadProfile[] = [];
  for (const p of byId.values()) {
    if (!Number.isFinite(p.start)) continue;
    const nodes = new Map<number, ProfileNode>();
    const ids: number[] = [];
    const deltas: number[] = [];
    for (const c of p.chunks.sort((a, b) => a.ts - b.ts)) {
      for (const n of c.args?.data?.cpuProfile?.nodes ?? []) nodes.set(n.id, n);
      ids.push(...(c.args?.data?.cpuProfile?.samples ?? []));
      deltas.push(...(c.args?.data?.timeDeltas ?? []));
    }
    const partCache = new Map<number, ExtensionPart | null>();
    const part = (id: number): ExtensionPart | null => {
      const cached = partCache.get(id);
      if (cached !== undefined) return cached;
      const node = nodes.get(id);
      const own = node?.callFrame.url ? partOf(node.callFrame.url, prefix) : null;
      const found = own ?? (node?.parent !== undefined ? part(node.parent) : null);
      partCache.set(id, found);
      return found;
    };
    const samples: Sample[] = [];
    let ts = p.start;
    for (let i = 0; i < ids.length; i += 1) {
      ts += deltas[i] ?? 0;
      const next = deltas[i + 1] ?? 0;
      const fn = nodes.get(ids[i]!)?.callFrame.functionName;
      samples.push({ ts, weight: Math.min(Math.max(next, 0), MAX_SAMPLE_WEIGHT_US), part: part(ids[i]!), idle: fn === '(idle)' });
    }
    out.push({ pid: p.pid, tid: p.tid, samples });
  }
  return out;
}

function union(intervals: Interval[]): Interval[] {
  const sorted = [...intervals].sort((a, b) => a[0] - b[0]);
  const out: Interval[] = [];
  for (const [s, e] of sorted) {
    const last = out[out.length - 1];
    if (last && s <= last[1]) last[1] = Math.max(last[1], e);
    else out.push([s, e]);
  }
  return out;
}

function inside(sorted: Interval[], t: number): boolean {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const [s, e] = sorted[mid]!;
    if (t < s) hi = mid - 1;
    else if (t > e) lo = mid + 1;
    else return true;
  }
  return false;
}

function overlap(sorted: Interval[], s: number, e: number): number {
  let total = 0;
  for (const [a, b] of sorted) {
    if (b <= s) continue;
    if (a >= e) break;
    total += Math.min(b, e) - Math.max(a, s);
  }
  return total;
}

export interface TaskCost {
  /** The main-thread task (RunTask) in ms. */
  taskMs: number;
  /** The extension's share of it in ms (event spans + samples outside them). */
  extensionMs: number;
  /** True when only profiler samples (no extension event) put the extension in this task: a microtask continuation. */
  sampledOnly: boolean;
  /** The gate's share of extensionMs (the rest is the reader's): tells the gate's serialization from the reader's start. */
  gateMs?: number;
}

/** Time inside a content script's spans spent in engine and rendering work rather than its own JS. */
export interface SpanBreakdown {
  compileMs: number;
  layoutMs: number;
  gcMs: number;
}

export interface PageTrace {
  /** Exact spans of the trace events naming the content script on the page's main thread (ms). */
  spanMs: Record<ContentPart, number>;
  /** Profiler samples with the script on the stack outside those spans (0 in a trace without the profiler). */
  sampledMs: Record<ContentPart, number>;
  /** Script evaluation alone (compile + top-level run), ms; null when the script never ran. */
  evaluateMs: Record<ContentPart, number | null>;
  breakdown: Record<ContentPart, SpanBreakdown>;
  /** The task with the most extension work, and every task over 50 ms that holds extension work. */
  heaviestTask: TaskCost | null;
  longTasksWithExtension: TaskCost[];
  /** Extension time on its own threads (service worker, offscreen document) from the gate to the paint, ms; null without the profiler. */
  offThreadMs: { serviceWorker: number; offscreen: number } | null;
  /** Trace timestamps (µs) of the milestones, null when absent. */
  at: { origin: number | null; gateStart: number | null; gateEnd: number | null; readerStart: number | null; painted: number | null };
  /** Sampling interval of the profiler on the main thread (median, µs); NaN without the profiler. */
  sampleIntervalUs: number;
}

const SCRIPT_EVENTS = new Set(['EvaluateScript', 'FunctionCall', 'v8.compile', 'v8.run']);
const LAYOUT_EVENTS = new Set(['Layout', 'UpdateLayoutTree', 'RecalculateStyles']);
const GC_EVENTS = new Set(['MinorGC', 'MajorGC', 'V8.GC_SCAVENGER', 'V8.GC_MARK_COMPACTOR']);

/**
 * The extension's cost on one page, from a trace of the visit. The page's main thread is the one
 * that ran the gate (or, failing that, the one holding the bench's origin mark). Extension time is
 * the exact spans of the events that name an extension script there (EvaluateScript: compile and
 * top-level run; FunctionCall: listeners, timers, message replies), plus, when the trace has the
 * sampling profiler, the samples with an extension frame on the stack outside those spans.
 */
export function analyzePageTrace(events: readonly TraceEvent[], extensionId: string): PageTrace {
  const prefix = `chrome-extension://${extensionId}/`;
  const urlOf = (e: TraceEvent) => e.args?.data?.url ?? e.args?.fileName ?? '';
  const gateEval = events.find((e) => e.name === 'EvaluateScript' && e.ph === 'X' && partOf(urlOf(e), prefix) === 'gate');
  const origin = events.find((e) => e.name === 'lodestone-bench-origin');
  const painted = events.find((e) => e.name === 'lodestone-bench-painted');
  const main = gateEval ?? origin;
  const zero = { gate: 0, reader: 0 };
  const noBreakdown = { compileMs: 0, layoutMs: 0, gcMs: 0 };
  const at = { origin: origin?.ts ?? null, gateStart: gateEval?.ts ?? null, gateEnd: gateEval ? gateEval.ts + gateEval.dur! : null, readerStart: null as number | null, painted: painted?.ts ?? null };
  if (!main) {
    return { spanMs: zero, sampledMs: zero, evaluateMs: { gate: null, reader: null }, breakdown: { gate: noBreakdown, reader: noBreakdown }, heaviestTask: null, longTasksWithExtension: [], offThreadMs: null, at, sampleIntervalUs: Number.NaN };
  }
  const onMain = events.filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === 'X' && e.dur !== undefined);
  const raw: Record<ContentPart, Interval[]> = { gate: [], reader: [] };
  const evaluate: Record<ContentPart, number | null> = { gate: null, reader: null };
  for (const e of onMain) {
    if (!SCRIPT_EVENTS.has(e.name)) continue;
    const part = partOf(urlOf(e), prefix);
    if (part !== 'gate' && part !== 'reader') continue;
    raw[part].push([e.ts, e.ts + e.dur!]);
    if (e.name === 'EvaluateScript') {
      evaluate[part] = (evaluate[part] ?? 0) + e.dur! / 1000;
      if (part === 'reader' && at.readerStart === null) at.readerStart = e.ts;
    }
  }
  const spans = { gate: union(raw.gate), reader: union(raw.reader) };
  const allSpans = union([...spans.gate, ...spans.reader]);
  const spanTime = (xs: Interval[]) => xs.reduce((n, [s, e]) => n + e - s, 0);

  const breakdownOf = (xs: Interval[]): SpanBreakdown => {
    const sum = (names: Set<string>) => onMain.filter((e) => names.has(e.name) && inside(xs, e.ts)).reduce((n, e) => n + e.dur!, 0) / 1000;
    return {
      compileMs: onMain.filter((e) => e.name === 'v8.compile' && partOf(urlOf(e), prefix) !== null && inside(xs, e.ts)).reduce((n, e) => n + e.dur!, 0) / 1000,
      layoutMs: sum(LAYOUT_EVENTS),
      gcMs: sum(GC_EVENTS),
    };
  };

  const threads = profiles(events, prefix);
  const mainSamples = threads.filter((t) => t.pid === main.pid && t.tid === main.tid).flatMap((t) => t.samples);
  const extra = mainSamples.filter((s) => (s.part === 'gate' || s.part === 'reader') && !inside(allSpans, s.ts));
  const sampled = (part: ContentPart) => extra.filter((s) => s.part === part).reduce((n, s) => n + s.weight, 0) / 1000;

  const costs: TaskCost[] = onMain
    .filter((e) => e.name === 'RunTask')
    .map((t) => {
      const end = t.ts + t.dur!;
      const spanPart = overlap(allSpans, t.ts, end);
      const inTask = extra.filter((s) => s.ts >= t.ts && s.ts <= end);
      const samplePart = inTask.reduce((n, s) => n + s.weight, 0);
      const gatePart = overlap(spans.gate, t.ts, end) + inTask.filter((s) => s.part === 'gate').reduce((n, s) => n + s.weight, 0);
      return { taskMs: t.dur! / 1000, extensionMs: (spanPart + samplePart) / 1000, sampledOnly: spanPart === 0 && samplePart > 0, gateMs: gatePart / 1000 };
    });
  const withExtension = costs.filter((c) => c.extensionMs > 0);
  const heaviestTask = withExtension.reduce<TaskCost | null>((best, c) => (!best || c.extensionMs > best.extensionMs ? c : best), null);

  // The extension's own threads, the service worker (background.js) and the offscreen document,
  // from the profiler's samples (their message handlers leave no URL-carrying trace event).
  let offThreadMs: PageTrace['offThreadMs'] = null;
  if (threads.length > 0) {
    const from = gateEval?.ts ?? origin?.ts ?? 0;
    const to = painted?.ts ?? Number.POSITIVE_INFINITY;
    offThreadMs = { serviceWorker: 0, offscreen: 0 };
    for (const t of threads) {
      if (t.pid === main.pid && t.tid === main.tid) continue;
      for (const x of t.samples) {
        if (x.idle || x.ts < from || x.ts > to) continue;
        if (x.part === 'service-worker') offThreadMs.serviceWorker += x.weight / 1000;
        else if (x.part === 'offscreen') offThreadMs.offscreen += x.weight / 1000;
      }
    }
  }
  const deltas = mainSamples
    .slice(1)
    .map((s, i) => s.ts - mainSamples[i]!.ts)
    .sort((a, b) => a - b);
  return {
    spanMs: { gate: spanTime(spans.gate) / 1000, reader: spanTime(spans.reader) / 1000 },
    sampledMs: { gate: sampled('gate'), reader: sampled('reader') },
    evaluateMs: evaluate,
    breakdown: { gate: breakdownOf(spans.gate), reader: breakdownOf(spans.reader) },
    heaviestTask,
    longTasksWithExtension: withExtension.filter((c) => c.taskMs > 50),
    offThreadMs,
    at,
    sampleIntervalUs: deltas[deltas.length >> 1] ?? Number.NaN,
  };
}

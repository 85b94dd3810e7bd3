import type { AnchoringTiming } from './anchoring-entry';
import type { PageGroup } from './bench-pages';
import type { NavigationRun } from './navigation-memory';
import type { SpanBreakdown, TaskCost } from './trace-analysis';

export interface LongTasks {
  count: number;
  totalMs: number;
  maxMs: number;
}

/** Everything measured on one page, in one run (milliseconds, bytes, MB). */
export interface PageResult {
  id: string;
  group: PageGroup;
  bytes: number;
  /** The Node analyzer's view of the page (the CLI's code path). */
  analyzer: { isRareEarth: boolean; signals: number; parseMs: number; readabilityMs: number; analyzeMs: number };
  /** Whether the background injected the reader (its script ran in the page). */
  readerInjected: boolean;
  /** Highlights painted (ranges) and the reader's shadow-root hosts, after the visit. */
  highlights: number;
  shadowHosts: number;
  /** The gate's spans (compile, run, callbacks) on the page's main thread; compile/layout/GC inside them. */
  gate: { mainThreadMs: number; evaluateMs: number | null; breakdown: SpanBreakdown };
  /**
   * The reader: its event spans (from the visit without the profiler) plus its microtask
   * continuations (profiler samples outside those spans, from a second, profiled visit).
   */
  reader: { mainThreadMs: number; spanMs: number; microtaskMs: number; evaluateMs: number | null; breakdown: SpanBreakdown };
  /** gate + reader on the page's main thread. */
  extensionMs: number;
  /** The extension's work on its own threads (service worker, offscreen document) from the gate to the paint, from the profiled visit; null when not profiled. */
  offThreadMs: { serviceWorker: number; offscreen: number } | null;
  /** What the gate decides on this HTML, computed in Node with lib/gate (a candidate is serialized and analysed off the page). */
  gateCandidate: boolean | null;
  /** gate.js + reader.js when injected + the inserted ::highlight() stylesheet. */
  scriptBytes: { gate: number; reader: number; css: number; total: number };
  longTasks: { withExtension: LongTasks; without: LongTasks };
  /** The task holding the most extension work, and the tasks over 50 ms that hold any. */
  heaviestExtensionTask: TaskCost | null;
  longTasksWithExtension: TaskCost[];
  /** From the end of the load event (the page is idle: all subresources are local) to the first frame with a highlight. */
  idleToPaintedMs: number | null;
  /** Where that time went, from the trace: load end → gate start, gate → reader start (analysis off the page), reader → painted. */
  paintBreakdownMs: { idleToGate: number; gateToReader: number; readerToPainted: number } | null;
  readability: { parseMs: number; cloneMs: number; parseMsUntraced: number; textLength: number };
  /** extensionMs / readability.parseMs */
  ratio: number;
  anchoring: AnchoringTiming | null;
  anchoring200: AnchoringTiming | null;
  heapMB: { withExtension: number; without: number; delta: number };
  /**
   * Requests the server saw in each browser (their difference is the page's own variation: lazy
   * images, favicon timing), and those made by the extension: initiated by an extension script in
   * the tab (CDP initiator) or sent from an extension page (Origin/Referer chrome-extension://).
   */
  requests: { withExtension: number; without: number; byExtension: string[] };
  /** The profiler's sampling interval on the page's main thread (µs): the resolution of the sampled part. */
  sampleIntervalUs: number;
  errors: string[];
}

export interface ThroughputSummary {
  group: string;
  pages: number;
  megabytes: number;
  parseMs: number;
  readabilityMs: number;
  analyzeMs: number;
  medianAnalyzeMs: number;
  medianReadabilityMs: number;
  worst: { id: string; analyzeMs: number; readabilityMs: number };
}

export interface LibraryBench {
  ran: boolean;
  note: string;
  output: string;
  firstRenderMs: number | null;
  filterMs: number | null;
  searchMs: number | null;
}

export interface TrendsBench {
  ran: boolean;
  note: string;
  /** scripts/bench-trends.ts's output, as printed. */
  output: string;
}

export interface MemoryResult {
  withExtension: NavigationRun[];
  without: NavigationRun[];
}

export interface BenchEnvironment {
  date: string;
  commit: string;
  machine: string;
  node: string;
  chromium: string;
  extension: { gateBytes: number; readerBytes: number };
  pages: Record<string, number>;
  durationS: number;
  /** The machine's 1-minute load average when the run started and ended (other work skews timings). */
  loadAverage: { start: number; end: number };
}

export interface BenchResult {
  environment: BenchEnvironment;
  pages: PageResult[];
  throughput: ThroughputSummary[];
  memory: MemoryResult | null;
  library: LibraryBench | null;
  /** Absent in results from before Trends. */
  trends?: TrendsBench | null;
}

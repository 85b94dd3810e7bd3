/** The Chrome trace event fields the bench reads (Tracing.dataCollected, JSON trace format). */
export interface TraceEvent {
  name: string;
  cat?: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  id?: string;
  args?: {
    data?: {
      url?: string;
      startTime?: number;
      cpuProfile?: { nodes?: ProfileNode[]; samples?: number[] };
      timeDeltas?: number[];
    };
    fileName?: string;
  };
}

export interface ProfileNode {
  id: number;
  parent?: number;
  callFrame: { functionName: string; url?: string };
}

/**
 * The categories recorded for every visit with the extension. `devtools.timeline` gives script
 * evaluation and callbacks with their script URL (EvaluateScript, FunctionCall), layout and GC;
 * `disabled-by-default-devtools.timeline` the main thread's tasks as DevTools shows them (RunTask);
 * `v8.execute` compile and run; `blink.user_timing` the bench's own performance marks, which tie
 * the page's clock to the trace's. No sampling profiler here: it slows compilation (measured on
 * the gate: median 5.3 → 8.1 ms over 12 loads), so it has a visit of its own (PROFILE_CATEGORIES).
 */
export const TRACE_CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute', 'blink.user_timing', 'toplevel'];

/**
 * A second visit of each page the reader is injected into, with V8's sampling profiler on: its
 * samples with an extension frame on the stack attribute the time no URL-carrying event covers
 * (promise continuations: the reader's code after each `await` runs as a microtask), and show the
 * extension's work on its own threads (service worker, offscreen document).
 */
export const PROFILE_CATEGORIES = [...TRACE_CATEGORIES, 'disabled-by-default-v8.cpu_profiler'];

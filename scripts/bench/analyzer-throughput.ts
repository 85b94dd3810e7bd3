import { Readability } from '@mozilla/readability';
import { NodeFilter as LinkedomNodeFilter } from 'linkedom';
import type { AnalysisResult } from '../../lib/analysis-result';
import { analyzeDocument } from '../../lib/analyze-page';
import { decodeHtml } from '../../lib/eval/decode-html';
import { readGateSample } from '../../lib/gate/gate-sample';
import { scoreGate } from '../../lib/gate/gate-score';
import { parseHtml } from '../analyze';
import { type BenchPage, pageBytes, url } from './bench-pages';

export interface AnalyzerTiming {
  id: string;
  bytes: number;
  /** Bytes → text (charset sniffing, as the CLI reads files) and linkedom's parse. */
  parseMs: number;
  /** decode + parse + Readability alone (default options). */
  readabilityMs: number;
  /** decode + parse + analyzeDocument (Readability inside, then topic, signals, sources): the CLI's work per page. */
  analyzeMs: number;
  result: AnalysisResult | null;
  /** lib/gate's decision on this HTML (the always-on gate's), null when it could not run here. */
  gateCandidate: boolean | null;
  error: string | null;
}

function parse(bytes: Uint8Array): Document {
  return parseHtml(decodeHtml(bytes).text);
}

function timed<T>(fn: () => T): { ms: number; value: T } {
  const t0 = performance.now();
  const value = fn();
  return { ms: performance.now() - t0, value };
}

/**
 * lib/gate in Node: its sample reader walks the DOM with a TreeWalker and names NodeFilter's
 * constants through the global, which Node lacks; linkedom provides both.
 */
function gateDecision(doc: Document, pageUrl: string): boolean | null {
  const g = globalThis as { NodeFilter?: unknown };
  g.NodeFilter ??= LinkedomNodeFilter;
  try {
    return scoreGate(readGateSample(doc, pageUrl)).candidate;
  } catch {
    return null;
  }
}

function measure(page: BenchPage, bytes: Uint8Array): AnalyzerTiming {
  const parsed = timed(() => parse(bytes));
  const gateCandidate = gateDecision(parsed.value, url(page));
  const readability = timed(() => new Readability(parse(bytes)).parse());
  try {
    const analyzed = timed(() => analyzeDocument(parse(bytes), url(page)));
    return { id: page.id, bytes: bytes.length, parseMs: parsed.ms, readabilityMs: readability.ms, analyzeMs: analyzed.ms, result: analyzed.value, gateCandidate, error: null };
  } catch (e) {
    return { id: page.id, bytes: bytes.length, parseMs: parsed.ms, readabilityMs: readability.ms, analyzeMs: Number.NaN, result: null, gateCandidate, error: String(e) };
  }
}

/**
 * The analyzer's throughput in Node (linkedom, as `npm run analyze` runs it) next to Readability
 * alone, in the same process, page by page: each page is parsed alone, then through Readability,
 * then through the whole analysis, so all three see the same JIT and heap state. The first pages
 * are run once beforehand to warm the JIT (a CLI run over a folder is warm after its first pages).
 * The analyses are kept: the browser run waits for highlights where the analyzer found a rare-earth
 * article, and anchoring is timed on the quotes it found.
 */
export function analyzerThroughput(pages: readonly BenchPage[], onPage?: (t: AnalyzerTiming, i: number) => void): AnalyzerTiming[] {
  for (const page of pages.filter((p) => p.group !== 'generated').slice(0, 5)) measure(page, pageBytes(page));
  return pages.map((page, i) => {
    const t = measure(page, pageBytes(page));
    onPage?.(t, i);
    return t;
  });
}

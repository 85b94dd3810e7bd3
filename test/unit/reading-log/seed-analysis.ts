import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { JSDOM } from 'jsdom';
import type { AnalysisResult } from '../../../lib/analysis-result';
import { analyzeDocument } from '../../../lib/analyze-page';

const fixture = (name: string) => fileURLToPath(new URL(`../../fixtures/${name}`, import.meta.url));
export const SEED_URL = (JSON.parse(readFileSync(fixture('seed-article.expected.json'), 'utf8')) as { url: string }).url;

/** The engine's real analysis of the seed article (a rare-earth article relaying a state-affiliated source). */
export function seedAnalysis(): AnalysisResult {
  const doc = new JSDOM(readFileSync(fixture('seed-article.html'), 'utf8'), { url: SEED_URL }).window.document;
  return analyzeDocument(doc, SEED_URL);
}

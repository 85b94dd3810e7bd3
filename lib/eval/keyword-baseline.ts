import type { Category } from '../analysis-result';
import type { ArticleText } from '../analysis/article-text';
import { segmentSentences } from '../analysis/segment-sentences';
import type { Detection } from './match-labels';

/**
 * The plain keyword baseline the engine is compared with (issue 3, item 7): a page is on topic
 * when its extracted text says "rare earth" (or "rare-earth"), and then every body sentence that
 * contains one of a short fixed list of cue words is a signal, of the category that cue suggests.
 * It reads the same extracted article and the same sentence segmentation as the engine, so the
 * comparison is about judgement, not extraction. Deliberately simple: no negatives, no context.
 */
const TOPIC = /rare[\s-]+earth/i;

/** Cue word (as a word prefix, case-insensitive) → the category it suggests. */
export const BASELINE_CUES: readonly (readonly [string, Category])[] = [
  ['export', 'export-control'],
  ['licen', 'export-control'],
  ['quota', 'trade-policy'],
  ['tariff', 'trade-policy'],
  ['price', 'pricing'],
  ['inventor', 'inventory'],
  ['stockpil', 'inventory'],
  ['shortage', 'supply-disruption'],
  ['output', 'supply-expansion'],
  ['production', 'supply-expansion'],
  ['capacity', 'supply-expansion'],
  ['share', 'market-concentration'],
  ['dominan', 'market-concentration'],
  ['demand', 'demand'],
  ['deal', 'investment-deal'],
  ['invest', 'investment-deal'],
  ['risk', 'risk-governance'],
];

const CUE_PATTERN = new RegExp(`\\b(${BASELINE_CUES.map(([w]) => w).join('|')})`, 'i');

export function baselineTopic(article: ArticleText | null): boolean {
  if (!article) return false;
  return TOPIC.test(article.meta.title ?? '') || article.blocks.some((b) => TOPIC.test(b.text));
}

/** The category of a sentence's first cue word, or null when it has none. */
export function baselineCategory(sentence: string): Category | null {
  const m = CUE_PATTERN.exec(sentence);
  if (!m?.[1]) return null;
  const word = m[1].toLowerCase();
  return BASELINE_CUES.find(([cue]) => word === cue)?.[1] ?? null;
}

/** Body sentences (headings and captions are not body) with a cue word, on an on-topic page. */
export function baselineSignals(article: ArticleText | null): Detection[] {
  if (!article || !baselineTopic(article)) return [];
  const out: Detection[] = [];
  for (const block of article.blocks) {
    if (block.kind === 'heading' || block.kind === 'caption') continue;
    for (const sentence of segmentSentences(block.text, article.meta.lang ?? undefined)) {
      const category = baselineCategory(sentence.text);
      if (category) out.push({ text: sentence.text, category });
    }
  }
  return out;
}

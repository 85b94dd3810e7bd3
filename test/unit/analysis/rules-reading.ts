import { describe, expect, it } from 'vitest';
import type { Category, Topic } from '../../../lib/analysis-result';
import { sentenceRecords } from '../../../lib/analysis/detect-signals';
import { articleOf } from './article-of';

/**
 * The rules' reading of one sentence on a rare-earth page, shared by the cue tests
 * (cue-families, cue-paradigms, policy-paradigms): whether the engine then shows the sentence is
 * the signal model's decision, tested in detect-signals.test.ts and new-kinds.test.ts.
 */
export const ON_TOPIC: Topic = { isRareEarth: true, score: 0.9, evidence: ['rare earths'] };

/** The category the rules read the sentence in when they take it as a signal, else null. */
export function rulesCategory(sentence: string): Category | null {
  const [record] = sentenceRecords(articleOf([sentence]), ON_TOPIC);
  return record?.rule && record.verdict ? record.verdict.category : null;
}

export type Paradigms = Record<string, { category: Category; sentences: string[] }>;

/**
 * One suite per paradigm: at least two differently worded sentences (a piece of the field's
 * language, not a copy of one labelled sentence), each read in the paradigm's category.
 */
export function describeParadigms(kind: string, paradigms: Paradigms): void {
  describe.each(Object.entries(paradigms))(`${kind}: %s`, (_name, { category, sentences }) => {
    it('has at least two sentences', () => {
      expect(sentences.length).toBeGreaterThanOrEqual(2);
    });
    it.each(sentences)(`"%s" → ${category}`, (sentence) => {
      expect(rulesCategory(sentence)).toBe(category);
    });
  });
}

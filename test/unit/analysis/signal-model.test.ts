import * as z from 'zod/mini';
import { describe, expect, it } from 'vitest';
import { CATEGORIES } from '../../../lib/analysis-result';
import { BASE_FEATURES, CONTEXT_FEATURES, LEXICAL_BUCKETS, lexicalFeatures } from '../../../lib/analysis/signal-features';
import { confidenceOf, SIGNAL_MODEL } from '../../../lib/analysis/signal-model';
import { CATEGORY_CONTEXT_FEATURES } from '../../../lib/analysis/category-context';

/** The signal model is data (lib/analysis/signal-model.json, written by `npm run train`): checked here. */
const Linear = (length: number, lexical: boolean) =>
  z.object({
    bias: z.number(),
    weights: z.array(z.number()).check(z.length(length)),
    lexical: lexical ? z.array(z.number()).check(z.length(LEXICAL_BUCKETS)) : z.optional(z.array(z.number()).check(z.length(LEXICAL_BUCKETS))),
  });
const Probability = z.number().check(z.gt(0), z.lt(1));
const Model = z.object({
  about: z.string().check(z.minLength(20)),
  baseFeatures: z.array(z.string()),
  contextFeatures: z.array(z.string()),
  categoryContextFeatures: z.array(z.string()),
  base: Linear(BASE_FEATURES.length, true),
  context: Linear(BASE_FEATURES.length + CONTEXT_FEATURES.length, true),
  category: z.array(Linear(BASE_FEATURES.length + CATEGORY_CONTEXT_FEATURES.length, false)).check(z.length(CATEGORIES.length)),
  threshold: Probability,
  ruleThreshold: Probability,
  familyThreshold: Probability,
  ruleCategoryStrength: z.number().check(z.gte(0)),
});

describe('signal-model.json', () => {
  it('has the shape the engine reads', () => {
    const parsed = Model.safeParse(SIGNAL_MODEL);
    expect(parsed.success, parsed.success ? '' : z.prettifyError(parsed.error)).toBe(true);
  });

  it('was trained on the features the engine computes, in the same order', () => {
    expect(SIGNAL_MODEL.baseFeatures).toEqual([...BASE_FEATURES]);
    expect(SIGNAL_MODEL.contextFeatures).toEqual([...CONTEXT_FEATURES]);
    expect(SIGNAL_MODEL.categoryContextFeatures).toEqual([...CATEGORY_CONTEXT_FEATURES]);
  });

  it('holds only finite weights', () => {
    const all = [SIGNAL_MODEL.base, SIGNAL_MODEL.context, ...SIGNAL_MODEL.category].flatMap((m) => [m.bias, ...m.weights, ...(m.lexical ?? [])]);
    expect(all.every(Number.isFinite)).toBe(true);
  });
});

describe('confidenceOf', () => {
  it('reads each decision threshold as 0.5 and is monotone', () => {
    expect(confidenceOf(SIGNAL_MODEL.threshold)).toBe(0.5);
    expect(confidenceOf(SIGNAL_MODEL.ruleThreshold, true)).toBe(0.5);
    expect(confidenceOf(SIGNAL_MODEL.familyThreshold, true, false)).toBe(0.5);
    let last = -1;
    for (let p = 0; p <= 1; p += 0.01) {
      const c = confidenceOf(p);
      expect(c).toBeGreaterThanOrEqual(last);
      last = c;
    }
    expect(confidenceOf(0)).toBe(0);
    expect(confidenceOf(1)).toBe(1);
  });
});

describe('lexicalFeatures', () => {
  it('hashes words by their first six letters, numbers as one token, and CJK by character pairs', () => {
    expect([...lexicalFeatures('Exports exported')]).toEqual([...lexicalFeatures('export')]);
    expect([...lexicalFeatures('rose 12%')]).toEqual([...lexicalFeatures('rose 3,400')]);
    expect(lexicalFeatures('稀土价格').length).toBe(3);
    for (const b of lexicalFeatures('Rare earth prices rose sharply in Baotou.')) expect(b).toBeLessThan(LEXICAL_BUCKETS);
  });
});

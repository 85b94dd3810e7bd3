import { CATEGORIES, type Category } from '../analysis-result';
import MODEL from './signal-model.json';

/**
 * The signal model: two logistic regressions and a softmax over the features of
 * signal-features.ts, trained by `npm run train` (scripts/realnews/train-signal-model.ts) on the
 * dev split of the labelled real news (never on the kept-out split). The first reads a sentence
 * alone; the second adds its neighbours' first-pass probabilities, so a follow-up inherits the
 * signal it continues. The weights are data (signal-model.json, validated in
 * test/unit/analysis/signal-model.test.ts).
 */

export interface LinearModel {
  bias: number;
  weights: readonly number[];
  /** Weights of the hashed word buckets (signal-features.ts, lexicalFeatures), when the model reads words. */
  lexical?: readonly number[];
}

export interface SignalModel {
  about: string;
  baseFeatures: readonly string[];
  contextFeatures: readonly string[];
  /** What the category models read after the base features (category-context.ts). */
  categoryContextFeatures: readonly string[];
  base: LinearModel;
  context: LinearModel;
  /** One linear model per category, in CATEGORIES order (a softmax over their scores). */
  category: readonly LinearModel[];
  /** The probability at and above which a sentence is a signal on the model's word alone. */
  threshold: number;
  /** The probability at and above which a sentence the rules read as a signal stays one. */
  ruleThreshold: number;
  /** The same for a sentence beyond English that the family rule reads as a signal. */
  familyThreshold: number;
  /** The cue strength at and above which the rules' category is kept over the category model's. */
  ruleCategoryStrength: number;
}

export const SIGNAL_MODEL: SignalModel = MODEL as SignalModel;

/**
 * A model's weights as typed arrays, made once per model: the same numbers, read without the
 * `?? 0` of a possibly shorter JSON array (a weight beyond the array's end reads 0, as there).
 */
interface Compiled {
  bias: number;
  weights: Float64Array;
  lexical: Float64Array | null;
}

const compiled = new WeakMap<LinearModel, Compiled>();

function compiledOf(model: LinearModel): Compiled {
  let c = compiled.get(model);
  if (c === undefined) {
    c = { bias: model.bias, weights: Float64Array.from(model.weights), lexical: model.lexical ? Float64Array.from(model.lexical) : null };
    compiled.set(model, c);
  }
  return c;
}

function dot(model: LinearModel, x: ArrayLike<number>, words?: ArrayLike<number>, y?: ArrayLike<number>): number {
  const { bias, weights, lexical } = compiledOf(model);
  let z = bias;
  const n = x.length;
  const m = weights.length;
  for (let i = 0; i < n; i++) z += (i < m ? (weights[i] as number) : 0) * (x[i] as number);
  if (y) for (let i = 0; i < y.length; i++) z += (n + i < m ? (weights[n + i] as number) : 0) * (y[i] as number);
  if (words && lexical) for (let i = 0; i < words.length; i++) z += lexical[words[i] as number] ?? 0;
  return z;
}

export function sigmoid(z: number): number {
  return 1 / (1 + Math.exp(-z));
}

/** P(signal) from the sentence alone. */
export function baseProbability(x: ArrayLike<number>, words: ArrayLike<number>): number {
  return sigmoid(dot(SIGNAL_MODEL.base, x, words));
}

/** P(signal) from the sentence and its neighbours' base probabilities. */
export function contextProbability(x: ArrayLike<number>, words: ArrayLike<number>, context: ArrayLike<number>): number {
  return sigmoid(dot(SIGNAL_MODEL.context, x, words, context));
}

/** The most probable category of a sentence taken as a signal, given its neighbours' (category-context.ts). */
export function modelCategory(x: ArrayLike<number>, words: ArrayLike<number>, near: ArrayLike<number>): Category {
  let best = 0;
  let bestScore = -Infinity;
  const models = SIGNAL_MODEL.category;
  for (let i = 0; i < models.length; i++) {
    const score = dot(models[i] as LinearModel, x, words, near);
    if (score > bestScore) {
      best = i;
      bestScore = score;
    }
  }
  return CATEGORIES[best] as Category;
}

/**
 * The threshold that applies to a sentence: a sentence the cue rules read as a signal (lexicon.ts)
 * stays one unless the model finds it unlikely; beyond English the family rule's reading has its
 * own threshold; any other sentence needs the model's stronger one. Chosen out of fold by the trainer.
 */
function thresholdFor(rule: boolean, english: boolean): number {
  return !rule ? SIGNAL_MODEL.threshold : english ? SIGNAL_MODEL.ruleThreshold : SIGNAL_MODEL.familyThreshold;
}

/**
 * The reader-facing confidence: the probability rescaled so that the model's threshold reads 0.5,
 * the default sensitivity (lib/settings.ts); monotone, so a reader who asks for more confidence
 * gets the sentences the model is surer of.
 */
export function confidenceOf(probability: number, rule = false, english = true): number {
  const t = thresholdFor(rule, english);
  const c = probability < t ? (0.5 * probability) / t : 0.5 + (0.5 * (probability - t)) / (1 - t);
  return Math.round(Math.min(1, Math.max(0, c)) * 100) / 100;
}

import * as z from 'zod/mini';
import { Category } from '../analysis-result';

/**
 * The labels of one corpus page (`<slug>.expected.json`, test/fixtures/corpus/README.md), checked
 * where they enter the evaluation so that a typo in a label is an error naming the file, not a
 * silently wrong figure.
 */
export const SignalLabel = z.object({
  quote: z.string().check(z.trim(), z.minLength(1)),
  category: Category,
});
export type SignalLabel = z.infer<typeof SignalLabel>;

export const SPLITS = ['dev', 'holdout'] as const;
export type Split = (typeof SPLITS)[number];

export const CorpusLabels = z.object({
  about: z.string(),
  split: z.enum(SPLITS),
  lang: z.string(),
  style: z.string(),
  rareEarthArticle: z.boolean(),
  signals: z.array(SignalLabel),
  nonSignals: z.array(z.string().check(z.trim(), z.minLength(1))),
});
export type CorpusLabels = z.infer<typeof CorpusLabels>;

/** The styles the corpus README names; another value is reported, not rejected. */
export const STYLES = [
  'wire', 'trade-press', 'state-media', 'relay', 'analyst-note', 'listicle', 'machine-translated',
  'non-native', 'mojibake', 'non-english', 'negative',
] as const;

/** The seed fixture's older format (seed-article.expected.json): must / may / never. */
export const SeedLabels = z.object({
  url: z.string(),
  rareEarthArticle: z.boolean(),
  must: z.array(SignalLabel),
  may: z.array(z.string()),
  never: z.array(z.string()),
});
export type SeedLabels = z.infer<typeof SeedLabels>;

/**
 * What the evaluation scores on a page. `neutral` sentences (the seed's "may") are acceptable
 * either way: detecting them is neither a hit nor a false positive nor an unlabelled detection.
 */
export interface PageLabels {
  split: Split;
  style: string;
  lang: string;
  rareEarthArticle: boolean;
  signals: SignalLabel[];
  nonSignals: string[];
  neutral: string[];
}

export function fromCorpusLabels(labels: CorpusLabels): PageLabels {
  const { split, style, lang, rareEarthArticle, signals, nonSignals } = labels;
  return { split, style, lang, rareEarthArticle, signals, nonSignals, neutral: [] };
}

/** The seed as a dev case: its `must` are signals, `never` non-signals, `may` neutral. */
export function fromSeedLabels(seed: SeedLabels): PageLabels {
  return {
    split: 'dev',
    style: 'relay',
    lang: 'en',
    rareEarthArticle: seed.rareEarthArticle,
    signals: seed.must,
    nonSignals: seed.never,
    neutral: seed.may,
  };
}

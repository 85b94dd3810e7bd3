import { CATEGORIES, type Category } from '../analysis-result';

/**
 * What the rules read in the sentences around one, as evidence for its category: a sentence the
 * rules cannot place ("The loan runs for twelve years.", "That is the weakest figure since
 * 2019.") usually belongs to the story its neighbours tell. Each neighbour within
 * CATEGORY_CONTEXT_WINDOW sentences that the rules read as a signal votes for its category with its
 * cue strength, divided by its distance; the votes are normalized to sum to 1 (all zero when no
 * neighbour votes). The category model reads them beside the sentence's own features.
 *
 * Measured out of fold on the real-news dev split (5 folds by excerpt, category of every labelled
 * signal): agreement 0.792 → 0.809, and 0.635 → 0.673 on the signals whose category the model
 * decides (window 1: 0.806, 2: 0.808, 3: 0.809, 6: 0.806, the whole excerpt: 0.804).
 */
export const CATEGORY_CONTEXT_WINDOW = 3;

export const CATEGORY_CONTEXT_FEATURES: readonly string[] = CATEGORIES.map((c) => `near:${c}`);

/** A sentence the rules read as a signal of `category` with a cue of `strength`; null otherwise. */
export interface CategoryVote {
  category: Category;
  strength: number;
}

const CATEGORY_SLOT: ReadonlyMap<Category, number> = new Map(CATEGORIES.map((c, i) => [c, i]));

/** The neighbours' votes around `index`, weighed by strength over distance, summing to 1 or all 0. */
export function categoryContext(votes: readonly (CategoryVote | null)[], index: number, window = CATEGORY_CONTEXT_WINDOW): Float64Array {
  const y = new Float64Array(CATEGORIES.length);
  let total = 0;
  const from = Math.max(0, index - window);
  const to = Math.min(votes.length - 1, index + window);
  for (let j = from; j <= to; j++) {
    const vote = j === index ? null : votes[j];
    if (!vote) continue;
    const slot = CATEGORY_SLOT.get(vote.category) as number;
    const weight = vote.strength / Math.abs(j - index);
    y[slot] = (y[slot] as number) + weight;
    total += weight;
  }
  if (total > 0) for (let k = 0; k < y.length; k++) y[k] = (y[k] as number) / total;
  return y;
}

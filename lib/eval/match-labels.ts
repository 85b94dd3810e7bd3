import type { Category } from '../analysis-result';
import { comparableText } from './comparable-text';
import type { PageLabels, SignalLabel } from './corpus-labels';

/** A sentence a detector reported (the engine's Signal, or the baseline's). */
export interface Detection {
  text: string;
  category: Category;
}

export interface FoundSignal {
  label: SignalLabel;
  detection: Detection;
}

export interface FalsePositive {
  /** The non-signal label the detection matched; null on a page labelled off-topic. */
  quote: string | null;
  detection: Detection;
}

/** How a page's detections meet its labels. */
export interface PageMatch {
  found: FoundSignal[];
  missed: SignalLabel[];
  falsePositives: FalsePositive[];
  /** Detected sentences in no list: not counted, listed so that the labels can be completed. */
  unlabeled: Detection[];
}

/**
 * Matches detections to labels. A label is matched by a detection whose text starts with the
 * label's quote (both sides through `comparableText`); when several do, one of the label's
 * category is preferred. Counting is per label: each signal label is found or missed once, each
 * non-signal label is a false positive at most once. On a page labelled off-topic every detection
 * is a false positive (the reader must see no highlight there).
 */
export function matchLabels(
  labels: Pick<PageLabels, 'rareEarthArticle' | 'signals' | 'nonSignals' | 'neutral'>,
  detections: readonly Detection[],
): PageMatch {
  const texts = detections.map((d) => comparableText(d.text));
  const used = new Set<number>();
  const matching = (quote: string): number[] => {
    const q = comparableText(quote);
    if (!q) return [];
    const hits: number[] = [];
    texts.forEach((t, i) => t.startsWith(q) && hits.push(i));
    return hits;
  };

  const found: FoundSignal[] = [];
  const missed: SignalLabel[] = [];
  for (const label of labels.signals) {
    const hits = matching(label.quote);
    hits.forEach((i) => used.add(i));
    const best = hits.find((i) => detections[i]?.category === label.category) ?? hits[0];
    const detection = best === undefined ? undefined : detections[best];
    if (detection) found.push({ label, detection });
    else missed.push(label);
  }

  const falsePositives: FalsePositive[] = [];
  for (const quote of labels.nonSignals) {
    const hits = matching(quote);
    hits.forEach((i) => used.add(i));
    const first = hits[0] === undefined ? undefined : detections[hits[0]];
    if (first) falsePositives.push({ quote, detection: first });
  }
  for (const quote of labels.neutral) matching(quote).forEach((i) => used.add(i));

  const rest = detections.filter((_, i) => !used.has(i));
  // A page labelled off-topic has no signal at all: all it shows is wrong.
  if (!labels.rareEarthArticle) {
    return { found, missed, falsePositives: [...falsePositives, ...rest.map((detection) => ({ quote: null, detection }))], unlabeled: [] };
  }
  return { found, missed, falsePositives, unlabeled: rest };
}

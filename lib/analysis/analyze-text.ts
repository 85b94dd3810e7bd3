import type { Signal, Topic } from '../analysis-result';
import type { ArticleText } from './article-text';
import { detectSignals, type DetectOptions } from './detect-signals';
import { scoreTopic } from './topic';

export type AnalyzeOptions = Omit<DetectOptions, 'topic'>;

/** Topic and signals of an article; a page that is not about rare earths gets no signals. */
export function analyzeText(article: ArticleText, options: AnalyzeOptions = {}): { topic: Topic; signals: Signal[] } {
  const topic = scoreTopic(article);
  const signals = topic.isRareEarth ? detectSignals(article, { ...options, topic }) : [];
  return { topic, signals };
}

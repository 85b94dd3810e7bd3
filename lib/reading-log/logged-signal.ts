import * as z from 'zod/mini';
import { NewClip } from '../clips/clip-schema';

/**
 * A signal of an article the reader read with the reading log on (opt-in): the clip it would make
 * (sentence, category, confidence, entities, figures, the source label as it was, URL), plus when
 * it was first seen. Kept apart from clips: a logged signal is not a clip until the reader clips it.
 */
export const LoggedSignal = z.extend(NewClip, {
  id: z.uuid(),
  /** Canonical URL + folded sentence (dedupe-key.ts): one entry per sentence of an article. */
  dedupeKey: z.string().check(z.minLength(1), z.maxLength(10_000)),
  /** The page as visited, opened at the sentence (`#:~:text=`). */
  textFragmentUrl: z.url({ protocol: /^(https?|file)$/ }).check(z.maxLength(60_000)),
  /** When the reader first read the article (ms since the epoch). */
  seenAt: z.number().check(z.gte(0)),
});
export type LoggedSignal = z.infer<typeof LoggedSignal>;

/** How long the reading log keeps a signal. */
export const LOG_RETENTIONS = ['90-days', '1-year', 'forever'] as const;
export type LogRetention = (typeof LOG_RETENTIONS)[number];

const DAY_MS = 86_400_000;
export const RETENTION_MS: Record<LogRetention, number> = {
  '90-days': 90 * DAY_MS,
  '1-year': 365 * DAY_MS,
  forever: Number.POSITIVE_INFINITY,
};

import * as z from 'zod/mini';
import { Category, Direction, Entities, Figure, SourceAssessment } from '../analysis-result';

/**
 * The clip as stored in IndexedDB (extension origin) and the `NewClip` a content script sends.
 *
 * Written with `zod/mini`, not full zod: `NewClip` is the message-boundary schema, so the reader
 * (injected page code) may import it to validate before sending, and full zod costs ~38 ms of
 * evaluation in a page (DESIGN, measured on the corpus). The background pays nothing extra.
 *
 * Every string and array is bounded: the text comes from an arbitrary web page, and a hostile page
 * must not be able to make one click store megabytes.
 */

const MAX_TEXT = 5_000;
const MAX_CONTEXT = 200;
const MAX_URL = 4_096;
const MAX_SHORT = 1_000;
/** Limits of what the reader adds to a clip (the side panel's editors enforce them too). */
export const MAX_NOTE = 10_000;
export const MAX_TAG_LENGTH = 64;
export const MAX_TAGS = 64;
/** Caps the JSON size of nested contract objects (entities, figures, source) we import unbounded. */
const MAX_NESTED_JSON = 20_000;

const bounded = (max: number) => z.string().check(z.maxLength(max));
const nullableBounded = (max: number) => z.nullable(bounded(max));

/** http(s) for the web, file for saved pages opened in the browser; never javascript:/data:. */
const WebUrl = z.url({ protocol: /^(https?|file)$/ }).check(z.maxLength(MAX_URL));

/**
 * The contract's nested schemas are unbounded; rather than redefine them (and drift), bound their
 * serialized size. The parse has already walked them, so one stringify costs about the same again.
 */
const jsonAtMost = (max: number) =>
  z.refine((value: unknown) => JSON.stringify(value).length <= max, {
    message: `too large (over ${max} characters as JSON)`,
  });

export const ClipCategory = z.union([Category, z.literal('unclassified')]);
export type ClipCategory = z.infer<typeof ClipCategory>;

export const CLIP_ORIGINS = ['detected', 'manual'] as const;
export const ClipOrigin = z.enum(CLIP_ORIGINS);
export type ClipOrigin = z.infer<typeof ClipOrigin>;

/** The article's metadata as it was when clipped (ArticleMeta without wordCount). */
export const ClipArticle = z.object({
  title: nullableBounded(MAX_SHORT),
  siteName: nullableBounded(MAX_SHORT),
  byline: nullableBounded(MAX_SHORT),
  publishedAt: nullableBounded(100),
  lang: nullableBounded(35),
});
export type ClipArticle = z.infer<typeof ClipArticle>;

/** What a content script sends; the background derives id, dedupeKey, textFragmentUrl, times. */
export const NewClip = z.object({
  text: z.string().check(z.minLength(1), z.maxLength(MAX_TEXT)),
  prefix: bounded(MAX_CONTEXT),
  suffix: bounded(MAX_CONTEXT),
  category: ClipCategory,
  direction: Direction,
  confidence: z.nullable(z.number().check(z.gte(0), z.lte(1))),
  entities: Entities.check(jsonAtMost(MAX_NESTED_JSON)),
  figures: z.array(Figure).check(z.maxLength(100), jsonAtMost(MAX_NESTED_JSON)),
  why: bounded(MAX_SHORT),
  origin: ClipOrigin,
  /** Canonical URL of the article (the page's rel=canonical when it names one). */
  url: WebUrl,
  /** The URL as visited. */
  pageUrl: WebUrl,
  article: ClipArticle,
  /** The source assessment as it was when clipped; later registry changes must not rewrite it. */
  source: SourceAssessment.check(jsonAtMost(MAX_NESTED_JSON)),
  sourceLabel: bounded(500),
  /** Registrable host (e.g. "rareearthexchanges.com"), for filtering the library by site. */
  site: bounded(253),
});
export type NewClip = z.infer<typeof NewClip>;

export const Clip = z.extend(NewClip, {
  id: z.uuid(),
  dedupeKey: z.string().check(z.minLength(1), z.maxLength(MAX_URL + MAX_TEXT + 1)),
  note: z._default(bounded(MAX_NOTE), ''),
  tags: z.array(z.string().check(z.minLength(1), z.maxLength(MAX_TAG_LENGTH))).check(z.maxLength(MAX_TAGS)),
  // Percent-encoding turns one UTF-16 unit into up to 9 characters (CJK: %E4%B8%AD). A web URL:
  // imported files are untrusted, and this one becomes the href of "Open at the passage".
  textFragmentUrl: z
    .url({ protocol: /^(https?|file)$/ })
    .check(z.maxLength(MAX_URL + 9 * (MAX_TEXT + 2 * MAX_CONTEXT) + 32)),
  createdAt: z.number().check(z.gte(0)),
  updatedAt: z.number().check(z.gte(0)),
});
export type Clip = z.infer<typeof Clip>;

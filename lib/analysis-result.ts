import * as z from 'zod/mini';

/**
 * The contract between the parts (DESIGN.md, "The analysis result"): what the reader computes for a
 * page, what the side panel's "This page" view shows, and what `npm run analyze -- --json` prints.
 * Written with `zod/mini` because it is parsed inside injected page code, where full zod costs
 * ~38 ms of evaluation (DESIGN, measured on the corpus).
 */

export const CATEGORIES = [
  'supply-expansion',
  'supply-disruption',
  'market-expansion',
  'market-concentration',
  'pricing',
  'inventory',
  'export-control',
  'trade-policy',
  'risk-governance',
  'demand',
  'investment-deal',
] as const;
export const Category = z.enum(CATEGORIES);
export type Category = z.infer<typeof Category>;

export const DIRECTIONS = ['tightening', 'loosening', 'rising', 'falling', 'stable'] as const;
export const Direction = z.nullable(z.enum(DIRECTIONS));
export type Direction = z.infer<typeof Direction>;

export const SOURCE_LEVELS = [
  'state-controlled',
  'state-aligned',
  'state-affiliated',
  'public-independent',
  'unknown',
] as const;
export const SourceLevel = z.enum(SOURCE_LEVELS);
export type SourceLevel = z.infer<typeof SourceLevel>;

export const BANNERS = ['state-controlled', 'state-aligned', 'state-affiliated', 'relays-state'] as const;
export const BannerKind = z.nullable(z.enum(BANNERS));
export type BannerKind = z.infer<typeof BannerKind>;

export const Figure = z.object({
  text: z.string(),
  value: z.nullable(z.number()),
  unit: z.nullable(z.string()),
});
export type Figure = z.infer<typeof Figure>;

export const Entities = z.object({
  materials: z.array(z.string()),
  organizations: z.array(z.string()),
  places: z.array(z.string()),
});
export type Entities = z.infer<typeof Entities>;

export const Signal = z.object({
  /** The sentence exactly as it reads in the page text (so it can be re-found there). */
  text: z.string().check(z.minLength(1)),
  prefix: z.string(),
  suffix: z.string(),
  category: Category,
  direction: Direction,
  confidence: z.number().check(z.gte(0), z.lte(1)),
  entities: Entities,
  figures: z.array(Figure),
  why: z.string(),
});
export type Signal = z.infer<typeof Signal>;

export const Topic = z.object({
  isRareEarth: z.boolean(),
  score: z.number().check(z.gte(0), z.lte(1)),
  evidence: z.array(z.string()),
});
export type Topic = z.infer<typeof Topic>;

export const Publisher = z.object({
  domain: z.nullable(z.string()),
  name: z.nullable(z.string()),
  level: SourceLevel,
  country: z.nullable(z.string()),
  /** Why the level was given (the registry's basis, or the in-page evidence). */
  basis: z.nullable(z.string()),
  /** Where the fact was read (the registry entry's source). */
  reference: z.nullable(z.string()),
});
export type Publisher = z.infer<typeof Publisher>;

export const RELAY_KINDS = ['dateline', 'credit', 'attribution', 'origin', 'photo-credit'] as const;
export const Relay = z.object({
  /** Who is relayed: "Xinhua", "Northern Rare Earth Group's International Trade Company". */
  name: z.string(),
  level: SourceLevel,
  /** How the text names its origin. A photo credit is weaker: it does not relay the text. */
  kind: z.enum(RELAY_KINDS),
  /** What the origin is, in the reader's words: "Chinese state-owned enterprise". */
  description: z.nullable(z.string()),
  country: z.nullable(z.string()),
  /** The words of the article that show the relay, verbatim. */
  evidence: z.string(),
  reference: z.nullable(z.string()),
});
export type Relay = z.infer<typeof Relay>;

export const SourceAssessment = z.object({
  publisher: Publisher,
  relays: z.array(Relay),
  /** Disclosure sentences of the article itself, verbatim. */
  disclosures: z.array(z.string()),
  banner: BannerKind,
});
export type SourceAssessment = z.infer<typeof SourceAssessment>;

export const ArticleMeta = z.object({
  title: z.nullable(z.string()),
  siteName: z.nullable(z.string()),
  byline: z.nullable(z.string()),
  publishedAt: z.nullable(z.string()),
  lang: z.nullable(z.string()),
  wordCount: z.number(),
});
export type ArticleMeta = z.infer<typeof ArticleMeta>;

export const AnalysisResult = z.object({
  url: z.string(),
  article: z.nullable(ArticleMeta),
  topic: Topic,
  source: SourceAssessment,
  signals: z.array(Signal),
  /**
   * Set only on the copy kept in session storage when the whole analysis does not fit there
   * (lib/storable-analysis.ts): how many signals after the kept ones are left out of it.
   */
  omittedSignals: z.optional(z.number().check(z.int(), z.gte(0))),
});
export type AnalysisResult = z.infer<typeof AnalysisResult>;

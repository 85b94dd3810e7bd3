import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { CATEGORIES, DIRECTIONS } from '../../../lib/analysis-result';
import { findEntities } from '../../../lib/analysis/find-entities';
import {
  ACTOR_PATTERNS,
  ANAPHORIC_OPENINGS,
  CATEGORY_DIRECTIONS,
  CONFUSABLES,
  DIRECTION_WORDS,
  FRAMING_OPENING,
  INDUSTRY_CONTEXT,
  NON_CLAIM_PATTERNS,
  SIGNAL_CUES,
  TOPIC_CONTEXT_TERMS,
  TOPIC_WEIGHTS,
} from '../../../lib/analysis/lexicon';
import { MATERIALS } from '../../../lib/analysis/materials';
import { ORGANIZATIONS } from '../../../lib/analysis/organizations';
import { PLACES } from '../../../lib/analysis/places';

/** The lexicon is data; these schemas are its contract. */

const Phrase = z
  .string()
  .min(1)
  .refine((s) => s === s.trim() && !/\s{2}/.test(s), 'no stray whitespace')
  .refine((s) => !s.slice(0, -1).includes('*'), "'*' only at the end");

const compiles = (flags: string) => (source: string) => {
  try {
    new RegExp(source, flags);
    return true;
  } catch {
    return false;
  }
};
/** A "(" that is not escaped and not followed by "?" opens a capturing group. */
const hasCapturingGroup = (source: string): boolean => /(?<!\\)\((?!\?)/.test(source.replace(/\[[^\]]*\]/g, ''));
const Pattern = z.string().min(1).refine(compiles('iu'), 'compiles with flags iu');

const MaterialSchema = z.strictObject({
  name: Phrase,
  kind: z.enum(['rare-earth-element', 'rare-earth-product', 'sector-term', 'critical-mineral', 'battery-mineral']),
  symbol: z.string().regex(/^[A-Z][a-z]?$/).optional(),
  aliases: z.array(Phrase).min(1),
  exact: z.array(Phrase).optional(),
  members: z.array(z.string()).optional(),
});
const OrganizationSchema = z.strictObject({
  name: Phrase,
  kind: z.enum(['company', 'state-body', 'industry-body', 'law', 'financier', 'price-reporter']),
  focus: z.enum(['rare-earth', 'critical-minerals', 'general']),
  country: z.string().regex(/^[A-Z]{2}$/),
  aliases: z.array(Phrase),
  exact: z.array(Phrase).optional(),
});
const PlaceSchema = z.strictObject({
  name: Phrase,
  kind: z.enum(['country', 'bloc', 'region', 'city', 'deposit']),
  aliases: z.array(Phrase).min(1),
  exact: z.array(Phrase).optional(),
});
const CueSchema = z.strictObject({
  category: z.enum(CATEGORIES),
  pattern: Pattern.refine((s) => !hasCapturingGroup(s), 'only non-capturing groups'),
  weight: z.number().gt(0).lte(1),
  direction: z.enum(DIRECTIONS).nullable().optional(),
});
const ConfusableSchema = z.strictObject({
  id: z.string().regex(/^[a-z-]+$/),
  description: z.string().min(1),
  spans: z.array(Pattern),
  // A domain counts from three hits on: it needs at least that many words to be found by.
  context: z.array(Phrase).min(3),
});

/** How an alias is keyed by the matcher: exact aliases as written, the others folded. */
const keyOf = (alias: string, exact: boolean): string =>
  exact ? `=${alias}` : `~${alias.toLowerCase().replace(/[-‐‑]/g, ' ').replace(/’/g, "'")}`;

describe('lexicon data', () => {
  it('validates materials, organizations and places', () => {
    expect(() => z.array(MaterialSchema).parse(MATERIALS)).not.toThrow();
    expect(() => z.array(OrganizationSchema).parse(ORGANIZATIONS)).not.toThrow();
    expect(() => z.array(PlaceSchema).parse(PLACES)).not.toThrow();
  });

  it('validates cues, directions, topic terms, confusables and non-claim shapes', () => {
    expect(() => z.array(CueSchema).parse(SIGNAL_CUES)).not.toThrow();
    expect(() => z.array(ConfusableSchema).parse(CONFUSABLES)).not.toThrow();
    expect(() => z.array(z.strictObject({ phrase: Phrase, weight: z.number().gt(0).lte(1) })).parse(TOPIC_CONTEXT_TERMS)).not.toThrow();
    expect(() => z.array(Phrase).min(10).parse(INDUSTRY_CONTEXT)).not.toThrow();
    expect(() => z.record(z.enum(['tightening', 'loosening', 'rising', 'falling', 'stable']), Pattern).parse(DIRECTION_WORDS)).not.toThrow();
    expect(() => z.array(Pattern).parse([...ACTOR_PATTERNS, ANAPHORIC_OPENINGS, FRAMING_OPENING])).not.toThrow();
    for (const list of Object.values(NON_CLAIM_PATTERNS)) expect(() => z.array(Pattern).min(1).parse(list)).not.toThrow();
    const weights = z.object({
      material: z.record(z.string(), z.number().min(0)),
      organization: z.record(z.string(), z.number().min(0)),
      deposit: z.number().positive(),
      field: z.object({ title: z.number(), description: z.number(), keywords: z.number(), body: z.number() }),
    });
    expect(() => weights.parse(TOPIC_WEIGHTS)).not.toThrow();
  });

  it('rejects a cue with a capturing group', () => {
    expect(CueSchema.safeParse({ category: 'pricing', pattern: 'price (floor|cap)', weight: 0.5 }).success).toBe(false);
    expect(CueSchema.safeParse({ category: 'pricing', pattern: 'price (?:floor|cap)[(]', weight: 0.5 }).success).toBe(true);
  });

  it('gives every category cues and a direction rule that only allows its own directions', () => {
    for (const category of CATEGORIES) {
      expect(SIGNAL_CUES.filter((cue) => cue.category === category).length, category).toBeGreaterThan(0);
      const rule = CATEGORY_DIRECTIONS[category];
      if (rule.fallback !== null) expect(rule.allowed).toContain(rule.fallback);
    }
    for (const cue of SIGNAL_CUES) {
      if (cue.direction) expect(CATEGORY_DIRECTIONS[cue.category].allowed, cue.pattern).toContain(cue.direction);
    }
  });

  it('lists all 17 rare-earth elements with their symbols', () => {
    const elements = MATERIALS.filter((m) => m.kind === 'rare-earth-element');
    expect(elements.map((m) => m.symbol).sort()).toEqual(
      ['Ce', 'Dy', 'Er', 'Eu', 'Gd', 'Ho', 'La', 'Lu', 'Nd', 'Pm', 'Pr', 'Sc', 'Sm', 'Tb', 'Tm', 'Y', 'Yb'].sort(),
    );
  });

  it('never uses a bare element symbol as an alias', () => {
    const symbols = new Set(MATERIALS.flatMap((m) => (m.symbol ? [m.symbol] : [])));
    for (const m of MATERIALS) for (const alias of [...m.aliases, ...(m.exact ?? [])]) expect(symbols.has(alias), alias).toBe(false);
  });

  it('names each alias once across materials, organizations and places', () => {
    const owners = new Map<string, string>();
    const entries = [...MATERIALS, ...ORGANIZATIONS, ...PLACES];
    for (const entry of entries) {
      for (const [list, exact] of [[entry.aliases, false], [entry.exact ?? [], true]] as const) {
        for (const alias of list) {
          const key = keyOf(alias, exact);
          expect(owners.get(key) ?? entry.name, `${alias} in ${entry.name} and ${owners.get(key)}`).toBe(entry.name);
          owners.set(key, entry.name);
        }
      }
    }
  });

  it('knows at least 60 companies and state bodies', () => {
    const actors = ORGANIZATIONS.filter((o) => o.kind !== 'law' && o.kind !== 'price-reporter');
    expect(actors.length).toBeGreaterThanOrEqual(60);
  });

  it.each([
    ['Baotou Steel Rare Earth', 'China Northern Rare Earth Group'],
    ['Northern Rare Earth Group', 'China Northern Rare Earth Group'],
    ['China Rare Earth Group', 'China Rare Earth Group'],
    ['Shenghe Resources', 'Shenghe Resources'],
    ['MP Materials', 'MP Materials'],
    ['Syensqo', 'Syensqo'],
    ['JL Mag', 'JL Mag Rare-Earth'],
    ['Zhong Ke San Huan', 'Zhong Ke San Huan'],
    ['Shin-Etsu', 'Shin-Etsu Chemical'],
    ['MOFCOM', 'Ministry of Commerce (China)'],
    ['the Ministry of Commerce', 'Ministry of Commerce (China)'],
    ['the Pentagon', 'US Department of Defense'],
    ['BIS', 'Bureau of Industry and Security'],
    ['the Critical Raw Materials Act', 'EU Critical Raw Materials Act'],
    ['JOGMEC', 'JOGMEC'],
    ['the Export-Import Bank', 'Export-Import Bank of the United States'],
    ['北方稀土', 'China Northern Rare Earth Group'],
  ])('recognises the organization "%s"', (text, name) => {
    expect(findEntities(text).organizations).toEqual([name]);
  });

  it.each([
    ['Chinese', 'China'],
    ['Beijing', 'China'],
    ['U.S.', 'United States'],
    ['US', 'United States'],
    ['Washington', 'United States'],
    ['Brussels', 'European Union'],
    ['EU', 'European Union'],
    ['Japanese', 'Japan'],
    ['Burmese', 'Myanmar'],
    ['Latin America', 'Latin America'],
    ['Mountain Pass', 'Mountain Pass'],
    ['Bayan Obo', 'Bayan Obo'],
  ])('recognises the place "%s"', (text, name) => {
    expect(findEntities(text).places).toEqual([name]);
  });

  it.each([
    ['rare-earth elements', ['rare earths']],
    ['NdPr oxide', ['neodymium', 'praseodymium']],
    ['PrNd', ['neodymium', 'praseodymium']],
    ['La/Ce', ['lanthanum', 'cerium']],
    ['Dy/Tb', ['dysprosium', 'terbium']],
    ['sintered NdFeB magnets', ['NdFeB magnets']],
    ['SmCo', ['SmCo magnets']],
    ['REEs', ['rare earths']],
    ['gallium and germanium', ['gallium', 'germanium']],
    ['Seltenerdmetalle', ['rare earths']],
    ['редкоземельных металлов', ['rare earths']],
    ['稀土', ['rare earths']],
  ])('recognises the material "%s"', (text, names) => {
    expect(findEntities(text).materials).toEqual(names);
  });

  it('does not read common words as materials', () => {
    expect(findEntities('La ville et ce qu’il y a: Y est là, Pr. Nd.').materials).toEqual([]);
    expect(findEntities('us and them').places).toEqual([]);
  });
});

import * as z from 'zod/mini';
import { CATEGORIES, type Category } from '../analysis-result';
import type { Unit } from './realnews';

/**
 * Sentence labels of the real-news excerpts (docs/labeling-guide.md), as committed in
 * test/fixtures/realnews/labels.json: per excerpt its topic and, per sentence, offsets, hash,
 * category or none, clear or borderline, and an optional second acceptable category. No text.
 */

export const TOPIC_LABELS = [true, false, 'borderline'] as const;
export type TopicLabel = boolean | 'borderline';
export const CLARITIES = ['clear', 'borderline'] as const;
export type Clarity = (typeof CLARITIES)[number];

const CategoryOrNone = z.nullable(z.enum(CATEGORIES));
export const UnitLabel = z.tuple([
  z.number().check(z.int(), z.gte(0)),
  z.number().check(z.int(), z.gte(0)),
  z.string().check(z.regex(/^[0-9a-f]{16}$/)),
  CategoryOrNone,
  z.enum(CLARITIES),
  z.optional(z.enum(CATEGORIES)),
]);
export type UnitLabel = z.infer<typeof UnitLabel>;

export const ItemLabels = z.object({
  topic: z.union([z.boolean(), z.literal('borderline')]),
  units: z.array(UnitLabel),
});
export type ItemLabels = z.infer<typeof ItemLabels>;

export const RealnewsLabels = z.object({
  about: z.string(),
  items: z.record(z.string(), ItemLabels),
});
export type RealnewsLabels = z.infer<typeof RealnewsLabels>;

/** One labelled sentence, spelled out. */
export interface LabelledUnit {
  start: number;
  end: number;
  hash: string;
  category: Category | null;
  clarity: Clarity;
  also: Category | null;
}

export function unitsOf(item: ItemLabels): LabelledUnit[] {
  return item.units.map(([start, end, hash, category, clarity, also]) => ({ start, end, hash, category, clarity, also: also ?? null }));
}

/** The result of reading a labeller's TSV for some excerpts. */
export interface ParsedSheet {
  items: Record<string, ItemLabels>;
  errors: string[];
}

/**
 * Reads a labeller's sheet: `@<TAB>id<TAB>true|false|borderline` opens an excerpt, then one line per
 * sentence `hash<TAB>category|none<TAB>clear|borderline[<TAB>second category]`, in order. Every
 * sentence of the excerpt must be labelled once; the k-th line with a hash is the k-th sentence
 * with that hash (a sentence repeated in an excerpt).
 */
export function parseSheet(tsv: string, unitsByItem: ReadonlyMap<string, Unit[]>): ParsedSheet {
  const items: Record<string, ItemLabels> = {};
  const errors: string[] = [];
  let current: { id: string; units: Unit[]; used: boolean[]; labels: ItemLabels } | null = null;
  const close = (): void => {
    if (!current) return;
    const missing = current.units.filter((_, i) => !current?.used[i]).map((u) => u.hash);
    if (missing.length > 0) errors.push(`${current.id}: ${missing.length} sentence(s) unlabelled: ${missing.join(', ')}`);
    current.labels.units.sort((a, b) => a[0] - b[0]);
    items[current.id] = current.labels;
  };
  tsv.split('\n').forEach((raw, index) => {
    const line = raw.replace(/\r$/, '');
    if (line.trim() === '' || line.startsWith('#')) return;
    const cells = line.split('\t').map((c) => c.trim());
    const where = `line ${index + 1}`;
    if (cells[0] === '@') {
      close();
      const id = cells[1] ?? '';
      const units = unitsByItem.get(id);
      const topic = cells[2] === 'true' ? true : cells[2] === 'false' ? false : cells[2] === 'borderline' ? 'borderline' : null;
      if (!units) errors.push(`${where}: unknown excerpt ${id}`);
      if (topic === null) errors.push(`${where}: topic must be true, false or borderline`);
      current = units && topic !== null ? { id, units, used: units.map(() => false), labels: { topic, units: [] } } : null;
      return;
    }
    if (!current) {
      errors.push(`${where}: sentence line before any "@" line`);
      return;
    }
    const [hash, rawCategory, clarity, also] = cells;
    const at = current.units.findIndex((u, i) => u.hash === hash && !current?.used[i]);
    if (at < 0) {
      errors.push(`${where}: ${current.id} has no (further) sentence ${hash}`);
      return;
    }
    const category = rawCategory === 'none' ? null : (CATEGORIES as readonly string[]).includes(rawCategory ?? '') ? (rawCategory as Category) : undefined;
    if (category === undefined) errors.push(`${where}: unknown category ${rawCategory}`);
    if (clarity !== 'clear' && clarity !== 'borderline') errors.push(`${where}: clarity must be clear or borderline`);
    if (also !== undefined && also !== '' && !(CATEGORIES as readonly string[]).includes(also)) errors.push(`${where}: unknown second category ${also}`);
    if (category === undefined || (clarity !== 'clear' && clarity !== 'borderline')) return;
    current.used[at] = true;
    const unit = current.units[at] as Unit;
    const label: UnitLabel = also ? [unit.start, unit.end, unit.hash, category, clarity, also as Category] : [unit.start, unit.end, unit.hash, category, clarity];
    current.labels.units.push(label);
  });
  close();
  return { items, errors };
}

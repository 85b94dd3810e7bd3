import { useId, type RefObject } from 'react';
import { CATEGORIES, SOURCE_LEVELS, type SourceLevel } from '@/lib/analysis-result';
import type { FacetOption, LibraryFacets } from '@/lib/clips/clip-facets';
import { type ClipFilter, NO_FILTER, isFilterActive } from '@/lib/clips/clip-filter';
import type { ClipCategory } from '@/lib/clips/clip-schema';
import { CLIP_SORTS, CLIP_SORT_LABELS, type ClipSort } from '@/lib/clips/clip-sort';
import { CLIP_GROUPINGS, type ClipGrouping } from '@/lib/clips/library-rows';
import { levelWords } from '@/lib/source-label';
import { categoryStyle } from './category-chip';

export interface LibraryToolbarProps {
  query: string;
  onQuery: (query: string) => void;
  searchRef: RefObject<HTMLInputElement | null>;
  filter: ClipFilter;
  onFilter: (filter: ClipFilter) => void;
  facets: LibraryFacets;
  sort: ClipSort;
  onSort: (sort: ClipSort) => void;
  grouping: ClipGrouping;
  onGrouping: (grouping: ClipGrouping) => void;
}

interface Choice {
  value: string;
  label: string;
}

const GROUPINGS: Choice[] = CLIP_GROUPINGS.map((g) => ({ value: g, label: { none: 'No grouping', article: 'By article', category: 'By category' }[g] }));
const SORTS: Choice[] = CLIP_SORTS.map((s) => ({ value: s, label: CLIP_SORT_LABELS[s] }));
const NOTE_CHOICES: Choice[] = [
  { value: '', label: 'Any' },
  { value: 'with', label: 'With a note' },
  { value: 'without', label: 'Without a note' },
];
const CATEGORY_ORDER: readonly ClipCategory[] = [...CATEGORIES, 'unclassified'];

/** A select whose label names it alone (a label wrapping the select would add the options' text). */
function SelectField({ label, value, onChange, choices }: { label: string; value: string; onChange: (value: string) => void; choices: readonly Choice[] }) {
  const id = useId();
  return (
    <div className="field">
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)}>
        {choices.map((c) => (
          <option key={c.value} value={c.value}>
            {c.label}
          </option>
        ))}
      </select>
    </div>
  );
}

function DateField({ label, value, onChange }: { label: string; value: string | null; onChange: (value: string | null) => void }) {
  const id = useId();
  return (
    <div className="field">
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      <input id={id} type="date" value={value ?? ''} onChange={(e) => onChange(e.target.value || null)} />
    </div>
  );
}

/** The values a facet takes in this library, most frequent first, with counts; "" is "Any". */
function facetChoices(options: readonly FacetOption[], name: (value: string) => string = (v) => v): Choice[] {
  return [{ value: '', label: 'Any' }, ...options.map((o) => ({ value: o.value, label: `${name(o.value)} (${o.count.toLocaleString()})` }))];
}

const byOrder = <T extends string>(order: readonly T[]) => (a: FacetOption, b: FacetOption) => order.indexOf(a.value as T) - order.indexOf(b.value as T);

export function LibraryToolbar(props: LibraryToolbarProps) {
  const { query, onQuery, searchRef, filter, onFilter, facets, sort, onSort, grouping, onGrouping } = props;
  const set = <K extends keyof ClipFilter>(key: K) => (value: string | null) => onFilter({ ...filter, [key]: value || null });
  const active = Object.values(filter).filter((v) => v !== null).length;
  const categories = facetChoices([...facets.categories].sort(byOrder(CATEGORY_ORDER)), (v) => categoryStyle(v as ClipCategory).label);
  const levels = facetChoices([...facets.levels].sort(byOrder(SOURCE_LEVELS)), (v) => levelWords(v as SourceLevel));
  return (
    <div className="toolbar">
      <input
        ref={searchRef}
        type="search"
        className="search"
        aria-label="Search clips"
        aria-keyshortcuts="/"
        placeholder="Search sentences, notes and titles  ( / )"
        value={query}
        onChange={(e) => onQuery(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Escape' && query) {
            e.preventDefault();
            onQuery('');
          }
        }}
      />
      <details className="filters">
        <summary>Filters{active > 0 ? ` (${active} on)` : ''}</summary>
        <div className="filters__grid">
          <SelectField label="Category" value={filter.category ?? ''} onChange={set('category')} choices={categories} />
          <SelectField label="Material or element" value={filter.material ?? ''} onChange={set('material')} choices={facetChoices(facets.materials)} />
          <SelectField label="Organization" value={filter.organization ?? ''} onChange={set('organization')} choices={facetChoices(facets.organizations)} />
          <SelectField label="Country" value={filter.country ?? ''} onChange={set('country')} choices={facetChoices(facets.countries)} />
          <SelectField label="Source level" value={filter.level ?? ''} onChange={set('level')} choices={levels} />
          <SelectField label="Site" value={filter.site ?? ''} onChange={set('site')} choices={facetChoices(facets.sites)} />
          <DateField label="Clipped from" value={filter.from} onChange={set('from')} />
          <DateField label="Clipped until" value={filter.to} onChange={set('to')} />
          <SelectField
            label="Note"
            value={filter.hasNote === null ? '' : filter.hasNote ? 'with' : 'without'}
            onChange={(v) => onFilter({ ...filter, hasNote: v === '' ? null : v === 'with' })}
            choices={NOTE_CHOICES}
          />
        </div>
        <button type="button" onClick={() => onFilter(NO_FILTER)} disabled={!isFilterActive(filter)}>
          Clear filters
        </button>
      </details>
      <div className="toolbar__row">
        <SelectField label="Group" value={grouping} onChange={(v) => onGrouping(v as ClipGrouping)} choices={GROUPINGS} />
        <SelectField label="Sort" value={sort} onChange={(v) => onSort(v as ClipSort)} choices={SORTS} />
      </div>
    </div>
  );
}

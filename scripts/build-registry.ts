/**
 * Builds lib/sources/registry-data.json from the shared reference data
 * (../shared/data/state-media-reference.json, see its README): one entry per domain + outlet, with
 * the level mapped from the State Media Monitor typology, and the listing's basis and source kept
 * as evidence. Run: node --import tsx scripts/build-registry.ts [path/to/state-media-reference.json]
 *
 * The output is committed; tests and the extension read it, never the shared folder.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { SourceLevel } from '../lib/analysis-result.ts';
import { hostParts } from '../lib/sources/host-name.ts';
import { RegistryData, type RegistryEntry, type RegistryListing, type SourceSetInfo } from '../lib/sources/registry-schema.ts';
import { compareLevels } from '../lib/sources/source-level.ts';

interface ReferenceRow {
  domain: string | null;
  outlet: string;
  parent: string | null;
  country: string | null;
  typology: string | null;
  state_controlled_or_captured: boolean | null;
  category?: string;
  basis: string;
  source: string;
  source_set: string;
}

const here = dirname(fileURLToPath(import.meta.url));
const INPUT = resolve(process.argv[2] ?? resolve(here, '../../shared/data/state-media-reference.json'));
const OUTPUT = resolve(here, '../lib/sources/registry-data.json');

/** data/README.md, "The State Media Monitor typology". */
const TYPOLOGY_LEVEL: Record<string, SourceLevel> = {
  SC: 'state-controlled',
  CaPu: 'state-controlled',
  CaPr: 'state-aligned',
  IP: 'public-independent',
  ISF: 'public-independent',
  ISM: 'public-independent',
  ISFM: 'public-independent',
  'ISFM?': 'public-independent',
};

function levelOf(row: ReferenceRow): SourceLevel {
  if (row.typology !== null) {
    const level = TYPOLOGY_LEVEL[row.typology];
    if (!level) throw new Error(`unknown typology ${row.typology} (${row.outlet})`);
    return level;
  }
  // Relay and influence networks republish state-aligned content without being state outlets.
  if (row.category && row.state_controlled_or_captured === null) return 'state-aligned';
  // Official designations (US State Dept 2020, EU Council 2022) of outlets under state control.
  if (row.state_controlled_or_captured === true) return 'state-controlled';
  throw new Error(`cannot map a level for ${row.outlet} (${row.source_set})`);
}

/** "Russia (attribution per VIGINUM as cited)" → "Russia": the attribution is kept in the basis. */
function countryOf(row: ReferenceRow): string | null {
  return row.country ? row.country.replace(/\s*\(.*\)\s*$/, '').trim() || null : null;
}

function normalizedDomain(domain: string | null): string | null {
  if (!domain) return null;
  const parts = hostParts(domain);
  if (!parts) throw new Error(`unusable domain ${domain}`);
  return parts.host;
}

/**
 * A few DIMA rows list a bare name stem ("topnews", "uanews": a naming pattern of the Pravda
 * network, not a host). They cannot match a site, so they are left out and named on the console.
 */
function usable(row: ReferenceRow): boolean {
  return row.domain === null || hostParts(row.domain) !== null;
}

/** The longest prefix and suffix shared by every reference of a source set, so entries keep only the rest. */
function sourceSetInfo(references: string[]): SourceSetInfo {
  const first = references[0] ?? '';
  if (references.every((r) => r === first)) return { referencePrefix: first, referenceSuffix: '' };
  let p = first.length;
  let s = first.length;
  for (const r of references) {
    let i = 0;
    while (i < p && i < r.length && r[i] === first[i]) i++;
    p = i;
    let j = 0;
    while (j < s && j < r.length && r[r.length - 1 - j] === first[first.length - 1 - j]) j++;
    s = j;
  }
  // Cut at a word boundary so a reference never starts mid-number ("line 12" vs "line 13").
  while (p > 0 && /[\w]/.test(first[p - 1] ?? '')) p--;
  s = Math.min(s, first.length - p);
  while (s > 0 && /[\w]/.test(first[first.length - s] ?? '')) s--;
  return { referencePrefix: first.slice(0, p), referenceSuffix: s ? first.slice(first.length - s) : '' };
}

function build(rows: ReferenceRow[]): RegistryData {
  const bySet = new Map<string, string[]>();
  for (const row of rows) {
    const refs = bySet.get(row.source_set) ?? [];
    refs.push(row.source);
    bySet.set(row.source_set, refs);
  }
  const sourceSets: Record<string, SourceSetInfo> = {};
  for (const [set, refs] of bySet) sourceSets[set] = sourceSetInfo(refs);

  const bases: string[] = [];
  const basisIndex = new Map<string, number>();
  const basisOf = (text: string): number => {
    let i = basisIndex.get(text);
    if (i === undefined) {
      i = bases.length;
      bases.push(text);
      basisIndex.set(text, i);
    }
    return i;
  };
  const listingOf = (row: ReferenceRow): RegistryListing => {
    const info = sourceSets[row.source_set]!;
    return {
      level: levelOf(row),
      basis: basisOf(row.basis),
      reference: row.source.slice(info.referencePrefix.length, row.source.length - info.referenceSuffix.length),
      sourceSet: row.source_set,
    };
  };

  // Group by domain + outlet in input order; the strongest listing leads, the others are kept.
  const groups = new Map<string, ReferenceRow[]>();
  for (const row of rows) {
    const key = `${normalizedDomain(row.domain) ?? ''}\u0000${row.outlet}`;
    const group = groups.get(key) ?? [];
    group.push(row);
    groups.set(key, group);
  }
  const entries: RegistryEntry[] = [];
  for (const group of groups.values()) {
    const ordered = [...group].sort((a, b) => compareLevels(levelOf(a), levelOf(b)));
    const lead = ordered[0]!;
    const also = ordered
      .slice(1)
      // Same set, same facts (a row listed twice): nothing to add.
      .filter((r) => !(r.source_set === lead.source_set && r.basis === lead.basis && levelOf(r) === levelOf(lead)))
      .map(listingOf);
    entries.push({
      domain: normalizedDomain(lead.domain),
      outlet: lead.outlet,
      parent: lead.parent,
      country: countryOf(lead) ?? group.map(countryOf).find((c) => c !== null) ?? null,
      typology: lead.typology ?? group.find((r) => r.typology !== null)?.typology ?? null,
      ...listingOf(lead),
      ...(also.length ? { also } : {}),
    });
  }
  return {
    about:
      'Generated by scripts/build-registry.ts from state-media-reference.json (see /work/shared/data/README.md); do not edit by hand. ' +
      'A full reference is sourceSets[sourceSet].referencePrefix + reference + referenceSuffix; basis indexes bases.',
    sourceSets,
    bases,
    entries,
  };
}

/** One entry per line: small, and a rebuild shows up as a readable diff. */
function serialize(data: RegistryData): string {
  const lines = data.entries.map((e) => JSON.stringify(e));
  return (
    `{"about":${JSON.stringify(data.about)},\n"sourceSets":${JSON.stringify(data.sourceSets, null, 1)},\n` +
    `"bases":[\n${data.bases.map((b) => JSON.stringify(b)).join(',\n')}\n],\n` +
    `"entries":[\n${lines.join(',\n')}\n]}\n`
  );
}

const allRows = JSON.parse(readFileSync(INPUT, 'utf8')) as ReferenceRow[];
const rows = allRows.filter(usable);
for (const row of allRows) if (!usable(row)) console.warn(`skipped (not a host): ${row.domain} — ${row.outlet}`);
const data = RegistryData.parse(build(rows));
// Every source reference must be recoverable exactly from the compact form.
for (const row of rows) {
  const key = normalizedDomain(row.domain);
  const entry = data.entries.find((e) => e.domain === key && e.outlet === row.outlet)!;
  const refs = [entry, ...(entry.also ?? [])].map((l) => {
    const info = data.sourceSets[l.sourceSet]!;
    return info.referencePrefix + l.reference + info.referenceSuffix;
  });
  const sameFacts = [entry, ...(entry.also ?? [])].some((l) => data.bases[l.basis] === row.basis);
  if (!sameFacts || !refs.some((r) => r === row.source || row.source_set === entry.sourceSet)) {
    throw new Error(`lost evidence for ${row.domain} ${row.outlet}`);
  }
}
const text = serialize(data);
writeFileSync(OUTPUT, text);
console.log(`${allRows.length} rows (${rows.length} usable) → ${data.entries.length} entries, ${data.bases.length} bases, ${Buffer.byteLength(text)} bytes → ${OUTPUT}`);

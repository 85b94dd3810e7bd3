import { storage } from 'wxt/utils/storage';
import type { AnalysisResult } from './analysis-result';
import { SourceOverride, SourceOverrides, applyOverride } from './sources/source-override';

export { SourceOverride, SourceOverrides, applyOverride, isOverridden } from './sources/source-override';

/**
 * The reader's corrections of source labels ("this label is wrong"), one per registrable domain,
 * in extension storage (`local:sourceOverrides`), newest first. Read from the background (to apply
 * them before a result is stored or shown, and for the badge), the reader (to add one) and the
 * side panel (to list and undo them). Validated where read: a damaged entry is dropped alone,
 * never the whole list.
 */
const overridesItem = storage.defineItem<unknown>('local:sourceOverrides', { fallback: [] });

/** Parses a stored or imported list: valid entries kept (one per domain, the newest), the rest dropped. */
export function parseSourceOverrides(raw: unknown): SourceOverride[] {
  if (!Array.isArray(raw)) return [];
  const byDomain = new Map<string, SourceOverride>();
  for (const item of raw) {
    const parsed = SourceOverride.safeParse(item);
    if (!parsed.success) continue;
    const held = byDomain.get(parsed.data.domain);
    if (!held || parsed.data.createdAt > held.createdAt) byDomain.set(parsed.data.domain, parsed.data);
  }
  return [...byDomain.values()].sort((a, b) => b.createdAt - a.createdAt).slice(0, SOURCE_OVERRIDES_MAX);
}

/** Far more than anyone corrects by hand; bounds what an import can put in storage. */
export const SOURCE_OVERRIDES_MAX = 5_000;

/** Every correction, newest first: also what the clip export includes (see README, "Sources"). */
export async function readSourceOverrides(): Promise<SourceOverride[]> {
  return parseSourceOverrides(await overridesItem.getValue());
}

/** Adds or replaces the correction for `domain`; returns the stored list. */
export async function addSourceOverride(entry: Omit<SourceOverride, 'createdAt'> & { createdAt?: number }): Promise<SourceOverride[]> {
  const next = SourceOverride.parse({ ...entry, note: entry.note.trim(), createdAt: entry.createdAt ?? Date.now() });
  const current = await readSourceOverrides();
  const list = [next, ...current.filter((o) => o.domain !== next.domain)];
  await overridesItem.setValue(SourceOverrides.parse(list));
  return list;
}

/** Undoes the correction for `domain`; returns the stored list. */
export async function removeSourceOverride(domain: string): Promise<SourceOverride[]> {
  const list = (await readSourceOverrides()).filter((o) => o.domain !== domain);
  await overridesItem.setValue(list);
  return list;
}

/**
 * Merges corrections from an import (e.g. a clip export): valid entries only, and for a domain
 * corrected on both sides the newer correction wins. Returns how many were added or replaced.
 */
export async function importSourceOverrides(raw: unknown): Promise<{ added: number; rejected: number }> {
  const incoming = parseSourceOverrides(raw);
  const rejected = Array.isArray(raw) ? raw.filter((x) => !SourceOverride.safeParse(x).success).length : 0;
  const current = await readSourceOverrides();
  const merged = parseSourceOverrides([...current, ...incoming]);
  const added = merged.filter((o) => !current.some((c) => c.domain === o.domain && c.createdAt === o.createdAt)).length;
  await overridesItem.setValue(merged);
  return { added, rejected };
}

export function watchSourceOverrides(cb: (list: SourceOverride[]) => void): () => void {
  return overridesItem.watch((v) => cb(parseSourceOverrides(v)));
}

/** The analysis with the reader's correction for its publisher's domain applied (before it is stored or shown). */
export async function withSourceOverride(result: AnalysisResult): Promise<AnalysisResult> {
  // Publisher.domain is already the registrable domain a correction is keyed by.
  const domain = result.source.publisher.domain;
  const override = domain ? ((await readSourceOverrides()).find((o) => o.domain === domain) ?? null) : null;
  return override ? { ...result, source: applyOverride(result.source, override) } : result;
}

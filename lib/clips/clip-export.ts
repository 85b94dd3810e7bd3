import * as z from 'zod/mini';
import { SourceOverrides, type SourceOverride } from '../sources/source-override';
import { Clip } from './clip-schema';

/**
 * The JSON export format: an envelope that names itself and its version, around the clips exactly
 * as stored (every field, so an export imported into an empty library gives the same library).
 *
 * `version` changes only when a reader of the previous version would misread a file (a field
 * renamed, removed or given a new meaning); adding an optional field does not change it. Import
 * refuses a version it does not know rather than guessing.
 */
export const EXPORT_FORMAT = 'lodestone-clips';
export const EXPORT_VERSION = 1;

export const ClipExport = z.object({
  format: z.literal(EXPORT_FORMAT),
  version: z.literal(EXPORT_VERSION),
  exportedAt: z.string(),
  clips: z.array(Clip),
  /** The reader's source-label corrections ("this label is wrong"), so a restore keeps them. */
  sourceOverrides: z.optional(SourceOverrides),
});
export type ClipExport = z.infer<typeof ClipExport>;

/** The export as pretty-printed JSON (readable in a text editor, diffable between two exports). */
export function exportJson(clips: readonly Clip[], now: number = Date.now(), sourceOverrides: readonly SourceOverride[] = []): string {
  const file: ClipExport = {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: new Date(now).toISOString(),
    clips: [...clips],
    ...(sourceOverrides.length > 0 ? { sourceOverrides: [...sourceOverrides] } : {}),
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** The JSON Schema of an export file, for readers who process exports with their own tools. */
export function clipExportJsonSchema(): Record<string, unknown> {
  // The size bounds on nested objects are refinements JSON Schema cannot express: typed as any.
  return z.toJSONSchema(ClipExport, { unrepresentable: 'any' }) as Record<string, unknown>;
}

/** `lodestone-clips-2025-11-24.json`: the local date the export was made. */
export function exportFileName(extension: 'json' | 'csv' | 'md', now: number = Date.now()): string {
  const d = new Date(now);
  const day = `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  return `lodestone-clips-${day}.${extension}`;
}

import { readableText } from '../analysis/repair-mojibake';
import { clipFacets } from './clip-facets';
import type { Clip } from './clip-schema';

/**
 * CSV for spreadsheets: one row per clip, RFC 4180 quoting, CRLF line ends, and a UTF-8 byte order
 * mark (without it Excel reads the file as the system's legacy code page and mangles "’" and CJK).
 *
 * Every cell comes from a web page or from the reader, so every cell is neutralized against
 * formula injection (OWASP "CSV Injection"): a cell that starts with = + - @, a tab or a carriage
 * return is prefixed with a single quote, which spreadsheets show as text instead of evaluating.
 */

const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: string | number | null): string {
  const text = value === null ? '' : String(value);
  const safe = FORMULA_START.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

const COLUMNS: readonly [string, (clip: Clip) => string | number | null][] = [
  ['clipped_at', (c) => new Date(c.createdAt).toISOString()],
  ['category', (c) => c.category],
  ['sentence', (c) => readableText(c.text)],
  ['note', (c) => c.note],
  ['tags', (c) => c.tags.join('; ')],
  ['source_label', (c) => readableText(c.sourceLabel)],
  ['publisher', (c) => c.source.publisher.name ?? c.source.publisher.domain],
  ['publisher_level', (c) => c.source.publisher.level],
  ['site', (c) => c.site],
  ['title', (c) => (c.article.title === null ? null : readableText(c.article.title))],
  ['published', (c) => c.article.publishedAt],
  ['materials', (c) => clipFacets(c).materials.join('; ')],
  ['organizations', (c) => clipFacets(c).organizations.join('; ')],
  ['countries', (c) => clipFacets(c).countries.join('; ')],
  ['confidence', (c) => c.confidence],
  ['origin', (c) => c.origin],
  ['link', (c) => c.textFragmentUrl],
  ['url', (c) => c.url],
  ['id', (c) => c.id],
];

export const CSV_HEADER = COLUMNS.map(([name]) => name);

export function exportCsv(clips: readonly Clip[]): string {
  const lines = [CSV_HEADER.join(','), ...clips.map((clip) => COLUMNS.map(([, cell]) => csvCell(cell(clip))).join(','))];
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

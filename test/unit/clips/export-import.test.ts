// Covers export (JSON, CSV, Markdown) and import (envelope checks, preview, one-transaction merge):
// a property-based round trip (random clips with awkward text: export JSON, import into an empty
// library, get the same clips), CSV neutralized against formula injection and parsed back cell by
// cell, Markdown escaping, and every way a file is refused with a clear message.
import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { setClipTags, updateClipNote } from '../../../lib/clips/clip-edits';
import { EXPORT_FORMAT, EXPORT_VERSION, clipExportJsonSchema, exportFileName, exportJson } from '../../../lib/clips/clip-export';
import type { Clip } from '../../../lib/clips/clip-schema';
import { CSV_HEADER, csvCell, exportCsv } from '../../../lib/clips/export-csv';
import { exportMarkdown } from '../../../lib/clips/export-markdown';
import { mergeImport, planImport, previewImport, readEnvelope } from '../../../lib/clips/import-clips';
import { escapeMarkdown, markdownCitation } from '../../../lib/clips/markdown-citation';
import { saveClip } from '../../../lib/clips/save-clip';
import { exportFile, generateLibrary, sampleClips } from '../../fixtures/clips/generate-library';
import { arbitraryNewClip, arbitraryNote, arbitraryTags, awkwardText } from './clip-arbitrary';
import { freshDb } from './fresh-db';

const NONE = { ids: new Set<string>(), dedupeKeys: new Set<string>() };
const byId = (clips: readonly Clip[]) => [...clips].sort((a, b) => a.id.localeCompare(b.id));

/** RFC 4180 reader (quoted cells, doubled quotes, CRLF), to check what a spreadsheet would read. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (cell += '"'), (i += 1);
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(cell), (cell = '');
    else if (c === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      (row = []), (cell = ''), (i += 1);
    } else cell += c;
  }
  return rows;
}

describe('JSON export and import', () => {
  it('round-trips any library losslessly through an empty one (property)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(arbitraryNewClip, arbitraryNote, arbitraryTags), { maxLength: 8 }), async (entries) => {
        const source = freshDb();
        for (const [input, note, tags] of entries) {
          const { clip } = await saveClip(source, input);
          await updateClipNote(source, clip.id, note);
          await setClipTags(source, clip.id, tags);
        }
        const original = await source.clips.toArray();
        const plan = planImport(exportJson(original), NONE);
        if (!plan.ok) throw new Error(plan.error);
        expect(plan).toMatchObject({ total: original.length, duplicates: 0, invalid: 0 });
        const target = freshDb();
        expect(await mergeImport(target, plan.fresh)).toEqual({ added: original.length, skipped: 0 });
        expect(byId(await target.clips.toArray())).toEqual(byId(original));
        // Exporting the copy gives the same file (but for the export time).
        expect(exportJson(await target.clips.toArray(), 0)).toBe(exportJson(original, 0));
      }),
      { numRuns: 40 },
    );
  });

  it('writes a versioned envelope with every clip field', () => {
    const clips = sampleClips().slice(0, 2);
    const file = JSON.parse(exportJson(clips, Date.UTC(2026, 0, 2)));
    expect(file).toEqual({ format: EXPORT_FORMAT, version: EXPORT_VERSION, exportedAt: '2026-01-02T00:00:00.000Z', clips });
    const schema = clipExportJsonSchema() as { properties: { version: { const: number } }; required: string[] };
    expect(schema.properties.version.const).toBe(EXPORT_VERSION);
    expect(schema.required).toEqual(expect.arrayContaining(['format', 'version', 'clips']));
    expect(exportFileName('csv', new Date(2026, 2, 4, 23, 0).getTime())).toBe('lodestone-clips-2026-03-04.csv');
  });

  it.each([
    ['not JSON', '{"format": "lodestone-clips",', /not valid JSON/],
    ['another file', '{"name": "package"}', /not a Lodestone clip export/],
    ['a bare list of clips', '[]', /not a Lodestone clip export/],
    ['a future version', JSON.stringify({ format: EXPORT_FORMAT, version: EXPORT_VERSION + 1, clips: [] }), /newer version of Lodestone \(clip format 2\).*Update Lodestone/],
    ['an unknown version', JSON.stringify({ format: EXPORT_FORMAT, version: '1', clips: [] }), /unknown clip format version \("1"\)/],
    ['no version', JSON.stringify({ format: EXPORT_FORMAT, clips: [] }), /unknown clip format version \(none\)/],
    ['no clip list', JSON.stringify({ format: EXPORT_FORMAT, version: EXPORT_VERSION }), /no list of clips/],
  ])('refuses %s with a clear message, importing nothing', (_name, text, message) => {
    const envelope = readEnvelope(text);
    expect(envelope.ok).toBe(false);
    if (!envelope.ok) {
      expect(envelope.error).toMatch(message);
      expect(envelope.error).toMatch(/Nothing was imported/);
    }
  });

  it('carries the reader’s source-label corrections through an export to the import plan', () => {
    const overrides = [{ domain: 'metals-daily.example', level: 'state-affiliated' as const, note: 'owned by a provincial SOE', createdAt: 1_700_000_000_000 }];
    const file = exportJson(sampleClips().slice(0, 2), 0, overrides);
    expect(JSON.parse(file).sourceOverrides).toEqual(overrides);
    const plan = planImport(file, { ids: new Set(), dedupeKeys: new Set() });
    expect(plan.ok && plan.sourceOverrides).toEqual(overrides);
    // A file without corrections (older exports) plans an empty list, never undefined.
    const bare = planImport(exportJson(sampleClips().slice(0, 1), 0), { ids: new Set(), dedupeKeys: new Set() });
    expect(bare.ok && bare.sourceOverrides).toEqual([]);
    expect(JSON.parse(exportJson([], 0))).not.toHaveProperty('sourceOverrides');
  });

  it('previews new, duplicate and invalid clips, with the reason for each invalid one', async () => {
    const db = freshDb();
    const library = generateLibrary(30, 3);
    await db.clips.bulkAdd(library.slice(0, 10));
    const hostile = { ...library[20]!, id: crypto.randomUUID(), dedupeKey: 'x', textFragmentUrl: 'javascript:alert(1)' };
    const file = exportFile(library, [
      { ...library[15]!, id: crypto.randomUUID() }, // the same sentence again, under another id
      { ...library[16]!, text: '' },
      hostile,
      'not a clip',
    ]);
    const plan = await previewImport(db, file);
    if (!plan.ok) throw new Error(plan.error);
    expect(plan.total).toBe(34);
    expect(plan.fresh.map((c) => c.id)).toEqual(library.slice(10).map((c) => c.id));
    expect(plan.duplicates).toBe(11);
    expect(plan.invalid).toBe(3);
    expect(plan.issues).toEqual([
      { position: 32, reason: expect.stringMatching(/^text: /) },
      { position: 33, reason: expect.stringMatching(/^textFragmentUrl: /) },
      { position: 34, reason: expect.any(String) },
    ]);
  });

  it('recomputes dedupe keys instead of trusting the file, and renumbers a clip whose id is taken', async () => {
    const db = freshDb();
    const [a, b] = generateLibrary(2, 5);
    await db.clips.add(a!);
    const plan = await previewImport(db, exportFile([{ ...a!, dedupeKey: 'forged' }, { ...b!, id: a!.id }]));
    if (!plan.ok) throw new Error(plan.error);
    expect(plan.duplicates).toBe(1);
    expect(plan.fresh).toHaveLength(1);
    expect(plan.fresh[0]!.id).not.toBe(a!.id);
    expect(plan.fresh[0]).toEqual({ ...b!, id: plan.fresh[0]!.id });
  });

  it('merges in one transaction: on a failure nothing is added', async () => {
    const db = freshDb();
    const [a, b, c] = generateLibrary(3, 9);
    // Two clips with one dedupe key: the second add breaks the unique index after the first succeeded.
    await expect(mergeImport(db, [a!, b!, { ...c!, dedupeKey: b!.dedupeKey }])).rejects.toThrow();
    expect(await db.clips.count()).toBe(0);
  });

  it('skips clips whose sentence reached the library between preview and merge', async () => {
    const db = freshDb();
    const library = generateLibrary(5, 11);
    const plan = await previewImport(db, exportFile(library));
    if (!plan.ok) throw new Error(plan.error);
    await db.clips.add({ ...library[2]!, id: crypto.randomUUID() });
    expect(await mergeImport(db, plan.fresh)).toEqual({ added: 4, skipped: 1 });
    expect(await db.clips.count()).toBe(5);
  });
});

describe('CSV export', () => {
  it('neutralizes every cell that a spreadsheet would run as a formula', () => {
    for (const start of ['=', '+', '-', '@', '\t', '\r']) expect(csvCell(`${start}1+1`).replace(/^"/, '')).toMatch(/^'/);
    expect(csvCell('=HYPERLINK("https://evil.example")')).toBe(`"'=HYPERLINK(""https://evil.example"")"`);
    expect(csvCell('plain, with comma')).toBe('"plain, with comma"');
    expect(csvCell(0.5)).toBe('0.5');
    expect(csvCell(null)).toBe('');
  });

  it('gives one row per clip that reads back to the cells, none starting a formula (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(awkwardText, awkwardText), { minLength: 1, maxLength: 10 }), (cells) => {
        const base = sampleClips()[0]!;
        const clips = cells.map(([note, title]) => ({ ...base, note, article: { ...base.article, title } }));
        const csv = exportCsv(clips);
        expect(csv.startsWith('\uFEFF')).toBe(true);
        const rows = parseCsv(csv.slice(1));
        expect(rows).toHaveLength(clips.length + 1);
        expect(rows[0]).toEqual(CSV_HEADER);
        const note = CSV_HEADER.indexOf('note');
        rows.slice(1).forEach((row, i) => {
          expect(row).toHaveLength(CSV_HEADER.length);
          for (const cell of row) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
          const original = clips[i]!.note;
          expect(row[note]).toBe(/^[=+\-@\t\r]/.test(original) ? `'${original}` : original);
        });
      }),
    );
  });
});

describe('Markdown', () => {
  it('cites a clip: quoted sentence, source label, link to the passage', () => {
    const clip = sampleClips().find((c) => c.source.banner === 'relays-state')!;
    const md = markdownCitation(clip);
    expect(md.startsWith('> ')).toBe(true);
    expect(md).toContain(`> — ${escapeMarkdown(clip.sourceLabel)}, [`);
    expect(md).toContain(`](${clip.textFragmentUrl.replace(/\(/g, '%28').replace(/\)/g, '%29')})`);
  });

  it('escapes markup in page text so a pasted citation shows the text', () => {
    expect(escapeMarkdown('[click](javascript:x) *bold* <b>')).toBe('\\[click\\](javascript:x) \\*bold\\* \\<b\\>');
    expect(escapeMarkdown('# not a heading\n- not a list\n1. not a list')).toBe('\\# not a heading\n\\- not a list\n1\\. not a list');
  });

  it('groups clips by article, each with its source label, link, notes and tags', () => {
    const clips = sampleClips();
    const md = exportMarkdown(clips, Date.UTC(2026, 3, 5));
    const articles = new Set(clips.map((c) => c.url));
    expect(md.match(/^## \[/gm)).toHaveLength(articles.size);
    expect(md).toContain(`${clips.length} clips from ${articles.size} articles`);
    expect(md.match(/\[open at the passage\]/g)).toHaveLength(clips.length);
    for (const clip of clips.filter((c) => c.note)) expect(md).toContain(escapeMarkdown(clip.note));
    expect(md).toContain('Tags: `gallium`, `export-controls`');
  });
});

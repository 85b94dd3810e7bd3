import { canonicalUrl } from './canonical-url';
import type { ClipDatabase } from './clip-db';
import { EXPORT_FORMAT, EXPORT_VERSION } from './clip-export';
import { Clip } from './clip-schema';
import { dedupeKey } from './dedupe-key';
import { CSV_HEADER } from './export-csv';

/**
 * Importing a JSON export: read and check the envelope, validate every clip, tell new clips from
 * duplicates and invalid ones (the preview), then add the new ones in one transaction.
 */

/** A 10,000-clip export is ~22 MB (measured on generated libraries); 200 MB is no export of ours, and parsing it would freeze the panel. */
export const MAX_IMPORT_CHARS = 200_000_000;
/** The preview lists reasons for the first invalid clips; the count covers them all. */
const MAX_LISTED = 200;

export interface ImportIssue {
  /** 1-based position of the clip in the file's `clips` list. */
  position: number;
  reason: string;
}

export type ImportPlan =
  | { ok: false; error: string }
  | {
      ok: true;
      /** Clips in the file. */
      total: number;
      /** Valid clips whose sentence is not in the library yet (nor earlier in the file). */
      fresh: Clip[];
      duplicates: number;
      invalid: number;
      /** Why clips were invalid, for the first MAX_LISTED of them. */
      issues: ImportIssue[];
      /** The file's source-label corrections, unchecked: `importSourceOverrides` validates each. */
      sourceOverrides: unknown;
    };

type Envelope = { ok: true; entries: unknown[]; sourceOverrides: unknown } | { ok: false; error: string };

const NOTHING = 'Nothing was imported.';

/** Parses the file and checks that it is a Lodestone export of a version this code knows. */
export function readEnvelope(text: string): Envelope {
  if (text.length > MAX_IMPORT_CHARS) return { ok: false, error: `This file is too large to be a Lodestone export (over ${MAX_IMPORT_CHARS / 1_000_000} MB). ${NOTHING}` };
  const body = text.replace(/^\uFEFF/, '');
  // Our own other exports, picked by mistake: say what they are rather than "not valid JSON".
  if (body.startsWith(`${CSV_HEADER.join(',')}\r\n`) || body.startsWith('# Lodestone clips\n')) {
    const kind = body.startsWith('#') ? 'Markdown' : 'CSV';
    return { ok: false, error: `This is a Lodestone ${kind} export. Only JSON exports can be imported: ${kind} leaves out parts of each clip (its quote context, entities, source details). ${NOTHING}` };
  }
  let data: unknown;
  try {
    data = JSON.parse(body);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    // V8 names the position of the error: at the very end, the file was cut short (a download or copy that stopped).
    const at = Number(/at position (\d+)/.exec(message)?.[1] ?? Number.NaN);
    const cut = /end of (json )?input|unterminated string/i.test(message) || at >= body.trimEnd().length - 1 ? ' It looks cut short: export the library again.' : '';
    return { ok: false, error: `This file is not valid JSON (${message}).${cut} ${NOTHING}` };
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data) || (data as { format?: unknown }).format !== EXPORT_FORMAT) {
    return { ok: false, error: `This is not a Lodestone clip export: it does not say "format": "${EXPORT_FORMAT}". ${NOTHING}` };
  }
  const { version, clips, sourceOverrides } = data as { version?: unknown; clips?: unknown; sourceOverrides?: unknown };
  if (typeof version === 'number' && Number.isInteger(version) && version > EXPORT_VERSION) {
    return {
      ok: false,
      error: `This export was made by a newer version of Lodestone (clip format ${version}); this version reads format ${EXPORT_VERSION}. Update Lodestone, then import the file again. ${NOTHING}`,
    };
  }
  if (version !== EXPORT_VERSION) {
    return { ok: false, error: `This export has an unknown clip format version (${JSON.stringify(version) ?? 'none'}); this version of Lodestone reads format ${EXPORT_VERSION}. ${NOTHING}` };
  }
  if (!Array.isArray(clips)) return { ok: false, error: `This export has no list of clips. ${NOTHING}` };
  return { ok: true, entries: clips, sourceOverrides: sourceOverrides ?? [] };
}

function firstIssue(error: { issues: readonly { path: readonly PropertyKey[]; message: string }[] }): string {
  const issue = error.issues[0];
  if (!issue) return 'invalid clip';
  const path = issue.path.map(String).join('.');
  return path ? `${path}: ${issue.message}` : issue.message;
}

/**
 * A valid clip as it will be stored. The URL is canonicalized and the dedupe key recomputed from
 * it and the sentence rather than trusted: a key that disagreed with its clip (hand-edited file,
 * older folding rules) would let the same sentence be stored twice.
 */
function normalized(clip: Clip): Clip {
  const url = canonicalUrl(clip.url);
  return { ...clip, url, dedupeKey: dedupeKey(url, clip.text) };
}

export interface ExistingClips {
  ids: ReadonlySet<string>;
  dedupeKeys: ReadonlySet<string>;
}

/** The preview of importing `text` into a library holding `existing` (pure). */
export function planImport(text: string, existing: ExistingClips): ImportPlan {
  const envelope = readEnvelope(text);
  if (!envelope.ok) return envelope;
  const fresh: Clip[] = [];
  const issues: ImportIssue[] = [];
  const keys = new Set<string>();
  const ids = new Set<string>();
  let duplicates = 0;
  let invalid = 0;
  envelope.entries.forEach((entry, i) => {
    const parsed = Clip.safeParse(entry);
    if (!parsed.success) {
      invalid += 1;
      if (issues.length < MAX_LISTED) issues.push({ position: i + 1, reason: firstIssue(parsed.error) });
      return;
    }
    const clip = normalized(parsed.data);
    if (existing.dedupeKeys.has(clip.dedupeKey) || keys.has(clip.dedupeKey)) {
      duplicates += 1;
      return;
    }
    keys.add(clip.dedupeKey);
    // An id already taken by another sentence (a hand-edited file): the clip gets a new one.
    const id = existing.ids.has(clip.id) || ids.has(clip.id) ? crypto.randomUUID() : clip.id;
    ids.add(id);
    fresh.push(id === clip.id ? clip : { ...clip, id });
  });
  return { ok: true, total: envelope.entries.length, fresh, duplicates, invalid, issues, sourceOverrides: envelope.sourceOverrides };
}

/** Reads the library's ids and dedupe keys (from the primary key and the unique index, not the clips) and plans. */
export async function previewImport(db: ClipDatabase, text: string): Promise<ImportPlan> {
  const [ids, dedupeKeys] = await db.transaction('r', db.clips, () =>
    Promise.all([db.clips.toCollection().primaryKeys(), db.clips.orderBy('dedupeKey').keys()]),
  );
  return planImport(text, { ids: new Set(ids), dedupeKeys: new Set(dedupeKeys as string[]) });
}

export interface MergeResult {
  added: number;
  /** Clips the library gained in another window between the preview and the merge. */
  skipped: number;
}

/**
 * Adds the previewed clips in one transaction: all of them or, on any failure, none. Clips whose
 * sentence reached the library since the preview are skipped, and ids taken since are replaced,
 * inside the same transaction, so the check and the write see the same library.
 */
export async function mergeImport(db: ClipDatabase, clips: readonly Clip[]): Promise<MergeResult> {
  return db.transaction('rw', db.clips, async () => {
    const taken = new Set((await db.clips.where('dedupeKey').anyOf(clips.map((c) => c.dedupeKey)).keys()) as string[]);
    const ids = new Set(await db.clips.where('id').anyOf(clips.map((c) => c.id)).primaryKeys());
    const toAdd = clips.filter((c) => !taken.has(c.dedupeKey)).map((c) => (ids.has(c.id) ? { ...c, id: crypto.randomUUID() } : c));
    // Not caught here: a failing add aborts the transaction, which undoes the adds before it.
    await db.clips.bulkAdd(toAdd);
    return { added: toAdd.length, skipped: clips.length - toAdd.length };
  });
}

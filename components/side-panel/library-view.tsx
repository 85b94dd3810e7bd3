import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useDeferredValue, useEffect, useMemo, useRef, useState, type ChangeEvent } from 'react';
import type { ClipDatabase } from '@/lib/clips/clip-db';
import { type EditResult, addClipTag, removeClipTag, restoreClip, updateClipNote } from '@/lib/clips/clip-edits';
import { exportFileName, exportJson } from '@/lib/clips/clip-export';
import { type SourceOverride, importSourceOverrides, readSourceOverrides, watchSourceOverrides } from '@/lib/source-overrides';
import { libraryFacets } from '@/lib/clips/clip-facets';
import { type ClipFilter, NO_FILTER, filterClips, isFilterActive } from '@/lib/clips/clip-filter';
import { deleteClip } from '@/lib/clips/clip-queries';
import type { Clip } from '@/lib/clips/clip-schema';
import { type ClipSort, sortClips } from '@/lib/clips/clip-sort';
import { exportCsv } from '@/lib/clips/export-csv';
import { exportMarkdown } from '@/lib/clips/export-markdown';
import { type ImportPlan, MAX_IMPORT_CHARS, mergeImport, previewImport } from '@/lib/clips/import-clips';
import type { LastExport } from '@/lib/clips/library-health';
import { type ClipGrouping, libraryRows } from '@/lib/clips/library-rows';
import type { LibraryStore } from '@/lib/clips/library-store';
import { markdownCitation } from '@/lib/clips/markdown-citation';
import { storageErrorText } from '@/lib/clips/storage-error';
import type { LoggedSignal } from '@/lib/reading-log/logged-signal';
import { clipLoggedSignal } from '@/lib/reading-log/reading-log';
import { ClipList, type RowHandlers } from './clip-list';
import { downloadFile } from './download-file';
import { EmptyLibrary } from './empty-library';
import { ImportDialog } from './import-dialog';
import { LibraryToolbar } from './library-toolbar';
import { TrendSelectionBar } from './trend-selection-bar';
import type { TrendSelection } from './trends/trend-selection';
import { useAllTags, useLibrarySnapshot } from './use-library';

export interface LibraryViewProps {
  db: ClipDatabase;
  /** The clips in memory, kept in step with the database (use-library.ts). */
  store: LibraryStore;
  /** The keyboard shortcut that opens the panel, as the browser reports it (e.g. "Alt+Shift+L"). */
  shortcut?: string | null;
  /** False while the view is kept mounted but hidden (on "This page"): its page-wide keys are off. */
  active?: boolean;
  /** Bumped to open the import's file picker from outside (the wiped-library notice's "Restore"). */
  importRequest?: number;
  /** Clips were imported. */
  onImported?: () => void;
  /** A JSON export was saved. */
  onExported?: (entry: LastExport) => void;
  /** Signals chosen in Trends: the Library shows exactly these (clips, and the logged ones not clipped). */
  selection?: TrendSelection | null;
  onClearSelection?: () => void;
}

type Notice = { text: string; undo?: Clip; error?: boolean };
type Importing = { fileName: string; plan: ImportPlan; busy: boolean };

const EXPORTS = {
  // JSON is the lossless backup: it carries the reader's source-label corrections too.
  json: { label: 'JSON', type: 'application/json', build: (clips: Clip[], overrides: SourceOverride[]) => exportJson(clips, Date.now(), overrides) },
  csv: { label: 'CSV', type: 'text/csv;charset=utf-8', build: (clips: Clip[]) => exportCsv(clips) },
  md: { label: 'Markdown', type: 'text/markdown;charset=utf-8', build: (clips: Clip[]) => exportMarkdown(clips) },
} as const;

const count = (n: number) => `${n.toLocaleString()} ${n === 1 ? 'clip' : 'clips'}`;
const isTextField = (el: EventTarget | null) => el instanceof HTMLElement && (el.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(el.tagName));

/**
 * The reader's library: search (words index), filters, grouping and sorting over every clip held
 * in memory (filtering 10,000 clips is one pass), a virtualized list, per-clip editing, delete with
 * undo, export of the clips shown, and import with a preview.
 */
export function LibraryView({ db, store, shortcut = null, active = true, importRequest = 0, onImported, onExported, selection = null, onClearSelection }: LibraryViewProps) {
  const snapshot = useLibrarySnapshot(store);
  const clips = snapshot.clips;
  const tagOptions = useAllTags(db);
  const [query, setQuery] = useState('');
  const [filter, setFilter] = useState<ClipFilter>(NO_FILTER);
  const [sort, setSort] = useState<ClipSort>('newest');
  const [grouping, setGrouping] = useState<ClipGrouping>('none');
  const [note, setNote] = useState<{ id: string; draft: string } | null>(null);
  const [tagging, setTagging] = useState<string | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const overrides = useSourceOverrides();
  const [importing, setImporting] = useState<Importing | null>(null);
  const [focusRequest, setFocusRequest] = useState<{ id: string } | null>(null);
  const searchRef = useRef<HTMLInputElement>(null);
  const fileRef = useRef<HTMLInputElement>(null);

  // Typing stays responsive: the list follows the filters at a lower priority than the inputs.
  const deferredFilter = useDeferredValue(filter);
  const deferredQuery = useDeferredValue(query);
  // The word index changes in place; a new snapshot is published after every change.
  const matching = useMemo(() => (snapshot.complete ? store.words.search(deferredQuery) : null), [snapshot, store, deferredQuery]);
  const sorted = useMemo(() => sortClips(clips, sort), [clips, sort]);
  const selectedLog = useSelectedLog(db, selection);
  const shown = useMemo(() => {
    if (!selection) return filterClips(sorted, deferredFilter, matching);
    // A logged signal clipped since is shown as its clip.
    const loggedKeys = new Set(selectedLog.map((e) => e.dedupeKey));
    return sorted.filter((c) => selection.ids.has(c.id) || loggedKeys.has(c.dedupeKey));
  }, [sorted, deferredFilter, matching, selection, selectedLog]);
  const logged = useMemo(() => {
    const clipped = new Set(shown.map((c) => c.dedupeKey));
    return selectedLog.filter((e) => !clipped.has(e.dedupeKey));
  }, [selectedLog, shown]);
  const rows = useMemo(() => libraryRows(shown, grouping), [shown, grouping]);
  const facets = useMemo(() => libraryFacets(clips), [clips]);

  /** A database call that failed (storage full, database closed): said in the notice, never thrown into React. */
  const failed = useCallback((what: string, error: unknown) => {
    console.error('[lodestone] library', what, error);
    setNotice({ text: `Could not ${what}: ${storageErrorText(error)}`, error: true });
  }, []);

  // "Restore from a file…" (wiped-library notice): the same file picker as "Import JSON…". The
  // reader's click on the notice is a moment ago, which lets the picker open.
  const handledImportRequest = useRef(0);
  useEffect(() => {
    if (importRequest === handledImportRequest.current) return;
    handledImportRequest.current = importRequest;
    fileRef.current?.click();
  }, [importRequest]);

  const remove = useCallback(
    async (clip: Clip) => {
      const at = shown.findIndex((c) => c.id === clip.id);
      const next = shown[at + 1] ?? shown[at - 1];
      try {
        await deleteClip(db, clip.id);
      } catch (error) {
        return failed('delete the clip', error);
      }
      store.applyLocal({ remove: clip.id });
      setNotice({ text: 'Clip deleted.', undo: clip });
      if (next) setFocusRequest({ id: next.id });
    },
    [db, store, shown, failed],
  );

  const undo = useCallback(
    async (clip: Clip) => {
      const result = await restoreClip(db, clip).catch((error: unknown) => failed('restore the clip', error));
      if (!result) return;
      if (result.ok) store.applyLocal({ put: result.clip });
      setNotice(result.ok ? { text: 'Clip restored.' } : { text: result.error, error: true });
      if (result.ok) setFocusRequest({ id: clip.id });
    },
    [db, store, failed],
  );

  /** Applies an edit's outcome: shown at once when stored, its reason in the notice when refused. */
  const applyEdit = async (edit: Promise<EditResult>): Promise<boolean> => {
    const result = await edit.catch((error: unknown) => failed('save the change', error));
    if (!result) return false;
    if (result.ok) store.applyLocal({ put: result.clip });
    else setNotice({ text: result.error, error: true });
    return result.ok;
  };

  const handlers: RowHandlers = {
    draftNote: (id, draft) => setNote(draft === null ? null : { id, draft }),
    saveNote: async (id, text) => {
      if (!(await applyEdit(updateClipNote(db, id, text)))) return;
      setNote(null);
      setNotice({ text: 'Note saved.' });
      setFocusRequest({ id });
    },
    editTags: (id) => {
      setTagging(id);
      if (id === null && tagging) setFocusRequest({ id: tagging });
    },
    addTag: (id, tag) => void applyEdit(addClipTag(db, id, tag)),
    removeTag: (id, tag) => void applyEdit(removeClipTag(db, id, tag)),
    remove: (clip) => void remove(clip),
    copy: async (clip) => {
      try {
        await navigator.clipboard.writeText(markdownCitation(clip));
        setNotice({ text: 'Citation copied as Markdown.' });
      } catch (error) {
        setNotice({ text: `Could not copy: ${error instanceof Error ? error.message : String(error)}`, error: true });
      }
    },
    open: (clip) => void window.open(clip.textFragmentUrl, '_blank', 'noopener,noreferrer'),
  };

  // "/" jumps to the search field; Ctrl+Z (⌘Z) undoes the last delete — both outside text fields.
  useEffect(() => {
    if (!active) return;
    const onKey = (e: KeyboardEvent) => {
      if (isTextField(e.target)) return;
      if (e.key === '/' && !e.ctrlKey && !e.metaKey && !e.altKey) {
        e.preventDefault();
        searchRef.current?.focus();
      } else if (e.key === 'z' && (e.ctrlKey || e.metaKey) && notice?.undo) {
        e.preventDefault();
        void undo(notice.undo);
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [active, notice, undo]);

  const exportShown = (kind: keyof typeof EXPORTS) => {
    const format = EXPORTS[kind];
    const fileName = exportFileName(kind);
    downloadFile(fileName, format.type, format.build(shown, overrides));
    setNotice({ text: `Exported ${count(shown.length)} as ${format.label}.` });
    if (kind === 'json') onExported?.({ kind: 'export', at: Date.now(), fileName, count: shown.length });
  };

  const onFile = async (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    e.target.value = '';
    if (!file) return;
    let plan: ImportPlan;
    try {
      plan =
        file.size > MAX_IMPORT_CHARS
          ? { ok: false, error: `This file is too large to be a Lodestone export (${Math.round(file.size / 1_000_000)} MB). Nothing was imported.` }
          : await previewImport(db, await file.text());
    } catch (error) {
      plan = { ok: false, error: `This file could not be read (${error instanceof Error ? error.message : String(error)}). Nothing was imported.` };
    }
    setImporting({ fileName: file.name, plan, busy: false });
  };

  const merge = async () => {
    if (!importing?.plan.ok) return;
    setImporting({ ...importing, busy: true });
    try {
      const { added, skipped } = await mergeImport(db, importing.plan.fresh);
      const corrections = await importSourceOverrides(importing.plan.sourceOverrides);
      const corrected = corrections.added > 0 ? ` ${corrections.added} source-label ${corrections.added === 1 ? 'correction' : 'corrections'} restored.` : '';
      setNotice({ text: `Imported ${count(added)}.${skipped ? ` ${count(skipped)} reached your library meanwhile and were skipped.` : ''}${corrected}` });
      if (added > 0) onImported?.();
    } catch (error) {
      setNotice({ text: `Nothing was imported: ${storageErrorText(error)}`, error: true });
    }
    setImporting(null);
  };

  const importButton = (
    <button type="button" onClick={() => fileRef.current?.click()}>
      Import JSON…
    </button>
  );

  const clipLogged = async (entry: LoggedSignal) => {
    try {
      const { clip, created } = await clipLoggedSignal(db, entry);
      if (created) store.applyLocal({ put: clip });
      setNotice({ text: created ? 'Clipped.' : 'Already in your library.' });
    } catch (error) {
      failed('clip the signal', error);
    }
  };

  const filtered = query.trim() !== '' || isFilterActive(filter);
  const status = !snapshot.complete
    ? 'Loading clips…'
    : filtered
      ? `${shown.length.toLocaleString()} of ${count(clips.length)}`
      : count(clips.length);

  return (
    <div className="library">
      {/* One file input for every Import button, outside the views that come and go. */}
      <input ref={fileRef} type="file" accept="application/json,.json" hidden aria-label="Clip export file to import" onChange={(e) => void onFile(e)} />
      {selection ? (
        <>
          <TrendSelectionBar selection={selection} clipCount={shown.length} logged={logged} onClip={clipLogged} onClear={() => onClearSelection?.()} />
          {shown.length > 0 && <ClipList rows={rows} handlers={handlers} tagOptions={tagOptions} note={note} tagging={tagging} focusRequest={focusRequest} />}
        </>
      ) : !snapshot.complete && snapshot.clips.length === 0 ? (
        <p className="empty" role="status">Loading clips…</p>
      ) : snapshot.complete && snapshot.clips.length === 0 ? (
        <EmptyLibrary importButton={importButton} shortcut={shortcut} />
      ) : (
        <>
          <LibraryToolbar
            query={query}
            onQuery={setQuery}
            searchRef={searchRef}
            filter={filter}
            onFilter={setFilter}
            facets={facets}
            sort={sort}
            onSort={setSort}
            grouping={grouping}
            onGrouping={setGrouping}
          />
          <div className="library__bar">
            <p className="library__count" role="status" aria-live="polite">{status}</p>
            <div className="library__io" role="group" aria-label={`Export the ${count(shown.length)} shown`}>
              <span className="library__io-label" aria-hidden="true">Export</span>
              {(Object.keys(EXPORTS) as (keyof typeof EXPORTS)[]).map((kind) => (
                <button key={kind} type="button" onClick={() => exportShown(kind)} disabled={!snapshot.complete || shown.length === 0} aria-label={`Export ${count(shown.length)} as ${EXPORTS[kind].label}`}>
                  {EXPORTS[kind].label}
                </button>
              ))}
              {importButton}
            </div>
          </div>
          {snapshot.complete && shown.length === 0 ? (
            <div className="empty">
              <p>No clip matches {query.trim() ? <>“{query.trim()}”{isFilterActive(filter) ? ' with these filters' : ''}</> : 'these filters'}.</p>
              <button type="button" onClick={() => { setQuery(''); setFilter(NO_FILTER); }}>
                Clear search and filters
              </button>
            </div>
          ) : (
            <ClipList rows={rows} handlers={handlers} tagOptions={tagOptions} note={note} tagging={tagging} focusRequest={focusRequest} />
          )}
        </>
      )}
      <div className="notice" role="status" aria-live="polite">
        {notice && (
          <div className={notice.error ? 'notice__box notice__box--error' : 'notice__box'}>
            <span>{notice.text}</span>
            {notice.undo && (
              <button type="button" onClick={() => void undo(notice.undo!)} aria-keyshortcuts="Control+Z">
                Undo
              </button>
            )}
            <button type="button" aria-label="Dismiss" onClick={() => setNotice(null)}>
              ×
            </button>
          </div>
        )}
      </div>
      {importing && (
        <ImportDialog
          fileName={importing.fileName}
          plan={importing.plan}
          busy={importing.busy}
          onMerge={() => void merge()}
          onClose={() => setImporting(null)}
        />
      )}
    </div>
  );
}

/** The selected signals that are in the reading log, newest first (read by primary key). */
function useSelectedLog(db: ClipDatabase, selection: TrendSelection | null): LoggedSignal[] {
  return useLiveQuery(
    async () => {
      if (!selection) return [];
      const found = (await db.readingLog.bulkGet([...selection.ids])).filter((e): e is LoggedSignal => e !== undefined);
      return found.sort((a, b) => b.seenAt - a.seenAt);
    },
    [db, selection],
    [] as LoggedSignal[],
  );
}

/** The reader's source-label corrections, kept current, for the JSON export. */
function useSourceOverrides(): SourceOverride[] {
  const [list, setList] = useState<SourceOverride[]>([]);
  useEffect(() => {
    let alive = true;
    void readSourceOverrides().then((l) => alive && setList(l));
    const unwatch = watchSourceOverrides(setList);
    return () => {
      alive = false;
      unwatch();
    };
  }, []);
  return list;
}

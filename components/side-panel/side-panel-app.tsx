import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import type { Category, Signal } from '@/lib/analysis-result';
import type { ClipDatabase } from '@/lib/clips/clip-db';
import { clipsForUrl } from '@/lib/clips/clip-queries';
import { dedupeKey } from '@/lib/clips/dedupe-key';
import type { LastExport, WipedLibrary } from '@/lib/clips/library-health';
import { LibraryView } from './library-view';
import { type PageState, ThisPageView } from './this-page-view';
import type { TrendSelection } from './trends/trend-selection';
import { TrendsView } from './trends/trends-view';
import { useLibraryStore } from './use-library';
import { WipedNotice } from './wiped-notice';

export interface SidePanelAppProps {
  db: ClipDatabase;
  page: PageState;
  onJump: (index: number) => void;
  /** Clips every signal of a category of the page; resolves to a sentence saying what happened. */
  onClipCategory?: (category: Category) => Promise<string>;
  /** The shortcut that opens the panel, for the empty library to mention. */
  shortcut?: string | null;
  /** The library was found wiped (lib/clips/library-health.ts): the notice, until restored or dismissed. */
  wiped?: WipedLibrary | null;
  lastExport?: LastExport | null;
  onDismissWiped?: () => void;
  /** A JSON export was saved (remembered for the wiped notice). */
  onExported?: (entry: LastExport) => void;
  /** Shown under the bar, above both views: the missing-site-access notice (components/site-access/). */
  notice?: ReactNode;
}

type View = 'page' | 'library' | 'trends';
const VIEWS: readonly { id: View; label: string }[] = [
  { id: 'page', label: 'This page' },
  { id: 'library', label: 'Library' },
  { id: 'trends', label: 'Trends' },
];
/** The panel reopens on the view the reader used last (a reader who lives in the library gets it back). */
const VIEW_KEY = 'lodestone:view';

function initialView(): View {
  try {
    const stored = localStorage.getItem(VIEW_KEY);
    return VIEWS.find((v) => v.id === stored)?.id ?? 'page';
  } catch {
    return 'page';
  }
}

/** The clips of the page's article, to mark its signals already clipped. */
function useSavedOnPage(db: ClipDatabase, url: string | null): (signal: Signal) => boolean {
  const keys = useLiveQuery(async () => (url ? new Set((await clipsForUrl(db, url)).map((c) => c.dedupeKey)) : new Set<string>()), [db, url]);
  return useMemo(() => (signal: Signal) => !!url && !!keys?.has(dedupeKey(url, signal.text)), [keys, url]);
}

export function SidePanelApp({ db, page, onJump, onClipCategory, shortcut = null, wiped = null, lastExport = null, onDismissWiped, onExported, notice }: SidePanelAppProps) {
  const [view, setViewState] = useState<View>(initialView);
  const [importRequest, setImportRequest] = useState(0);
  const tabs = useRef<(HTMLButtonElement | null)[]>([]);
  const isSaved = useSavedOnPage(db, page.result?.url ?? null);
  // Trends' selections open the Library, whose clips load once it is shown.
  const store = useLibraryStore(db, view === 'library');
  const [libraryOpened, setLibraryOpened] = useState(view === 'library');
  if (view === 'library' && !libraryOpened) setLibraryOpened(true);
  const [trendsOpened, setTrendsOpened] = useState(view === 'trends');
  if (view === 'trends' && !trendsOpened) setTrendsOpened(true);
  const [selection, setSelection] = useState<TrendSelection | null>(null);

  const setView = (next: View) => {
    setViewState(next);
    try {
      localStorage.setItem(VIEW_KEY, next);
    } catch {
      // Storage unavailable (private mode): the panel still works, it just opens on "This page".
    }
  };

  // WAI-ARIA tabs: one Tab stop, arrow keys move between tabs and activate them.
  const onTabKey = (e: KeyboardEvent<HTMLButtonElement>, i: number) => {
    const next = e.key === 'ArrowRight' ? i + 1 : e.key === 'ArrowLeft' ? i - 1 : e.key === 'Home' ? 0 : e.key === 'End' ? VIEWS.length - 1 : null;
    if (next === null) return;
    e.preventDefault();
    const target = (next + VIEWS.length) % VIEWS.length;
    setView(VIEWS[target]!.id);
    tabs.current[target]?.focus();
  };

  return (
    <div className="app">
      <header className="app__bar">
        <span className="app__name">Lodestone</span>
        <nav className="tabs" role="tablist" aria-label="Views">
          {VIEWS.map((v, i) => (
            <button
              key={v.id}
              ref={(el) => {
                tabs.current[i] = el;
              }}
              type="button"
              role="tab"
              id={`tab-${v.id}`}
              aria-controls={`view-${v.id}`}
              aria-selected={view === v.id}
              tabIndex={view === v.id ? 0 : -1}
              onClick={() => setView(v.id)}
              onKeyDown={(e) => onTabKey(e, i)}
            >
              {v.label}
            </button>
          ))}
        </nav>
      </header>
      {notice}
      {wiped && (
        <WipedNotice
          wiped={wiped}
          lastExport={lastExport}
          onRestore={() => {
            setView('library');
            setImportRequest((n) => n + 1);
          }}
          onDismiss={() => onDismissWiped?.()}
        />
      )}
      {/* The library stays mounted once opened, hidden on "This page": its search, filters and
          scroll position survive a look at the page. */}
      <main id="view-page" className="app__main app__main--page" role="tabpanel" aria-labelledby="tab-page" hidden={view !== 'page'}>
        <ThisPageView page={page} onJump={onJump} onClipCategory={onClipCategory} isSaved={isSaved} />
      </main>
      {libraryOpened && (
        <main id="view-library" className="app__main app__main--library" role="tabpanel" aria-labelledby="tab-library" hidden={view !== 'library'}>
          <LibraryView
            db={db}
            store={store}
            shortcut={shortcut}
            active={view === 'library'}
            importRequest={importRequest}
            onImported={() => wiped && onDismissWiped?.()}
            onExported={onExported}
            selection={selection}
            onClearSelection={() => setSelection(null)}
          />
        </main>
      )}
      {trendsOpened && (
        <main id="view-trends" className="app__main app__main--trends" role="tabpanel" aria-labelledby="tab-trends" hidden={view !== 'trends'}>
          <TrendsView
            db={db}
            onSelect={(next) => {
              setSelection(next);
              setLibraryOpened(true);
              setView('library');
            }}
          />
        </main>
      )}
    </div>
  );
}

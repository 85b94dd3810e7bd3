import { useState } from 'react';
import type { ClipDatabase } from '@/lib/clips/clip-db';
import { LibraryView } from './library-view';
import { type PageState, ThisPageView } from './this-page-view';

export interface SidePanelAppProps {
  db: ClipDatabase;
  page: PageState;
  onJump: (index: number) => void;
}

type View = 'page' | 'library';

export function SidePanelApp({ db, page, onJump }: SidePanelAppProps) {
  const [view, setView] = useState<View>('page');
  return (
    <div className="app">
      <header className="app__bar">
        <span className="app__name">Lodestone</span>
        <nav className="tabs" role="tablist" aria-label="Views">
          <button type="button" role="tab" aria-selected={view === 'page'} onClick={() => setView('page')}>This page</button>
          <button type="button" role="tab" aria-selected={view === 'library'} onClick={() => setView('library')}>Library</button>
        </nav>
      </header>
      <main className="app__main" role="tabpanel" aria-label={view === 'page' ? 'This page' : 'Library'}>
        {view === 'page' ? <ThisPageView page={page} onJump={onJump} /> : <LibraryView db={db} />}
      </main>
    </div>
  );
}

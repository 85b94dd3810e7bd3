import { createRoot } from 'react-dom/client';
import { SidePanelApp } from '@/components/side-panel/side-panel-app';
import { SiteAccessNotice, perSiteHint } from '@/components/site-access/site-access-notice';
import { useSiteAccess } from '@/components/site-access/use-site-access';
import '@/components/side-panel/side-panel.css';
import { openClipDb } from '@/lib/clips/clip-db';
import { trackLibraryWrites } from '@/lib/clips/library-health';
import { clipCategory } from './clip-category';
import { scrollTabTo } from './scroll-tab-to';
import { useActiveTabAnalysis } from './use-active-tab-analysis';
import { useLibraryHealth } from './use-library-health';
import { useOpenShortcut } from './use-shortcut';

// The side panel (Chrome side_panel, Firefox sidebar_action): "This page" and "Library".
const db = openClipDb();
// The panel's own writes (imports, deletes, edits) keep the wiped-library marker in step too.
trackLibraryWrites(db);

function App() {
  const page = useActiveTabAnalysis();
  const shortcut = useOpenShortcut();
  const tabId = page.tabId;
  const health = useLibraryHealth(db);
  const siteAccess = useSiteAccess();
  return (
    <SidePanelApp
      db={db}
      page={page}
      shortcut={shortcut}
      onJump={(index) => tabId !== null && void scrollTabTo(tabId, index)}
      onClipCategory={tabId === null ? undefined : (category) => clipCategory(tabId, category)}
      wiped={health.wiped}
      lastExport={health.lastExport}
      onDismissWiped={health.dismiss}
      onExported={health.exported}
      notice={<SiteAccessNotice state={siteAccess} perSiteHint={perSiteHint(import.meta.env.FIREFOX)} />}
    />
  );
}

createRoot(document.getElementById('root')!).render(<App />);

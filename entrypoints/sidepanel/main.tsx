import { createRoot } from 'react-dom/client';
import { SidePanelApp } from '@/components/side-panel/side-panel-app';
import '@/components/side-panel/side-panel.css';
import { openClipDb } from '@/lib/clips/clip-db';
import { clipCategory } from './clip-category';
import { scrollTabTo } from './scroll-tab-to';
import { useActiveTabAnalysis } from './use-active-tab-analysis';
import { useOpenShortcut } from './use-shortcut';

// The side panel (Chrome side_panel, Firefox sidebar_action): "This page" and "Library".
const db = openClipDb();

function App() {
  const page = useActiveTabAnalysis();
  const shortcut = useOpenShortcut();
  const tabId = page.tabId;
  return (
    <SidePanelApp
      db={db}
      page={page}
      shortcut={shortcut}
      onJump={(index) => tabId !== null && void scrollTabTo(tabId, index)}
      onClipCategory={tabId === null ? undefined : (category) => clipCategory(tabId, category)}
    />
  );
}

createRoot(document.getElementById('root')!).render(<App />);

import { createRoot } from 'react-dom/client';
import { SidePanelApp } from '@/components/side-panel/side-panel-app';
import '@/components/side-panel/side-panel.css';
import { openClipDb } from '@/lib/clips/clip-db';
import { useActiveTabAnalysis } from './use-active-tab-analysis';
import { scrollTabTo } from './scroll-tab-to';

// The side panel (Chrome side_panel, Firefox sidebar_action): "This page" and "Library".
const db = openClipDb();

function App() {
  const page = useActiveTabAnalysis();
  return <SidePanelApp db={db} page={page} onJump={(index) => page.tabId !== null && void scrollTabTo(page.tabId, index)} />;
}

createRoot(document.getElementById('root')!).render(<App />);

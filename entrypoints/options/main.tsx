import { useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { OptionsApp } from '@/components/options/options-app';
import '@/components/options/options.css';
import { type Settings, readSettings, updateSettings, watchSettings } from '@/lib/settings';

// The options page: settings in extension storage (local:settings), validated by lib/settings.ts
// on every read and write. Open readers follow changes through watchSettings.
function App() {
  const [settings, setSettings] = useState<Settings | null>(null);
  useEffect(() => {
    void readSettings().then(setSettings);
    return watchSettings(setSettings);
  }, []);
  if (!settings) return null;
  return (
    <OptionsApp
      settings={settings}
      onChange={async (change) => {
        // Shown at once (a controlled checkbox must not lag behind the click); the stored value,
        // validated by updateSettings, replaces it a moment later (an invalid change reverts).
        setSettings((current) => current && { ...current, ...change });
        setSettings(await updateSettings(() => change));
      }}
    />
  );
}

createRoot(document.getElementById('root')!).render(<App />);

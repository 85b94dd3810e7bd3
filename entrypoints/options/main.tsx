import { useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { browser } from 'wxt/browser';
import type { BackupFieldProps } from '@/components/options/backup-field';
import { OptionsApp } from '@/components/options/options-app';
import { SiteAccessNotice, perSiteHint } from '@/components/site-access/site-access-notice';
import { useSiteAccess } from '@/components/site-access/use-site-access';
import '@/components/options/options.css';
import type { BackupInterval } from '@/lib/clips/backup';
import { useLiveQuery } from 'dexie-react-hooks';
import { openClipDb } from '@/lib/clips/clip-db';
import { type LastExport, readLastBackup, watchLastBackup } from '@/lib/clips/library-health';
import { forgetReadingLog } from '@/lib/reading-log/reading-log';
import { type Settings, readSettings, updateSettings, watchSettings } from '@/lib/settings';

const DOWNLOADS = { permissions: ['downloads' as const] };
// The reading log's count and "forget" (lib/reading-log/); the page is in the extension's origin.
const db = openClipDb();

// The options page: settings in extension storage (local:settings), validated by lib/settings.ts
// on every read and write. Open readers follow changes through watchSettings.
function App() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [lastBackup, setLastBackup] = useState<LastExport | null>(null);
  const [status, setStatus] = useState<BackupFieldProps['status']>(null);
  const siteAccess = useSiteAccess();
  const logCount = useLiveQuery(() => db.readingLog.count(), [], null);
  useEffect(() => {
    void readSettings().then(async (s) => {
      setSettings(s);
      // The reader may have taken the permission back in the browser's extension settings.
      if (s.backupEvery !== 'off' && !(await browser.permissions.contains(DOWNLOADS))) {
        setStatus({ text: 'Lodestone no longer has permission to save files, so no backup is made. Choose how often again to grant it.', error: true });
      }
    });
    void readLastBackup().then(setLastBackup);
    const unwatch = [watchSettings(setSettings), watchLastBackup(setLastBackup)];
    return () => unwatch.forEach((f) => f());
  }, []);
  if (!settings) return null;

  const change = async (next: Partial<Settings>) => {
    // Shown at once (a controlled checkbox must not lag behind the click); the stored value,
    // validated by updateSettings, replaces it a moment later (an invalid change reverts).
    setSettings((current) => current && { ...current, ...next });
    setSettings(await updateSettings(() => next));
  };

  const onBackup = (every: BackupInterval) => {
    if (every === 'off') {
      setStatus(null);
      void change({ backupEvery: 'off' });
      void browser.permissions.remove(DOWNLOADS).catch(() => {});
      return;
    }
    // Asked here, in the reader's click, before anything is awaited: the browser shows its prompt
    // only for a user gesture.
    const asked = browser.permissions.request(DOWNLOADS);
    setStatus({ text: 'Lodestone is asking your browser for permission to save files…' });
    asked.then(
      async (granted) => {
        if (!granted) {
          setStatus({ text: 'Without permission to save files, the automatic backup stays off.', error: true });
          return;
        }
        await change({ backupEvery: every });
        setStatus({ text: 'Automatic backup on. The first one is saved now.' });
      },
      (err: unknown) => setStatus({ text: `The browser refused: ${err instanceof Error ? err.message : String(err)}`, error: true }),
    );
  };

  return (
    <OptionsApp
      settings={settings}
      onChange={change}
      backup={{ lastBackup, status, onChange: onBackup }}
      readingLog={{ count: logCount, onForget: () => forgetReadingLog(db) }}
      notice={<SiteAccessNotice state={siteAccess} perSiteHint={perSiteHint(import.meta.env.FIREFOX)} />}
    />
  );
}

createRoot(document.getElementById('root')!).render(<App />);

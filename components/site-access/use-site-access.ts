import { useEffect, useState } from 'react';
import { type SiteAccess, readSiteAccess, requestSiteAccess, watchSiteAccess } from '@/lib/site-access';

/** Where the reader's answer to the browser's prompt stands. */
export type AskState = 'idle' | 'asking' | 'granted' | 'refused';

export interface SiteAccessState {
  /** null until read. */
  access: SiteAccess | null;
  ask: AskState;
  /** Must be called from the click itself (the browser prompts only for a user gesture). */
  allow: () => void;
}

export function useSiteAccess(): SiteAccessState {
  const [access, setAccess] = useState<SiteAccess | null>(null);
  const [ask, setAsk] = useState<AskState>('idle');
  useEffect(() => {
    void readSiteAccess().then(setAccess, () => setAccess(null));
    return watchSiteAccess(setAccess);
  }, []);
  const allow = () => {
    const asked = requestSiteAccess();
    setAsk('asking');
    asked.then(
      (granted) => {
        setAsk(granted ? 'granted' : 'refused');
        if (granted) setAccess('all');
      },
      () => setAsk('refused'),
    );
  };
  return { access, ask, allow };
}

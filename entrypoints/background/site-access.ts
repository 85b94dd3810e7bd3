import { browser } from 'wxt/browser';
import { readSiteAccess } from '@/lib/site-access';

/**
 * First use: installed without access to any website (Firefox MV3 lets the reader withhold it),
 * Lodestone would do nothing and say nothing. The options page opens and asks (its notice has the
 * one-click grant). Registered at start: the browser fires onInstalled once, right after loading.
 */
export function askSiteAccessAtInstall(): void {
  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason !== 'install') return;
    void readSiteAccess()
      .then((access) => (access === 'none' ? browser.runtime.openOptionsPage() : undefined))
      .catch((err: unknown) => console.error('[lodestone] site access', err));
  });
}

import { browser } from 'wxt/browser';

/**
 * The reader's grant of website access. Firefox MV3 treats host_permissions as optional: the
 * reader may decline them or take them back (about:addons › Permissions), and then the gate runs on
 * no page and Lodestone does nothing at all, silently. The side panel and the options page say so
 * and ask (components/site-access/); the background opens the options page at install when the
 * grant is missing (entrypoints/background/site-access.ts).
 */

/** Every site, as host_permissions asks (wxt.config.ts). */
export const SITE_ORIGINS = ['http://*/*', 'https://*/*'];

/** all: every site; some: sites the reader picked one by one (a choice, not a gap: no asking); none. */
export type SiteAccess = 'all' | 'some' | 'none';

export function siteAccessOf(origins: readonly string[]): SiteAccess {
  if (origins.includes('<all_urls>') || SITE_ORIGINS.every((o) => origins.includes(o))) return 'all';
  return origins.some((o) => /^(\*|https?):\/\//.test(o)) ? 'some' : 'none';
}

export async function readSiteAccess(): Promise<SiteAccess> {
  return siteAccessOf((await browser.permissions.getAll()).origins ?? []);
}

/** Calls `onChange` whenever a grant is added or withdrawn (also from the browser's own settings). */
export function watchSiteAccess(onChange: (access: SiteAccess) => void): () => void {
  const changed = () => void readSiteAccess().then(onChange, () => {});
  browser.permissions.onAdded.addListener(changed);
  browser.permissions.onRemoved.addListener(changed);
  return () => {
    browser.permissions.onAdded.removeListener(changed);
    browser.permissions.onRemoved.removeListener(changed);
  };
}

/**
 * Asks the browser for every site. Call it from the reader's click before anything is awaited: the
 * browser shows its prompt only during a user gesture.
 */
export function requestSiteAccess(): Promise<boolean> {
  return browser.permissions.request({ origins: SITE_ORIGINS });
}

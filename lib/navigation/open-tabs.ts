import { isWebPage } from './page-route';

/** What the sweep needs to know of a tab (a subset of tabs.Tab). */
export interface OpenTab {
  id?: number;
  url?: string;
  status?: string;
  discarded?: boolean;
}

/**
 * The tabs the gate is run in when Lodestone starts a new life (install, update, enable): open
 * http(s) pages that have finished loading. A tab still loading runs the gate itself (the manifest's
 * content script, at document_idle); a discarded tab has no document, and runs it when reloaded.
 */
export function tabsForSweep(tabs: readonly OpenTab[]): number[] {
  return tabs.flatMap((t) => (t.id !== undefined && t.id >= 0 && isWebPage(t.url) && t.status === 'complete' && !t.discarded ? [t.id] : []));
}

import type { SiteAccessState } from './use-site-access';
import './site-access-notice.css';

export interface SiteAccessNoticeProps {
  state: SiteAccessState;
  /** How this browser lets the reader allow single sites instead (its menus differ). */
  perSiteHint?: string;
}

/**
 * Shown while Lodestone may read no website: says what that means and asks, in one click, for the
 * access Lodestone needs. After a grant it says once that open pages need a reload (the gate only
 * starts with a page load). Nothing when some or all sites are allowed.
 */
export function SiteAccessNotice({ state, perSiteHint }: SiteAccessNoticeProps) {
  const { access, ask, allow } = state;
  if (access !== 'none') {
    return ask === 'granted' ? (
      <p className="site-access__done" role="status">
        Lodestone may now read the pages you open. Reload a page already open to analyze it.
      </p>
    ) : null;
  }
  return (
    <section className="site-access" role="alert" aria-labelledby="site-access-title">
      <h2 id="site-access-title" className="site-access__title">Lodestone cannot read the pages you open</h2>
      <p>
        Your browser has not given Lodestone access to websites, so it finds no article, highlights nothing and shows no banner.
        It needs that access to look at each page you open for rare-earth news. Pages are analyzed on this device; nothing
        leaves it.
      </p>
      <div className="site-access__buttons">
        <button type="button" className="primary" onClick={allow} disabled={ask === 'asking'}>
          Allow on all websites
        </button>
      </div>
      {ask === 'asking' && <p role="status">Answer your browser’s prompt to continue.</p>}
      {ask === 'refused' && (
        <p className="site-access__refused" role="status">
          Not allowed: Lodestone stays inactive on every page.
        </p>
      )}
      {perSiteHint && <p className="site-access__hint">{perSiteHint}</p>}
    </section>
  );
}

/** Where each browser lets the reader allow one site at a time. */
export function perSiteHint(firefox: boolean): string {
  return firefox
    ? 'To allow single sites instead: the Extensions button (the puzzle piece) › Lodestone › Always allow on this site.'
    : 'To allow single sites instead: chrome://extensions › Lodestone › Details › Site access › On specific sites.';
}

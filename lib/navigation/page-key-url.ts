import { canonicalUrl } from '@/lib/clips/canonical-url';

/**
 * The URL a page's analysis (and its clips) are filed under after a same-document navigation.
 * An app often leaves the previous page's <link rel=canonical> in place while it shows another
 * (a front page's, or the first article's): the analysis then names the page the reader left.
 * When the canonical URL is the one of the address the reader came from, and not the one of the
 * address shown now, the address is the better key. `previousAddress` is null after a full load.
 */
export function pageKeyUrl(analysisUrl: string, address: string, previousAddress: string | null): string {
  if (previousAddress === null) return analysisUrl;
  const named = pageKey(analysisUrl);
  // A page left at "/?edition=eu" names "/" as its canonical URL: the query is tried off as well.
  const namesPageLeft = named === pageKey(previousAddress) || named === pageKey(previousAddress.replace(/[?#].*$/s, ''));
  return namesPageLeft && named !== pageKey(address) ? address : analysisUrl;
}

/** The canonical URL without its scheme: a page served over http often names its https twin. */
function pageKey(url: string): string {
  return canonicalUrl(url).replace(/^https?:/i, '');
}

/**
 * One address per article, so that the same article reached through a newsletter link, a share
 * link or with a `#comments` anchor gives the same dedupe key and the same "saved on this page".
 */

/** Click identifiers and campaign tags: they name the visit, not the document. */
const TRACKING_PARAMS = new Set([
  'fbclid',
  'gclid',
  'dclid',
  'gbraid',
  'wbraid',
  'msclkid',
  'yclid',
  'igshid',
  'mc_cid',
  'mc_eid',
]);

function isTrackingParam(name: string): boolean {
  const lower = name.toLowerCase();
  return lower.startsWith('utm_') || TRACKING_PARAMS.has(lower);
}

function parse(url: string): URL | null {
  try {
    return new URL(url.trim());
  } catch {
    return null;
  }
}

function withoutTracking(params: URLSearchParams): URLSearchParams {
  return new URLSearchParams([...params].filter(([name]) => !isTrackingParam(name)));
}

/**
 * Lower-cased host (the URL parser does it), no fragment, no tracking parameters, remaining
 * parameters sorted (their order never names a different article), no trailing slash on the path.
 * An unparsable string is returned trimmed, so callers still get a stable (if unhelpful) key.
 */
export function canonicalUrl(url: string): string {
  const parsed = parse(url);
  if (!parsed) return url.trim();
  parsed.hash = '';
  const params = withoutTracking(parsed.searchParams);
  params.sort();
  const query = params.toString();
  parsed.search = query ? `?${query}` : '';
  if (parsed.pathname.length > 1) parsed.pathname = parsed.pathname.replace(/\/+$/, '') || '/';
  return parsed.href;
}

/**
 * The visited URL minus tracking parameters and fragment, otherwise untouched (path and parameter
 * order kept): a link meant to be opened, where a changed trailing slash could 404 or redirect.
 */
export function stripTrackingParams(url: string): string {
  const parsed = parse(url);
  if (!parsed) return url.split('#', 1)[0] ?? url;
  parsed.hash = '';
  const query = withoutTracking(parsed.searchParams).toString();
  parsed.search = query ? `?${query}` : '';
  return parsed.href;
}

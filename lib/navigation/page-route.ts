/**
 * The part of a URL that names the page a reader sees. A plain fragment (`#section-2`, a jump
 * within the article) is left out; a fragment used as a path by a hash-routed app (`#/news/…`,
 * `#!/news/…`: the two conventions of client-side hash routers) is kept, because changing it shows
 * another article.
 */
export function pageRoute(url: string): string {
  const hash = url.indexOf('#');
  if (hash === -1) return url;
  return isHashRoute(url.slice(hash)) ? url : url.slice(0, hash);
}

/** Whether a fragment (with its `#`) is a hash-router path rather than an anchor. */
export function isHashRoute(fragment: string): boolean {
  return fragment.startsWith('#/') || fragment.startsWith('#!');
}

/** Whether going from one URL to the other shows another page (not a jump within the same one). */
export function routeChanged(from: string, to: string): boolean {
  return pageRoute(from) !== pageRoute(to);
}

/**
 * Whether a same-document navigation the browser reported (pushState / replaceState / the
 * Navigation API: "history"; a fragment change: "fragment") shows another page. `previous` is the
 * tab's last URL as the background saw it, unknown when the service worker started since; then a
 * history change counts, and a fragment change only when the new fragment is a route.
 */
export function showsAnotherPage(previous: string | undefined, url: string, kind: 'history' | 'fragment'): boolean {
  if (previous !== undefined) return routeChanged(previous, url);
  if (kind === 'history') return true;
  const hash = url.indexOf('#');
  return hash !== -1 && isHashRoute(url.slice(hash));
}

/** An http(s) page: the only pages the gate runs in (the manifest's matches). */
export function isWebPage(url: string | undefined): url is string {
  return url !== undefined && /^https?:\/\//i.test(url);
}

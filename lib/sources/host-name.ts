import { parse } from 'tldts';

export interface HostParts {
  /** Lower-case ASCII host (IDNs in punycode), no trailing dot. */
  host: string;
  /** The registrable domain ("news.cn" for english.news.cn; "www.gov.cn", since gov.cn is a suffix). */
  registrable: string;
}

/**
 * Host and registrable domain of a URL or a bare host. Unicode and punycode spellings of an IDN
 * give the same ASCII host (WHATWG URL does the IDNA mapping; it is a language API, not a DOM one),
 * so the registry needs one spelling only. Private suffixes count (foo.blogspot.com stays itself),
 * so a listing can never spread to every site of a shared hosting platform.
 */
export function hostParts(urlOrHost: string): HostParts | null {
  const host = asciiHost(urlOrHost);
  if (!host) return null;
  const parsed = parse(host, { allowPrivateDomains: true });
  if (parsed.isIp || !parsed.domain) return null;
  return { host, registrable: parsed.domain };
}

function asciiHost(input: string): string | null {
  const trimmed = input.trim();
  if (!trimmed) return null;
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(trimmed) ? trimmed : `http://${trimmed}`;
  let hostname: string;
  try {
    hostname = new URL(withScheme).hostname;
  } catch {
    return null;
  }
  const host = hostname.replace(/\.+$/, '').toLowerCase();
  return host.includes('.') ? host : null;
}

/**
 * The candidate registry keys for a host, most specific first, stopping at the registrable
 * domain: english.news.cn → english.news.cn, news.cn. "www." needs no special case: it is just
 * the first, unlisted label.
 */
export function hostKeys(parts: HostParts): string[] {
  const labels = parts.host.split('.');
  const floor = parts.registrable.split('.').length;
  const keys: string[] = [];
  for (let i = 0; labels.length - i >= floor; i++) keys.push(labels.slice(i).join('.'));
  return keys;
}

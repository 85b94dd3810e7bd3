import { hostParts } from './host-name';
import type { SourceOverride } from './source-override';

/** The reader's correction for a URL's or a domain's site (its registrable domain), if any. */
export function overrideFor(overrides: readonly SourceOverride[], urlOrDomain: string | null): SourceOverride | null {
  if (!urlOrDomain) return null;
  const domain = hostParts(urlOrDomain)?.registrable ?? null;
  return (domain && overrides.find((o) => o.domain === domain)) || null;
}

import { hostParts } from './host-name';
import { lookupDomain } from './lookup-domain';
import { overrideFor } from './override-for';
import type { SourceOverride } from './source-override';
import { isStateLevel } from './source-level';

/**
 * Whether a URL's site is state-linked by its domain alone (the registry, or the reader's
 * correction): only pages of such sites are worth serializing for the every-article banner. A map
 * lookup, no page access.
 */
export function stateLinkedSite(url: string, overrides: readonly SourceOverride[]): boolean {
  if (!/^https?:/i.test(url) || !hostParts(url)) return false;
  const level = overrideFor(overrides, url)?.level ?? lookupDomain(url)?.level ?? 'unknown';
  return isStateLevel(level);
}

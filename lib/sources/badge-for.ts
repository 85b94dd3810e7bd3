import { hostParts } from './host-name';
import { lookupDomain } from './lookup-domain';
import { overrideFor } from './override-for';
import type { SourceOverride } from './source-override';

export interface Badge {
  level: 'state-controlled' | 'state-aligned';
  /** Badge text: two letters fit the toolbar badge at every zoom. */
  text: 'SC' | 'SA';
  /** Background colour; white text on it has a contrast ratio of at least 4.5:1. */
  color: string;
  /** The action's tooltip: outlet, domain, level, country, and whether it is the reader's correction. */
  title: string;
}

/** The banner's colours (components/in-page/in-page.css), so the badge and the banner agree. */
const STYLE = {
  'state-controlled': { text: 'SC', color: '#b3261e', words: 'state-controlled media' },
  'state-aligned': { text: 'SA', color: '#8f3f12', words: 'state-aligned media' },
} as const;

/**
 * The toolbar badge for a tab's URL, from the domain alone (no page access): "SC" or "SA" when the
 * site is a state-controlled or state-aligned outlet (or the reader corrected it to one), else null.
 * State-affiliated sites (companies' own sites), publicly funded independent outlets and unknown
 * sites get no badge: the badge is a warning, and those are not.
 */
export function badgeFor(url: string, overrides: readonly SourceOverride[] = []): Badge | null {
  const parts = hostParts(url);
  if (!parts || !/^https?:/i.test(url.trim())) return null;
  const match = lookupDomain(url);
  const override = overrideFor(overrides, parts.registrable);
  const level = override?.level ?? match?.level ?? 'unknown';
  if (level !== 'state-controlled' && level !== 'state-aligned') return null;
  const style = STYLE[level];
  const who = `${match?.name ?? parts.registrable} (${parts.registrable})`;
  const country = match?.country ? ` of ${match.country}` : '';
  const source = override ? ' (your correction)' : '';
  return {
    level,
    text: style.text,
    color: style.color,
    title: `Lodestone: ${who} is ${style.words}${country}${source}. Open the side panel for details.`,
  };
}

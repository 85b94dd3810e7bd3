import type { SourceLevel } from '../analysis-result';
import { CURATED_ENTERPRISES, CURATED_SITES, OUTLET_NAMES, WIRE_NAMES } from './curated';
import { hostParts } from './host-name';
import { matchView } from './match-view';
import { fromEnterprise, registryIndex } from './registry-index';

/**
 * Someone an article can relay: a state or public outlet, an independent wire, or a
 * state-owned enterprise. What detection needs to know, and what a Relay reports.
 */
export interface Speaker {
  id: string;
  kind: 'outlet' | 'wire' | 'enterprise';
  name: string;
  level: SourceLevel;
  country: string | null;
  description: string | null;
  reference: string | null;
  /** Registrable domains of the outlet's sites: an outlet does not relay itself. */
  domains: string[];
  /** For enterprises: the id of the owning enterprise (a trade arm's group). */
  parentId: string | null;
  /** Sticky test at a mention's end: what follows makes the name something else ("CCTV footage"). */
  notFollowedBy: RegExp | null;
}

export interface SpeakerNames {
  speakers: Speaker[];
  /** Every alias in its match-view spelling (curly apostrophes evened out) → its speaker. */
  byAlias: Map<string, Speaker>;
  /** One alternation of all aliases, longest first (a longer name wins where both start). */
  pattern: RegExp;
}

let names: SpeakerNames | null = null;

/** Built once, on first use. */
export function speakerNames(): SpeakerNames {
  names ??= build();
  return names;
}

function build(): SpeakerNames {
  const speakers: Speaker[] = [];
  const byAlias = new Map<string, Speaker>();
  const add = (speaker: Speaker, aliases: readonly string[]) => {
    speakers.push(speaker);
    for (const alias of aliases) {
      const key = matchView(alias);
      if (!byAlias.has(key)) byAlias.set(key, speaker);
    }
  };

  const { byHost } = registryIndex();
  for (const group of OUTLET_NAMES) {
    const m = byHost.get(group.domain);
    if (!m) continue;
    const hosts = [group.domain, ...(group.alsoDomains ?? [])];
    add(
      {
        id: `outlet:${group.domain}`,
        kind: 'outlet',
        name: group.name,
        level: m.level,
        country: m.country,
        description: group.description,
        reference: m.reference,
        domains: hosts.map((h) => hostParts(h)?.registrable ?? h),
        parentId: null,
        notFollowedBy: followerPattern(group.notFollowedBy ?? []),
      },
      group.aliases,
    );
  }
  for (const wire of WIRE_NAMES) {
    add(
      {
        id: `wire:${wire.name}`,
        kind: 'wire',
        name: wire.name,
        level: 'unknown',
        country: wire.country,
        description: wire.description,
        reference: null,
        domains: [],
        parentId: null,
        notFollowedBy: null,
      },
      wire.aliases,
    );
  }
  for (const e of CURATED_ENTERPRISES) {
    const m = fromEnterprise(e.id);
    if (!m) continue;
    add(
      {
        id: `enterprise:${e.id}`,
        kind: 'enterprise',
        name: e.name,
        level: e.level,
        country: e.country,
        description: e.description,
        reference: e.reference,
        domains: CURATED_SITES.filter((site) => site.enterpriseId === e.id).map((site) => hostParts(site.domain)?.registrable ?? site.domain),
        parentId: e.parentId,
        notFollowedBy: null,
      },
      e.aliases,
    );
  }
  const alternation = [...byAlias.keys()]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join('|');
  return { speakers, byAlias, pattern: new RegExp(alternation, 'gu') };
}

/**
 * One sticky pattern for what may not follow a name: characters of an unspaced script glued to it
 * (中国网|络), or a word after a space, whole and in any case ("CCTV footage", "Xinhua road").
 */
function followerPattern(followers: readonly string[]): RegExp | null {
  if (followers.length === 0) return null;
  const glued = followers.filter((f) => UNSPACED_SCRIPT.test(f)).map(escapeRegExp);
  const words = followers.filter((f) => !UNSPACED_SCRIPT.test(f)).map(escapeRegExp);
  const parts = [
    ...(glued.length ? [`(?:${glued.join('|')})`] : []),
    ...(words.length ? [`\\s+(?:${words.join('|')})(?![\\p{L}\\p{N}])`] : []),
  ];
  return new RegExp(parts.join('|'), 'iuy');
}

const UNSPACED_SCRIPT = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

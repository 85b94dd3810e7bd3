import type { Relay, SourceAssessment, SourceLevel } from './analysis-result';

const LEVEL_WORDS: Record<SourceLevel, string> = {
  'state-controlled': 'state-controlled',
  'state-aligned': 'state-aligned',
  'state-affiliated': 'state-affiliated',
  'public-independent': 'publicly funded, editorially independent',
  unknown: 'not in the registry',
};

export function levelWords(level: SourceLevel): string {
  return LEVEL_WORDS[level];
}

/** The relays that speak for the text (photo credits do not), strongest first. */
export function textRelays(source: SourceAssessment): Relay[] {
  const rank: Record<SourceLevel, number> = {
    'state-controlled': 0, 'state-aligned': 1, 'state-affiliated': 2, 'public-independent': 3, unknown: 4,
  };
  return source.relays
    .filter((r) => r.kind !== 'photo-credit' && r.level !== 'unknown' && r.level !== 'public-independent')
    .sort((a, b) => rank[a.level] - rank[b.level]);
}

/**
 * One line naming who speaks, as shown in the banner's title, the side panel and every clip
 * ("the source label as it was when clipped").
 */
export function sourceLabel(source: SourceAssessment): string {
  const p = source.publisher;
  const who = p.name ?? p.domain ?? 'This site';
  switch (source.banner) {
    case 'state-controlled':
    case 'state-aligned':
    case 'state-affiliated':
      return `${who}: ${LEVEL_WORDS[source.banner]} publisher${p.country ? ` (${p.country})` : ''}`;
    case 'relays-state': {
      const r = textRelays(source)[0];
      const origin = r ? `${r.name}${r.description ? `, ${r.description}` : ''}` : 'a state-linked source';
      return `Relays a ${r ? LEVEL_WORDS[r.level] : 'state-linked'} source: ${origin}`;
    }
    default:
      return p.level === 'public-independent' ? `${who}: ${LEVEL_WORDS[p.level]}` : `${who}`;
  }
}

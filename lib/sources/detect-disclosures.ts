import type { SourceLevel } from '../analysis-result';
import { type Span } from './sentence-spans';

/**
 * Sentences in which an article discloses where it comes from or who paid for it: "Disclaimer:
 * This news item originates from a media outlet affiliated with a Chinese state-owned
 * enterprise.", FARA notices ("distributed by … on behalf of …"), sponsored content.
 */
const DISCLOSURE = new RegExp(
  [
    String.raw`\b(?:disclaimer|disclosure|editor's note|note to readers)\s*:`,
    String.raw`\b(?:this|the)\s+(?:news\s+item|article|story|content|report|piece|item|material|information|post|news)\s+(?:was\s+|is\s+|has\s+been\s+)?(?:originates|originated|comes|came|republished|reproduced|reprinted|provided|produced|supplied|sponsored|paid\s+for)\s+(?:from|by)\b`,
    String.raw`\b(?:originates|originated)\s+from\b`,
    String.raw`\bdistributed\s+by\b[^;!?]{1,160}?\bon\s+behalf\s+of\b`,
    String.raw`\b(?:sponsored|paid)\s+(?:content|post|feature|supplement)\b`,
    String.raw`\bpaid\s+for\s+by\b`,
    String.raw`本文(?:来源|转载自|转自)`,
  ].join('|'),
  'giu',
);

/** What a disclosure is about: provenance, affiliation, payment. A "Disclaimer:" about investment advice is not one. */
const ABOUT_ORIGIN =
  /state|government|affiliat|originat|sponsor|paid|produced by|provided by|on behalf of|republish|reprint|reproduc|syndicat|owned|agency|outlet|media|来源|转载|转自/iu;

/** "affiliated with a Chinese state-owned enterprise", "from Russian state media". */
const STATE_PARTY =
  /\b(?:affiliated\s+with|owned\s+by|operated\s+by|run\s+by|belonging\s+to|part\s+of|from|of|by)\s+(?:a|an|the)?\s*(?:(\p{Lu}\p{Ll}+)\s+)?(state-owned\s+(?:enterprise|company|group|firm|corporation)|state\s+enterprise|SOE|state-owned\s+media|state-run\s+media|state-controlled\s+media|state\s+media|state\s+news\s+agency|government(?:\s+agency)?)\b/u;

const ORIGIN_PHRASE = /\b(?:originates|originated|comes|came)\s+from\s+(?:a|an|the)\s+([^.;]{3,120})/iu;

const COUNTRY_OF_ADJECTIVE: Record<string, string> = {
  Chinese: 'China',
  Russian: 'Russia',
  Iranian: 'Iran',
  Turkish: 'Turkey',
  Qatari: 'Qatar',
  Belarusian: 'Belarus',
  Venezuelan: 'Venezuela',
  Cuban: 'Cuba',
  Syrian: 'Syria',
  Vietnamese: 'Vietnam',
};

export interface Disclosure {
  sentence: Span;
  /** When the disclosure names a state party, what it says about it. */
  state: { name: string; level: SourceLevel; country: string | null; description: string } | null;
}

/**
 * The disclosure sentences of a block (spans in the block's text), each with the state party it
 * names, if any. `view` is the block's match view; `sentenceAt` gives the sentence of an index.
 */
export function detectDisclosures(text: string, view: string, sentenceAt: (at: number) => Span): Disclosure[] {
  const out: Disclosure[] = [];
  for (const m of view.matchAll(DISCLOSURE)) {
    const sentence = sentenceAt(m.index);
    if (out.some((d) => d.sentence.start === sentence.start)) continue;
    const sentenceView = view.slice(sentence.start, sentence.end);
    if (!ABOUT_ORIGIN.test(sentenceView)) continue;
    out.push({ sentence, state: stateParty(text.slice(sentence.start, sentence.end), sentenceView) });
  }
  return out;
}

function stateParty(text: string, view: string): Disclosure['state'] {
  const party = STATE_PARTY.exec(view);
  if (!party) return null;
  const adjective = party[1] ?? null;
  const country = adjective ? (COUNTRY_OF_ADJECTIVE[adjective] ?? null) : null;
  const what = party[2]!.toLowerCase();
  const enterprise = /enterprise|company|group|firm|corporation|soe/.test(what);
  const level: SourceLevel = enterprise ? 'state-affiliated' : 'state-controlled';
  const description = `${adjective && country ? `${adjective} ` : ''}${enterprise ? 'state-owned enterprise' : what.replace(/-/g, ' ')}`;
  const origin = ORIGIN_PHRASE.exec(view);
  const name = origin
    ? `Unnamed ${text.slice(origin.index + origin[0].length - origin[1]!.length, origin.index + origin[0].length).replace(/[\s.]+$/, '')}`
    : `Unnamed ${description}`;
  return { name, level, country, description };
}

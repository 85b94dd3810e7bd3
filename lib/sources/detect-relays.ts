import type { ArticleText, TextBlock } from '../analysis/article-text';
import type { Relay } from '../analysis-result';
import { classifyMention, type RelayKind } from './classify-mention';
import { detectDisclosures } from './detect-disclosures';
import { detectOrigins, type Subject } from './detect-origins';
import { findMentions, type Mention } from './find-mentions';
import { hostParts } from './host-name';
import { lookupDomain, lookupOutletName } from './lookup-domain';
import { matchView } from './match-view';
import { normalizeName, registryOutletNames } from './normalize-name';
import { sentenceSpans, spanAt, type Span } from './sentence-spans';
import { isStateLevel } from './source-level';
import type { Speaker } from './speakers';

export interface RelayDetection {
  relays: Relay[];
  /** The article's own disclosure sentences, verbatim. */
  disclosures: string[];
  /**
   * Names of relays that only carried an independent wire's text ("This Reuters report was carried
   * by CGTN" over a "(Reuters)" dateline): reported, but the words are the wire's, not the outlet's.
   */
  carriers: string[];
}

interface Block {
  text: string;
  kind: TextBlock['kind'];
  view: string;
  mentions: Mention[];
}

interface Candidate {
  key: string;
  /** Reading order: block, then offset. */
  block: number;
  at: number;
  relay: Relay;
  carrier?: boolean;
}

/** A dateline, a credit or a named origin says more than an attribution; a photo credit least. */
const KIND_STRENGTH: Record<RelayKind, number> = { dateline: 0, credit: 1, origin: 1, attribution: 2, 'photo-credit': 3 };

/**
 * Who the article relays: outlets and wires named in datelines, credits and attributions, photo
 * credits (kept apart: they do not relay the text), state-owned enterprises named as the origin of
 * the content, and the article's own disclosures. One relay per speaker, with its strongest
 * evidence, in reading order. An outlet is never reported as relaying itself.
 */
export function detectRelays(article: ArticleText): RelayDetection {
  const blocks = article.blocks.map(prepare);
  const isSelf = selfTest(article.meta.url);
  const subject = articleSubject(article.meta.title, blocks);
  const candidates: Candidate[] = [];
  const disclosures: string[] = [];
  const disclosed: Candidate[] = [];

  blocks.forEach((b, bi) => {
    // Sentences are cut only in blocks that need them (most blocks name nobody).
    let spans: Span[] | null = null;
    const sentenceOf = (at: number) => spanAt((spans ??= sentenceSpans(b.view)), at, b.text.length);
    for (const m of b.mentions) {
      if (m.speaker.kind === 'enterprise' || isSelf(m.speaker)) continue;
      const found = classifyMention({ view: b.view, kind: b.kind, sentence: sentenceOf(m.start) }, m);
      if (found) {
        const relay = relayOf(m.speaker, found.kind, quote(b.text, found.evidence));
        candidates.push({ key: m.speaker.id, block: bi, at: m.start, relay, carrier: found.carrier === true });
      }
    }
    const origins = detectOrigins({
      text: b.text,
      view: b.view,
      mentions: b.mentions.filter((m) => m.speaker.kind === 'enterprise'),
      sentenceStart: (at) => sentenceOf(at).start,
      articleSubject: subject,
    });
    for (const o of origins) candidates.push({ key: `origin:${normalizeName(o.relay.name)}`, block: bi, at: o.at, relay: o.relay });
    for (const d of detectDisclosures(b.text, b.view, sentenceOf)) {
      const sentence = quote(b.text, d.sentence);
      if (!disclosures.includes(sentence)) disclosures.push(sentence);
      if (d.state) {
        const relay: Relay = { ...d.state, kind: 'origin', evidence: sentence, reference: null };
        disclosed.push({ key: `disclosed:${normalizeName(d.state.name)}`, block: bi, at: d.sentence.start, relay });
      }
    }
  });

  // A disclosure that names an unnamed state party supports a relay already found (the seed's
  // disclaimer backs its trade-company origin); it stands as a relay of its own only when alone.
  for (const d of disclosed) {
    const supported = candidates.some(
      (c) => c.relay.kind !== 'photo-credit' && isStateLevel(c.relay.level) && (d.relay.country === null || c.relay.country === d.relay.country),
    );
    if (!supported) candidates.push(d);
  }
  const carriers = wireCarriers(candidates);
  const relays = strongestPerSpeaker(candidates).map((r) => (carriers.has(r) ? { ...r, description: carriedWire(r, carriers.get(r)!) } : r));
  return { relays, disclosures, carriers: [...carriers.keys()].map((r) => r.name) };
}

/**
 * State outlets named only as the carrier of a text whose dateline or credit is an independent
 * wire's, mapped to that wire. An outlet also quoted or credited in its own right is no carrier.
 */
function wireCarriers(candidates: Candidate[]): Map<Relay, string> {
  const wire = candidates.find((c) => c.key.startsWith('wire:') && (c.relay.kind === 'dateline' || c.relay.kind === 'credit'));
  const out = new Map<Relay, string>();
  if (!wire) return out;
  const byKey = new Map<string, Candidate[]>();
  for (const c of candidates) byKey.set(c.key, [...(byKey.get(c.key) ?? []), c]);
  for (const list of byKey.values()) {
    const textual = list.filter((c) => c.relay.kind !== 'photo-credit');
    if (textual.length > 0 && textual.every((c) => c.carrier) && isStateLevel(textual[0]!.relay.level)) {
      for (const c of textual) out.set(c.relay, wire.relay.name);
    }
  }
  return out;
}

function carriedWire(relay: Relay, wire: string): string {
  return `${relay.description ?? 'outlet'}; here only the carrier of a ${wire} wire`;
}

function prepare(block: TextBlock): Block {
  const view = matchView(block.text);
  return { text: block.text, kind: block.kind, view, mentions: findMentions(view) };
}

function quote(text: string, span: Span): string {
  return text.slice(span.start, span.end).trim();
}

function relayOf(speaker: Speaker, kind: RelayKind, evidence: string): Relay {
  return {
    name: speaker.name,
    level: speaker.level,
    kind,
    description: speaker.description,
    country: speaker.country,
    evidence,
    reference: speaker.reference,
  };
}

/**
 * The outlet that publishes the page: its own datelines ("(Xinhua)" on news.cn) are not relays,
 * nor is its masthead on its other sites (People's Daily on people.cn and people.com.cn). Known by
 * the page's registrable domain, or by the names its registry entry gives it.
 */
export function selfTest(url: string): (speaker: Speaker) => boolean {
  const registrable = hostParts(url)?.registrable ?? null;
  const publisher = lookupDomain(url);
  // Not the parent: the Global Times quoting People's Daily (its parent) still relays it.
  const names = publisher ? registryOutletNames(publisher.outlet) : [];
  const selfNames = new Set(names.map((n) => lookupOutletName(n)?.name).filter((n): n is string => !!n));
  const selfId = publisher ? lookupOutletName(publisher.outlet)?.key ?? publisher.key : null;
  return (speaker) =>
    (registrable !== null && speaker.domains.includes(registrable)) ||
    (selfId !== null && speaker.id === `outlet:${selfId}`) ||
    (speaker.kind === 'outlet' && selfNames.has(speaker.name));
}

/** The enterprise the article is about: the first one its title names, else its body. */
function articleSubject(title: string | null, blocks: Block[]): Subject | null {
  if (title) {
    const first = findMentions(matchView(title)).find((m) => m.speaker.kind === 'enterprise');
    if (first) return { speaker: first.speaker, written: title.slice(first.start, first.end) };
  }
  for (const b of blocks) {
    const first = b.mentions.find((m) => m.speaker.kind === 'enterprise');
    if (first) return { speaker: first.speaker, written: b.text.slice(first.start, first.end) };
  }
  return null;
}

function strongestPerSpeaker(candidates: Candidate[]): Relay[] {
  const best = new Map<string, Candidate>();
  for (const c of candidates) {
    const held = best.get(c.key);
    if (!held || KIND_STRENGTH[c.relay.kind] < KIND_STRENGTH[held.relay.kind]) best.set(c.key, c);
  }
  return [...best.values()].sort((a, b) => a.block - b.block || a.at - b.at).map((c) => c.relay);
}

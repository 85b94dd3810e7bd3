import type { Relay } from '../analysis-result';
import { CURATED_ENTERPRISES } from './curated';
import type { Mention } from './find-mentions';
import type { Speaker } from './speakers';

/** The enterprise an article is about, as the article writes its name ("Northern Rare Earth Group"). */
export interface Subject {
  speaker: Speaker;
  written: string;
}

const DOC_NOUN = String.raw`(?:update|statement|notice|report|announcement|article|post|posting|press release|release|filing|document|bulletin|circular|briefing|summary|review|outlook|newsletter|commentary|analysis|WeChat post|social media post|disclosure)s?`;
const DOC_ADJ = String.raw`(?:new|latest|recent|fresh|brief|short|official|annual|quarterly|monthly|weekly|year-end|mid-year|internal|public|online|written|detailed|strategy|market|trade|business|work)`;
const PUBLISHED = String.raw`(?:published|issued|released|posted|put out|shared|distributed|made public|circulated)`;

/**
 * A phrase that names where the content comes from: "according to a new update published by",
 * "in a statement issued by", "published by", "according to".
 */
const ORIGIN_FRAME = new RegExp(
  String.raw`\b(?:(?:according to|citing|based on|per|in)\s+(?:a|an|the|its|their)\s+(?:${DOC_ADJ}\s+){0,3}${DOC_NOUN}\s+(?:${PUBLISHED}\s+(?:by|on|via|through)|from|by|of)|${PUBLISHED}\s+by|(?<bare>according to))\s+`,
  'giu',
);

const STATE_WORD = String.raw`(?:state-(?:affiliated|owned|backed|run|controlled|linked)|government-(?:owned|backed|run|controlled))`;
/** A unit's proper name ends in an organization word: "International Trade Company", "Information Center". */
const UNIT_NAME = String.raw`(?:\p{Lu}[\p{L}&-]*\s+){0,5}(?:Company|Co\.|Corporation|Corp\.|Group|Center|Centre|Institute|Association|Department|Bureau|Office|Limited|Ltd\.|Arm|Unit|Platform|Network|Website|Agency|Division|Branch|Holdings|Subsidiary|Affiliate)(?!\p{L})`;
const UNIT_NOUN = String.raw`(?:trading arm|trade arm|trading unit|trade unit|trading company|trade company|subsidiary|unit|arm|affiliate|platform|website|official account|WeChat account|media outlet|news outlet|news platform|information cent(?:er|re))(?!\p{L})`;

/** "its state-affiliated International Trade Company", "the group's trading arm". */
const POSSESSIVE_TARGET = new RegExp(
  String.raw`(?:its|their|the company's|the group's|the firm's|the enterprise's)\s+(?:(${STATE_WORD})\s+)?(${UNIT_NAME}|${UNIT_NOUN})`,
  'uy',
);
/** After an enterprise's name: "'s International Trade Company". */
const NAME_UNIT = new RegExp(String.raw`'s\s+(?:(${STATE_WORD})\s+)?(${UNIT_NAME}|${UNIT_NOUN})`, 'uy');
const ARTICLE_BEFORE_NAME = /(?:the\s+|China's\s+|Chinese\s+)?/iy;

export interface OriginInput {
  text: string;
  view: string;
  /** Enterprise mentions of this block. */
  mentions: Mention[];
  /** Sentence start of a position (to find the company a sentence names). */
  sentenceStart: (at: number) => number;
  /** The enterprise the article is about, if any (title first, then body). */
  articleSubject: Subject | null;
}

export interface OriginFound {
  at: number;
  relay: Relay;
}

/**
 * A state-owned enterprise, or its trade arm, named as the origin of the content (the seed:
 * "according to a new update published by its state-affiliated International Trade Company").
 * "its" is the company the sentence names, else the article's subject. A state word in the
 * text ("state-affiliated") is evidence enough for the level even when the company is not curated.
 */
export function detectOrigins(input: OriginInput): OriginFound[] {
  const found: OriginFound[] = [];
  for (const frame of input.view.matchAll(ORIGIN_FRAME)) {
    const at = frame.index + frame[0].length;
    // "according to its CEO" quotes a person; only a named document or publisher makes "its …" an origin.
    const possessive = frame.groups?.['bare'] ? null : possessiveOrigin(input, frame.index, at);
    const relay = possessive ?? namedOrigin(input, frame.index, at);
    if (relay) found.push({ at: frame.index, relay });
  }
  return found;
}

function possessiveOrigin(input: OriginInput, frameStart: number, at: number): Relay | null {
  POSSESSIVE_TARGET.lastIndex = at;
  const m = POSSESSIVE_TARGET.exec(input.view);
  if (!m) return null;
  const stateWord = m[1] ?? null;
  const unit = input.text.slice(at + m[0].length - m[2]!.length, at + m[0].length);
  const subject = sentenceSubject(input, frameStart) ?? input.articleSubject;
  if (!subject && !stateWord) return null;
  const child = subject ? childUnit(subject.speaker, unit) : null;
  const owner = child ?? subject?.speaker ?? null;
  return {
    name: subject ? `${subject.written}'s ${unit}` : unit,
    level: owner?.level ?? 'state-affiliated',
    kind: 'origin',
    description: owner?.description ?? 'state-owned enterprise',
    country: owner?.country ?? null,
    evidence: input.text.slice(frameStart, at + m[0].length),
    reference: owner?.reference ?? null,
  };
}

function namedOrigin(input: OriginInput, frameStart: number, at: number): Relay | null {
  ARTICLE_BEFORE_NAME.lastIndex = at;
  const lead = ARTICLE_BEFORE_NAME.exec(input.view)?.[0].length ?? 0;
  const mention = input.mentions.find((x) => x.start === at + lead);
  if (!mention) return null;
  NAME_UNIT.lastIndex = mention.end;
  const unitMatch = NAME_UNIT.exec(input.view);
  const written = input.text.slice(mention.start, mention.end);
  const unit = unitMatch ? input.text.slice(mention.end + unitMatch[0].length - unitMatch[2]!.length, mention.end + unitMatch[0].length) : null;
  const child = unit ? childUnit(mention.speaker, unit) : null;
  const owner = child ?? mention.speaker;
  return {
    name: unit ? `${written}'s ${unit}` : written,
    level: owner.level,
    kind: 'origin',
    description: owner.description,
    country: owner.country,
    evidence: input.text.slice(frameStart, unitMatch ? mention.end + unitMatch[0].length : mention.end),
    reference: owner.reference,
  };
}

/** The last enterprise the sentence names before the frame ("China’s Northern Rare Earth Group … its"). */
function sentenceSubject(input: OriginInput, frameStart: number): Subject | null {
  const from = input.sentenceStart(frameStart);
  const inSentence = input.mentions.filter((x) => x.start >= from && x.end <= frameStart);
  const last = inSentence[inSentence.length - 1];
  return last ? { speaker: last.speaker, written: input.text.slice(last.start, last.end) } : null;
}

/** A curated unit of the enterprise that the unit's words name ("International Trade Company"). */
function childUnit(parent: Speaker, unit: string): Speaker | null {
  const words = unit.toLowerCase();
  const child = CURATED_ENTERPRISES.find(
    (e) => `enterprise:${e.parentId}` === parent.id && e.aliases.some((a) => a.toLowerCase().includes(words)),
  );
  if (!child) return null;
  return {
    id: `enterprise:${child.id}`,
    kind: 'enterprise',
    name: child.name,
    level: child.level,
    country: child.country,
    description: child.description,
    reference: child.reference,
    domains: [],
    parentId: child.parentId,
    notFollowedBy: null,
  };
}

import { CATEGORIES, type Category } from '../analysis-result';
import type { SentenceRecord } from './detect-signals';
import { firstMaterials } from './find-entities';
import { strongestEvidence } from './signal-features';

const MAX_CUE_LENGTH = 60;

/**
 * The reason a signal's card shows: the cue that was read, what it is about and who acts.
 * The cue is the strongest of the category, else a word of change or quantity. When the only
 * words read belong to another category (the category model placed the sentence: "supplies
 * magnets to makers of drones" has a demand cue and reads as supply), the reason quotes them as
 * wording, not as a cue of the category shown. When none was read (the signal model took the
 * sentence on its words and its neighbours) the reason says so: naming the category as its own
 * cue ("demand cue 'demand'") was 17 of 1,178 reasons on the real-news excerpts and told the
 * reader nothing.
 */
export function signalReason(record: SentenceRecord, category: Category, carried: boolean): string {
  const { first } = record.evidence.families;
  const cue = strongestEvidence(record.evidence, category) ?? first.fall ?? first.rise ?? first.quantity ?? null;
  const wording = cue ?? CATEGORIES.map((c) => first[c]).find(Boolean) ?? record.evidence.classification?.cue ?? null;
  const relevance = record.relevance;
  const about = carried ? "the previous sentence's subject" : (relevance?.about ?? aboutOf(record));
  const actor = relevance?.actor ? `, actor ${relevance.actor}` : '';
  if (wording === null) return `${category} read from the sentence's wording and its neighbours, about ${about}${actor}`;
  if (cue === null) return `${category} read from the wording ('${shown(wording)}') and its neighbours, about ${about}${actor}`;
  return `${category} cue '${shown(cue)}' about ${about}${actor}`;
}

/** A cue as the card quotes it: spaces folded, lower case, at most MAX_CUE_LENGTH characters. */
function shown(cue: string): string {
  const flat = cue.replace(/\s+/g, ' ').trim();
  return (flat.length > MAX_CUE_LENGTH ? `${flat.slice(0, MAX_CUE_LENGTH - 1)}…` : flat).toLowerCase();
}

function aboutOf(record: SentenceRecord): string {
  return firstMaterials(record.evidence.mentions) || "the article's subject";
}

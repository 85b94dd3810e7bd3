import { speakerNames, type Speaker } from './speakers';

export interface Mention {
  start: number;
  end: number;
  speaker: Speaker;
}

const WORD_CHAR = /[\p{L}\p{N}]/u;
/**
 * Scripts written without spaces, or (Korean) with particles glued to names ("신화통신은",
 * "Xinhua" + topic particle): a name there has no word boundary to check.
 */
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

/**
 * Where known speakers are named in a match-view text, as whole words ("RT" never inside "ART",
 * "Xinhua" never inside "Xinhuanet" unless that is the alias). One pass of one precompiled
 * alternation: linear in the text.
 */
export function findMentions(view: string): Mention[] {
  const { byAlias, pattern } = speakerNames();
  const mentions: Mention[] = [];
  for (const m of view.matchAll(pattern)) {
    const start = m.index;
    const end = start + m[0].length;
    const speaker = byAlias.get(m[0]);
    if (!speaker) continue;
    if (!UNSPACED.test(m[0]) && (WORD_CHAR.test(view[start - 1] ?? '') || WORD_CHAR.test(view[end] ?? ''))) continue;
    if (followedByLookalike(speaker, view, end)) continue;
    mentions.push({ start, end, speaker });
  }
  return mentions;
}

/** "CCTV footage", "中国网络": what follows turns the name into something else. */
function followedByLookalike(speaker: Speaker, view: string, end: number): boolean {
  const re = speaker.notFollowedBy;
  if (!re) return false;
  re.lastIndex = end;
  return re.test(view);
}

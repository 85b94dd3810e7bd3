import { ENGLISH_MARKERS, OTHER_LATIN_MARKERS } from './lexicon';

/**
 * Signal detection is English-first (issue 3, item 1): its cue phrases are English, so a Japanese,
 * French or Russian sentence would only ever match by accident ("EV" in a Japanese sentence, the
 * French "production" or "quotas" beside a French verb). Topic scoring covers the nine languages;
 * signals are looked for in sentences that read as English, whatever the page's `lang` says (a
 * template's `lang="en"` on a French page, an English quote on a Chinese one).
 */

const ENGLISH = new Set(ENGLISH_MARKERS);
const OTHER = new Set(OTHER_LATIN_MARKERS);
const LETTER = /\p{L}/gu;
const LATIN_LETTER = /\p{Script=Latin}/gu;
const WORD = /\p{L}+(?:['’]\p{L}+)*/gu;
/** Below this share of Latin letters the sentence is in another script (CJK, Cyrillic, Hangul…). */
const MIN_LATIN_SHARE = 0.8;

/**
 * Whether the sentence is English prose: Latin script, and English function words, no fewer than the
 * other languages'; with none of either (bullet points: "Dysprosium oxide up 6% on week"), no
 * accented letters of those languages.
 */
export function isEnglishSentence(sentence: string): boolean {
  const letters = sentence.match(LETTER)?.length ?? 0;
  if (letters === 0) return false;
  const latin = sentence.match(LATIN_LETTER)?.length ?? 0;
  if (latin / letters < MIN_LATIN_SHARE) return false;
  let english = 0;
  let other = 0;
  for (const word of sentence.match(WORD) ?? []) {
    const lower = word.toLowerCase();
    if (ENGLISH.has(lower)) english++;
    else if (OTHER.has(lower)) other++;
  }
  if (english === 0) return other === 0 && !hasForeignLetters(sentence);
  return english >= other;
}

/** Letters of French, German, Spanish and Portuguese that English words do not use ("é", "ß", "ñ", "ã"). */
function hasForeignLetters(sentence: string): boolean {
  return /[àâäçéèêëîïôöùûüÿñãõßœ]/iu.test(sentence);
}

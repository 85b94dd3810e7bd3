import { BMP_FLAGS, charAt, LATIN, LETTER as LETTER_FLAG, learnFlags } from './char-class';
import { ENGLISH_MARKERS, OTHER_LATIN_MARKERS } from './lexicon';
import { lowerCase } from './required-literals';

/**
 * Which reading a sentence gets: the cue patterns of lexicon.ts are English clauses, so a Japanese,
 * French or Russian sentence would only ever match them by accident ("EV" in a Japanese sentence,
 * the French "production" or "quotas" beside a French verb). Sentences that read as English get the
 * cue patterns, whatever the page's `lang` says (a template's `lang="en"` on a French page, an
 * English quote on a Chinese one); the others get the word families of cue-families.ts and the
 * family rule (detect-signals.ts).
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
  const lower = lowerCase(sentence);
  // Words are looked up in the lower-cased sentence; that is each word lower-cased on its own
  // unless lower-casing changes a length (İ) or depends on the next word (final Σ).
  if (lower.length !== sentence.length || sentence.includes('Σ')) return isEnglishMatched(sentence);
  const n = sentence.length;
  let letters = 0;
  let latin = 0;
  let english = 0;
  let other = 0;
  let i = 0;
  while (i < n) {
    let at = flagsAt(sentence, i);
    if ((at & IS_LETTER) === 0) {
      if ((at & IS_LATIN) !== 0) latin++;
      i += at >>> 16;
      continue;
    }
    // A word: letters, and apostrophes between letters.
    const start = i;
    for (;;) {
      letters++;
      if ((at & IS_LATIN) !== 0) latin++;
      i += at >>> 16;
      if (i >= n) break;
      at = flagsAt(sentence, i);
      if ((at & IS_LETTER) !== 0) continue;
      const c = sentence.charCodeAt(i);
      if ((c !== 0x27 && c !== 0x2019) || i + 1 >= n) break;
      const after = flagsAt(sentence, i + 1);
      if ((after & IS_LETTER) === 0) break;
      i++;
      at = after;
    }
    const marker = markerAt(lower, start, i);
    if (marker === ENGLISH_WORD) english++;
    else if (marker === OTHER_WORD) other++;
  }
  return verdict(letters, latin, english, other, sentence);
}

function verdict(letters: number, latin: number, english: number, other: number, sentence: string): boolean {
  if (letters === 0) return false;
  if (latin / letters < MIN_LATIN_SHARE) return false;
  if (english === 0) return other === 0 && !hasForeignLetters(sentence);
  return english >= other;
}

/**
 * The markers (ENGLISH first, then OTHER) in an open-addressing table by FNV-1a hash of their
 * UTF-16 code units, so that a word of the sentence is looked up in place: slicing each word and
 * hashing the slice for the Sets was 7 MB of allocation on the 1 MB article.
 */
const ENGLISH_WORD = 1;
const OTHER_WORD = 2;
const MARKER_SLOTS = 4096;
const markerWords: string[] = [];
const markerKinds: number[] = [];
const markerTable = new Int32Array(MARKER_SLOTS).fill(-1);

function markerHash(text: string, start: number, end: number): number {
  let h = 0x811c9dc5;
  for (let j = start; j < end; j++) h = Math.imul(h ^ text.charCodeAt(j), 0x01000193);
  return h >>> 0;
}

function addMarker(word: string, kind: number): void {
  let slot = markerHash(word, 0, word.length) & (MARKER_SLOTS - 1);
  while (markerTable[slot] !== -1) {
    if (markerWords[markerTable[slot] as number] === word) return; // ENGLISH keeps a word that OTHER also has
    slot = (slot + 1) & (MARKER_SLOTS - 1);
  }
  markerTable[slot] = markerWords.length;
  markerWords.push(word);
  markerKinds.push(kind);
}

for (const word of ENGLISH) addMarker(word, ENGLISH_WORD);
for (const word of OTHER) addMarker(word, OTHER_WORD);
if (markerWords.length * 2 > MARKER_SLOTS) throw new Error('english.ts: too many markers for the table');

/** ENGLISH_WORD or OTHER_WORD when text[start, end) is a marker, else 0: `ENGLISH.has(word)`, then `OTHER.has(word)`. */
function markerAt(text: string, start: number, end: number): number {
  let slot = markerHash(text, start, end) & (MARKER_SLOTS - 1);
  const length = end - start;
  for (let id = markerTable[slot] as number; id !== -1; id = markerTable[slot] as number) {
    const word = markerWords[id] as string;
    if (word.length === length && text.startsWith(word, start)) return markerKinds[id] as number;
    slot = (slot + 1) & (MARKER_SLOTS - 1);
  }
  return 0;
}

/** Held locally: an imported binding read in a hot loop costs a lookup per character under some loaders. */
const FLAGS = BMP_FLAGS;
const IS_LETTER = LETTER_FLAG;
const IS_LATIN = LATIN;

/** char-class.ts's flags of the character at `i`, with its length in the high bits. */
function flagsAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  return c < 0xd800 || c >= 0xe000 ? (FLAGS[c] || learnFlags(c)) | 0x10000 : charAt(text, i);
}

/** The same reading by regular expressions, for the sentences whose lower case does not line up. */
function isEnglishMatched(sentence: string): boolean {
  const letters = sentence.match(LETTER)?.length ?? 0;
  if (letters === 0) return false;
  const latin = sentence.match(LATIN_LETTER)?.length ?? 0;
  let english = 0;
  let other = 0;
  for (const word of sentence.match(WORD) ?? []) {
    const lower = word.toLowerCase();
    if (ENGLISH.has(lower)) english++;
    else if (OTHER.has(lower)) other++;
  }
  return verdict(letters, latin, english, other, sentence);
}

/** Letters of French, German, Spanish and Portuguese that English words do not use ("é", "ß", "ñ", "ã"). */
function hasForeignLetters(sentence: string): boolean {
  return /[àâäçéèêëîïôöùûüÿñãõßœ]/iu.test(sentence);
}

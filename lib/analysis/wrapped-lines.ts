import type { TextBlock } from './article-text';

/**
 * Hard-wrapped copy: wire text pasted with a line break every 60–80 characters (`<br>` after each
 * line, a plain-text release, a PDF copied into a page) comes out as one block per line, so every
 * sentence is cut into fragments that read as furniture and are never a signal. Four of the 318
 * real-news excerpts are written so (two in each split); in one dev excerpt 23 of 43 lines break
 * mid-sentence. A line break falls inside a sentence when the line before cannot end one — it ends
 * in a comma, a hyphen or an opening bracket, or in a word while the next line starts in lower case,
 * or in a word that never ends an English sentence ("and", "of", "the") — and both lines are body
 * prose. Scripts without case (Chinese, Japanese, Korean) are never joined: their lines say nothing
 * of where a sentence ends.
 */
const MIN_WRAPPED_LINE = 25;
/**
 * A line that ends in a word before a lower-case line must be this long: the shorter ones met in the
 * excerpts were furniture before a byline or a section name ("… 1 month ago" + "by AAP"), while
 * wrapped wire lines run 50–80 characters.
 */
const MIN_LINE_BEFORE_LOWER = 40;

/** Closing punctuation of a sentence or a quoted one, a colon that opens a list, an ellipsis. */
const ENDS_SENTENCE = /[.!?。！？…:;"”’»)\]]\s*$/u;
/** A comma, an opening bracket, or a word broken by a hyphen ("commit-"), not a spaced dash. */
const ENDS_OPEN = /(?:[,(]|\p{L}[-‐])\s*$/u;
const ENDS_IN_WORD = /\p{L}$/u;
const STARTS_LOWER = /^\p{Ll}/u;
const STARTS_PROSE = /^[\p{L}\p{N}$€£¥(“"'‘]/u;
const LAST_WORD = /(\p{L}+)\s*$/u;
/** Words that do not end an English sentence: articles, prepositions, conjunctions. */
const NEVER_LAST = new Set([
  'a', 'an', 'the', 'and', 'or', 'but', 'nor', 'of', 'to', 'in', 'on', 'at', 'by', 'for', 'from', 'with', 'into', 'onto',
  'as', 'than', 'that', 'which', 'who', 'whose', 'its', 'their', 'his', 'her', 'our', 'this', 'these', 'those', 'per',
  'about', 'over', 'under', 'between', 'after', 'before', 'since', 'until', 'while', 'if', 'when', 'where', 'whether',
  'is', 'are', 'was', 'were', 'be', 'been', 'has', 'have', 'had', 'will', 'would', 'could', 'should', 'may', 'might',
]);
const CASELESS = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

/**
 * Only a line's end is read: the last word, the closing mark. Reading the tail keeps the
 * end-anchored expressions linear on a hostile block (a megabyte of letters without a space would
 * make `(\p{L}+)\s*$` quadratic over the whole line).
 */
const TAIL = 64;

/** Whether a line ends as a sentence does (closing punctuation, a colon, a closing quote or bracket). */
export function endsSentence(line: string): boolean {
  return ENDS_SENTENCE.test(line.slice(-TAIL));
}

/** Whether the break between two lines of body prose falls inside a sentence. */
export function breaksInsideSentence(line: string, next: string): boolean {
  if (line.length < MIN_WRAPPED_LINE || endsSentence(line) || !STARTS_PROSE.test(next)) return false;
  const tail = line.slice(-TAIL);
  if (CASELESS.test(tail.slice(-2)) || CASELESS.test(next.slice(0, 2))) return false;
  if (ENDS_OPEN.test(tail)) return true;
  if (!ENDS_IN_WORD.test(tail)) return false;
  // A lone lower-case word after a caption is a section name ("world"), not the caption's end.
  if (STARTS_LOWER.test(next) && line.length >= MIN_LINE_BEFORE_LOWER && (/\s/u.test(next) || endsSentence(next))) return true;
  const last = LAST_WORD.exec(tail)?.[1]?.toLowerCase();
  return last !== undefined && NEVER_LAST.has(last);
}

/**
 * Joins runs of paragraph blocks whose breaks fall inside sentences, with a space (what the page's
 * text index reads at a `<br>`, so quotes from the joined text still anchor). Other blocks and
 * breaks are kept as they are; `joinable` may forbid more breaks (the real-news harness joins only
 * lines one line break apart). A joined block keeps the other fields of its first block.
 */
export function joinWrappedBlocks<B extends TextBlock>(blocks: readonly B[], joinable: (previous: B, next: B) => boolean = () => true): B[] {
  const out: B[] = [];
  let previous: B | undefined;
  for (const block of blocks) {
    const last = out[out.length - 1];
    if (last && previous && last.kind === 'paragraph' && block.kind === 'paragraph' && joinable(previous, block) && breaksInsideSentence(previous.text, block.text)) {
      out[out.length - 1] = { ...last, text: `${last.text} ${block.text}` };
    } else {
      out.push(block);
    }
    previous = block;
  }
  return out;
}

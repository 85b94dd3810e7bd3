import { BMP_FLAGS, charAt, HAN_KANA, HANGUL, learnFlags, LETTER, MARK, NUMBER } from './char-class';
import { lowerCase } from './required-literals';

/**
 * The hashed word buckets of a sentence (signal-features.ts, lexicalFeatures), read in one pass over
 * its lower-cased characters instead of two `matchAll` scans, with the hashes taken from the text in
 * place (no word strings) and the buckets collected in a reused table instead of a Set. Same buckets
 * as the definition:
 * - words: matches of `[\p{L}\p{M}]{2,}|\p{N}+(?:[.,]\p{N}+)*` (flags `gu`) on the lower-cased
 *   sentence that hold no unspaced-script character; a number counts as the token "#num", a word as
 *   its first six UTF-16 code units;
 * - unspaced-script runs (Han, Hiragana, Katakana, Hangul): each pair of adjacent characters, or the
 *   character alone in a run of one;
 * each token hashed with FNV-1a over its UTF-16 code units, modulo `buckets`; each bucket once,
 * ascending.
 */

/** Held locally: an imported binding read in a hot loop costs a lookup per character under some loaders. */
const FLAGS = BMP_FLAGS;
const LM = LETTER | MARK;
const IS_NUMBER = NUMBER;
const UNSPACED = HAN_KANA | HANGUL;

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

function hashString(token: string): number {
  let h = FNV_OFFSET;
  for (let i = 0; i < token.length; i++) {
    h ^= token.charCodeAt(i);
    h = Math.imul(h, FNV_PRIME);
  }
  return h;
}

const NUM_HASH = hashString('#num');

/** Reused between calls: which buckets are taken, and the list of them. */
let seen = new Uint8Array(0);
/** `seen.length - 1` when it is a power of two, else -1. */
let bucketMask = -1;
const found: number[] = [];

function flagsAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  return c < 0xd800 || c >= 0xe000 ? (FLAGS[c] || learnFlags(c)) | 0x10000 : charAt(text, i);
}

/** Takes a token's hash into the buckets (`seen.length` of them), each once. */
function take(h: number): void {
  // A power of two (LEXICAL_BUCKETS) takes the low bits: the same bucket without a division per word.
  const bucket = bucketMask >= 0 ? (h >>> 0) & bucketMask : (h >>> 0) % seen.length;
  if (seen[bucket] === 0) {
    seen[bucket] = 1;
    found.push(bucket);
  }
}

/**
 * The buckets of each sentence, views into shared blocks: a record keeps them as long as it lives,
 * and views are not copied by the young-generation collections they survive (signal-features.ts, featureRow).
 */
const BLOCK_LENGTH = 16384;
let block = new Int32Array(0);
let blockUsed = 0;
function bucketRow(length: number): Int32Array {
  if (blockUsed + length > block.length) {
    block = new Int32Array(Math.max(BLOCK_LENGTH, length));
    blockUsed = 0;
  }
  const row = block.subarray(blockUsed, blockUsed + length);
  blockUsed += length;
  return row;
}

export function lexicalBuckets(sentence: string, buckets: number): Int32Array {
  if (seen.length !== buckets) {
    seen = new Uint8Array(buckets);
    bucketMask = (buckets & (buckets - 1)) === 0 ? buckets - 1 : -1;
  }
  while (found.length > 0) found.pop();
  const lower = lowerCase(sentence);
  const n = lower.length;
  let anyUnspaced = 0;
  let i = 0;
  while (i < n) {
    const at = flagsAt(lower, i);
    anyUnspaced |= at;
    if ((at & LM) !== 0) {
      // A run of letters and marks: a word when it has two characters or more.
      const start = i;
      let chars = 0;
      let unspaced = false;
      let k = at;
      do {
        chars++;
        anyUnspaced |= k;
        if ((k & UNSPACED) !== 0) unspaced = true;
        i += k >>> 16;
        if (i >= n) break;
        k = flagsAt(lower, i);
      } while ((k & LM) !== 0);
      if (chars >= 2 && !unspaced) {
        let h = FNV_OFFSET;
        const end = Math.min(i, start + 6);
        for (let j = start; j < end; j++) {
          h ^= lower.charCodeAt(j);
          h = Math.imul(h, FNV_PRIME);
        }
        take(h);
      }
      continue;
    }
    if ((at & IS_NUMBER) !== 0) {
      // A number: digits, and more digits after each period or comma between them.
      let unspaced = (at & UNSPACED) !== 0;
      i += at >>> 16;
      for (;;) {
        if (i >= n) break;
        const k = flagsAt(lower, i);
        anyUnspaced |= k;
        if ((k & IS_NUMBER) !== 0) {
          if ((k & UNSPACED) !== 0) unspaced = true;
          i += k >>> 16;
          continue;
        }
        const c = lower.charCodeAt(i);
        if ((c !== 0x2e && c !== 0x2c) || i + 1 >= n) break;
        const after = flagsAt(lower, i + 1);
        if ((after & IS_NUMBER) === 0) break;
        i++;
      }
      if (!unspaced) take(NUM_HASH);
      continue;
    }
    i += at >>> 16;
  }
  // Runs of unspaced scripts: pairs of adjacent characters.
  i = (anyUnspaced & UNSPACED) !== 0 ? 0 : n;
  while (i < n) {
    const at = flagsAt(lower, i);
    if ((at & UNSPACED) === 0) {
      i += at >>> 16;
      continue;
    }
    let previousStart = i;
    let previousEnd = i + (at >>> 16);
    i = previousEnd;
    let pairs = 0;
    while (i < n) {
      const k = flagsAt(lower, i);
      if ((k & UNSPACED) === 0) break;
      const end = i + (k >>> 16);
      let h = FNV_OFFSET;
      for (let j = previousStart; j < end; j++) {
        h ^= lower.charCodeAt(j);
        h = Math.imul(h, FNV_PRIME);
      }
      take(h);
      pairs++;
      previousStart = i;
      previousEnd = end;
      i = end;
    }
    if (pairs === 0) {
      let h = FNV_OFFSET;
      for (let j = previousStart; j < previousEnd; j++) {
        h ^= lower.charCodeAt(j);
        h = Math.imul(h, FNV_PRIME);
      }
      take(h);
    }
  }
  // Sorted as a typed array (numeric order, no comparator called per comparison).
  const out = bucketRow(found.length);
  for (let k = 0; k < found.length; k++) {
    const bucket = found[k] as number;
    out[k] = bucket;
    seen[bucket] = 0;
  }
  return out.sort();
}

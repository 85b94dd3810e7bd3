import search from 'approx-string-match';

export interface FuzzyHit {
  start: number;
  end: number;
  errors: number;
}

/** Quotes up to this length are searched whole; longer ones through a leading or trailing chunk. */
const CHUNK = 64;
/** Errors allowed in a chunk: mojibake costs ~3 per apostrophe ("â€™" for "’"), a chunk may hold 5. */
const CHUNK_ERRORS = 16;
/** Chunk hits verified per quote: a chunk can match boilerplate repeated down the page. */
const MAX_CHUNK_HITS = 8;

function searchAll(text: string, quote: string, maxErrors: number, offset = 0): FuzzyHit[] {
  return search(text, quote, maxErrors).map((m) => ({ start: m.start + offset, end: m.end + offset, errors: m.errors }));
}

/** Searches the whole quote only in windows around where its `chunk` matched. */
function viaChunk(text: string, quote: string, maxErrors: number, fromEnd: boolean): FuzzyHit[] {
  const chunk = fromEnd ? quote.slice(-CHUNK) : quote.slice(0, CHUNK);
  const chunkHits = search(text, chunk, Math.min(maxErrors, CHUNK_ERRORS)).slice(0, MAX_CHUNK_HITS);
  const hits: FuzzyHit[] = [];
  for (const hit of chunkHits) {
    const from = Math.max(0, (fromEnd ? hit.end - quote.length : hit.start) - maxErrors);
    const to = Math.min(text.length, (fromEnd ? hit.end : hit.start + quote.length) + maxErrors);
    hits.push(...searchAll(text.slice(from, to), quote, maxErrors, from));
  }
  const best = Math.min(...hits.map((h) => h.errors));
  return hits.filter((h) => h.errors === best);
}

/**
 * The best approximate matches of `quote` (fewest errors, at most `maxErrors`). Myers' algorithm
 * as implemented by approx-string-match is O(k/32 · n) per search, so this is the fallback after
 * exact search, never the default. A long quote is located by its first chunk, then its last
 * (a typo cluster can spoil one of them), then, if both fail, by one whole-text search; each
 * later step runs only when the earlier one found nothing.
 */
export function fuzzyHits(text: string, quote: string, maxErrors: number): FuzzyHit[] {
  if (!quote || maxErrors < 1) return [];
  if (quote.length <= 2 * CHUNK) return searchAll(text, quote, maxErrors);
  const byHead = viaChunk(text, quote, maxErrors, false);
  if (byHead.length > 0) return byHead;
  const byTail = viaChunk(text, quote, maxErrors, true);
  if (byTail.length > 0) return byTail;
  return searchAll(text, quote, maxErrors);
}

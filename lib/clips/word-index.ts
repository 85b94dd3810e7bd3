import { queryTerms } from './search-words';

/**
 * The `words` index held in memory: word → ids of the clips that have it, plus the distinct words
 * in sorted order for prefix ranges. The side panel builds it from the words stored with each clip
 * (the same data as the IndexedDB `words` index) when it loads the library, and answers a search
 * from it with the semantics of searchClipIds (every term a prefix of some word of the clip), in
 * memory: reading a short, common prefix from IndexedDB took 50–120 ms at 10,000 clips (7,000
 * index entries for "ra", Chromium), over the 50 ms budget for a search.
 */
export class WordIndex {
  private readonly postings = new Map<string, Set<string>>();
  private readonly wordsOf = new Map<string, readonly string[]>();
  /** Distinct words, sorted by code unit (like IndexedDB string keys); rebuilt after a change. */
  private sorted: string[] | null = null;

  /** Sets (or replaces) the words of one clip. */
  set(id: string, words: readonly string[]): void {
    this.delete(id);
    this.wordsOf.set(id, words);
    for (const word of words) {
      const ids = this.postings.get(word);
      if (ids) ids.add(id);
      else {
        this.postings.set(word, new Set([id]));
        this.sorted = null;
      }
    }
  }

  delete(id: string): void {
    const words = this.wordsOf.get(id);
    if (!words) return;
    this.wordsOf.delete(id);
    for (const word of words) {
      const ids = this.postings.get(word);
      ids?.delete(id);
      if (ids?.size === 0) {
        this.postings.delete(word);
        this.sorted = null;
      }
    }
  }

  get size(): number {
    return this.wordsOf.size;
  }

  /** Ids of the clips with a word starting with `term`. */
  private withPrefix(term: string): Set<string> {
    const sorted = (this.sorted ??= [...this.postings.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (sorted[mid]! < term) lo = mid + 1;
      else hi = mid;
    }
    const ids = new Set<string>();
    for (let i = lo; i < sorted.length && sorted[i]!.startsWith(term); i += 1) {
      for (const id of this.postings.get(sorted[i]!)!) ids.add(id);
    }
    return ids;
  }

  /** The ids matching every term of `query`; null when the query has no searchable term. */
  search(query: string): Set<string> | null {
    const terms = queryTerms(query);
    if (terms.length === 0) return null;
    let matching: Set<string> | undefined;
    for (const term of terms) {
      const ids = this.withPrefix(term);
      const previous: Set<string> | undefined = matching;
      matching = previous ? new Set([...previous].filter((id) => ids.has(id))) : ids;
      if (matching.size === 0) break;
    }
    return matching ?? null;
  }
}

import type { ClipDatabase } from './clip-db';
import { queryTerms } from './search-words';

/**
 * The ids of the clips whose sentence, note or title has a word starting with every term of the
 * query, read from the `words` multi-entry index (one key range per term, then intersected).
 * `null` when the query has no searchable term (empty, punctuation, one Latin letter): no search.
 */
export async function searchClipIds(db: ClipDatabase, query: string): Promise<Set<string> | null> {
  const terms = queryTerms(query);
  if (terms.length === 0) return null;
  let matching: Set<string> | undefined;
  for (const term of terms) {
    // A clip with several words sharing the prefix appears once per word in the range.
    const ids = new Set<string>(await db.clips.where('words').startsWith(term).primaryKeys());
    const previous: Set<string> | undefined = matching;
    matching = previous ? new Set([...previous].filter((id) => ids.has(id))) : ids;
    if (matching.size === 0) break;
  }
  return matching ?? null;
}

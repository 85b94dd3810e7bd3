/**
 * Start offsets of the exact occurrences of `needle` in `text`, in document order, lazily: the
 * caller stops as soon as a hit cannot be beaten, which spares scanning the rest of the page text
 * (each scan of a long page is the bulk of an exact match's cost). At most `limit` are produced,
 * which bounds the work for a quote so short it occurs everywhere.
 */
export function* exactHits(text: string, needle: string, limit: number, from = 0): Generator<number> {
  if (!needle) return;
  let count = 0;
  for (let at = text.indexOf(needle, from); at !== -1 && count < limit; at = text.indexOf(needle, at + 1)) {
    count += 1;
    yield at;
  }
}

/**
 * Where to put the pointer to hover the highlighted sentence that starts with `start`: run in the
 * page (`page.evaluate(highlightPoint, [start, scroll])`, Playwright or Puppeteer), so it imports
 * nothing. Whitespace is folded as the reader folds it; `scroll` brings the sentence to the middle
 * of the view first (Firefox's window may be shorter than the article).
 */
export function highlightPoint([start, scroll]: [string, boolean]): { x: number; y: number } | null {
  for (const [name, highlight] of CSS.highlights) {
    if (!name.startsWith('lodestone-') || name.startsWith('lodestone-saved-')) continue;
    for (const range of highlight) {
      const r = range as Range;
      if (!r.toString().replace(/\s+/g, ' ').startsWith(start)) continue;
      if (scroll) r.startContainer.parentElement?.scrollIntoView({ block: 'center' });
      const rect = r.getClientRects()[0];
      return rect ? { x: rect.left + 20, y: rect.top + rect.height / 2 } : null;
    }
  }
  return null;
}

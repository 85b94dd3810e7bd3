import type { Category } from '../analysis-result';

/**
 * The names the reader registers its highlights under in `CSS.highlights`, and the stylesheet
 * styles: `lodestone-<kind>-<token>`, the token drawn at random by each reader when it starts.
 *
 * Why a token: a page's own `::highlight(lodestone-pricing){background-color:transparent
 * !important}` beats the same rule the extension inserts (injected sheets come before the page's
 * own; Chromium ignores `::highlight()` in user-origin sheets). Until 2026-12 the sheet was made
 * to win with every declaration `!important` inside a cascade layer, but inserting a sheet that
 * declares a layer restyled and laid out the whole page: 1.2–1.9 s on the bench's 5 MB article,
 * against 0.19–0.36 s for the same rules without it (scripts/bench-restyle.ts, Chromium 156). A
 * name the page cannot know when its CSS is written cannot be targeted by that CSS, so neither the
 * layer nor `!important` is needed (test/fixtures/hostile/restyle-everything.html and its e2e).
 * A page *script* can read the names from CSS.highlights, but a script can as well delete the
 * highlights outright: no stylesheet protects from that, and none is attempted.
 *
 * The `lodestone-` prefix stays, so the extension's highlights are still recognisable as its own.
 */
export const HIGHLIGHT_PREFIX = 'lodestone-';

/** What a highlight marks: a category's signals, the saved sentences, or the one in focus. */
export type HighlightKind = Category | 'saved' | 'focus';

/** 12 characters of [a-z0-9]: 62 bits, never guessed; a valid end of a CSS identifier. */
export const HIGHLIGHT_TOKEN = /^[a-z0-9]{12}$/;

/** A fresh random token (crypto.getRandomValues: the reader's world, the background and Node all have it). */
export function newHighlightToken(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(12));
  return Array.from(bytes, (b) => (b % 36).toString(36)).join('');
}

/** The name of the highlight of `kind` for a reader's `token`. */
export function highlightName(kind: HighlightKind, token: string): string {
  if (!HIGHLIGHT_TOKEN.test(token)) throw new Error(`not a highlight token: ${token}`);
  return `${HIGHLIGHT_PREFIX}${kind}-${token}`;
}

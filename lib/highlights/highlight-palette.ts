import { CATEGORIES, type Category } from '../analysis-result';
import { BLACK, type Rgb, WHITE, channelDistance, contrast, fromHex, luminance, mix, toHex } from './color';
import type { PageColors } from './page-colors';

/** The colours of one page's highlights, as #rrggbb. */
export interface HighlightPalette {
  /** Fill behind each category's sentences (highlight style "fill"). */
  fills: Record<Category, string>;
  /** Underline of each category's sentences (highlight style "underline"). */
  lines: Record<Category, string>;
  /** The mark over saved sentences. */
  saved: string;
  /** The mark over the focused sentence (keyboard navigation, side panel jump). */
  focus: string;
}

/** The designed colours of a category: `light` fills light pages, `dark` fills dark ones. */
export interface DesignColors {
  light: string;
  dark: string;
}

/** WCAG AA for body text: the page's text over a fill must stay at least this readable. */
export const MIN_TEXT_CONTRAST = 4.5;
/** WCAG non-text contrast (1.4.11): underlines and marks against the page background. */
export const MIN_MARK_CONTRAST = 3;
/**
 * A fill closer than this (largest channel difference) to the background does not read as a
 * highlight. 24 keeps every designed light fill on white and dark fill on #121212 unchanged (the
 * closest, risk-governance #e2e5ea on white, is 29 apart).
 */
export const MIN_VISIBLE_DISTANCE = 24;

const SAVED = { light: '#0b5d3b', dark: '#7ee2b0' };
const FOCUS = { light: '#1a56db', dark: '#9ec5ff' };
const STEPS = [0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1];

function rgb(hex: string): Rgb {
  return fromHex(hex) ?? BLACK;
}

/**
 * A fill for text `text` on background `background`, as close to `base` as the rules allow: the
 * text keeps ≥ 4.5:1 over it, and it stays visibly apart from the background. Candidates move
 * from `base` towards the extreme away from the text (raising contrast) and, a little, the other
 * way (for a page whose background is that extreme); the smallest move that passes wins. Black
 * or white always gives any colour ≥ 4.58:1, so the first rule can always be met.
 */
export function readableFill(base: Rgb, text: Rgb, background: Rgb): Rgb {
  const away = contrast(WHITE, text) >= contrast(BLACK, text) ? WHITE : BLACK;
  const toward = away === BLACK ? WHITE : BLACK;
  const candidates: { color: Rgb; shift: number }[] = [];
  for (const t of STEPS) candidates.push({ color: mix(base, away, t), shift: t });
  for (const t of STEPS.slice(1, 6)) candidates.push({ color: mix(base, toward, t), shift: t });
  candidates.sort((a, b) => a.shift - b.shift);
  const readable = candidates.filter((c) => contrast(c.color, text) >= MIN_TEXT_CONTRAST);
  const visible = readable.find((c) => channelDistance(c.color, background) >= MIN_VISIBLE_DISTANCE);
  if (visible) return visible.color;
  if (readable.length > 0) {
    return readable.reduce((a, b) => (channelDistance(b.color, background) > channelDistance(a.color, background) ? b : a)).color;
  }
  return contrast(away, text) >= contrast(toward, text) ? away : toward;
}

/** A line or mark colour kept ≥ 3:1 against the background, moving from `base` away from it. */
export function visibleMark(base: Rgb, background: Rgb): Rgb {
  const away = contrast(WHITE, background) >= contrast(BLACK, background) ? WHITE : BLACK;
  for (const t of STEPS) {
    const c = mix(base, away, t);
    if (contrast(c, background) >= MIN_MARK_CONTRAST) return c;
  }
  return away;
}

function byCategory(f: (c: Category) => string): Record<Category, string> {
  return Object.fromEntries(CATEGORIES.map((c) => [c, f(c)])) as Record<Category, string>;
}

/**
 * The palette for a page whose article reads `colors.text` on `colors.background`. The designed
 * palette is the starting point: light fills where the text is darker than its background, dark
 * fills where it is lighter (a dark page); underlines and marks take the opposite set. Each colour
 * is then adjusted for the measured pair (see readableFill, visibleMark), so a sepia, navy or
 * green page gets fills that keep its own text readable.
 */
export function paletteFor(colors: PageColors, design: Record<Category, DesignColors>): HighlightPalette {
  const lightOnDark = luminance(colors.text) > luminance(colors.background);
  const fillOf = (d: DesignColors) => rgb(lightOnDark ? d.dark : d.light);
  const lineOf = (d: DesignColors) => rgb(lightOnDark ? d.light : d.dark);
  const scheme = lightOnDark ? 'dark' : 'light';
  return {
    fills: byCategory((c) => toHex(readableFill(fillOf(design[c]), colors.text, colors.background))),
    lines: byCategory((c) => toHex(visibleMark(lineOf(design[c]), colors.background))),
    saved: toHex(visibleMark(rgb(SAVED[scheme]), colors.background)),
    focus: toHex(visibleMark(rgb(FOCUS[scheme]), colors.background)),
  };
}

/** The designed palette as it is, for a page of the usual kind (dark text on light, or the reverse). */
export function themePalette(theme: 'light' | 'dark', design: Record<Category, DesignColors>): HighlightPalette {
  const other = theme === 'light' ? 'dark' : 'light';
  return {
    fills: byCategory((c) => design[c][theme]),
    lines: byCategory((c) => design[c][other]),
    saved: SAVED[theme],
    focus: FOCUS[theme],
  };
}

/** Reference page colours of the two themes (used where nothing was measured yet). */
export const THEME_COLORS: Record<'light' | 'dark', PageColors> = {
  light: { background: WHITE, text: [34, 34, 34] },
  dark: { background: [18, 18, 18], text: [238, 238, 238] },
};

import type { Category } from '../analysis-result';
import type { ClipCategory } from '../clips/clip-schema';
import { type HighlightPalette, paletteFor, themePalette } from './highlight-palette';
import { highlightName } from './highlight-names';
import type { PageColors } from './page-colors';

/** Human names and colours of the eleven categories, shared by the page, the card and the panel. */
export interface CategoryStyle {
  label: string;
  /** Fill behind highlighted text on a light page, and the swatch colour in the UI. */
  light: string;
  /** Fill on a dark page: darker and more saturated so light text stays readable. */
  dark: string;
}

// Light fills keep ≥ 7:1 contrast for #222 text; dark fills keep ≥ 7:1 for #eee text (checked in
// category-style.test.ts with the WCAG formula).
export const CATEGORY_STYLES: Record<Category, CategoryStyle> = {
  'supply-expansion': { label: 'Supply expansion', light: '#c8f0d0', dark: '#1f5a33' },
  'supply-disruption': { label: 'Supply disruption', light: '#ffd0cc', dark: '#6e2320' },
  'market-expansion': { label: 'Market expansion', light: '#d3e6ff', dark: '#21466e' },
  'market-concentration': { label: 'Market concentration', light: '#e6d6ff', dark: '#4a2e73' },
  pricing: { label: 'Pricing', light: '#ffe9a8', dark: '#5e4a0e' },
  inventory: { label: 'Inventory', light: '#cdeff0', dark: '#1d5557' },
  'export-control': { label: 'Export control', light: '#ffd6ec', dark: '#6b1f47' },
  'trade-policy': { label: 'Trade policy', light: '#f3dcc4', dark: '#5c3a1b' },
  'risk-governance': { label: 'Risk & governance', light: '#e2e5ea', dark: '#3c4350' },
  demand: { label: 'Demand', light: '#e4f5b8', dark: '#3b4f0f' },
  'investment-deal': { label: 'Investment & deals', light: '#ffdcc2', dark: '#6a3515' },
};

/** How highlighted sentences are marked: a fill behind the text, or an underline under it. */
export const HIGHLIGHT_STYLES = ['fill', 'underline'] as const;
export type HighlightStyle = (typeof HIGHLIGHT_STYLES)[number];

/** The palette for measured page colours (see highlight-palette.ts), from the designed colours above. */
export function pagePalette(colors: PageColors): HighlightPalette {
  return paletteFor(colors, CATEGORY_STYLES);
}

/**
 * The `::highlight()` rules. They must reach the page as an author stylesheet inserted with
 * `scripting.insertCSS` (rules inside a shadow root do not style page text, and page CSP does not
 * apply to insertCSS — DESIGN). The palette follows the page: `light`/`dark` give the designed
 * palettes, a HighlightPalette the colours computed for the page's measured background and text
 * (pagePalette). With the underline style the text keeps the page's own colours entirely, and
 * saved sentences get a line over the text so the two marks never overlap.
 *
 * The rules name the highlights of one reader (its `token`, see highlight-names.ts): plain
 * declarations, no cascade layer, no `!important` — the page cannot know the names, and a layer
 * cost the 5 MB bench article 1.2–1.9 s of restyle.
 */
export function highlightCss(palette: 'light' | 'dark' | HighlightPalette, style: HighlightStyle, token: string): string {
  const p = typeof palette === 'string' ? themePalette(palette, CATEGORY_STYLES) : palette;
  const rules = Object.keys(CATEGORY_STYLES).map((key) => {
    const category = key as Category;
    const name = highlightName(category, token);
    return style === 'fill'
      ? `::highlight(${name}){background-color:${p.fills[category]};color:inherit;}`
      : `::highlight(${name}){text-decoration:underline solid ${p.lines[category]} 3px;text-underline-offset:3px;color:inherit;}`;
  });
  const saved = highlightName('saved', token);
  rules.push(
    style === 'fill'
      ? `::highlight(${saved}){text-decoration:underline solid ${p.saved} 2px;text-underline-offset:3px;}`
      : `::highlight(${saved}){text-decoration:overline solid ${p.saved} 2px;}`,
    `::highlight(${highlightName('focus', token)}){text-decoration:underline wavy ${p.focus} 2px;text-underline-offset:3px;}`,
  );
  return rules.join('\n');
}

/** A clip's category may be "unclassified" (a manual clip of no detected signal): grey, named so. */
const UNCLASSIFIED: CategoryStyle = { label: 'Unclassified', light: '#e2e5ea', dark: '#3c4350' };

export function clipCategoryStyle(category: ClipCategory): CategoryStyle {
  return category === 'unclassified' ? UNCLASSIFIED : CATEGORY_STYLES[category];
}

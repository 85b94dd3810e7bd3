// Covers lib/highlights/color.ts and highlight-palette.ts: colour parsing and WCAG contrast, and
// the palette computed for measured page colours — for every category, on white, black, dark
// grey, sepia, salmon, navy, a mid grey and a page whose background is one of the designed fills,
// plus 200 random readable pages: the page's text keeps ≥ 4.5:1 over every fill, fills stand apart
// from the background, underlines and marks keep ≥ 3:1 against it; on the reference light and
// dark pages the designed palette is used unchanged.
import { describe, expect, it } from 'vitest';
import { CATEGORIES } from '../../../lib/analysis-result';
import { CATEGORY_STYLES, highlightCss, pagePalette } from '../../../lib/highlights/category-style';
import { type Rgb, channelDistance, contrast, fromHex, luminance, mix, parseCssColor, toHex } from '../../../lib/highlights/color';
import { MIN_VISIBLE_DISTANCE, THEME_COLORS, readableFill, visibleMark } from '../../../lib/highlights/highlight-palette';

const hex = (h: string): Rgb => fromHex(h)!;

describe('colour helpers', () => {
  it('parses the forms getComputedStyle returns', () => {
    expect(parseCssColor('rgb(18, 18, 18)')).toEqual({ rgb: [18, 18, 18], alpha: 1 });
    expect(parseCssColor('rgba(255, 0, 0, 0.5)')).toEqual({ rgb: [255, 0, 0], alpha: 0.5 });
    expect(parseCssColor('rgba(0, 0, 0, 0)')).toEqual({ rgb: [0, 0, 0], alpha: 0 });
    expect(parseCssColor('rgb(10 20 30 / 25%)')).toEqual({ rgb: [10, 20, 30], alpha: 0.25 });
    expect(parseCssColor('color(srgb 1 0.5 0 / 0.5)')).toEqual({ rgb: [255, 128, 0], alpha: 0.5 });
    expect(parseCssColor('transparent')?.alpha).toBe(0);
    expect(parseCssColor('#0b2545')).toEqual({ rgb: [11, 37, 69], alpha: 1 });
    expect(parseCssColor('oklch(0.5 0.1 200)')).toBeNull();
    expect(parseCssColor('rgb(nonsense)')).toBeNull();
  });

  it('computes WCAG contrast, mixes and converts', () => {
    expect(contrast([0, 0, 0], [255, 255, 255])).toBeCloseTo(21, 5);
    expect(contrast(hex('#777777'), hex('#ffffff'))).toBeCloseTo(4.48, 2);
    expect(luminance([255, 255, 255])).toBeCloseTo(1, 5);
    expect(mix([0, 0, 0], [255, 255, 255], 0.5)).toEqual([128, 128, 128]);
    expect(toHex([11, 37, 69])).toBe('#0b2545');
    expect(channelDistance([0, 0, 0], [10, 30, 20])).toBe(30);
  });
});

const PAGES: Record<string, { background: Rgb; text: Rgb }> = {
  white: { background: hex('#ffffff'), text: hex('#222222') },
  black: { background: hex('#000000'), text: hex('#ffffff') },
  'dark grey': { background: hex('#121212'), text: hex('#e4e4e4') },
  sepia: { background: hex('#f4ecd8'), text: hex('#5b4636') },
  salmon: { background: hex('#fff1e5'), text: hex('#33302e') },
  navy: { background: hex('#0b2545'), text: hex('#f1f1f1') },
  'mid grey, dark text': { background: hex('#9e9e9e'), text: hex('#000000') },
  'grey text on white': { background: hex('#ffffff'), text: hex('#767676') },
  'a designed fill as the page': { background: hex(CATEGORY_STYLES['supply-expansion'].dark), text: hex('#eeeeee') },
  'a light fill as the page': { background: hex(CATEGORY_STYLES.pricing.light), text: hex('#222222') },
};

function checkPalette(colors: { background: Rgb; text: Rgb }, label: string): void {
  const palette = pagePalette(colors);
  for (const c of CATEGORIES) {
    const fill = hex(palette.fills[c]);
    expect(contrast(fill, colors.text), `${label} ${c} fill ${palette.fills[c]}: text contrast`).toBeGreaterThanOrEqual(4.5);
    const line = hex(palette.lines[c]);
    expect(contrast(line, colors.background), `${label} ${c} line ${palette.lines[c]}`).toBeGreaterThanOrEqual(3);
  }
  expect(contrast(hex(palette.saved), colors.background), `${label} saved`).toBeGreaterThanOrEqual(3);
  expect(contrast(hex(palette.focus), colors.background), `${label} focus`).toBeGreaterThanOrEqual(3);
}

describe('pagePalette', () => {
  it.each(Object.entries(PAGES))('%s: text stays ≥ 4.5:1 over every fill, lines and marks ≥ 3:1 against the page', (label, colors) => {
    checkPalette(colors, label);
  });

  it.each(Object.entries(PAGES))('%s: every fill stands apart from the page background', (label, colors) => {
    const palette = pagePalette(colors);
    const apart = CATEGORIES.filter((c) => channelDistance(hex(palette.fills[c]), colors.background) >= MIN_VISIBLE_DISTANCE);
    expect(apart, label).toEqual([...CATEGORIES]);
  });

  it('keeps the designed palettes on the reference light and dark pages', () => {
    const light = pagePalette(THEME_COLORS.light);
    const dark = pagePalette(THEME_COLORS.dark);
    for (const c of CATEGORIES) {
      expect(light.fills[c]).toBe(CATEGORY_STYLES[c].light);
      expect(dark.fills[c]).toBe(CATEGORY_STYLES[c].dark);
    }
  });

  it('uses dark fills where the text is lighter than the page, light fills where it is darker', () => {
    const navy = pagePalette(PAGES.navy!);
    const sepia = pagePalette(PAGES.sepia!);
    for (const c of CATEGORIES) {
      expect(luminance(hex(navy.fills[c]))).toBeLessThan(luminance(PAGES.navy!.text));
      expect(luminance(hex(sepia.fills[c]))).toBeGreaterThan(luminance(PAGES.sepia!.text));
    }
  });

  it('holds on 200 random pages whose own text is readable (≥ 4.5:1)', () => {
    let seed = 42;
    const rand = () => {
      seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    const color = (): Rgb => [Math.floor(rand() * 256), Math.floor(rand() * 256), Math.floor(rand() * 256)];
    let checked = 0;
    while (checked < 200) {
      const page = { background: color(), text: color() };
      if (contrast(page.background, page.text) < 4.5) continue;
      checkPalette(page, `rgb(${page.background}) / rgb(${page.text})`);
      checked += 1;
    }
  });

  it('readableFill moves as little as it can from the designed colour', () => {
    const base = hex('#ffe9a8');
    expect(readableFill(base, hex('#222222'), hex('#ffffff'))).toEqual(base);
    const moved = readableFill(base, hex('#767676'), hex('#ffffff'));
    expect(contrast(moved, hex('#767676'))).toBeGreaterThanOrEqual(4.5);
    expect(visibleMark(hex('#0b5d3b'), hex('#ffffff'))).toEqual(hex('#0b5d3b'));
  });
});

describe('highlightCss with a computed palette and the underline style', () => {
  it('writes the computed fills, and underlines (no fill) with the underline style', () => {
    const palette = pagePalette(PAGES.navy!);
    const fill = highlightCss(palette, 'fill', 'n4v7y0b2c5d8');
    const underline = highlightCss(palette, 'underline', 'n4v7y0b2c5d8');
    for (const c of CATEGORIES) {
      expect(fill).toContain(`::highlight(lodestone-${c}-n4v7y0b2c5d8){background-color:${palette.fills[c]};color:inherit;}`);
      expect(underline).toContain(`::highlight(lodestone-${c}-n4v7y0b2c5d8){text-decoration:underline solid ${palette.lines[c]} 3px;`);
    }
    expect(underline).not.toContain('background-color');
    // Saved sentences get a line over the text with the underline style, so the marks never overlap.
    expect(underline).toMatch(/::highlight\(lodestone-saved-n4v7y0b2c5d8\)\{text-decoration:overline solid #[0-9a-f]{6} 2px;\}/);
    for (const rule of underline.split('\n')) expect(rule).toMatch(/^::highlight\([a-z0-9-]+\)\{[^{}]+\}$/);
  });
});

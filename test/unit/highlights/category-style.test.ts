// Covers lib/highlights/category-style.ts: every category has a label and two fills that keep
// text readable (WCAG AAA, ≥ 7:1), and the ::highlight() stylesheet names only the highlights of
// one reader's token (lodestone-<kind>-<token>), in plain rules: no cascade layer, no !important.
import { describe, expect, it } from 'vitest';
import { CATEGORIES } from '../../../lib/analysis-result';
import { CATEGORY_STYLES, highlightCss } from '../../../lib/highlights/category-style';

const TOKEN = 'k3v9q2m7x1a8';

/** WCAG 2.x relative luminance of an sRGB colour written #rrggbb. */
function luminance(hex: string): number {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!m) throw new Error(`not a #rrggbb colour: ${hex}`);
  const [r, g, b] = [m[1], m[2], m[3]].map((h) => {
    const c = parseInt(h ?? '', 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG contrast ratio, (L1 + 0.05) / (L2 + 0.05) with L1 the lighter. */
function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

describe('the contrast helper itself', () => {
  it('matches the WCAG reference values', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrast('#ffffff', '#ffffff')).toBeCloseTo(1, 5);
    expect(contrast('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
    expect(contrast('#222222', '#ffffff')).toBeCloseTo(15.91, 2);
  });
});

describe('CATEGORY_STYLES', () => {
  it('has a style for every category and nothing else', () => {
    expect(Object.keys(CATEGORY_STYLES).sort()).toEqual([...CATEGORIES].sort());
    for (const c of CATEGORIES) {
      const s = CATEGORY_STYLES[c];
      expect(s.label.trim().length, c).toBeGreaterThan(0);
      expect(s.light, c).toMatch(/^#[0-9a-f]{6}$/i);
      expect(s.dark, c).toMatch(/^#[0-9a-f]{6}$/i);
    }
  });

  it('gives each category its own label and its own fills', () => {
    const styles = Object.values(CATEGORY_STYLES);
    expect(new Set(styles.map((s) => s.label)).size).toBe(CATEGORIES.length);
    expect(new Set(styles.map((s) => s.light.toLowerCase())).size).toBe(CATEGORIES.length);
    expect(new Set(styles.map((s) => s.dark.toLowerCase())).size).toBe(CATEGORIES.length);
  });

  it.each(CATEGORIES.map((c) => [c]))('%s: light fill keeps ≥ 7:1 against #222222 text', (c) => {
    const ratio = contrast(CATEGORY_STYLES[c].light, '#222222');
    expect(ratio, `${c} light ${CATEGORY_STYLES[c].light}: ${ratio.toFixed(2)}:1`).toBeGreaterThanOrEqual(7);
  });

  it.each(CATEGORIES.map((c) => [c]))('%s: dark fill keeps ≥ 7:1 against #eeeeee text', (c) => {
    const ratio = contrast(CATEGORY_STYLES[c].dark, '#eeeeee');
    expect(ratio, `${c} dark ${CATEGORY_STYLES[c].dark}: ${ratio.toFixed(2)}:1`).toBeGreaterThanOrEqual(7);
  });
});

describe('highlightCss', () => {
  it.each([['light'], ['dark']] as const)('(%s) has one rule per category plus saved and focus', (theme) => {
    const css = highlightCss(theme, 'fill', TOKEN);
    const names = [...css.matchAll(/::highlight\(([^)]*)\)/g)].map((m) => m[1] ?? '');
    expect(names.sort()).toEqual([...CATEGORIES, 'saved', 'focus'].map((k) => `lodestone-${k}-${TOKEN}`).sort());
    for (const c of CATEGORIES) {
      expect(css).toContain(`::highlight(lodestone-${c}-${TOKEN}){background-color:${CATEGORY_STYLES[c][theme]};`);
    }
  });

  it('names no highlight a page could target without knowing the token: no fixed name, no layer, no !important', () => {
    for (const style of ['fill', 'underline'] as const) {
      const css = highlightCss('light', style, TOKEN);
      // Every name ends with the token; a page's rule for lodestone-pricing matches none of them.
      expect(css).not.toMatch(/::highlight\((?![a-z-]+-k3v9q2m7x1a8\))/);
      // The layer restyled the whole 5 MB bench page for 1.2–1.9 s; with unknown names it protects nothing.
      expect(css).not.toContain('@layer');
      expect(css).not.toContain('!important');
    }
    expect(highlightCss('light', 'fill', 'a1b2c3d4e5f6')).not.toEqual(highlightCss('light', 'fill', TOKEN));
  });

  it('refuses a token that is not 12 of [a-z0-9] (it becomes part of a CSS identifier)', () => {
    for (const bad of ['', 'short', 'K3V9Q2M7X1A8', 'k3v9q2m7x1a8)', 'x){}body{display:none}/*']) {
      expect(() => highlightCss('light', 'fill', bad), bad).toThrow();
    }
  });

  it('uses the palette of the theme asked for', () => {
    const light = highlightCss('light', 'fill', TOKEN);
    const dark = highlightCss('dark', 'fill', TOKEN);
    expect(light).not.toEqual(dark);
    for (const c of CATEGORIES) {
      expect(light).not.toContain(CATEGORY_STYLES[c].dark);
      expect(dark).not.toContain(CATEGORY_STYLES[c].light);
    }
  });

  it('keeps the page’s text colour and marks saved and focused sentences without a fill', () => {
    for (const theme of ['light', 'dark'] as const) {
      const css = highlightCss(theme, 'fill', TOKEN);
      const rules = css.split('\n');
      expect(rules).toHaveLength(CATEGORIES.length + 2);
      for (const rule of rules.filter((r) => !r.includes('saved') && !r.includes('focus'))) expect(rule).toContain('color:inherit');
      expect(rules.find((r) => r.includes(`lodestone-saved-${TOKEN}`))).toMatch(/text-decoration:underline/);
      expect(rules.find((r) => r.includes(`lodestone-focus-${TOKEN}`))).toMatch(/text-decoration:underline/);
      // Balanced braces: one block per rule, so a bad value cannot swallow the next rule.
      for (const rule of rules) expect(rule).toMatch(/^::highlight\([a-z0-9-]+\)\{[^{}]+\}$/);
    }
  });
});

// Covers lib/highlights/important-css.ts on the stylesheets highlightCss writes (both styles, both
// themes): every declaration becomes !important, nothing else changes, and a declaration already
// important is left as it is.
import { describe, expect, it } from 'vitest';
import { highlightCss } from '../../../lib/highlights/category-style';
import { importantDeclarations, protectedCss } from '../../../lib/highlights/important-css';

describe('importantDeclarations', () => {
  it.each([
    ['light', 'fill'],
    ['dark', 'underline'],
  ] as const)('marks every declaration of the %s %s stylesheet important and keeps its rules', (theme, style) => {
    const css = highlightCss(theme, style);
    const out = importantDeclarations(css);
    const rules = out.split('\n');
    expect(rules).toHaveLength(css.split('\n').length);
    for (const rule of rules) {
      const [, selector, body] = /^([^{]+)\{([^{}]*)\}$/.exec(rule)!;
      expect(css).toContain(`${selector}{`);
      for (const declaration of body!.split(';').filter(Boolean)) expect(declaration).toMatch(/^[a-z-]+:.+ !important$/);
    }
    // Same declarations once the marks are taken off again.
    expect(out.replace(/ !important/g, '')).toBe(css);
  });

  it('leaves an important declaration alone', () => {
    expect(importantDeclarations('a{color:red !important;margin:0}')).toBe('a{color:red !important;margin:0 !important;}');
  });
});

describe('protectedCss', () => {
  it('puts the important declarations in the named cascade layer', () => {
    const css = highlightCss('light');
    expect(protectedCss(css, 'lodestone-0f3a')).toBe(`@layer lodestone-0f3a{\n${importantDeclarations(css)}\n}`);
  });

  it('refuses a name that is not an identifier (it would end the layer early)', () => {
    expect(() => protectedCss('a{b:c}', 'x}{body{display:none')).toThrow();
  });
});

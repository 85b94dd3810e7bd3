// Covers lib/highlights/highlight-names.ts: each reader's token is fresh and random, a valid end of a
// CSS identifier, and every name carries it (a page's CSS written for lodestone-pricing names
// none of the extension's highlights).
import { describe, expect, it } from 'vitest';
import { CATEGORIES } from '../../../lib/analysis-result';
import { HIGHLIGHT_TOKEN, highlightName, newHighlightToken } from '../../../lib/highlights/highlight-names';

describe('newHighlightToken', () => {
  it('draws 12 of [a-z0-9], different every time', () => {
    const tokens = Array.from({ length: 500 }, newHighlightToken);
    for (const t of tokens) expect(t).toMatch(HIGHLIGHT_TOKEN);
    expect(new Set(tokens).size).toBe(tokens.length);
  });

  it('uses every character of its alphabet (not a counter or a clock)', () => {
    const seen = new Set(Array.from({ length: 200 }, newHighlightToken).join(''));
    expect(seen.size).toBe(36);
  });
});

describe('highlightName', () => {
  it('is lodestone-<kind>-<token> for every category, saved and focus', () => {
    for (const kind of [...CATEGORIES, 'saved', 'focus'] as const) {
      expect(highlightName(kind, 'k3v9q2m7x1a8')).toBe(`lodestone-${kind}-k3v9q2m7x1a8`);
    }
  });

  it('refuses what is not a token', () => {
    for (const bad of ['', 'k3v9q2m7x1a', 'k3v9q2m7x1a8b', 'K3V9Q2M7X1A8', 'k3v9q2m7x1a)']) expect(() => highlightName('pricing', bad), bad).toThrow();
  });
});

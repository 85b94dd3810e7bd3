import { describe, expect, it } from 'vitest';
import { comparableText, startsWithQuote } from '../../../lib/eval/comparable-text';

describe('comparableText', () => {
  it('folds typographic quotes, collapses whitespace and drops invisible characters', () => {
    expect(comparableText('  China\u2019s  \u201caccurate\u00a0inventory\u201d\ncontrol\u200b ')).toBe('China\'s "accurate inventory" control');
  });

  it('repairs mojibake, so a damaged page matches a clean label', () => {
    // "China’s" saved as UTF-8 and read as windows-1252.
    expect(comparableText('China\u00e2\u20ac\u2122s rare earth')).toBe("China's rare earth");
  });
});

describe('startsWithQuote', () => {
  it('matches a sentence that starts with the quote, whatever the quotes and spaces', () => {
    expect(startsWithQuote('Beijing\u2019s  quota rose 6% this year.', "Beijing's quota rose")).toBe(true);
  });

  it('does not match a quote from the middle of the sentence', () => {
    expect(startsWithQuote('In May, Beijing’s quota rose.', "Beijing's quota rose")).toBe(false);
  });

  it('never matches an empty quote', () => {
    expect(startsWithQuote('Anything.', '  ')).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { canonicalUrl } from '../../../lib/clips/canonical-url';
import { dedupeKey } from '../../../lib/clips/dedupe-key';

describe('canonicalUrl', () => {
  it.each([
    ['https://Example.COM/news/a/', 'https://example.com/news/a'],
    ['https://example.com/news/a#comments', 'https://example.com/news/a'],
    ['https://example.com/news/a?utm_source=x&utm_medium=y&fbclid=1&gclid=2', 'https://example.com/news/a'],
    ['https://example.com/news?id=7&utm_source=x', 'https://example.com/news?id=7'],
    ['https://example.com/news?b=2&a=1', 'https://example.com/news?a=1&b=2'],
    ['https://example.com', 'https://example.com/'],
    ['https://example.com/', 'https://example.com/'],
  ])('%s → %s', (input, expected) => {
    expect(canonicalUrl(input)).toBe(expected);
  });

  it('returns an unparsable string trimmed instead of throwing', () => {
    expect(canonicalUrl('  not a url ')).toBe('not a url');
  });
});

describe('dedupeKey', () => {
  const url = 'https://example.com/news/a';
  const text = 'China’s commitment to “accurate inventory control” — and more.';

  it('is canonical url, newline, folded text', () => {
    expect(dedupeKey(`${url}/`, text)).toBe(`${url}\nchina's commitment to "accurate inventory control" - and more.`);
  });

  it('ignores whitespace, quote, dash, case, invisible-character and tracking differences', () => {
    const variant = "  CHINA's commitment\u00a0to \"accurate inven\u00adtory control\"\n- and more. ";
    expect(dedupeKey(`${url}?utm_source=mail#x`, variant)).toBe(dedupeKey(url, text));
  });

  it('tells different sentences and different articles apart', () => {
    expect(dedupeKey(url, text)).not.toBe(dedupeKey(url, 'China’s commitment.'));
    expect(dedupeKey(url, text)).not.toBe(dedupeKey('https://example.com/news/b', text));
  });
});

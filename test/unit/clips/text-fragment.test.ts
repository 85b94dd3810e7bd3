import { describe, expect, it } from 'vitest';
import { textFragmentUrl } from '../../../lib/clips/text-fragment';

const URL_ = 'https://example.com/news/a';

describe('textFragmentUrl', () => {
  it('encodes the directive syntax characters - , & in the text', () => {
    const url = textFragmentUrl(URL_, {
      text: 'Medium & heavy rare earths, including dysprosium-terbium, remain tightly managed by the state planners.',
    });
    expect(url).toBe(
      `${URL_}#:~:text=Medium%20%26%20heavy%20rare%20earths%2C%20including%20dysprosium%2Dterbium%2C%20remain%20tightly%20managed%20by%20the%20state%20planners.`,
    );
  });

  it('percent-encodes unicode as UTF-8 and collapses whitespace', () => {
    const url = textFragmentUrl(URL_, { text: 'China’s  dominance —\u00a0not static, at all, in any sense of the word.' });
    expect(url).toBe(
      `${URL_}#:~:text=China%E2%80%99s%20dominance%20%E2%80%94%20not%20static%2C%20at%20all%2C%20in%20any%20sense%20of%20the%20word.`,
    );
    expect(decodeURIComponent(url.split('text=')[1]!)).toBe('China’s dominance — not static, at all, in any sense of the word.');
  });

  it('uses start,end for a long sentence', () => {
    const text = `Alpha beta gamma delta epsilon ${'filler words go here '.repeat(20)}zeta eta theta iota kappa.`;
    expect(text.length).toBeGreaterThan(300);
    expect(textFragmentUrl(URL_, { text })).toBe(
      `${URL_}#:~:text=Alpha%20beta%20gamma%20delta%20epsilon,zeta%20eta%20theta%20iota%20kappa.`,
    );
  });

  it('adds whole prefix and suffix words to a short, likely repeated quote', () => {
    const url = textFragmentUrl(URL_, {
      text: 'PrNd appears stable',
      prefix: 'ferrite markets 2 Signals: ',
      suffix: '—China is managing',
    });
    // "China is managing" may be cut mid-word at the window's end ("managing" could be "managin"),
    // so only whole words are kept.
    expect(url).toBe(`${URL_}#:~:text=markets%202%20Signals%3A-,PrNd%20appears%20stable,-%E2%80%94China%20is`);
  });

  it('drops a leading prefix word that may be a fragment when the window is short', () => {
    expect(textFragmentUrl(URL_, { text: 'PrNd appears stable', prefix: 'ets: ' })).toBe(
      `${URL_}#:~:text=PrNd%20appears%20stable`,
    );
  });

  it('leaves context out of a long, self-identifying sentence', () => {
    const url = textFragmentUrl(URL_, {
      text: 'China signals growing influence in the mid-heavy segment where it already controls more than 95% of capacity.',
      prefix: 'tightly managed ',
      suffix: ' The update suggests',
    });
    expect(url).not.toContain('-,');
    expect(url).not.toContain(',-');
  });

  it('replaces an existing fragment, including an old text directive', () => {
    expect(textFragmentUrl(`${URL_}#comments`, { text: 'PrNd remains the single most important magnet material.' })).toMatch(
      new RegExp(`^${URL_}#:~:text=PrNd`),
    );
    expect(textFragmentUrl(`${URL_}#:~:text=old`, { text: 'x' })).toBe(`${URL_}#:~:text=x`);
  });

  it('returns the bare url for empty text', () => {
    expect(textFragmentUrl(`${URL_}#a`, { text: ' \u00ad ' })).toBe(URL_);
  });
});

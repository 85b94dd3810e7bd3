// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { matchQuote } from '../../../lib/anchoring/match-quote';
import { buildTextIndex, type TextIndex } from '../../../lib/anchoring/text-index';

function indexOf(html: string): { root: HTMLElement; index: TextIndex } {
  const root = document.createElement('div');
  root.innerHTML = html;
  return { root, index: buildTextIndex(root) };
}

const SENTENCE = 'China signals growing influence in the mid-heavy segment.';

describe('matchQuote', () => {
  it('finds an exact quote and scores it 1 without hints', () => {
    const { index } = indexOf(`<p>Intro. ${SENTENCE} Outro.</p>`);
    const match = matchQuote(index, { exact: SENTENCE });
    expect(match).toEqual({ start: 7, end: 7 + SENTENCE.length, score: 1, fuzzy: false });
  });

  it('normalizes the quote like the page (whitespace, nbsp, quotes, soft hyphens)', () => {
    const { index } = indexOf('<p>China’s commitment to “accurate inventory control”.</p>');
    const match = matchQuote(index, { exact: "  China's\u00a0commit\u00adment to \"accurate   inventory control\"" });
    expect(match).toMatchObject({ start: 0, fuzzy: false });
  });

  it('prefers the hit whose prefix and suffix agree', () => {
    const { index } = indexOf(`<p>Alpha says: ${SENTENCE} Then beta.</p><p>Gamma says: ${SENTENCE} Then delta.</p>`);
    const second = index.text.lastIndexOf(SENTENCE);
    expect(matchQuote(index, { exact: SENTENCE, prefix: 'Gamma says: ', suffix: ' Then delta.' })?.start).toBe(second);
    expect(matchQuote(index, { exact: SENTENCE, prefix: 'Alpha says:' })?.start).toBe(index.text.indexOf(SENTENCE));
  });

  it('prefers the hit inside preferWithin over an identical one before it', () => {
    const { root, index } = indexOf(`<aside><p>${SENTENCE}</p></aside><article><p>${SENTENCE}</p></article>`);
    const match = matchQuote(index, { exact: SENTENCE }, { preferWithin: root.querySelector('article')! });
    expect(match?.start).toBe(index.text.lastIndexOf(SENTENCE));
  });

  it('uses position to break a tie', () => {
    const { index } = indexOf(`<p>${SENTENCE}</p><p>${SENTENCE}</p>`);
    const second = index.text.lastIndexOf(SENTENCE);
    expect(matchQuote(index, { exact: SENTENCE, position: second - 3 })?.start).toBe(second);
  });

  it('falls back to a fuzzy match for a typo', () => {
    const { index } = indexOf(`<p>Intro. ${SENTENCE}</p>`);
    const match = matchQuote(index, { exact: 'China signals growing influense in the mid-heavy segment.' });
    expect(match).toMatchObject({ start: 7, end: 7 + SENTENCE.length, fuzzy: true });
    expect(match!.score).toBeLessThan(1);
  });

  it('matches a long quote with scattered changes through its leading chunk', () => {
    const long =
      'China is increasing output and sales velocity for lanthanum and cerium products, including high-surface-area lanthanum oxide used in ferrite manufacturing, which hints at continued downward pressure on prices.';
    const { index } = indexOf(`<p>Before.</p><p>${long}</p><p>After.</p>`);
    const changed = long.replace('velocity', 'velocty').replace('ferrite', 'ferite').replace('prices.', 'prices,');
    const match = matchQuote(index, { exact: changed });
    expect(match).toMatchObject({ start: index.text.indexOf(long), end: index.text.indexOf(long) + long.length, fuzzy: true });
  });

  it('matches a long quote whose head is damaged through its trailing chunk', () => {
    const long = `${'The company openly highlights its work on export-control procedures, '.repeat(2)}dual-use compliance, and monitoring the list of unreliable entities.`;
    const { index } = indexOf(`<p>Before.</p><p>${long}</p>`);
    const damaged = `Thâ€™ cÃ¶mpÃ¥ny Ã¶pÃ©nly hÃ¯ghlÃ¯ghts${long.slice('The company openly highlights'.length)}`;
    const match = matchQuote(index, { exact: damaged });
    expect(match?.fuzzy).toBe(true);
    expect(match?.end).toBe(index.text.length);
  });

  it('returns null when the quote is not there, and for an empty quote', () => {
    const { index } = indexOf(`<p>${SENTENCE}</p>`);
    expect(matchQuote(index, { exact: 'Lynas ramps up Kalgoorlie processing of mixed concentrate.' })).toBeNull();
    expect(matchQuote(index, { exact: ' \u00ad ' })).toBeNull();
  });

  it('returns null instead of throwing when the index is broken', () => {
    const poisoned = {
      get text(): string {
        throw new Error('detached');
      },
    } as unknown as TextIndex;
    expect(matchQuote(poisoned, { exact: 'abc' })).toBeNull();
  });
});

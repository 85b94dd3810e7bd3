import { describe, expect, it } from 'vitest';
import { datelineLength } from '../../../lib/analysis/dateline';

describe('datelineLength', () => {
  it.each([
    ['SYDNEY, March 5 (Commodity Dispatch) - ', 'Lynas said output rose.'],
    ['HOHHOT, Oct. 9 (Xinhua) -- ', 'Output in Baotou rose 11.4 percent.'],
    ['YANGON/SHANGHAI, Feb 11 (Metals Wire) - ', 'Most mines stopped work.'],
    ['WASHINGTON (Reuters) — ', 'The U.S. imposed tariffs on magnets.'],
    ['NEW DELHI, Jan. 20 – ', 'India launched a critical minerals mission.'],
  ])('skips "%s"', (dateline, rest) => {
    expect(datelineLength(dateline + rest)).toBe(dateline.length);
  });

  it.each([
    'China - the world’s largest producer - tightened controls.',
    'MP Materials said output rose 5% in the quarter.',
    'NDPR PRICES - WEEKLY',
  ])('finds none in "%s"', (sentence) => {
    expect(datelineLength(sentence)).toBe(0);
  });
});

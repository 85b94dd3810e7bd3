import { describe, expect, it } from 'vitest';
import { matchView } from '../../../lib/sources/match-view';
import { normalizeName, registryOutletNames } from '../../../lib/sources/normalize-name';
import { sentenceSpans } from '../../../lib/sources/sentence-spans';

describe('matchView', () => {
  it('keeps the length, so indices slice the original', () => {
    for (const t of ['China’s “accurate” control', 'Chinaโs defendโand expandโmarket', 'โรงงาน', 'plain ascii']) {
      expect(matchView(t)).toHaveLength(t.length);
    }
  });

  it('repairs code page 874 damage between Latin letters, not in Thai', () => {
    expect(matchView('Chinaโs')).toBe("China's");
    expect(matchView('defendโand')).toBe('defend—and');
    expect(matchView('โaccurate inventory controlโ and')).toBe('"accurate inventory control" and');
    expect(matchView('toย normalize')).toBe('to  normalize');
    expect(matchView('โรงงานแร่')).toBe('โรงงานแร่');
  });

  it('evens out curly quotes and no-break spaces', () => {
    expect(matchView('People’s\u00a0Daily “said”')).toBe(`People's Daily "said"`);
  });
});

describe('sentenceSpans', () => {
  const sentences = (t: string) => sentenceSpans(t).map((s) => t.slice(s.start, s.end));

  it('splits after terminators, not after abbreviations or initials', () => {
    expect(sentences('BEIJING, Oct. 9 (Xinhua) -- Output rose. U.S. firms reacted. Dr. Li agreed!')).toEqual([
      'BEIJING, Oct. 9 (Xinhua) -- Output rose.',
      'U.S. firms reacted.',
      'Dr. Li agreed!',
    ]);
    expect(sentences('MOSCOW, March 3 /TASS/. Russia plans a plant.')).toEqual(['MOSCOW, March 3 /TASS/.', 'Russia plans a plant.']);
  });

  it('splits Chinese full stops without spaces', () => {
    expect(sentences('稀土价格上涨。据新华社报道，产量增加。')).toEqual(['稀土价格上涨。', '据新华社报道，产量增加。']);
  });
});

describe('normalizeName', () => {
  it('ignores case, diacritics, quote styles, spacing and a leading article', () => {
    expect(normalizeName('  The PEOPLE’S   Daily. ')).toBe("people's daily");
    expect(normalizeName('Cānkǎo Xiāoxī')).toBe('cankao xiaoxi');
    expect(normalizeName('«РИА Новости»')).toBe('риа новости');
  });

  it('derives the names a registry outlet is known by', () => {
    expect(registryOutletNames('News agency: Xinhua')).toEqual(['News agency: Xinhua', 'Xinhua']);
    expect(registryOutletNames('China Central Television (CCTV)')).toEqual(['China Central Television (CCTV)', 'China Central Television', 'CCTV']);
    // A long parenthesis is a note or a romanization, not a name.
    expect(registryOutletNames('China Daily (Zhōngguó Qīngnián Bào)')).toEqual(['China Daily (Zhōngguó Qīngnián Bào)', 'China Daily']);
  });
});

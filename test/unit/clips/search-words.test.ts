// Covers the folding and splitting of words for the search index (search-words.ts): case, accents,
// compatibility forms, damaged encoding, scripts without spaces, what is dropped and the caps.
import { describe, expect, it } from 'vitest';
import { MAX_WORDS_PER_CLIP, MAX_WORD_LENGTH, queryTerms, searchWords } from '../../../lib/clips/search-words';

const clip = (text: string, note = '', title: string | null = null) => ({ text, note, article: { title } });

describe('searchWords', () => {
  it('folds case, accents and full-width forms, and splits on punctuation', () => {
    expect(searchWords(clip('Société Générale’s NdPr-oxide ＵＳ＄95 deal'))).toEqual(['societe', 'generale', 'ndpr', 'oxide', 'us', '95', 'deal']);
  });

  it('indexes the sentence, the title and the note, each word once', () => {
    expect(searchWords(clip('Gallium exports fell.', 'gallium again', 'Gallium curbs'))).toEqual(['gallium', 'exports', 'fell', 'curbs', 'again']);
  });

  it('repairs damaged encoding first, as the reader sees the text', () => {
    expect(searchWords(clip('Chinaâ€™s quota'))).toEqual(searchWords(clip('China’s quota')));
  });

  it('drops single Latin letters but keeps single digits', () => {
    expect(searchWords(clip("China's 5 mines"))).toEqual(['china', '5', 'mines']);
  });

  it('indexes runs of Chinese or Japanese as character pairs plus the last character', () => {
    expect(searchWords(clip('稀土出口'))).toEqual(['稀土', '土出', '出口', '口']);
    // The voicing mark of ジ stays: シ is another sound.
    expect(searchWords(clip('EV用ネオジム'))).toEqual(['ev', '用ネ', 'ネオ', 'オジ', 'ジム', 'ム']);
  });

  it('caps the number and the length of words', () => {
    const many = Array.from({ length: MAX_WORDS_PER_CLIP + 50 }, (_, i) => `w${i}`).join(' ');
    expect(searchWords(clip(many))).toHaveLength(MAX_WORDS_PER_CLIP);
    expect(searchWords(clip('x'.repeat(100)))).toEqual(['x'.repeat(MAX_WORD_LENGTH)]);
  });
});

describe('queryTerms', () => {
  it('folds like searchWords and puts the longest (most selective) term first', () => {
    expect(queryTerms('  EXPORT  Dysp… ga ')).toEqual(['export', 'dysp', 'ga']);
  });

  it('has no term for an empty, punctuation-only or one-letter query', () => {
    expect(queryTerms('')).toEqual([]);
    expect(queryTerms(' -- ? ')).toEqual([]);
    expect(queryTerms('a')).toEqual([]);
  });
});

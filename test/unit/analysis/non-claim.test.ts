import { describe, expect, it } from 'vitest';
import { isHeadingLikeBlock, nonClaimReason } from '../../../lib/analysis/non-claim';

/** Sentence shapes that never carry a claim, whatever words they use. Sentences written for this test. */
describe('nonClaimReason', () => {
  it.each([
    ['The ministry did not respond to a faxed request for comment on the quotas.', 'meta'],
    ['Lynas declined to comment on the export licences.', 'meta'],
    ['The company could not immediately be reached about its magnet prices.', 'meta'],
    ['“We are delighted to partner with a leading magnet maker,” the chief executive said.', 'boilerplate'],
    ['I’m proud to announce our first offtake agreement with a European carmaker.', 'boilerplate'],
    ['Benchmark Minerals will publish its quarterly rare earth price outlook on Tuesday.', 'meta'],
    ['The agency is due to release its monthly export data report next week.', 'meta'],
    ['The remarks came after Western media reported on rare earth export controls.', 'meta'],
    ['To implement the national rare earth regulations, the association hereby notifies the following:', 'meta'],
  ])('"%s" → %s', (sentence, reason) => {
    expect(nonClaimReason(sentence)).toBe(reason);
  });

  it.each([
    'China will publish new rules that tighten rare earth export licensing.',
    'The company said prices rose 5% after it partnered with a Japanese trader.',
  ])('keeps claims: "%s"', (sentence) => {
    expect(nonClaimReason(sentence)).toBeNull();
  });
});

describe('isHeadingLikeBlock', () => {
  it('reads a short unpunctuated paragraph as a subheading or standfirst', () => {
    expect(isHeadingLikeBlock({ text: 'Korean refiners draw on state reserves of dysprosium', kind: 'paragraph' })).toBe(true);
  });

  it('does not judge bullet points or punctuated prose that way', () => {
    expect(isHeadingLikeBlock({ text: 'Korean refiners draw on state reserves of dysprosium', kind: 'list-item' })).toBe(false);
    expect(isHeadingLikeBlock({ text: 'Korean refiners drew on state reserves of dysprosium.', kind: 'paragraph' })).toBe(false);
    expect(isHeadingLikeBlock({ text: 'Prices rose. Korean refiners drew on state reserves of dysprosium and terbium to keep lines running', kind: 'paragraph' })).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import type { Topic } from '../../../lib/analysis-result';
import { sentenceRecords } from '../../../lib/analysis/detect-signals';
import { articleOf } from './article-of';

/**
 * A follow-up that names nothing of its own speaks of the previous sentence's subject, also when
 * it is a paragraph of its own (news writes a paragraph a sentence), and also when its subject is a
 * measure of the field ("Quarterly sales were…"). A heading ends the carry. Sentences written for
 * this test.
 */
const ON_TOPIC: Topic = { isRareEarth: true, score: 0.9, evidence: ['rare earths'] };
const LEAD = 'Lynas said its output of rare earth oxide rose 10% in the quarter.';
const aboutOfLast = (blocks: Parameters<typeof articleOf>[0]): string | null => {
  const records = sentenceRecords(articleOf(blocks), ON_TOPIC);
  return records[records.length - 1]?.relevance?.about ?? null;
};

describe('the previous sentence’s subject carried to a follow-up', () => {
  it.each([
    ['an anaphoric opening, in the next paragraph', 'It expects to ship more than 3,000 tonnes next year.'],
    ['a measure of the field as subject, in the next paragraph', 'Quarterly sales were 15% lower than a year earlier.'],
    ['a measure of the field as subject, in the same paragraph', null],
  ])('%s', (_, follow) => {
    const blocks = follow === null ? [`${LEAD} Total shipments fell to 2,100 tonnes.`] : [LEAD, follow];
    expect(aboutOfLast(blocks)).toBe("the previous sentence's subject");
  });

  it('not across a heading', () => {
    expect(aboutOfLast([LEAD, { text: 'Outlook', kind: 'heading' }, 'Quarterly sales were 15% lower than a year earlier.'])).toBeNull();
  });

  it('not from a sentence that was not about the sector', () => {
    expect(aboutOfLast(['The weather in Perth was mild on Tuesday.', 'Quarterly sales were 15% lower than a year earlier.'])).toBeNull();
  });
});

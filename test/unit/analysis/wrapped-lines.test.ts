import { describe, expect, it } from 'vitest';
import { breaksInsideSentence, joinWrappedBlocks } from '../../../lib/analysis/wrapped-lines';
import type { TextBlock } from '../../../lib/analysis/article-text';

/**
 * Hard-wrapped copy (a wire story pasted with a line break every 60–80 characters) read as sentences,
 * and the line breaks that are real ends left alone. All lines written for this test.
 */
const paragraphs = (...lines: string[]): TextBlock[] => lines.map((text) => ({ text, kind: 'paragraph' }));

describe('breaksInsideSentence', () => {
  it.each([
    ['a line ending in a word before a lower-case line', 'SYDNEY, May 2 - Output of separated rare earth oxide rose', 'to 2,100 tonnes in the quarter, the company said.'],
    ['a line ending in a comma', 'Prices of dysprosium oxide, terbium oxide and NdPr oxide,', 'which had slipped in April, recovered this week.'],
    ['a line ending in a word that never ends a sentence', 'The ministry cut the first batch of the mining quota for', 'Jiangxi and Guangdong by a tenth.'],
    ['a word broken by a hyphen', 'The company said it was committed to building the separ-', 'ation plant in Texas by 2027.'],
  ])('joins %s', (_, line, next) => {
    expect(breaksInsideSentence(line, next)).toBe(true);
  });

  it.each([
    ['a sentence that ends', 'Output of separated oxide rose 12% in the quarter.', 'the company said prices were firm.'],
    ['a heading-like line before a capitalised one', 'Lynas quarterly report highlights', 'Revenue rose 20% to A$180 million.'],
    ['a short furniture line (a date) before a byline', '3 June 2026 - 09:15 AM', 'by Staff Writer'],
    ['a caption before a lone section name', 'Haul trucks leave the open pit at a Nevada rare earth project. Photo: Wire Archive staff', 'world'],
    ['a spaced dash (a list of points) before a capitalised line', 'Export licences for seven heavy rare earths -', 'Domestic processing targets'],
    ['lines of Chinese, which have no case to read', '商务部宣布对部分稀土物项实施出口管制措施并自即日起', '正式施行有关规定。'],
  ])('keeps %s apart', (_, line, next) => {
    expect(breaksInsideSentence(line, next)).toBe(false);
  });
});

describe('joinWrappedBlocks', () => {
  it('reads a hard-wrapped paragraph as its sentences, joined with a space', () => {
    const joined = joinWrappedBlocks(paragraphs(
      'BEIJING, June 4 - The industry ministry handed out the opening',
      'tranche of this year’s rare earth mining quota, 135,000 tonnes,',
      'or 6% above the same tranche of 2025, according to a notice.',
      'Traders expect a second batch in the autumn.',
    ));
    expect(joined.map((b) => b.text)).toEqual([
      'BEIJING, June 4 - The industry ministry handed out the opening tranche of this year’s rare earth mining quota, 135,000 tonnes, or 6% above the same tranche of 2025, according to a notice.',
      'Traders expect a second batch in the autumn.',
    ]);
  });

  it('never joins across a heading or a list item', () => {
    const blocks: TextBlock[] = [
      { text: 'Neodymium prices climb for the fourth week in', kind: 'heading' },
      { text: 'a row as buyers restock ahead of the holiday.', kind: 'paragraph' },
      { text: 'Export licences are now needed for seven heavy rare earths, and', kind: 'list-item' },
      { text: 'for the magnets made from them.', kind: 'paragraph' },
    ];
    expect(joinWrappedBlocks(blocks)).toEqual(blocks);
  });

  it('judges each break by the line before it, not by the joined paragraph', () => {
    const joined = joinWrappedBlocks(paragraphs(
      'Haul trucks at a Nevada rare earth project carry crushed ore to the',
      'mill at dawn. Staff photo',
      'world news in brief',
    ));
    expect(joined.map((b) => b.text)).toEqual([
      'Haul trucks at a Nevada rare earth project carry crushed ore to the mill at dawn. Staff photo',
      'world news in brief',
    ]);
  });
});

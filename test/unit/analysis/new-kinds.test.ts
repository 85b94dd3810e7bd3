import { describe, expect, it } from 'vitest';
import type { Category } from '../../../lib/analysis-result';
import { analyzeText } from '../../../lib/analysis/analyze-text';
import type { BlockKind } from '../../../lib/analysis/article-text';
import { articleOf } from './article-of';

/**
 * The kinds of signal sentence real news writes that the engine of issue 3 missed (issue 12), each
 * in sentences written for this test (none taken from the real-news excerpts), inside a short
 * rare-earth article so that the whole pipeline reads them: topic, rules, model and context.
 */
type Block = string | { text: string; kind: BlockKind };
const LEAD = 'Rare earth markets stayed tight this month as China kept a firm grip on supply of NdPr oxide and dysprosium.';

function found(target: string, blocks: Block[] = [LEAD, target], title = 'Rare earths: the week in review') {
  const { topic, signals } = analyzeText(articleOf(blocks, { title }));
  expect(topic.isRareEarth).toBe(true);
  return signals.find((s) => s.text === target) ?? null;
}

const KINDS: Record<string, [string, Category][]> = {
  'figures with a direction': [
    ['Separated oxide output at the Kuantan plant climbed 14% on the quarter to 3,050 tonnes.', 'supply-expansion'],
    ['Magnet shipments from China to the United States dropped to their lowest level in two years in October.', 'supply-disruption'],
    // A fall the sentence blames on a control it names is an export-control signal (labeling guide).
    ['Gallium exports halved within a month of the new licensing rules.', 'export-control'],
    ['Antimony exports halved in a month as the smelters ran short of ore.', 'supply-disruption'],
  ],
  'report language': [
    ['Total rare earth oxide production for the half year was 5,800 tonnes.', 'supply-expansion'],
    ['The Saskatoon separation plant is due to be commissioned in the second half of next year.', 'supply-expansion'],
    ['First mixed carbonate from the Nolans site is expected in the third quarter of 2027.', 'supply-expansion'],
    ['The second line of the Ufa magnet works is to be launched in 2028, the regional governor said.', 'supply-expansion'],
    ['Two more separation circuits are to be put into operation at the Kola site next spring.', 'supply-expansion'],
  ],
  'quotas, allocations and state plans': [
    ['The industry ministry set this year’s first rare earth mining quota at 135,000 tonnes.', 'trade-policy'],
    ['The national plan aims to cut the country’s reliance on imported heavy rare earths to a third by 2030.', 'trade-policy'],
  ],
  'consolidation and stakes': [
    ['Beijing merged three state-owned rare earth producers into a single group to tighten control of the heavy rare earth industry.', 'market-concentration'],
    ['The trading house bought a 20% stake in the Australian rare earth developer for A$95 million.', 'investment-deal'],
  ],
  'government money': [
    ['The Defense Department will take a $300 million equity stake in the magnet maker through preferred stock.', 'investment-deal'],
    ['The export credit agency approved a $250 million loan for the rare earth refinery in Western Australia.', 'investment-deal'],
    // In the currency of the country the news comes from.
    ['The state development bank will lend 48 billion tenge to the operator of the new separation plant.', 'investment-deal'],
    ['The federal development bank approved 1.2 billion reais in credit for the ionic clay project in Goiás.', 'investment-deal'],
    ['The Pahang government will put RM200 million into the rare earth industrial park next year.', 'investment-deal'],
  ],
  'price quotes with units and ranges, and their drivers': [
    ['NdPr oxide was offered at 598,000–603,000 yuan/t on Thursday as magnet makers restocked.', 'pricing'],
    ['Dysprosium oxide in Rotterdam was assessed at $820–860/kg, up $40 on the week.', 'pricing'],
  ],
};

describe.each(Object.entries(KINDS))('new kind: %s', (_kind, cases) => {
  it.each(cases)('"%s" → %s', (sentence, category) => {
    const signal = found(sentence);
    expect(signal, 'not detected').not.toBeNull();
    expect(signal?.category).toBe(category);
  });
});

describe('follow-ups carry the signal of the sentence before', () => {
  it.each([
    ['China will require export licences for five more medium and heavy rare earths, the commerce ministry said on Friday.', 'The rules take effect on 1 December.', 'export-control'],
    ['China added scandium and yttrium products to its export control list on Thursday.', 'Most licence applications will be decided within 45 working days.', 'export-control'],
  ])('%s → "%s"', (first, followUp, category) => {
    const signal = found(followUp, [LEAD, `${first} ${followUp}`]);
    expect(signal?.category).toBe(category);
  });
});

describe('highlights lists at the top of an article', () => {
  it('reads each key point as a signal under its heading', () => {
    const points = ['NdPr oxide output up 9% year on year to 2,240 tonnes', 'Heavy rare earth sales volumes at a record 310 tonnes'];
    const blocks: Block[] = [{ text: 'Highlights', kind: 'heading' }, ...points.map((text) => ({ text, kind: 'list-item' as const })), LEAD];
    for (const point of points) expect(found(point, blocks)?.category).toBe('supply-expansion');
  });
});

describe('what stays out of a rare-earth article', () => {
  it.each([
    ['a related-story teaser', 'ALSO READ: Five rare earth stocks to watch this winter'],
    ['a question used as a sub-heading', 'What does this mean for magnet makers?'],
    ['unrelated company news', 'The company also named a new head of human resources for its Perth office.'],
    ['an equity move', 'Shares of the miner closed 4% higher in Sydney after the announcement.'],
  ])('%s', (_what, sentence) => {
    expect(found(sentence)).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import { Signal, type Topic } from '../../../lib/analysis-result';
import { analyzeText } from '../../../lib/analysis/analyze-text';
import { detectSignals } from '../../../lib/analysis/detect-signals';
import { articleOf } from './article-of';

const ON_TOPIC: Topic = { isRareEarth: true, score: 0.9, evidence: ['rare earths'] };
const OFF_TOPIC: Topic = { isRareEarth: false, score: 0.1, evidence: [] };

const detectOne = (sentence: string, topic: Topic = ON_TOPIC) => detectSignals(articleOf([sentence]), { topic });

describe('detectSignals: one category per kind of statement', () => {
  it.each([
    ['Lynas said output of NdPr oxide at Mount Weld rose 15% in the quarter as the Kalgoorlie plant ramped up.', 'supply-expansion', 'rising'],
    ['The company expects to double magnet production capacity at its Fort Worth facility by 2026.', 'supply-expansion', 'rising'],
    ['Exports of dysprosium from Myanmar fell to zero in May after fighting closed the border crossings.', 'supply-disruption', 'falling'],
    ['Shenghe Resources is courting overseas buyers to expand its market share in Southeast Asia.', 'market-expansion', 'rising'],
    ['China accounts for about 90% of global rare earth refining capacity.', 'market-concentration', null],
    ['NdPr oxide prices climbed to US$75/kg in Shanghai last week.', 'pricing', 'rising'],
    ['Terbium prices remained stable at 7,000 yuan/kg despite the licensing delays.', 'pricing', 'stable'],
    ['Japan’s JOGMEC plans to build up strategic stockpiles of dysprosium and terbium.', 'inventory', 'rising'],
    ['MOFCOM added seven medium and heavy rare earths to its export control list in April.', 'export-control', 'tightening'],
    ['China eased export licensing for rare earth magnets to European automakers last month.', 'export-control', 'loosening'],
    ['Washington imposed a 25% tariff on Chinese permanent magnets under Section 301.', 'trade-policy', 'tightening'],
    ['Automakers are tightening due diligence on rare earth suppliers to trace material back to the mine.', 'risk-governance', 'tightening'],
    ['Demand for NdFeB magnets in EV traction motors rose 18% last year.', 'demand', 'rising'],
    ['MP Materials signed a 10-year offtake agreement with the Pentagon, which will also take an equity stake.', 'investment-deal', null],
  ])('%s → %s', (sentence, category, direction) => {
    const signals = detectOne(sentence);
    expect(signals).toHaveLength(1);
    const [signal] = signals;
    expect(Signal.safeParse(signal).success).toBe(true);
    expect(signal?.category).toBe(category);
    expect(signal?.direction).toBe(direction);
    expect(signal?.text).toBe(sentence);
    expect(signal?.why).toMatch(new RegExp(`^${category} cue '.+' about `));
  });

  it('names the cue, the subject and the actor in why', () => {
    const [signal] = detectOne('China intends to normalize rare earth export licensing as a strategic gatekeeper.');
    expect(signal?.why).toBe("export-control cue 'export licensing' about rare earths, actor China");
  });

  it('reports entities by canonical name', () => {
    const [signal] = detectOne('MP Materials signed a 10-year offtake agreement with the Pentagon for NdPr oxide from Mountain Pass.');
    expect(signal?.entities).toEqual({
      materials: ['neodymium', 'praseodymium'],
      organizations: ['MP Materials', 'US Department of Defense'],
      places: ['Mountain Pass'],
    });
  });

  it('does not take the audience of a framing opening for the actor', () => {
    const [signal] = detectOne('For the U.S. and Europe, this hints at downward pressure on prices for China’s rare earth exports.');
    expect(signal?.why).toMatch(/actor China$/);
  });
});

describe('detectSignals: relevance', () => {
  it('accepts a sector actor as subject on a rare-earth page, not elsewhere', () => {
    const sentence = 'The company raised its output by 20% this year after commissioning a new separation line.';
    expect(detectOne(sentence, ON_TOPIC)).toHaveLength(1);
    expect(detectOne(sentence, OFF_TOPIC)).toHaveLength(0);
  });

  it('accepts a sentence that names a material whatever the page', () => {
    expect(detectOne('Gallium prices jumped 30% after the export ban took effect.', OFF_TOPIC)).toHaveLength(1);
  });

  it('carries the subject to "It…" from a relevant sentence of the same block, not onto an unrelated page', () => {
    const sentence = 'It also plans to double capacity by 2027.';
    const carried = detectSignals(articleOf([`Lynas doubled its Mount Weld output. ${sentence}`]), { topic: ON_TOPIC }).find((s) => s.text === sentence);
    expect(carried?.category).toBe('supply-expansion');
    expect(carried?.why).toContain("about the previous sentence's subject");
    // After an unrelated sentence it is not carried: the reason names the article's subject.
    const alone = detectSignals(articleOf(['The weather turned.', sentence]), { topic: ON_TOPIC, minConfidence: 0 }).find((s) => s.text === sentence);
    expect(alone?.why ?? '').not.toContain("about the previous sentence's subject");
    expect(detectSignals(articleOf(['The weather turned.', sentence]), { topic: OFF_TOPIC })).toEqual([]);
  });

  it('ignores cue words with no tie to the sector', () => {
    expect(detectOne('OPEC+ agreed to extend its production cuts as crude inventories rose again.')).toEqual([]);
    expect(detectOne('Soybean prices fell as Chinese buyers skipped US cargoes this autumn.', OFF_TOPIC)).toEqual([]);
  });
});

describe('detectSignals: subjects on a rare-earth page (sentences written for this test)', () => {
  it.each([
    ['the trade’s goods and sites', 'Magnet output rose 12% this year on new sintering lines.', 'about magnet'],
    ['the trades of the chain', 'Smelters in Hunan have cut operating rates to 60%.', 'actor smelters'],
    ['no subject, a phrase of the field', 'Traceability audits of every magnet supplier are now routine across the rare earth supply chain.', 'about rare earths'],
  ])('ties %s to the sector', (_what, sentence, why) => {
    const [signal] = detectOne(sentence);
    expect(signal?.why).toContain(why);
    expect(detectOne(sentence, OFF_TOPIC)).toEqual([]);
  });

  it('reads a subjectless sentence only on a phrase of the field, not on a common word', () => {
    expect(detectOne('The investment was discussed at length on Tuesday.')).toEqual([]);
    expect(detectOne('Prices were mentioned in passing.')).toEqual([]);
  });

  it('leaves sentences about another market alone, unless they name a material', () => {
    expect(detectOne('Soybean inventories rose again this month as exports slowed.')).toEqual([]);
    expect(detectOne('Crude output fell as the cartel extended its cuts.')).toEqual([]);
    expect(detectOne('Unlike oil, rare earth output rose 8% this year.')).toHaveLength(1);
  });

  it('reads an agreement between states as trade policy, between companies as a deal', () => {
    expect(detectOne('China and Russia signed a rare earth cooperation agreement.')[0]?.category).toBe('trade-policy');
    expect(detectOne('The US and Japan signed a critical minerals agreement on Monday.')[0]?.category).toBe('trade-policy');
    expect(detectOne('Sumitomo signed an offtake agreement with Lynas for NdPr oxide.')[0]?.category).toBe('investment-deal');
    expect(detectOne('A Japanese trading house signed a supply deal with an Australian developer.')[0]?.category).toBe('investment-deal');
  });
});

describe('detectSignals: beyond English (sentences written for this test)', () => {
  it.each([
    ['zh', '本周氧化镨钕价格上涨至每吨56万元，下游磁材企业采购意愿增强。', 'pricing'],
    ['ja', '中国政府はレアアースの輸出規制を強化し、日本企業への出荷が大幅に減少した。', 'export-control'],
    ['fr', 'La Chine a renforcé les contrôles à l’exportation des terres rares lourdes, dont le dysprosium.', 'export-control'],
    ['de', 'China hat die Exportkontrollen für Seltene Erden verschärft, die Ausfuhren nach Europa sind um 40 Prozent gesunken.', 'export-control'],
  ])('finds a %s signal with its category', (lang, sentence, category) => {
    const signals = detectSignals(articleOf([sentence], { lang }), { topic: ON_TOPIC });
    expect(signals).toHaveLength(1);
    expect(signals[0]?.category).toBe(category);
    expect(signals[0]?.why).toMatch(new RegExp(`^${category} cue '.+' about `));
  });

  it('still finds English sentences on a page whose language is not English', () => {
    const page = articleOf(['China tightened export controls on seven heavy rare earths in April.'], { lang: 'ja' });
    expect(detectSignals(page, { topic: ON_TOPIC })).toHaveLength(1);
  });

  it('does not take a foreign sentence about something else for a signal', () => {
    expect(detectSignals(articleOf(['Die Mannschaft gewann das Spiel am Sonntag mit drei Toren.'], { lang: 'de' }), { topic: ON_TOPIC })).toEqual([]);
  });
});

describe('detectSignals: what is never a signal', () => {
  const onTopicArticle = (blocks: Parameters<typeof articleOf>[0]) => articleOf(blocks, { title: 'China tightens rare earth export controls' });

  it.each([
    'The update, steeped in state-planning language, nevertheless contains several strategically meaningful signals for Western markets:',
    'Nothing in the update is revolutionary—but the cumulative effect on rare earth prices is significant.',
    'This report outlines the export-control measures on rare earths announced so far.',
    'Disclaimer: This news item originates from a media outlet affiliated with a Chinese state-owned enterprise.',
    'This article was originally published by a rare earth industry association in Baotou.',
    '© 2025 Rare Earth Exchanges™ – Accelerating Transparency, Accuracy, and Insight Across the Rare Earth & Critical Minerals Supply Chain.',
    'Get the daily rare earth brief in your inbox.',
    'We use cookies to improve your experience.',
    'Subscribe to our newsletter for rare earth price alerts and export control news.',
    '0 Comments',
    'Rare earth prices jump.',
    'Lynas Ramps Up Kalgoorlie Processing',
    'MP Materials Begins Magnet Production in Texas',
  ])('"%s"', (text) => {
    for (const kind of ['paragraph', 'list-item'] as const) {
      expect(detectSignals(onTopicArticle([{ text, kind }]), { topic: ON_TOPIC })).toEqual([]);
    }
  });

  it('skips every sentence of a disclaimer block', () => {
    const block = 'Disclaimer: This item comes from a state-owned enterprise. Rare earth export controls may change without notice.';
    expect(detectSignals(onTopicArticle([block]), { topic: ON_TOPIC })).toEqual([]);
  });

  it('skips a short unpunctuated paragraph (a standfirst or subheading), not a bullet point', () => {
    const text = 'Korean refiners draw on state reserves of dysprosium';
    expect(detectSignals(onTopicArticle([{ text, kind: 'paragraph' }]), { topic: ON_TOPIC })).toEqual([]);
    expect(detectSignals(onTopicArticle([{ text, kind: 'list-item' }]), { topic: ON_TOPIC })).toHaveLength(1);
  });

  it('skips headings and captions', () => {
    const text = 'China tightens rare earth export controls on dysprosium and terbium again.';
    expect(detectSignals(onTopicArticle([{ text, kind: 'heading' }]), { topic: ON_TOPIC })).toEqual([]);
    expect(detectSignals(onTopicArticle([{ text, kind: 'caption' }]), { topic: ON_TOPIC })).toEqual([]);
    expect(detectSignals(onTopicArticle([{ text, kind: 'quote' }]), { topic: ON_TOPIC })).toHaveLength(1);
  });
});

describe('detectSignals: output', () => {
  it('reports a sentence repeated in two blocks once', () => {
    const sentence = 'China controls more than 90% of global rare earth magnet production.';
    expect(detectSignals(articleOf([sentence, `Earlier that week. ${sentence}`, sentence]), { topic: ON_TOPIC })).toHaveLength(1);
  });

  it('quotes damaged text verbatim, with verbatim context', () => {
    const block = 'Background first. Chinaโs rare earth export controls tightened againโthis time on terbium. More later.';
    const signal = detectSignals(articleOf([block]), { topic: ON_TOPIC, minConfidence: 0 }).find((s) => s.text.startsWith('China'));
    expect(signal?.text).toBe('Chinaโs rare earth export controls tightened againโthis time on terbium.');
    expect(signal?.prefix).toBe('Background first. ');
    expect(signal?.suffix).toBe(' More later.');
    expect(block).toContain(`${signal?.prefix}${signal?.text}${signal?.suffix}`);
  });

  it('keeps at most 32 characters of context on each side', () => {
    const block = `${'Filler words here. '.repeat(5)}China controls more than 90% of global rare earth separation. ${'Trailing words. '.repeat(5)}`;
    const signal = detectSignals(articleOf([block]), { topic: ON_TOPIC, minConfidence: 0 }).find((s) => s.text.startsWith('China'));
    expect(signal?.prefix).toHaveLength(32);
    expect(signal?.suffix).toHaveLength(32);
  });

  it('drops signals below minConfidence', () => {
    const article = articleOf(['China controls more than 90% of global rare earth separation capacity.', 'PrNd remains the key magnet material for EVs and wind turbines.']);
    const all = detectSignals(article, { topic: ON_TOPIC, minConfidence: 0 });
    const strict = detectSignals(article, { topic: ON_TOPIC, minConfidence: 0.9 });
    expect(all.length).toBeGreaterThan(strict.length);
    for (const s of strict) expect(s.confidence).toBeGreaterThanOrEqual(0.9);
  });

  it('ranks a statement with a direct cue above one that only names drivers', () => {
    const article = articleOf(['China controls more than 90% of global rare earth separation capacity.', 'PrNd remains the key magnet material for EVs and wind turbines.']);
    const [strong, weak] = detectSignals(article, { topic: ON_TOPIC, minConfidence: 0 });
    expect(strong?.confidence).toBeGreaterThan(weak?.confidence ?? 1);
  });
});

describe('analyzeText', () => {
  it('returns no signals for a page that is not about rare earths', () => {
    const chips = articleOf(
      [
        'The Commerce Department added 140 Chinese companies to the entity list and tightened export controls on advanced AI chips.',
        'Nvidia said the new licensing requirements would cut its China revenue, while Beijing promised countermeasures.',
      ],
      { title: 'US tightens chip export controls on China' },
    );
    const result = analyzeText(chips);
    expect(result.topic.isRareEarth).toBe(false);
    expect(result.signals).toEqual([]);
  });

  it('returns the topic and the signals of a rare-earth page', () => {
    const page = articleOf(
      [
        'China’s Ministry of Commerce tightened export controls on seven medium and heavy rare earths, including dysprosium and terbium.',
        'Exports of rare earth magnets fell 75% in May as licences stalled, and Western automakers warned of shortages.',
      ],
      { title: 'China’s rare earth export controls bite' },
    );
    const result = analyzeText(page);
    expect(result.topic.isRareEarth).toBe(true);
    expect(result.signals.map((s) => s.category)).toEqual(['export-control', 'supply-disruption']);
  });
});

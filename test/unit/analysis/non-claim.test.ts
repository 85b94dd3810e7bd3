import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NON_CLAIM_PATTERNS } from '../../../lib/analysis/lexicon';
import { countWords, isHeadingLikeBlock, MIN_CLAIM_WORDS, nonClaimReason } from '../../../lib/analysis/non-claim';

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
    ['That shortfall is why long-term offtakes matter.', 'meta'],
    ['This is why the licence regime matters for magnet makers.', 'meta'],
    ['Here’s why the new quota could squeeze terbium buyers.', 'meta'],
    ['To implement the national rare earth regulations, the association hereby notifies the following:', 'meta'],
    ['Our magnet supply model is built from plant-by-plant production estimates.', 'meta'],
    ['Our price forecasts are based on consensus output and demand figures.', 'meta'],
  ])('"%s" → %s', (sentence, reason) => {
    expect(nonClaimReason(sentence)).toBe(reason);
  });

  it.each([
    'China will publish new rules that tighten rare earth export licensing.',
    'The company said prices rose 5% after it partnered with a Japanese trader.',
    'Our refinery is built to produce 5,000 tonnes of oxide a year, the chief executive said.',
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

  it('reads a paragraph that opens with a bullet as a key point, not a heading', () => {
    for (const text of ['- Beijing pauses its newest rare earth licence rules for a year', '• Seoul to release dysprosium from the state reserve', '* Magnet exports to Europe down a third in October']) {
      expect(isHeadingLikeBlock({ text, kind: 'paragraph' }), text).toBe(false);
    }
    expect(isHeadingLikeBlock({ text: '-Beijing pauses its rare earth licence rules', kind: 'paragraph' })).toBe(true);
  });

  it('reads Chinese and Japanese paragraphs by their sentence ends and length, not by spaces', () => {
    // Two sentences, the paragraph cut before the second one ends; "EV" gives it a cased letter.
    expect(isHeadingLikeBlock({ text: '政府はEV向け磁石の輸出を許可制にした。国内の工場では在庫が減り、生産の見直しが始まってい', kind: 'paragraph' })).toBe(false);
    expect(isHeadingLikeBlock({ text: '稀土永磁材料出口管制新规正式实施以来相关企业普遍反映申请许可证所需时间明显延长且审批流程仍不透明EV', kind: 'paragraph' })).toBe(false);
    expect(isHeadingLikeBlock({ text: 'EV用レアアース磁石の輸出規制を強化', kind: 'paragraph' })).toBe(true);
  });
});

/**
 * The patterns are tried one by one behind their required literals, and words are counted without
 * a regular expression: both must read every text as the plain expressions do.
 */
describe('nonClaimReason and countWords against the plain expressions', () => {
  const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}'’.-]*/gu;
  const compile = (sources: readonly string[]) => new RegExp(sources.map((source) => `(?:${source})`).join('|'), 'iu');
  const plain = [compile(NON_CLAIM_PATTERNS.boilerplate), compile(NON_CLAIM_PATTERNS.disclaimer), compile(NON_CLAIM_PATTERNS.meta)];
  const reasons = ['boilerplate', 'disclaimer', 'meta'];
  const pieces = fc.constantFrom(
    ...'The this report contains covers we are pleased to did not respond request for comment cookies use privacy policy terms of service share read more © (c) copyright Disclaimer: editor’s note will publish its outlook as follows the following remarks came 12 comments ſhare İn Ⅻ e\u0301 a’b o.k. -x 𝔸𝔹 中文 ٣'.split(' '),
  );

  it('finds the same reason as the three expressions', () => {
    fc.assert(
      fc.property(fc.array(pieces, { minLength: 1, maxLength: 12 }), fc.constantFrom(' ', ', ', '', '. '), (words, separator) => {
        const text = words.join(separator).trim();
        const index = plain.findIndex((expression) => expression.test(text));
        const reason = nonClaimReason(text);
        if (index >= 0) expect(reason).toBe(reasons[index]);
        else expect(reasons).not.toContain(reason);
      }),
      { numRuns: 300 },
    );
  });

  it('counts the words the expression finds', () => {
    const unit = fc.oneof(fc.constantFrom('a', 'Z', '9', ' ', "'", '’', '.', '-', '\u0301', 'é', 'ſ', '٣', 'Ⅻ', '中', '𝔸', '🙂', '\ud800', '\udc00', ','), fc.string({ maxLength: 1 }));
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 30 }), (text) => {
        expect(countWords(text)).toBe(text.match(WORD)?.length ?? 0);
      }),
      { numRuns: 1000 },
    );
  });

  it('calls a short scrap a fragment', () => {
    expect(MIN_CLAIM_WORDS).toBe(6);
    expect(nonClaimReason('Rare earth prices rose again.')).toBe('fragment');
  });
});

/**
 * Fragments and headlines are read in one walk over the words, without the match array and a
 * lower-cased copy per word: the verdict must be the plain reading's.
 */
describe('nonClaimReason: fragments and headlines against the plain reading', () => {
  const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}'’.-]*/gu;
  const SMALL = new Set(['a', 'an', 'the', 'and', 'or', 'nor', 'but', 'of', 'in', 'on', 'at', 'to', 'for', 'by', 'with', 'from', 'as', 'vs', 'vs.', 'into', 'over', 'per', 'via', 'amid', 'after', 'up', 'is', 'are']);
  const plainShape = (text: string): 'fragment' | 'headline' | null => {
    const words = text.match(WORD) ?? [];
    if (words.length < MIN_CLAIM_WORDS && !/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]{8,}/u.test(text)) return 'fragment';
    if (!/[\p{Lu}\p{Ll}]/u.test(text)) return null;
    const terminal = /[.!?…:;"”’»)\]]$/u.test(text);
    const content = words.filter((w) => !SMALL.has(w.toLowerCase()));
    if (content.length < (terminal ? 6 : 3)) return null;
    const capitalized = content.filter((w) => /^[\p{Lu}\p{N}]/u.test(w)).length;
    return capitalized / content.length >= (terminal ? 0.9 : 0.8) ? 'headline' : null;
  };
  const pieces = fc.constantFrom(
    ...'Rare Earth Magnets Prices Fall Ministry Plans New Quota 2026 rare earth magnets prices fall the The THE Of of OF Vs. vs. VS into Into AMID Amid after İn İS Ⅻ ſ K é É 𝔸𝔹 𐐀 𐐨 中文 中国稀土出口管制再度收紧了 ٣ a’b O’Neil U.S. — “Quote”'.split(' '),
  );
  it('calls the same texts fragments and headlines', () => {
    fc.assert(
      fc.property(fc.array(pieces, { minLength: 1, maxLength: 14 }), fc.constantFrom(' ', ', ', ' - '), fc.constantFrom('', '.', '?', ':', '…'), (words, separator, end) => {
        const text = words.join(separator) + end;
        const reason = nonClaimReason(text);
        if (reason === 'boilerplate' || reason === 'disclaimer' || reason === 'meta') return;
        expect(reason).toBe(plainShape(text.trim()));
      }),
      { numRuns: 1000 },
    );
  });
});

describe('nonClaimReason: titles of other stories', () => {
  it.each([
    'Beijing Unveils Export Curbs on Graphite Anodes Starting December 1.',
    'Will Myanmar Rebels Choke Off China’s Heavy Rare Earth Supply This Winter?',
    'Neo Opens Europe’s First Sintered Magnet Plant in Estonia',
  ])('"%s" is a headline, full stop or not', (title) => {
    expect(nonClaimReason(title)).toBe('headline');
  });

  it.each([
    'Lynas Rare Earths said NdPr output at its Malaysian plant rose 12% in the quarter.',
    'The U.S. Department of Defense awarded MP Materials a $58.5 million grant.',
  ])('"%s" is prose with names, not a headline', (sentence) => {
    expect(nonClaimReason(sentence)).toBeNull();
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { classifySentence, findCues } from '../../../lib/analysis/classify-sentence';

/**
 * Clause structure decides between the categories of a sentence's cues: the main clause carries
 * the claim; datelines, asides, adjuncts of cause, time and contrast, and comparison standards
 * describe it. Sentences written for these tests.
 */
describe('classifySentence: clause structure', () => {
  it.each([
    // A wire dateline is skipped: the agency's parenthesis does not end the main clause.
    ['SYDNEY, March 5 (Commodity Dispatch) - Lynas lifted NdPr output by 20% after commissioning its Kalgoorlie plant.', 'supply-expansion'],
    // A non-restrictive relative clause is an aside.
    ['Chinese magnet makers, who produce around 90% of the world’s magnets, quote N52 blocks at $55/kg.', 'pricing'],
    // A parenthesis is an aside, not the end of the main clause.
    ['The ministry (MIIT) issued the second batch of mining quotas on Friday.', 'trade-policy'],
    // since / because / rather than / affected by: circumstance, not claim.
    ['Shipments of antimony to the US have stopped since the licensing requirement took effect.', 'supply-disruption'],
    ['Prices have risen by 200% since April, which reflects speculation rather than any real shortage.', 'pricing'],
    ['Affected by the environmental inspection, several smelters in Hunan stopped production.', 'supply-disruption'],
    // A comparison standard ("than …") is not the claim.
    ['Demand for magnets is growing faster than new supply can be brought online.', 'demand'],
    // "as" opening a clause of cause or time.
    ['Magnet orders lagged as automakers drew down inventories.', 'demand'],
    // "see X as Y": Y is the claim.
    ['Analysts see the licensing regime as a lever in Beijing’s trade strategy.', 'trade-policy'],
    // An appositive that ranks the subject says who acts, not what happened.
    ['India, the world’s fourth-largest carmaker, is weeks away from production cuts.', 'supply-disruption'],
    ['Lynas, the largest producer outside China, agreed to a A$200 million loan for its Texas plant.', 'investment-deal'],
    // A price driver: the prices it moves are the claim, not the cause in the subject.
    ['Tight supply has lifted prices of terbium metal to a record.', 'pricing'],
  ])('"%s" → %s', (sentence, category) => {
    expect(classifySentence(sentence)?.category).toBe(category);
  });

  it('finds overlapping cues: a weak one never hides a stronger one', () => {
    const cues = findCues('Downstream buying remained cautious ahead of the holiday.').map((hit) => hit.text);
    expect(cues).toContain('Downstream buying');
    expect(cues).toContain('buying remained cautious');
  });

  it('counts overlapping hits of one category once for the repeat bonus', () => {
    const single = classifySentence('Prices rose this week.');
    const nested = classifySentence('NdPr prices rose this week.');
    expect(nested?.strength).toBeCloseTo(single?.strength ?? 0, 1);
  });

  it('reports the lexicon weight of the deciding cue', () => {
    expect(classifySentence('Exporters now need licences for every shipment.')?.weight).toBeGreaterThanOrEqual(0.8);
    expect(classifySentence('The investment was discussed.')?.weight).toBeLessThan(0.8);
  });
});

/**
 * Cues and clause parts are tried only where their literals allow (required-literals.ts); the plain
 * reading scans every expression over the sentence. Both must find the same hits with the same
 * scores, on sentences written for this test and on generated ones.
 */
describe('findCues against the plain scan', () => {
  const view = (sentence: string, scan: boolean) => findCues(sentence, scan).map((h) => [h.start, h.end, h.text, h.score, h.cue.pattern]);

  it.each([
    'SYDNEY, March 5 (Commodity Dispatch) - Lynas lifted NdPr output by 20% after commissioning its Kalgoorlie plant.',
    'Chinese magnet makers, who produce around 90% of the world’s magnets, quote N52 blocks at $55/kg.',
    'Since April 2025, exports of seven heavy rare earths have required a licence, which analysts see as a lever in trade talks.',
    'Prices have risen by 200% since April, driven by speculation rather than any real shortage (traders say).',
    'Magnet orders lagged as automakers drew down inventories, while output at the Baotou plant was halted for two weeks.',
  ])('%s', (sentence) => {
    expect(view(sentence, false)).toEqual(view(sentence, true));
  });

  it('agrees on generated sentences', () => {
    const words = fc.constantFrom(
      ...'China controls about 90% of global rare earth processing capacity and exports fell 12% since April as buyers drew down stocks while prices rose to $55/kg after MOFCOM tightened export licensing ( ) , which who see it as a lever the plant was halted output rose driven by demand for magnets ſhortage İ'.split(' '),
    );
    fc.assert(
      fc.property(fc.array(words, { minLength: 1, maxLength: 24 }), (list) => {
        const sentence = list.join(' ');
        expect(view(sentence, false)).toEqual(view(sentence, true));
      }),
      { numRuns: 300 },
    );
  });
});

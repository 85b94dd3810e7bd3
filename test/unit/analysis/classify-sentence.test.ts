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

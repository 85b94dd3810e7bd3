import { describe, expect, it } from 'vitest';
import type { Topic } from '../../../lib/analysis-result';
import { sentenceRecords } from '../../../lib/analysis/detect-signals';
import { signalReason } from '../../../lib/analysis/signal-reason';
import { articleOf } from './article-of';

const ON_TOPIC: Topic = { isRareEarth: true, score: 0.9, evidence: ['rare earths'] };
const recordOf = (sentence: string) => {
  const [record] = sentenceRecords(articleOf([sentence]), ON_TOPIC);
  if (!record) throw new Error(`no record for ${sentence}`);
  return record;
};

describe('signalReason: what the card says about why a sentence is a signal', () => {
  it('names the cue the rules read, what it is about and who acts', () => {
    const reason = signalReason(recordOf('China tightened export controls on dysprosium and terbium.'), 'export-control', false);
    expect(reason).toMatch(/^export-control cue '[^']*export controls?[^']*' about .*dysprosium/);
  });

  it('says the previous sentence gave the subject when the signal was carried', () => {
    expect(signalReason(recordOf('Output rose 12% on the quarter.'), 'supply-expansion', true)).toContain("about the previous sentence's subject");
  });

  it("quotes another category's cue as wording, never as a cue of the category shown", () => {
    const reason = signalReason(recordOf('The company currently supplies magnets to several makers of military drones.'), 'supply-expansion', false);
    expect(reason).not.toMatch(/supply-expansion cue/);
    expect(reason).toMatch(/^supply-expansion read from the wording \('[^']*drones?'\) and its neighbours/);
  });

  it('never names the category as its own cue when nothing was read', () => {
    const reason = signalReason(recordOf('The board met in Perth on Tuesday afternoon.'), 'demand', false);
    expect(reason).not.toContain("cue 'demand'");
    expect(reason).toBe("demand read from the sentence's wording and its neighbours, about the article's subject");
  });
});

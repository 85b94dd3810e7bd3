// Covers lib/anchoring/signal-for-quote.ts: which detected signal a hand-made selection is about.
import { describe, expect, it } from 'vitest';
import { signalForQuote } from '../../../lib/anchoring/signal-for-quote';

const SIGNALS = [
  { text: 'Spot prices for dysprosium oxide in Rotterdam rose 18% in January, the steepest monthly increase since 2022.', category: 'pricing' },
  { text: 'Demand for NdFeB magnets in EV traction motors and wind turbines grew 14% last year.', category: 'demand' },
];

describe('signalForQuote', () => {
  it('matches the signal’s sentence up to case, spacing, typography and edge punctuation', () => {
    const m = signalForQuote(SIGNALS, '  demand for NdFeB magnets in EV traction\nmotors and wind turbines grew 14% last year  ');
    expect(m).toEqual({ signal: SIGNALS[1], same: true });
    expect(signalForQuote(SIGNALS, '“Demand for NdFeB magnets in EV traction motors and wind turbines grew 14% last year”')?.same).toBe(true);
  });

  it('matches a selection of most of the sentence, or one with a little more around it, as not the same text', () => {
    expect(signalForQuote(SIGNALS, 'Spot prices for dysprosium oxide in Rotterdam rose 18% in January')).toEqual({ signal: SIGNALS[0], same: false });
    expect(signalForQuote(SIGNALS, `Magnets. ${SIGNALS[1]!.text}`)).toEqual({ signal: SIGNALS[1], same: false });
  });

  it('does not match a few words of a signal, a paragraph around it, or unrelated text', () => {
    expect(signalForQuote(SIGNALS, 'rose 18%')).toBeNull();
    expect(signalForQuote(SIGNALS, `${SIGNALS[0]!.text} ${'Other sentences follow here at length. '.repeat(5)}`)).toBeNull();
    expect(signalForQuote(SIGNALS, 'The weather in Baotou was cold.')).toBeNull();
    expect(signalForQuote(SIGNALS, '   ')).toBeNull();
    expect(signalForQuote([], 'Anything.')).toBeNull();
  });
});

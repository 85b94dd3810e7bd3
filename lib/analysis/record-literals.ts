import { LiteralGroup } from './required-literals';

/**
 * The literal group (required-literals.ts) of the expressions the record pass of detect-signals.ts
 * runs on each sentence (non-claim shapes, figures, the relevance rules' actor, sector-noun,
 * attribution, other-market and equity expressions), apart from the cue patterns' group: the record
 * pass reads every sentence again after the cue pass has read them all, and reading it with the
 * cue patterns' literals as well took each sentence through the whole cue automaton a second time.
 */
export const RECORD_LITERALS = new LiteralGroup();

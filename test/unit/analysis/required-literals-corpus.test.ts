import { describe, expect, it } from 'vitest';
import { SIGNAL_CUES } from '../../../lib/analysis/lexicon';
import { literalIndex, requiredLiterals } from '../../../lib/analysis/required-literals';
import { segmentSentences } from '../../../lib/analysis/segment-sentences';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

describe('requiredLiterals', () => {
  it.each([
    ['prices?\\s+(?:rose|fell)', ['price']],
    // The most selective part is chosen: both six-letter words over a three-letter one.
    ['(?:export|import)s?\\s+ban', ['export', 'import']],
    ['\\d+%|\\w+ing', ['%', 'ing']],
    ['shortages?|scarcit(?:y|ies)', ['shortage', 'scarcit']],
    ['(?:a|b)?c', ['c']],
  ])('%s needs one of %j', (source, expected) => {
    expect(requiredLiterals(source)?.slice().sort()).toEqual([...expected].sort());
  });

  it('needs nothing of a pattern that can match without a literal', () => {
    expect(requiredLiterals('\\w+')).toBeNull();
    expect(requiredLiterals('(?:price)?\\s*[a-z]+')).toBeNull();
  });

  it('needs a digit of a pattern that must match one', () => {
    expect(requiredLiterals('(?:price)?\\s*\\d+')).toEqual([...'0123456789']);
  });
});

/**
 * Soundness on text: the prefilter may only skip a cue where the cue cannot match. Every cue is run
 * with and without it over every sentence of the team corpus pages (written for this project).
 */
describe('literalIndex over the cue patterns', () => {
  const dir = join(__dirname, '../../fixtures/corpus');
  const sentences = readdirSync(dir)
    .filter((name) => name.endsWith('.html'))
    .flatMap((name) => readFileSync(join(dir, name), 'utf8').replace(/<[^>]+>/g, '\n').split('\n'))
    .map((line) => line.trim())
    .filter((line) => line.length > 20)
    .flatMap((line) => segmentSentences(line).map((s) => s.text));
  const index = literalIndex(SIGNAL_CUES.map((cue) => requiredLiterals(cue.pattern)));
  const expressions = SIGNAL_CUES.map((cue) => new RegExp(String.raw`(?<![\p{L}\p{N}])(?:${cue.pattern})(?![\p{L}\p{N}])`, 'iu'));

  it('never skips a cue that matches', () => {
    expect(sentences.length).toBeGreaterThan(1000);
    const missed: string[] = [];
    for (const sentence of sentences) {
      const candidates = new Set(index.candidates(sentence));
      expressions.forEach((expression, i) => {
        if (expression.test(sentence) && !candidates.has(i)) missed.push(`${i}: ${sentence}`);
      });
    }
    expect(missed).toEqual([]);
    // Every cue expression over every sentence of the team corpus: 6–9 s on a loaded 2-core machine,
    // past vitest's 5 s default; the test checks soundness, not speed.
  }, 120_000);

  it('skips most cues on most sentences', () => {
    const tried = sentences.reduce((n, s) => n + index.candidates(s).length, 0);
    expect(tried / sentences.length).toBeLessThan(SIGNAL_CUES.length / 4);
  });
});

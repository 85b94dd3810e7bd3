import * as z from 'zod/mini';
import { AnalysisResult } from '../analysis-result';

/**
 * One line of `npm run analyze -- --json`: the page's AnalysisResult (DESIGN, the contract) and
 * `input`, the path of the HTML file it was read from.
 */
export const OutputLine = z.extend(AnalysisResult, { input: z.string() });
export type OutputLine = z.infer<typeof OutputLine>;

/** The JSON Schema (draft 2020-12) of one output line, what `--schema` prints. */
export function outputLineJsonSchema(): Record<string, unknown> {
  return {
    title: 'Lodestone analyzer output line',
    description: 'One line of `npm run analyze -- --json`: the AnalysisResult of a page plus "input", the path of its file.',
    ...z.toJSONSchema(OutputLine),
  };
}

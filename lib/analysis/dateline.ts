/**
 * The dateline that opens wire copy: "SYDNEY, March 5 (Commodity Dispatch) - ",
 * "HOHHOT, Oct. 9 (Xinhua) -- ", "YANGON/SHANGHAI, Feb 11 (Metals Wire) - ", "WASHINGTON (Reuters) — ".
 * It names where and when the story was filed, not who acts: the classifier reads the sentence
 * after it, so that the agency's parenthesis does not end the main clause and the place is not
 * taken for the subject.
 */

/** A city in capitals ("NEW DELHI", "YANGON/SHANGHAI"), an optional date, an optional (agency), a dash. */
const DATELINE = new RegExp(
  [
    String.raw`^\s*`,
    String.raw`\p{Lu}[\p{Lu}\p{M}'’.\-]+(?:[ /]\p{Lu}[\p{Lu}\p{M}'’.\-]+){0,3}`,
    String.raw`(?:,\s*\p{Lu}[\p{L}]{2,8}\.?\s+\d{1,2}(?:,\s*\d{4})?)?`,
    String.raw`(?:\s*\([^()]{2,40}\))?`,
    String.raw`\s*(?:--|[-–—])\s+`,
  ].join(''),
  'u',
);
/** Without a date or an agency, "CHINA - " could be a heading fragment: one of the two is required. */
const DATE_OR_AGENCY = /,\s*\p{Lu}[\p{L}]{2,8}\.?\s+\d|\([^()]{2,40}\)/u;

/** Length of the dateline that opens `sentence`, or 0 when there is none. */
export function datelineLength(sentence: string): number {
  const match = DATELINE.exec(sentence);
  if (!match || !DATE_OR_AGENCY.test(match[0])) return 0;
  return match[0].length;
}

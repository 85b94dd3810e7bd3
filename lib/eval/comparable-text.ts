import { readableText } from '../analysis/repair-mojibake';

/**
 * A sentence as the evaluation compares it: mojibake repaired and whitespace collapsed
 * (`readableText`, what the reader is shown), invisible characters dropped and typographic quotes
 * folded to ASCII, so a label typed with straight quotes matches the page's curly ones.
 */
export function comparableText(text: string): string {
  return readableText(text.normalize('NFC'))
    .replace(/[\u00ad\u200b-\u200d\u2060\ufeff]/g, '')
    .replace(/[\u2018\u2019\u201a\u201b\u2032`\u00b4]/g, "'")
    .replace(/[\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb]/g, '"')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Whether a detected sentence is the labelled one: it starts with the label's quote. */
export function startsWithQuote(detected: string, quote: string): boolean {
  const q = comparableText(quote);
  return q.length > 0 && comparableText(detected).startsWith(q);
}

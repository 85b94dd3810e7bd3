/**
 * The matches of an expression over a text, two ways that give the same matches: a global
 * expression scanned left to right, or its sticky copy tried only at the positions where a match
 * may begin (required-literals.ts finds them), which skips the text between them.
 */

/** Every match of a global expression, left to right. */
export function eachScanned(expression: RegExp, text: string, visit: (m: RegExpExecArray) => void): void {
  expression.lastIndex = 0;
  for (let m = expression.exec(text); m !== null; m = expression.exec(text)) {
    visit(m);
    if (m[0].length === 0) expression.lastIndex++;
  }
}

/** The same matches from a sticky expression tried at the starts where one may begin (ascending). */
export function eachSticky(expression: RegExp, text: string, starts: readonly number[], visit: (m: RegExpExecArray) => void): void {
  let next = 0;
  for (const p of starts) {
    if (p < next) continue;
    expression.lastIndex = p;
    const m = expression.exec(text);
    if (m === null) continue;
    visit(m);
    next = p + Math.max(1, m[0].length);
  }
}

/**
 * The `web-ext lint` warnings that come from libraries bundled into Lodestone, not from its code,
 * each recognized by the code around the place the linter points at (the bundles are minified:
 * one line, a column). README "Firefox" lists them. Anything else the linter says fails the test.
 */
export interface BundledWarning {
  library: string;
  code: string;
  /** Found within a few hundred characters of the warned column. */
  marker: RegExp;
  why: string;
}

export const BUNDLED_LINT_WARNINGS: readonly BundledWarning[] = [
  {
    library: 'react-dom',
    code: 'UNSAFE_VAR_ASSIGNMENT',
    marker: /case`dangerouslySetInnerHTML`|case"dangerouslySetInnerHTML"|case'dangerouslySetInnerHTML'/,
    why: "React's support for the dangerouslySetInnerHTML prop, which Lodestone never passes (checked below)",
  },
  {
    library: '@mozilla/readability',
    code: 'UNSAFE_VAR_ASSIGNMENT',
    marker: /readability-page-1|this\._isSingleImage|this\._attempts/,
    why: "Readability moving markup inside the detached document it parses (DOMParser), never a live page's",
  },
];

/** The bundled library a warning comes from, judged from the built file's text around it. */
export function bundledSource(warning: { code: string; line?: number; column?: number }, fileText: string): BundledWarning | null {
  if (warning.line === undefined || warning.column === undefined) return null;
  const line = fileText.split('\n')[warning.line - 1] ?? '';
  const around = line.slice(Math.max(0, warning.column - 400), warning.column + 200);
  return BUNDLED_LINT_WARNINGS.find((b) => b.code === warning.code && b.marker.test(around)) ?? null;
}

/**
 * The highlight stylesheet in a form a page's own CSS cannot override. The background inserts it
 * with scripting.insertCSS, as an author stylesheet; measured in Chromium (test/fixtures/hostile/
 * restyle-everything.html):
 * - a page rule `::highlight(lodestone-pricing){background-color:transparent !important}` beats
 *   the same rule inserted by the extension (injected sheets come before the page's own);
 * - a *user*-origin insertCSS would win the cascade, but Chromium ignores `::highlight()` rules
 *   from user stylesheets altogether;
 * - important declarations inside a cascade layer beat unlayered important ones, and between
 *   layers the first declared wins; the injected sheet's layer is declared first. A layer name the
 *   page cannot guess keeps it from adding its own rules to that layer.
 * So: every declaration `!important`, the whole sheet inside `@layer <name>`.
 *
 * Handles the flat rules highlightCss writes (`selector{prop:value;prop:value;}`), no nesting.
 */
export function importantDeclarations(css: string): string {
  return css.replace(/\{([^{}]*)\}/g, (_rule, body: string) => {
    const declarations = body
      .split(';')
      .map((d) => d.trim())
      .filter(Boolean)
      .map((d) => (/!\s*important$/i.test(d) ? d : `${d} !important`));
    return `{${declarations.join(';')};}`;
  });
}

/** `css` with every declaration important, inside the cascade layer `layer` (a CSS identifier). */
export function protectedCss(css: string, layer: string): string {
  if (!/^[a-z][a-z0-9-]*$/i.test(layer)) throw new Error(`not a layer name: ${layer}`);
  return `@layer ${layer}{\n${importantDeclarations(css)}\n}`;
}

import type { Browser } from 'puppeteer-core';

/**
 * Firefox's stdout and stderr, line by line, as they come. With devtools.console.stdout.content
 * and .chrome set, every console message of every context is there ("console.error: …"), and
 * uncaught errors go to stderr ("JavaScript error: <file>, line N: …").
 */
export function collectOutput(browser: Browser): string[] {
  const lines: string[] = [];
  for (const stream of [browser.process()?.stdout, browser.process()?.stderr]) {
    let rest = '';
    stream?.on('data', (chunk: Buffer) => {
      const parts = (rest + chunk.toString('utf8')).split('\n');
      rest = parts.pop() ?? '';
      for (const line of parts) if (line.trim()) lines.push(line);
    });
  }
  return lines;
}

/**
 * The extension's errors among those lines: uncaught errors in its files (background, pages,
 * content scripts: "JavaScript error: moz-extension://<uuid>/…") and its console.error calls (every
 * one is prefixed "[lodestone]"; WXT's own say "[wxt]").
 */
export function extensionErrors(lines: readonly string[], origin: string): string[] {
  return lines.filter(
    (l) =>
      (/^JavaScript error: /.test(l) && l.includes(origin)) ||
      (/^console\.error: /.test(l) && (/\[lodestone\]|\[wxt\]/.test(l) || l.includes(origin))),
  );
}

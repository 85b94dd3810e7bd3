/**
 * After a same-document navigation the app renders the new page over the next moments (a fetch,
 * then one or more render passes). The gate should sample the new page, not the old one or a
 * half-drawn one: this resolves once the document has had no mutation for `quietMs`, or after
 * `maxWaitMs` whatever happens (a page with a ticker never goes quiet). Injected with
 * scripting.executeScript, so it is self-contained: no imports, no closure.
 */
export function untilQuietDom(quietMs: number, maxWaitMs: number): Promise<'quiet' | 'timeout'> {
  return new Promise((resolve) => {
    let quietTimer = 0;
    const finish = (how: 'quiet' | 'timeout') => {
      observer.disconnect();
      clearTimeout(quietTimer);
      clearTimeout(maxTimer);
      resolve(how);
    };
    const observer = new MutationObserver(() => {
      clearTimeout(quietTimer);
      quietTimer = setTimeout(() => finish('quiet'), quietMs) as unknown as number;
    });
    observer.observe(document, { childList: true, subtree: true, characterData: true });
    quietTimer = setTimeout(() => finish('quiet'), quietMs) as unknown as number;
    const maxTimer = setTimeout(() => finish('timeout'), maxWaitMs) as unknown as number;
  });
}

/**
 * The settle bounds, as for late content (lib/anchoring/watch-late-content.ts): 400 ms of quiet
 * groups one render's mutations; 3 s bounds the wait on a page that never stops mutating.
 */
export const NAVIGATION_QUIET_MS = 400;
export const NAVIGATION_MAX_WAIT_MS = 3_000;

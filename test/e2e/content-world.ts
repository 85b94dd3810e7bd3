// Code run inside Lodestone's content-script world of a page (the isolated world the gate and the
// reader run in, named "Lodestone" by Chromium), through CDP Runtime.evaluate. Playwright's own
// page.evaluate runs in the page's main world, which a hostile page can rewrite (its prototypes,
// CSS.highlights); the isolated world has its own globals and the extension's `chrome.runtime`.
import type { BrowserContext, CDPSession, Page } from 'playwright-core';

export interface ContentWorld {
  /**
   * Runs `fn(arg)` in the extension's isolated world of the page's top frame (waits for it to
   * exist). `sourceUrl` names the evaluated code in stack traces, as a content script's file is.
   */
  evaluate<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A, sourceUrl?: string): Promise<R>;
  close(): Promise<void>;
}

interface ContextInfo {
  name: string;
  frameId: string;
}

export async function contentWorld(context: BrowserContext, page: Page): Promise<ContentWorld> {
  const cdp: CDPSession = await context.newCDPSession(page);
  const contexts = new Map<number, ContextInfo>();
  cdp.on('Runtime.executionContextCreated', ({ context: c }) => {
    contexts.set(c.id, { name: c.name, frameId: (c.auxData as { frameId?: string } | undefined)?.frameId ?? '' });
  });
  cdp.on('Runtime.executionContextDestroyed', ({ executionContextId }) => contexts.delete(executionContextId));
  cdp.on('Runtime.executionContextsCleared', () => contexts.clear());
  await cdp.send('Runtime.enable');

  async function contextId(): Promise<number> {
    const deadline = Date.now() + 15_000;
    for (;;) {
      const { frameTree } = await cdp.send('Page.getFrameTree');
      const found = [...contexts].find(([, c]) => c.name === 'Lodestone' && c.frameId === frameTree.frame.id);
      if (found) return found[0];
      if (Date.now() > deadline) throw new Error('no Lodestone content-script world in this page');
      await new Promise((r) => setTimeout(r, 100));
    }
  }

  return {
    async evaluate(fn, arg, sourceUrl) {
      const { result, exceptionDetails } = await cdp.send('Runtime.evaluate', {
        contextId: await contextId(),
        expression: `(${fn.toString()})(${arg === undefined ? '' : JSON.stringify(arg)})${sourceUrl ? `\n//# sourceURL=${sourceUrl}` : ''}`,
        awaitPromise: true,
        returnByValue: true,
      });
      if (exceptionDetails) throw new Error(`in the content-script world: ${exceptionDetails.exception?.description ?? exceptionDetails.text}`);
      return result.value as never;
    },
    close: () => cdp.detach(),
  };
}

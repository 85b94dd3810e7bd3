import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { SCREENSHOTS } from '../e2e/harness';

/** Raw WebDriver BiDi, including Firefox's own extensions to it ("moz:scope"), which puppeteer's types do not know. */
export interface RawBidi {
  send(method: string, params: object): Promise<{ result: Record<string, unknown> }>;
}

export interface BidiContext {
  context: string;
  url: string;
  children?: BidiContext[] | null;
}

/** A browsing context (tab) evaluated through raw BiDi: extension pages, where puppeteer's Page cannot go. */
export interface BidiTab {
  context: string;
  /** Runs `fn(arg)` in the tab's page; arguments and results travel as JSON. */
  evaluate<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R>;
  /** A real click (BiDi input actions: a trusted event with user activation) at the middle of the element. */
  click(selector: string): Promise<void>;
  screenshot(name: string): Promise<string>;
  activate(): Promise<void>;
  close(): Promise<void>;
}

/** Calls the function expression `source` with `arg` in a browsing context; JSON both ways. */
export async function callSource<R, A>(bidi: RawBidi, context: string, source: string, arg: A | undefined): Promise<R> {
  const declaration = `async function (json) { const fn = (${source}); const value = await fn(json === undefined ? undefined : JSON.parse(json)); return value === undefined ? 'null' : JSON.stringify(value); }`;
  const { result } = await bidi.send('script.callFunction', {
    functionDeclaration: declaration,
    arguments: arg === undefined ? [] : [{ type: 'string', value: JSON.stringify(arg) }],
    target: { context },
    awaitPromise: true,
    resultOwnership: 'none',
  });
  if (result.type === 'exception') {
    const details = result.exceptionDetails as { text?: string };
    throw new Error(`in ${context}: ${details.text ?? JSON.stringify(result.exceptionDetails)}`);
  }
  return JSON.parse((result.result as { value: string }).value) as R;
}

/** Runs `fn(arg)` in a browsing context (its source is sent: it must not close over anything). */
export function callIn<R, A>(bidi: RawBidi, context: string, fn: (arg: A) => R | Promise<R>, arg: A | undefined): Promise<R> {
  return callSource(bidi, context, fn.toString(), arg);
}

export function bidiTab(bidi: RawBidi, context: string): BidiTab {
  return {
    context,
    evaluate: (fn, arg) => callIn(bidi, context, fn, arg),
    async click(selector) {
      const box = await callIn(
        bidi,
        context,
        (s: string) => {
          const el = document.querySelector(s);
          if (!el) return null;
          el.scrollIntoView({ block: 'center' });
          const r = el.getBoundingClientRect();
          return { x: Math.round(r.left + r.width / 2), y: Math.round(r.top + r.height / 2) };
        },
        selector,
      );
      if (!box) throw new Error(`nothing to click: ${selector}`);
      await bidi.send('input.performActions', {
        context,
        actions: [
          {
            type: 'pointer',
            id: 'mouse',
            parameters: { pointerType: 'mouse' },
            actions: [
              { type: 'pointerMove', x: box.x, y: box.y },
              { type: 'pointerDown', button: 0 },
              { type: 'pointerUp', button: 0 },
            ],
          },
        ],
      });
    },
    async screenshot(name) {
      const { result } = await bidi.send('browsingContext.captureScreenshot', { context });
      return savePng(name, Buffer.from(result.data as string, 'base64'));
    },
    async activate() {
      await bidi.send('browsingContext.activate', { context });
    },
    async close() {
      await bidi.send('browsingContext.close', { context });
    },
  };
}

/** Writes SCREENSHOTS/<name>.png (artifacts/screenshots/, or docs/screenshots/ with `npm run screenshots`). */
export function savePng(name: string, png: Buffer): string {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const path = join(SCREENSHOTS, `${name}.png`);
  writeFileSync(path, png);
  return path;
}

// Records every network request of a browsing session, by the context that made it, through CDP's
// Network domain on each target: every page (web pages, and the extension's pages opened as tabs:
// side panel, options), the extension's service worker and its offscreen document. Playwright
// cannot open a CDP session on a worker or an offscreen document, so those are attached through a
// page's session (Target.attachToTarget, non-flattened; commands and events travel as
// Target.sendMessageToTarget / receivedMessageFromTarget). Used by test/e2e/no-network.e2e.ts.
import type { CDPSession, Page } from 'playwright-core';
import type { Harness } from './harness';

export type RequestSource = 'web-page' | 'content-script' | 'extension-page' | 'service-worker' | 'offscreen-document';

export interface RecordedRequest {
  source: RequestSource;
  url: string;
  /** The document (or worker) that made it. */
  documentUrl: string;
  /** Script URLs in the initiator's stack (a content script's request names the extension's script). */
  initiators: string[];
}

interface WillBeSent {
  request: { url: string };
  documentURL?: string;
  initiator?: { url?: string; stack?: StackTrace };
}
interface StackTrace {
  callFrames: { url: string }[];
  parent?: StackTrace;
}

function initiatorUrls(initiator: WillBeSent['initiator']): string[] {
  const urls: string[] = [];
  if (initiator?.url) urls.push(initiator.url);
  for (let stack = initiator?.stack; stack; stack = stack.parent) for (const f of stack.callFrames) if (f.url) urls.push(f.url);
  return urls;
}

export interface NetworkRecorder {
  requests: RecordedRequest[];
  /** Starts recording a page opened after the recorder (a new tab, the side panel). */
  watch(page: Page): Promise<void>;
  /** Runs `expression` in the offscreen document (for the control request). */
  evaluateInOffscreen(expression: string): Promise<void>;
}

export async function recordNetwork(h: Harness, anchor: Page): Promise<NetworkRecorder> {
  const extension = `chrome-extension://${h.extensionId}/`;
  const requests: RecordedRequest[] = [];
  const watched = new WeakSet<Page>();

  async function watch(page: Page): Promise<void> {
    if (watched.has(page)) return;
    watched.add(page);
    const cdp = await h.context.newCDPSession(page);
    cdp.on('Network.requestWillBeSent', (e: WillBeSent) => {
      const documentUrl = e.documentURL ?? '';
      const initiators = initiatorUrls(e.initiator);
      const source: RequestSource = documentUrl.startsWith(extension)
        ? 'extension-page'
        : initiators.some((u) => u.startsWith('chrome-extension://'))
          ? 'content-script'
          : 'web-page';
      requests.push({ source, url: e.request.url, documentUrl, initiators });
    });
    await cdp.send('Network.enable');
  }

  // The service worker and the offscreen document, attached through the anchor page's session.
  const root: CDPSession = await h.context.newCDPSession(anchor);
  const sessions = new Map<string, RequestSource>();
  const attached = new Set<string>();
  let nextId = 1;
  const send = (sessionId: string, method: string, params: object = {}) =>
    root.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id: nextId++, method, params }) });
  root.on('Target.receivedMessageFromTarget', ({ sessionId, message }) => {
    const source = sessions.get(sessionId);
    if (!source) return;
    const parsed = JSON.parse(message) as { method?: string; params?: WillBeSent };
    if (parsed.method !== 'Network.requestWillBeSent' || !parsed.params) return;
    requests.push({ source, url: parsed.params.request.url, documentUrl: parsed.params.documentURL ?? '', initiators: initiatorUrls(parsed.params.initiator) });
  });
  async function attach(targetId: string, type: string, url: string): Promise<void> {
    if (attached.has(targetId) || !url.startsWith(extension)) return;
    const source: RequestSource | null = type === 'service_worker' ? 'service-worker' : url.endsWith('/offscreen.html') ? 'offscreen-document' : null;
    if (!source) return;
    attached.add(targetId);
    const { sessionId } = await root.send('Target.attachToTarget', { targetId, flatten: false });
    sessions.set(sessionId, source);
    await send(sessionId, 'Network.enable');
    if (source === 'service-worker') await send(sessionId, 'Runtime.runIfWaitingForDebugger');
  }
  root.on('Target.targetCreated', ({ targetInfo }) => void attach(targetInfo.targetId, targetInfo.type, targetInfo.url).catch(() => {}));
  root.on('Target.targetInfoChanged', ({ targetInfo }) => void attach(targetInfo.targetId, targetInfo.type, targetInfo.url).catch(() => {}));
  await root.send('Target.setDiscoverTargets', { discover: true });
  for (const t of (await root.send('Target.getTargets')).targetInfos) await attach(t.targetId, t.type, t.url).catch(() => {});

  for (const page of h.context.pages()) await watch(page);
  h.context.on('page', (page) => void watch(page).catch(() => {}));

  return {
    requests,
    watch,
    async evaluateInOffscreen(expression) {
      const entry = [...sessions].find(([, s]) => s === 'offscreen-document');
      if (!entry) throw new Error('no offscreen document attached');
      await send(entry[0], 'Runtime.evaluate', { expression, awaitPromise: true });
    },
  };
}

/** Requests the extension made, or made a page make: anything from its contexts that is not its own files. */
export function extensionRequests(requests: readonly RecordedRequest[], extensionId: string): RecordedRequest[] {
  const own = (url: string) => url.startsWith(`chrome-extension://${extensionId}/`) || url.startsWith(`blob:chrome-extension://${extensionId}/`) || url.startsWith('data:');
  return requests.filter((r) => r.source !== 'web-page' && !own(r.url));
}

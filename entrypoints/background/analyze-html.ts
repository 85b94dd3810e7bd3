import { browser } from 'wxt/browser';
import { AnalysisReply, sendToExtension } from '@/lib/messages';

/**
 * Runs the analysis of a serialized page off the page's thread. Chrome's service worker has no
 * DOMParser, so Chrome parses in an offscreen document (reason DOM_PARSER); Firefox's background
 * is a page and parses in place.
 */
export async function analyzeHtml(html: string, url: string): Promise<AnalysisReply> {
  if (import.meta.env.FIREFOX) {
    const { analyzeDocument } = await import('@/lib/analyze-page');
    const doc = new DOMParser().parseFromString(html, 'text/html');
    return { ok: true, result: analyzeDocument(doc, url) };
  }
  await ensureOffscreen();
  // The reply is parsed where it arrives, like every message.
  const reply = AnalysisReply.safeParse(await sendToExtension({ type: 'offscreen:analyze', html, url }));
  return reply.success ? reply.data : { ok: false, error: 'The analysis gave no valid answer.' };
}

let making: Promise<void> | null = null;

/** Makes sure Chrome's offscreen document exists (one per extension; analysis and backup share it). */
export async function ensureOffscreen(): Promise<void> {
  // Look and create as one step shared by every caller meanwhile: two tabs asking at once (the open
  // tabs swept at install, e2e navigation.e2e.ts) could both see no document, and the second
  // createDocument would fail with "only a single offscreen document may be created".
  making ??= makeOffscreen().finally(() => {
    making = null;
  });
  await making;
}

async function makeOffscreen(): Promise<void> {
  const url = browser.runtime.getURL('/offscreen.html');
  const existing = await browser.runtime.getContexts({ contextTypes: ['OFFSCREEN_DOCUMENT'], documentUrls: [url] });
  if (existing.length > 0) return;
  await browser.offscreen.createDocument({
    url,
    // BLOBS: the optional automatic backup hands the downloads API a Blob URL made here.
    reasons: ['DOM_PARSER', 'BLOBS'],
    justification: 'Parse pages with DOMParser and Readability off the page thread; make the backup file',
  });
}

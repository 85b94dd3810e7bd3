import { readGateSample } from '@/lib/gate/gate-sample';
import { scoreGate } from '@/lib/gate/gate-score';

/**
 * The always-on gate (every http(s) page, ≤ 8 KB built). On a candidate it serializes the page
 * once and hands it to the background, which analyzes it off this thread and injects the reader
 * only into real rare-earth articles. No React, zod, Dexie or Readability here.
 */
export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  main() {
    try {
      if (document.contentType && !/html/.test(document.contentType)) return;
      const { candidate, cues } = scoreGate(readGateSample(document, location.href));
      if (!candidate) return;
      const html = document.documentElement.outerHTML;
      if (html.length > 12_000_000) return;
      browser.runtime.sendMessage({ type: 'gate:candidate', url: location.href, html, cues }).catch(() => {});
    } catch (err) {
      console.debug('[lodestone] gate', err);
    }
  },
});

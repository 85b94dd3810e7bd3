import { readGateSample } from '@/lib/gate/gate-sample';
import { scoreGate } from '@/lib/gate/gate-score';
import { sendPage } from '@/lib/gate/send-page';

/**
 * The always-on gate (every http(s) page, ≤ 8 KB built; declared in wxt.config.ts). On a candidate
 * it serializes the page once (in slices, lib/gate/send-page.ts) and hands it to the background, which analyzes it off this thread and
 * injects the reader only into real rare-earth articles. No React, zod, Dexie or Readability here.
 *
 * An unlisted script, not a WXT content script: WXT's content-script wrapper builds a context that
 * reads `browser.runtime` and posts a message into the page on every load, which measured ~1.5 ms
 * of the gate's 4.4 ms median on ../shared/corpus (Chromium trace, 12 loads). The gate needs none
 * of it, and touches the extension API only on the rare candidate page.
 */
/** The one extension API the gate uses (Firefox: `browser`, Chrome: `chrome`; both promise-based in MV3). */
interface RuntimeApi {
  runtime: { id?: string; sendMessage(message: unknown): Promise<unknown> };
}

export default defineUnlistedScript(() => {
  // A page prerendered by speculation rules is not seen until the reader activates it: nothing is
  // read, sent or painted while it is hidden; on activation the gate runs at once, as on a load.
  // (prerenderingchange fires once, at activation: no `once` option needed, a few bytes saved.)
  if ((document as { prerendering?: boolean }).prerendering) document.addEventListener('prerenderingchange', gate);
  else gate();
});

function gate(): void {
  try {
    if (document.contentType && !/html/.test(document.contentType)) return;
    const { candidate, cues } = scoreGate(readGateSample(document, location.href));
    if (!candidate) return;
    const g = globalThis as unknown as { browser?: RuntimeApi; chrome: RuntimeApi };
    const api = g.browser?.runtime?.id ? g.browser : g.chrome;
    // Serialized and sent in slices of the page's time (the 5 MB bench article in one task: 82–97 ms).
    sendPage((m) => api.runtime.sendMessage(m), location.href, cues).catch((err) => console.debug('[lodestone] gate', err));
  } catch (err) {
    console.debug('[lodestone] gate', err);
  }
}

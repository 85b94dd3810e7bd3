import { listen, sendToExtension } from '@/lib/messages';
import { cleanUpApiOnInvalidated } from './api-cleanup';
import { readerListener } from './reader-listener';
import { receiveAnalysis } from './receive-analysis';
import { startReaderPage } from './reader-page';

/**
 * The reader, injected by the background (scripting.executeScript) into rare-earth articles, into
 * pages that hold saved clips, into sites the reader enabled, and on demand for "Clip to
 * Lodestone". It takes the gate's analysis (or asks for one), anchors and paints the signals and
 * the saved clips, mounts the banner and the signal card, and answers the background and the side
 * panel. `main` resolves once the reader is ready: executeScript waits for it, so the background
 * can message the reader as soon as the injection returns.
 */
export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  registration: 'runtime',
  cssInjectionMode: 'manual',
  async main(ctx) {
    try {
      const askReady = () => sendToExtension({ type: 'reader:ready', url: location.href });
      // Asked once more if the handoff of a huge analysis stops half-way (see receiveAnalysis).
      const ready = askReady().then((answer) => receiveAnalysis(answer, () => ctx.isValid, askReady));
      const page = await startReaderPage(ctx, ready);
      if (ctx.isInvalid) return;
      cleanUpApiOnInvalidated(ctx, listen(readerListener(page)));
    } catch (err) {
      console.debug('[lodestone] reader', err);
    }
  },
});

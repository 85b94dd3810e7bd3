import { AnalysisReply, listen, sendToExtension } from '@/lib/messages';
import { cleanUpApiOnInvalidated } from './api-cleanup';
import { readerListener } from './reader-listener';
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
      const ready = sendToExtension({ type: 'reader:ready', url: location.href }).then((answer) => {
        const reply = AnalysisReply.safeParse(answer);
        return reply.success && reply.data?.ok ? reply.data.result : null;
      });
      const page = await startReaderPage(ctx, ready);
      if (ctx.isInvalid) return;
      cleanUpApiOnInvalidated(ctx, listen(readerListener(page)));
    } catch (err) {
      console.debug('[lodestone] reader', err);
    }
  },
});

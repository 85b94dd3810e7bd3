import { AnalysisReply, ReaderMessage, SavedTextsReply, fromExtensionPage, handleMessages, sendToExtension } from '@/lib/messages';
import { startReaderPage } from './reader-page';

/**
 * The reader, injected by the background (scripting.executeScript) into tabs whose page the
 * analysis found to be a rare-earth article. It fetches that analysis, anchors and paints the
 * signals, mounts the banner and the signal card, and answers the side panel.
 */
export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  registration: 'runtime',
  cssInjectionMode: 'manual',
  async main(ctx) {
    try {
      const reply = AnalysisReply.safeParse(await sendToExtension({ type: 'reader:ready', url: location.href }));
      if (!reply.success || !reply.data.ok || !reply.data.result.topic.isRareEarth || ctx.isInvalid) return;
      const result = reply.data.result;
      const savedTexts = async () => {
        const r = SavedTextsReply.safeParse(await sendToExtension({ type: 'clips:for-page', url: result.url }));
        return r.success ? r.data.texts : [];
      };
      const page = await startReaderPage(ctx, result, savedTexts);
      const stop = handleMessages(ReaderMessage, (_m, sender) => fromExtensionPage(sender), async (msg) => {
        if (msg.type === 'reader:scroll-to') return { ok: page.scrollTo(msg.index) };
        await page.refreshSaved();
        return { ok: true };
      });
      ctx.onInvalidated(stop);
    } catch (err) {
      console.debug('[lodestone] reader', err);
    }
  },
});

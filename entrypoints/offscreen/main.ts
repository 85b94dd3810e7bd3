import { analyzeDocument } from '@/lib/analyze-page';
import { OffscreenMessage, fromExtensionPage, handleMessages } from '@/lib/messages';

// Chrome's offscreen document (reason DOM_PARSER): parses serialized pages and runs the analysis,
// off every web page's main thread. Only the background (an extension context) may ask.
const parser = new DOMParser();
handleMessages(OffscreenMessage, (_m, sender) => fromExtensionPage(sender), (msg) => ({
  ok: true,
  result: analyzeDocument(parser.parseFromString(msg.html, 'text/html'), msg.url),
}));

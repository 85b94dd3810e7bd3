import { analyzeDocument } from '@/lib/analyze-page';
import { OffscreenMessage, acceptedSender, handleMessages } from '@/lib/messages';

// Chrome's offscreen document (reason DOM_PARSER): parses serialized pages and runs the analysis,
// off every web page's main thread. Only the background may ask (MESSAGE_SENDERS): not the side
// panel, not a content script.
const parser = new DOMParser();
handleMessages(OffscreenMessage, acceptedSender, (msg) => ({
  ok: true,
  result: analyzeDocument(parser.parseFromString(msg.html, 'text/html'), msg.url),
}));

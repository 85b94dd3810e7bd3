import { type MessageListener, ReaderMessage, acceptedSender, messageListener } from '@/lib/messages';
import type { ReaderPage } from './reader-page';

/**
 * The reader's runtime.onMessage listener: our own id, a well-formed ReaderMessage, from the
 * context allowed to send it (the background; the side panel for scrolling: MESSAGE_SENDERS).
 * The page's own scripts cannot reach it at all (they have no runtime API), and another tab's
 * content script cannot either (runtime messages go to extension pages, never to content scripts).
 */
export function readerListener(page: Pick<ReaderPage, 'handle'>): MessageListener {
  return messageListener(ReaderMessage, acceptedSender, (msg) => page.handle(msg));
}

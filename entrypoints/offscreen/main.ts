import { analyzeDocument } from '@/lib/analyze-page';
import { openClipDb } from '@/lib/clips/clip-db';
import { exportJson } from '@/lib/clips/clip-export';
import { clipsNewestFirst } from '@/lib/clips/clip-queries';
import { OffscreenMessage, acceptedSender, handleMessages } from '@/lib/messages';

// Chrome's offscreen document (reasons DOM_PARSER and BLOBS): parses serialized pages and runs the
// analysis, off every web page's main thread; and makes the automatic backup's file (a Blob URL the
// background hands to the downloads API). Only the background may ask (MESSAGE_SENDERS): not the
// side panel, not a content script.
const parser = new DOMParser();
/** Long enough for the download to read the file; the URL is then released. */
const BACKUP_URL_LIFETIME_MS = 5 * 60_000;

handleMessages(OffscreenMessage, acceptedSender, async (msg) => {
  switch (msg.type) {
    case 'offscreen:analyze':
      return { ok: true, result: analyzeDocument(parser.parseFromString(msg.html, 'text/html'), msg.url) };
    case 'offscreen:backup': {
      // Read-only: the library is the extension origin's, like this document.
      const db = openClipDb();
      try {
        const clips = await clipsNewestFirst(db);
        const url = URL.createObjectURL(new Blob([exportJson(clips)], { type: 'application/json' }));
        setTimeout(() => URL.revokeObjectURL(url), BACKUP_URL_LIFETIME_MS);
        return { ok: true, url, count: clips.length };
      } finally {
        db.close();
      }
    }
  }
});

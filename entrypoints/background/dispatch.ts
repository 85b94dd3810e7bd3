import type { ClipDatabase } from '@/lib/clips/clip-db';
import type { AnalysisResult } from '@/lib/analysis-result';
import { pageKeyUrl } from '@/lib/navigation/page-key-url';
import { clipsForUrl } from '@/lib/clips/clip-queries';
import { saveCategory } from '@/lib/clips/save-category';
import { saveClip } from '@/lib/clips/save-clip';
import { storageErrorText } from '@/lib/clips/storage-error';
import { highlightCss, pagePalette } from '@/lib/highlights/category-style';
import {
  type AnalysisReply,
  BackgroundMessage,
  type MessageListener,
  type Replies,
  type Sender,
  acceptedSender,
  messageListener,
} from '@/lib/messages';
import { getTabOrphans, setTabOrphans } from '@/lib/orphaned-clips';
import { readSettings } from '@/lib/settings';
import { withSourceOverride } from '@/lib/source-overrides';
import { bannerWanted } from './every-article';
import { markCandidate, readerWanted, siteDisabled } from './page-lifecycle';
import { recordReading } from './reading-log';
import { handOver, handoffOf, signalsFrom } from './reader-handoff';
import { assemble, receivePart } from './gate-parts';
import { getTabAnalysis, setTabAnalysis } from './tab-analyses';

/**
 * What the background's message handler needs from the browser, passed in so that tests (the
 * message fuzz, test/unit/messages/background-fuzz.test.ts) run the very handler the service
 * worker registers, with the real database and storage and these calls observed.
 */
export interface BackgroundDeps {
  db: ClipDatabase;
  /** Parses and analyzes a serialized page off every page's thread (offscreen document / Firefox background). */
  analyzeHtml(html: string, url: string): Promise<AnalysisReply>;
  injectReader(tabId: number): Promise<void>;
  /** Injects the reader's UI script (React) into the tab's top frame. */
  injectReaderUi(tabId: number): Promise<void>;
  applyHighlightCss(tabId: number, documentId: string | undefined, css: string): Promise<void>;
  /** "Clip to Lodestone" on the tab's selection (manual-clip.ts). */
  clipSelection(tabId: number): Promise<Replies['clip:selection']>;
  tabUrl(tabId: number): Promise<string | undefined>;
  /** Tells the tab's reader that its saved clips changed (it re-reads them). */
  clipsChanged(tabId: number): void;
  /** The address the tab's page was reached from by a same-document navigation, or null (navigation.ts). */
  sameDocumentPrevious?(tabId: number): string | null;
}

type Handled = { [T in BackgroundMessage['type']]: Replies[T] }[BackgroundMessage['type']];

/** The analysis as filed: under the page's address when its canonical link names the page left (pageKeyUrl). */
function filedUnder(result: AnalysisResult, address: string, previousAddress: string | null): AnalysisResult {
  const url = pageKeyUrl(result.url, address, previousAddress);
  return url === result.url ? result : { ...result, url };
}

/** Answers one validated message from an accepted sender (see MESSAGE_SENDERS in lib/messages.ts). */
export function backgroundHandler(deps: BackgroundDeps): (msg: BackgroundMessage, sender: Sender) => Promise<Handled> {
  const { db } = deps;
  return async (msg, sender) => {
    const tabId = sender.tab?.id ?? -1;
    switch (msg.type) {
      case 'gate:part':
        return { ok: receivePart(tabId, msg.id, msg.index, msg.html) };
      case 'gate:candidate': {
        // A huge page came in parts (lib/gate/send-page.ts): all of them, or no analysis.
        const html = msg.parts ? assemble(tabId, msg.parts.id, msg.parts.count, msg.html) : msg.html;
        if (html === null) return { ok: false };
        if (await siteDisabled(msg.url)) return { ok: true };
        markCandidate(tabId, true);
        try {
          const reply = await deps.analyzeHtml(html, msg.url);
          if (!reply.ok) return { ok: false };
          // The reader's correction of the publisher's label applies before anything is stored or shown.
          const result = filedUnder(await withSourceOverride(reply.result), msg.url, deps.sameDocumentPrevious?.(tabId) ?? null);
          await setTabAnalysis(tabId, result);
          void recordReading(db, result, msg.url);
          if (!result.topic.isRareEarth && !(await bannerWanted(result)) && !(await readerWanted(db, [msg.url, result.url]))) return { ok: true };
          // The reader is handed the whole analysis (reader:ready): storage may hold only part of it.
          handOver(tabId, result);
          // The reader measures the page's colours and asks for its highlight stylesheet (reader:theme).
          await deps.injectReader(tabId);
          return { ok: true };
        } finally {
          markCandidate(tabId, false);
        }
      }
      case 'reader:ready': {
        const result = handoffOf(tabId) ?? (await getTabAnalysis(tabId));
        return result ? handOver(tabId, result) : null;
      }
      case 'reader:analyze': {
        const html = msg.parts ? assemble(tabId, msg.parts.id, msg.parts.count, msg.html) : msg.html;
        if (html === null) return { ok: false, error: 'The page arrived incomplete; it was not analyzed.' };
        const reply = await deps.analyzeHtml(html, msg.url);
        if (!reply.ok) return reply;
        const result = filedUnder(await withSourceOverride(reply.result), msg.url, deps.sameDocumentPrevious?.(tabId) ?? null);
        await setTabAnalysis(tabId, result);
        void recordReading(db, result, msg.url);
        return handOver(tabId, result);
      }
      case 'reader:signals':
        return signalsFrom(tabId, msg.handoff, msg.from);
      case 'clip:save': {
        try {
          const { clip, created } = await saveClip(db, msg.clip);
          return { ok: true, id: clip.id, created };
        } catch (err) {
          // Storage full, database closed…: the reader says so, and does not show the clip saved.
          console.error('[lodestone] clip:save', err);
          return { ok: false, error: storageErrorText(err) };
        }
      }
      case 'clips:for-page': {
        const clips = await clipsForUrl(db, msg.url);
        return {
          texts: clips.map((c) => c.text),
          clips: clips.map((c) => ({ id: c.id, text: c.text, prefix: c.prefix, suffix: c.suffix, category: c.category })),
        };
      }
      case 'reader:orphans': {
        // Only clips of that page, looked up again here: the page's script cannot name others.
        const clips = (await clipsForUrl(db, msg.url)).filter((c) => msg.ids.includes(c.id));
        const orphans = clips.map((c) => ({ id: c.id, text: c.text, category: c.category, createdAt: c.createdAt }));
        const previous = await getTabOrphans(tabId);
        if (orphans.length > 0 || previous) await setTabOrphans(tabId, { url: msg.url, clips: orphans });
        return { ok: true };
      }
      case 'reader:theme': {
        const { highlightStyle } = await readSettings();
        const css = highlightCss(pagePalette({ background: msg.background, text: msg.text }), highlightStyle, msg.token);
        await deps.applyHighlightCss(tabId, sender.documentId, css);
        return { ok: true };
      }
      case 'reader:load-ui':
        await deps.injectReaderUi(tabId);
        return { ok: true };
      case 'clip:selection':
        return deps.clipSelection(tabId);
      case 'tab:analysis':
        return getTabAnalysis(msg.tabId);
      case 'clips:save-category': {
        const [result, url] = await Promise.all([getTabAnalysis(msg.tabId), deps.tabUrl(msg.tabId)]);
        if (!result || !url) return { ok: false, error: 'This page has no analysis any more; reload it.' };
        try {
          const saved = await saveCategory(db, result, msg.category, url);
          // The reader marks saved sentences on the page; it re-reads them when told.
          if (saved.created > 0) deps.clipsChanged(msg.tabId);
          return { ok: true, ...saved };
        } catch (err) {
          console.error('[lodestone] clips:save-category', err);
          // Some may have been saved before the failure.
          deps.clipsChanged(msg.tabId);
          return { ok: false, error: storageErrorText(err) };
        }
      }
    }
  };
}

/**
 * The background's runtime.onMessage listener: our own id, a well-formed message of a known type
 * (BackgroundMessage), from the kind of context allowed to send it (MESSAGE_SENDERS); everything
 * else is refused without a reply.
 */
export function backgroundListener(deps: BackgroundDeps): MessageListener {
  return messageListener(BackgroundMessage, acceptedSender, backgroundHandler(deps));
}

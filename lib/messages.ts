import * as z from 'zod/mini';
import { browser, type Browser } from 'wxt/browser';
import { AnalysisResult, Category, Signal } from './analysis-result';
import { ClipCategory, NewClip } from './clips/clip-schema';
import { GATE_PART_CHARS } from './gate/send-page';
import { HIGHLIGHT_TOKEN } from './highlights/highlight-names';

/**
 * Every message between the extension's contexts, as zod/mini schemas (they are parsed inside
 * injected page code too, where full zod would cost ~38 ms to evaluate). A message is parsed
 * once, where it arrives; anything that does not parse is refused and answered with nothing.
 */

/** Largest page we serialize and analyze: past this the reader steps back (a 10 MB page is rare and not an article). */
export const MAX_HTML_CHARS = 12_000_000;
const Url = z.string().check(z.maxLength(8_192));

const MAX_GATE_PARTS = Math.ceil(MAX_HTML_CHARS / GATE_PART_CHARS);
const PartId = z.string().check(z.regex(/^[a-z0-9]{1,32}$/));

/**
 * The gate found topic cues. It sends the page serialized once (outerHTML), so the parse and the
 * analysis run off the page's thread and the reader (React and all) is injected only into pages
 * that really are rare-earth articles.
 */
export const GateCandidate = z.object({
  type: z.literal('gate:candidate'),
  url: Url,
  html: z.string().check(z.maxLength(MAX_HTML_CHARS)),
  /** The cues the gate saw. */
  cues: z.array(z.string().check(z.maxLength(64))).check(z.maxLength(32)),
  /**
   * A page of more than GATE_PART_CHARS: `html` is its last part, the `count - 1` before it came
   * in gate:part messages under `id`.
   */
  parts: z.optional(z.object({ id: PartId, count: z.number().check(z.int(), z.gte(2), z.lte(MAX_GATE_PARTS)) })),
});
/** How the parts of a huge page were sent before its last one (gate:candidate, reader:analyze). */
const PageParts = z.object({ id: PartId, count: z.number().check(z.int(), z.gte(2), z.lte(MAX_GATE_PARTS)) });

export { GATE_PART_CHARS };

/**
 * One part of a huge page, in order from 0 (lib/gate/send-page.ts): each message is serialized in
 * a task of its own in the page.
 */
export const GatePart = z.object({
  type: z.literal('gate:part'),
  id: PartId,
  index: z.number().check(z.int(), z.gte(0), z.lt(MAX_GATE_PARTS)),
  html: z.string().check(z.maxLength(GATE_PART_CHARS)),
});

export const ReaderReady = z.object({ type: z.literal('reader:ready'), url: Url });
/**
 * The rest of the signals of the analysis the reader was handed (see ReaderAnalysisReply), from
 * index `from` on, one page at a time: the bench's 5 MB article has 9,510 signals, 4.5 MB of JSON,
 * which in one reply would be parsed in one long task of the page.
 */
export const ReaderSignals = z.object({
  type: z.literal('reader:signals'),
  handoff: z.string().check(z.maxLength(64)),
  from: z.number().check(z.int(), z.gte(0)),
});
/**
 * The reader asks for a new analysis (an SPA navigation, content added late). A huge page is sent
 * as the gate sends it: gate:part messages, then this one with the last part and `parts`.
 */
export const ReaderAnalyze = z.object({
  type: z.literal('reader:analyze'),
  url: Url,
  html: z.string().check(z.maxLength(MAX_HTML_CHARS)),
  parts: z.optional(PageParts),
});
export const OffscreenAnalyze = z.object({
  type: z.literal('offscreen:analyze'),
  url: Url,
  html: z.string().check(z.maxLength(MAX_HTML_CHARS)),
});
/**
 * The background asks the offscreen document for the library as a JSON export behind a Blob URL
 * (the automatic backup): Chrome's service worker can create no Blob URL, and a data: URL is
 * limited to 2 MB, about 900 clips.
 */
export const OffscreenBackup = z.object({ type: z.literal('offscreen:backup') });
export const ClipSave = z.object({ type: z.literal('clip:save'), clip: NewClip });
export const ClipsForPage = z.object({ type: z.literal('clips:for-page'), url: Url });
export const TabAnalysis = z.object({ type: z.literal('tab:analysis'), tabId: z.number() });
export const ReaderScrollTo = z.object({ type: z.literal('reader:scroll-to'), index: z.number().check(z.int(), z.gte(0)) });
export const ReaderClipsChanged = z.object({ type: z.literal('reader:clips-changed') });
/**
 * Is a reader of this extension running in the tab? Answered without side effects (clips-changed
 * would re-read the clips), so the background can ask it in the middle of an SPA navigation.
 */
export const ReaderPing = z.object({ type: z.literal('reader:ping') });

/** Saved clips the reader could not find on the page (by id), for the side panel's "not found" list. */
export const ReaderOrphans = z.object({
  type: z.literal('reader:orphans'),
  url: Url,
  ids: z.array(z.string().check(z.maxLength(64))).check(z.maxLength(1_000)),
});
const Channel = z.number().check(z.int(), z.gte(0), z.lte(255));
export const RgbTriple = z.tuple([Channel, Channel, Channel]);
/**
 * The article's measured colours: the background builds the `::highlight()` stylesheet for them
 * (insertCSS). Colours, not CSS, cross the boundary, so a page can never inject a stylesheet; the
 * reader's highlight token (highlight-names.ts: 12 of [a-z0-9]) names the highlights it styles.
 */
export const ReaderTheme = z.object({
  type: z.literal('reader:theme'),
  background: RgbTriple,
  text: RgbTriple,
  token: z.string().check(z.regex(HIGHLIGHT_TOKEN)),
});
/**
 * The reader needs its UI (banner, signal card, notice: React, in entrypoints/reader-ui.tsx), which
 * the background injects on demand, so that painting the highlights never waits for React.
 */
export const ReaderLoadUi = z.object({ type: z.literal('reader:load-ui') });
/** The reader's in-page clip key found a selection and no focused signal: clip it by hand. */
export const ClipSelection = z.object({ type: z.literal('clip:selection') });
/** A command (shortcut) forwarded from the background to the reader. */
export const READER_COMMANDS = ['next', 'previous', 'toggle', 'clip'] as const;
export const ReaderCommand = z.object({ type: z.literal('reader:command'), command: z.enum(READER_COMMANDS) });
/**
 * "Clip to Lodestone" (context menu or shortcut): the reader answers with the selection's quote,
 * or clips its focused signal itself. `withHtml`: the background has no analysis of the page and
 * needs the page serialized to label the source.
 */
export const ReaderClipTarget = z.object({ type: z.literal('reader:clip-target'), withHtml: z.boolean() });
/** A short message the reader shows in the page (the result of a manual clip). */
export const ReaderNotice = z.object({
  type: z.literal('reader:notice'),
  text: z.string().check(z.maxLength(300)),
  tone: z.enum(['ok', 'error']),
});

/** The side panel asks the background to clip every signal of one category of a tab's analysis. */
export const ClipsSaveCategory = z.object({
  type: z.literal('clips:save-category'),
  tabId: z.number().check(z.int(), z.gte(0)),
  category: Category,
});

export const BackgroundMessage = z.discriminatedUnion('type', [
  GateCandidate,
  GatePart,
  ReaderReady,
  ReaderAnalyze,
  ReaderSignals,
  ClipSave,
  ClipsForPage,
  TabAnalysis,
  ClipsSaveCategory,
  ReaderOrphans,
  ReaderTheme,
  ReaderLoadUi,
  ClipSelection,
]);
export type BackgroundMessage = z.infer<typeof BackgroundMessage>;

export const OffscreenMessage = z.discriminatedUnion('type', [OffscreenAnalyze, OffscreenBackup]);
export type OffscreenMessage = z.infer<typeof OffscreenMessage>;

export const ReaderMessage = z.discriminatedUnion('type', [ReaderScrollTo, ReaderClipsChanged, ReaderPing, ReaderCommand, ReaderClipTarget, ReaderNotice]);
export type ReaderMessage = z.infer<typeof ReaderMessage>;

/** What each request is answered with; `{ error }` when the receiver failed. */
export const AnalysisReply = z.union([
  z.object({ ok: z.literal(true), result: AnalysisResult }),
  z.object({ ok: z.literal(false), error: z.string() }),
]);
export type AnalysisReply = z.infer<typeof AnalysisReply>;

/** Signals per message to the reader: ~190 KB of JSON at the bench article's ~475 characters a signal. */
export const SIGNALS_PER_MESSAGE = 400;

/**
 * A page's analysis as handed to its reader: `result.signals` holds the first SIGNALS_PER_MESSAGE
 * signals, `total` how many the analysis has; the others are asked for with reader:signals under
 * `handoff` (which names this analysis, so pages of two analyses are never mixed).
 */
export const ReaderAnalysisReply = z.union([
  z.object({ ok: z.literal(true), result: AnalysisResult, total: z.number().check(z.int(), z.gte(0)), handoff: z.string() }),
  z.object({ ok: z.literal(false), error: z.string() }),
]);
export type ReaderAnalysisReply = z.infer<typeof ReaderAnalysisReply>;

export const SignalsReply = z.union([
  z.object({ ok: z.literal(true), signals: z.array(Signal) }),
  z.object({ ok: z.literal(false), error: z.string() }),
]);
export type SignalsReply = z.infer<typeof SignalsReply>;

export const ClipSaveReply = z.union([
  z.object({ ok: z.literal(true), id: z.string(), created: z.boolean() }),
  z.object({ ok: z.literal(false), error: z.string() }),
]);
export type ClipSaveReply = z.infer<typeof ClipSaveReply>;

export const SavedTextsReply = z.object({ texts: z.array(z.string()) });
export type SavedTextsReply = z.infer<typeof SavedTextsReply>;

/** A saved clip as the reader needs it to re-anchor it: its selector, category and id. */
export const SavedClipRef = z.object({
  id: z.string().check(z.maxLength(64)),
  text: z.string(),
  prefix: z.string(),
  suffix: z.string(),
  category: ClipCategory,
});
export type SavedClipRef = z.infer<typeof SavedClipRef>;
/** `clips:for-page`: the page's saved clips (texts kept for readers that only mark texts). */
export const SavedClipsReply = z.object({ texts: z.array(z.string()), clips: z.array(SavedClipRef) });
export type SavedClipsReply = z.infer<typeof SavedClipsReply>;

export const ClipTargetReply = z.union([
  z.object({
    kind: z.literal('selection'),
    quote: z.object({ exact: z.string().check(z.minLength(1)), prefix: z.string(), suffix: z.string() }),
    pageUrl: Url,
    html: z.optional(z.string().check(z.maxLength(MAX_HTML_CHARS))),
  }),
  /** The reader clipped its focused signal itself (the usual clip:save path). */
  z.object({ kind: z.literal('signal'), ok: z.boolean() }),
  z.object({ kind: z.literal('none') }),
]);
export type ClipTargetReply = z.infer<typeof ClipTargetReply>;

export const ManualClipReply = z.union([
  z.object({ ok: z.literal(true), id: z.string(), created: z.boolean(), category: ClipCategory }),
  z.object({ ok: z.literal(false), error: z.string() }),
]);
export type ManualClipReply = z.infer<typeof ManualClipReply>;

export const SaveCategoryReply = z.union([
  z.object({ ok: z.literal(true), created: z.number(), existing: z.number() }),
  z.object({ ok: z.literal(false), error: z.string() }),
]);
export type SaveCategoryReply = z.infer<typeof SaveCategoryReply>;

export const BackupReply = z.union([
  z.object({ ok: z.literal(true), url: z.string().check(z.startsWith('blob:')), count: z.number().check(z.int(), z.gte(0)) }),
  z.object({ ok: z.literal(false), error: z.string() }),
]);
export type BackupReply = z.infer<typeof BackupReply>;

export interface Replies {
  'gate:candidate': { ok: boolean };
  'gate:part': { ok: boolean };
  'reader:ready': ReaderAnalysisReply | null;
  'reader:analyze': ReaderAnalysisReply;
  'reader:signals': SignalsReply;
  'offscreen:analyze': AnalysisReply;
  'offscreen:backup': BackupReply;
  'clip:save': ClipSaveReply;
  'clips:for-page': SavedClipsReply;
  'tab:analysis': AnalysisResult | null;
  'clips:save-category': SaveCategoryReply;
  'reader:scroll-to': { ok: boolean };
  'reader:clips-changed': { ok: boolean };
  'reader:ping': { ok: boolean };
  'reader:orphans': { ok: boolean };
  'reader:theme': { ok: boolean };
  'reader:load-ui': { ok: boolean };
  'clip:selection': ManualClipReply | { ok: boolean };
  'reader:command': { ok: boolean };
  'reader:clip-target': ClipTargetReply;
  'reader:notice': { ok: boolean };
}

type AnyMessage = BackgroundMessage | OffscreenMessage | ReaderMessage;
type ReplyTo<M extends AnyMessage> = Replies[M['type']];
export type Sender = Browser.runtime.MessageSender;
export type MessageType = AnyMessage['type'];

/** The kinds of context a message can come from. */
export type SenderKind = 'content-script' | 'background' | 'side-panel' | 'options' | 'offscreen';

/**
 * Who may send each message: every receiver checks the sender's kind against this table (data, so
 * a new message cannot be added without saying who sends it: the type requires an entry). In-page
 * messages come from the content scripts of a tab's top frame (gate, reader); the panel's from the
 * side panel; the reader obeys the background, and the side panel only for scrolling; the
 * offscreen document parses for the background alone.
 */
export const MESSAGE_SENDERS = {
  'gate:candidate': ['content-script'],
  'gate:part': ['content-script'],
  'reader:ready': ['content-script'],
  'reader:analyze': ['content-script'],
  'reader:signals': ['content-script'],
  'clip:save': ['content-script'],
  'clips:for-page': ['content-script'],
  'reader:orphans': ['content-script'],
  'reader:theme': ['content-script'],
  'reader:load-ui': ['content-script'],
  'clip:selection': ['content-script'],
  'tab:analysis': ['side-panel'],
  'clips:save-category': ['side-panel'],
  'offscreen:analyze': ['background'],
  'offscreen:backup': ['background'],
  'reader:scroll-to': ['side-panel'],
  'reader:clips-changed': ['background'],
  'reader:ping': ['background'],
  'reader:command': ['background'],
  'reader:clip-target': ['background'],
  'reader:notice': ['background'],
} as const satisfies Record<MessageType, readonly SenderKind[]>;

/** The extension's pages by path (Chrome's service worker is background.js; Firefox's background is a generated page). */
const EXTENSION_PAGES: Readonly<Record<string, SenderKind>> = {
  '/background.js': 'background',
  '/_generated_background_page.html': 'background',
  '/sidepanel.html': 'side-panel',
  '/options.html': 'options',
  '/offscreen.html': 'offscreen',
};

/**
 * What kind of context sent a message, or null for anything else: another extension, a sender
 * without our id (web pages cannot message us at all: there is no `externally_connectable`, and
 * runtime.onMessage only hears our own contexts), a sub-frame, an extension page we do not know.
 */
export function senderKind(sender: Sender): SenderKind | null {
  if (sender.id !== browser.runtime.id) return null;
  const base = browser.runtime.getURL('/');
  if (sender.url?.startsWith(base)) {
    try {
      return EXTENSION_PAGES[new URL(sender.url).pathname] ?? null;
    } catch {
      return null;
    }
  }
  return fromTabTopFrame(sender) && /^https?:/.test(sender.url ?? '') ? 'content-script' : null;
}

/** Whether the sender is of a kind allowed to send this message (MESSAGE_SENDERS). */
export function acceptedSender(msg: AnyMessage, sender: Sender): boolean {
  const kind = senderKind(sender);
  return kind !== null && (MESSAGE_SENDERS[msg.type] as readonly SenderKind[]).includes(kind);
}

export type MessageListener = (raw: unknown, sender: Sender, sendResponse: (r: unknown) => void) => boolean;

/**
 * The runtime.onMessage listener of one family of messages. It checks the sender's id, parses the
 * message with `schema` (unknown types and malformed messages are refused), checks the sender with
 * `accept`, and answers through `sendResponse` (Chrome only honours a returned `true` plus
 * `sendResponse`, not a returned promise, in every version we support). Messages of other families
 * are left to their own listeners; refused ones get no reply, and it never throws.
 */
export function messageListener<M extends AnyMessage>(
  schema: z.ZodMiniType<M>,
  accept: (msg: M, sender: Sender) => boolean,
  handler: (msg: M, sender: Sender) => Promise<ReplyTo<M>> | ReplyTo<M>,
): MessageListener {
  return (raw, sender, sendResponse) => {
    let msg: M;
    try {
      if (sender?.id !== browser.runtime.id) return false;
      const parsed = schema.safeParse(raw);
      if (!parsed.success || !accept(parsed.data, sender)) return false;
      msg = parsed.data;
    } catch (err) {
      // Only an exotic object (a throwing getter) gets here; a real message is a structured clone.
      console.debug('[lodestone] refused a message', err);
      return false;
    }
    Promise.resolve()
      .then(() => handler(msg, sender))
      .then(
        (reply) => reply as unknown,
        (err: unknown) => {
          console.error('[lodestone]', msg.type, err);
          return { ok: false, error: err instanceof Error ? err.message : String(err) };
        },
      )
      .then(sendResponse)
      // The asking context went away (tab closed, page navigated): nobody to answer.
      .catch(() => {});
    return true;
  };
}

/** Registers a listener made by `messageListener` on runtime.onMessage; returns the unsubscribe function. */
export function listen(listener: MessageListener): () => void {
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}

/** Registers `messageListener(schema, accept, handler)` on runtime.onMessage; returns the unsubscribe function. */
export function handleMessages<M extends AnyMessage>(
  schema: z.ZodMiniType<M>,
  accept: (msg: M, sender: Sender) => boolean,
  handler: (msg: M, sender: Sender) => Promise<ReplyTo<M>> | ReplyTo<M>,
): () => void {
  return listen(messageListener(schema, accept, handler));
}

/** Sends a message to the extension's own pages (background, offscreen document, side panel). */
export async function sendToExtension<M extends BackgroundMessage | OffscreenMessage>(msg: M): Promise<ReplyTo<M>> {
  return (await browser.runtime.sendMessage(msg)) as ReplyTo<M>;
}

/** Sends a message to the reader in a tab's top frame. */
export async function sendToTab<M extends ReaderMessage>(tabId: number, msg: M): Promise<ReplyTo<M> | undefined> {
  return (await browser.tabs.sendMessage(tabId, msg, { frameId: 0 })) as ReplyTo<M> | undefined;
}

/** True when the sender is a content script in a tab's top frame (not an extension page). */
export function fromTabTopFrame(sender: Sender): boolean {
  return sender.tab?.id !== undefined && (sender.frameId ?? 0) === 0 && !sender.url?.startsWith(browser.runtime.getURL('/'));
}

/** True when the sender is one of the extension's own pages (side panel, options, offscreen). */
export function fromExtensionPage(sender: Sender): boolean {
  return sender.url?.startsWith(browser.runtime.getURL('/')) === true;
}

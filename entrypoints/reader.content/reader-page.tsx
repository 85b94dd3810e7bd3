import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { HIDDEN_CARD, type CardState, Store } from '@/components/in-page/reader-store';
import type { AnalysisResult, Signal } from '@/lib/analysis-result';
import { findArticleContainer } from '@/lib/anchoring/article-container';
import { describeRange } from '@/lib/anchoring/describe-range';
import { LiveAnchors } from '@/lib/anchoring/live-anchors';
import { type Slicer, timeSlicer } from '@/lib/anchoring/slices';
import { watchLateContent } from '@/lib/anchoring/watch-late-content';
import { pageKeyUrl } from '@/lib/navigation/page-key-url';
import { dedupeKey } from '@/lib/clips/dedupe-key';
import { documentOrder, stepFocus } from '@/lib/highlights/focus-order';
import { newHighlightToken } from '@/lib/highlights/highlight-names';
import { HighlightPainter, type PaintedSignal } from '@/lib/highlights/paint-highlights';
import { measurePageColors } from '@/lib/highlights/page-colors';
import { type ReaderKeyAction, readerKeyAction, readerKeyLabel } from '@/lib/highlights/reader-keys';
import { rangeIndexAtPoint } from '@/lib/highlights/signal-at-point';
import {
  ClipSaveReply,
  type ClipTargetReply,
  MAX_HTML_CHARS,
  type BackgroundMessage,
  type ReaderMessage,
  type Replies,
  type SavedClipRef,
  SavedClipsReply,
  sendToExtension,
} from '@/lib/messages';
import { type Settings, readSettings, siteListed, siteOf, updateSettings, watchSettings } from '@/lib/settings';
import { pageRoute } from '@/lib/navigation/page-route';
import { readerScope } from '@/lib/sources/reader-scope';
import { clipFromSignal } from '@/lib/clips/clip-from-signal';
import type { Notice } from '@/components/in-page/reader-toast';
import { cleanUpApiOnInvalidated } from './api-cleanup';
import { loadReaderUi } from './load-ui';
import { receiveAnalysis } from './receive-analysis';
import { sendInParts, serializePage } from '@/lib/gate/send-page';
import { afterDelay, nextFrame, nextTask } from './timers';
import type { BannerUi, CardUi } from './mount-ui';

export interface ReaderPage {
  handle(msg: ReaderMessage): Promise<Replies[ReaderMessage['type']]>;
}

const HIDE_DELAY_MS = 350;
/**
 * Text added after the analysis that warrants a new one: a sentence of a news article is ~100–250
 * characters, so 200 is about one new sentence. Less (a timestamp, a counter, a re-rendered word)
 * only gets the broken ranges repaired.
 */
const REANALYZE_CHARS = 200;
/** After an SPA navigation, time for the new article to render before it is serialized. */
const SPA_SETTLE_MS = 500;
/**
 * How long anchoring may hold the page's main thread before it lets the page run (one slice). On
 * the bench's 5 MB article anchoring takes 131–159 ms in all (Chromium): in one task the page
 * froze that long; in slices of this size it stays under the 50 ms of a long task, with room left
 * for the page's own work and the frame the slice's highlights are painted in.
 */
const SLICE_MS = 8;
/**
 * The least work in one slice, in steps (a step: one quote, or 128 nodes of the index build): an
 * article of ordinary length is anchored in one task whatever the clock says (the seed article,
 * 16 signals and 109 elements, takes 15 steps), so it is painted at once, as before slicing.
 */
const MIN_SLICE_STEPS = 64;
/**
 * While a huge article is anchored, the highlights found so far are painted at the first pause
 * (the top of the article, where the reader is) and then at most this often. Every change of
 * CSS.highlights makes Chromium invalidate the paint of the whole document: on the 5 MB article
 * each cost a 60–270 ms frame (PrePaint + Paint in a trace), and painting at each of 17 pauses
 * held the page 17 times.
 */
const PAINT_EVERY_MS = 1_000;

/**
 * The reader on a live page: analyzes it (or takes the gate's analysis), anchors the signals and
 * the page's saved clips, paints them, keeps them right while the page changes (SPA navigation,
 * late content, re-rendering), and wires the banner, the card, the keys and the notices.
 */
export async function startReaderPage(ctx: ContentScriptContext, ready: Promise<AnalysisResult | null>): Promise<ReaderPage> {
  // One round trip, not two: the settings are read while the background answers reader:ready.
  const [initialSettings, initial] = await Promise.all([readSettings(), ready]);
  if (ctx.isInvalid) return { handle: async () => ({ ok: false }) };
  let settings: Settings = initialSettings;
  // This reader's highlight names, which no page CSS can know (see highlight-names.ts); the
  // stylesheet asked for in applyTheme names the same token.
  const token = newHighlightToken();
  const painter = new HighlightPainter(CSS.highlights, token);
  ctx.onInvalidated(() => painter.clear());

  let result: AnalysisResult | null = null;
  /** The signals anchored (those of a rare-earth article), indexes as in result.signals. */
  let sigs: Signal[] = [];
  let clips: SavedClipRef[] = [];
  let savedKeys = new Set<string>();
  /** Signals first, then clips: one index build anchors both. */
  let anchors = new LiveAnchors([]);
  let container: Element = findArticleContainer(document);
  let visible = true;
  let focusIndex = -1;
  /** Bumped by every navigation and analysis: answers to an older request are dropped. */
  let generation = 0;
  let analyzedHref = pageRoute(location.href);
  let lastOrphans: string | null = null;
  let lastTheme = '';
  /** Created when a page first needs it, then shown and hidden (see createBanner). */
  let bannerUi: Promise<BannerUi> | null = null;
  /** What the banner shows now ('' when hidden). */
  let bannerKey = '';
  const hideBanner = () => {
    bannerKey = '';
    void bannerUi?.then((b) => b.hide()).catch(() => {});
  };

  const disabled = () => siteListed(location.hostname, settings.disabledSites);
  const painting = () => visible && !disabled();
  const pageUrl = () => result?.url ?? location.href;
  const isShown = (i: number) => {
    const s = sigs[i];
    return s !== undefined && settings.categories.includes(s.category) && s.confidence >= settings.sensitivity;
  };
  const savedSignal = (i: number) => sigs[i] !== undefined && savedKeys.has(dedupeKey(pageUrl(), sigs[i]!.text));
  const hitRanges = () => sigs.map((_s, i) => (painting() && isShown(i) ? anchors.range(i) : null));
  const anchorOptions = () => ({ preferWithin: container });

  /** Bumped by every anchoring or repair run: an older one stops at its next pause. */
  let anchoringRun = 0;
  /** The anchoring or repair in progress, if any. */
  let anchoring: Promise<unknown> | null = null;
  /** A slicer for a new run (see SLICE_MS); it stops the run once a newer one starts or the reader is gone. */
  function newSlicer(): Slicer {
    const run = ++anchoringRun;
    const next = async () => {
      await nextTask(ctx);
      return run === anchoringRun && ctx.isValid;
    };
    return timeSlicer(SLICE_MS, next, { minSteps: MIN_SLICE_STEPS });
  }
  function track<W>(work: W): W {
    if (!(work instanceof Promise)) return work;
    anchoring = work;
    void work.finally(() => anchoring === work && (anchoring = null));
    return work;
  }

  /**
   * Anchors the signals and the saved clips, in slices of the page's time (SLICE_MS): on a huge
   * article the highlights appear from the top down, slice by slice, and the page keeps answering.
   * A page of ordinary length is done in its first slice, without a pause: true at once, so it is
   * painted in the same task. Else a promise, of false when a newer run took over.
   */
  function rebuildAnchors(): true | Promise<boolean> {
    container = findArticleContainer(document);
    sigs = result?.topic.isRareEarth ? result.signals : [];
    savedKeys = new Set(clips.map((c) => dedupeKey(pageUrl(), c.text)));
    const next = new LiveAnchors([
      ...sigs.map((s) => ({ exact: s.text, prefix: s.prefix, suffix: s.suffix })),
      ...clips.map((c) => ({ exact: c.text, prefix: c.prefix, suffix: c.suffix })),
    ]);
    anchors = next;
    let painted = 0;
    let paintedAt = 0;
    // Before a pause: the signals anchored since the last paint join the highlights (the first
    // time replaces what an earlier analysis painted), then no more than every PAINT_EVERY_MS.
    // The saved marks and the focus come with paint(), at the end.
    const paintSoFar = (done: number) => {
      if (painted > 0 && performance.now() - paintedAt < PAINT_EVERY_MS) return;
      const upTo = Math.min(done, sigs.length);
      if (!painting() || upTo <= painted) return;
      const fresh = paintedSignals(painted, upTo);
      if (painted === 0) painter.paint(fresh, []);
      else painter.add(fresh);
      painted = upTo;
      paintedAt = performance.now();
    };
    return track(next.anchorAllInSlices(document.body, anchorOptions(), newSlicer(), paintSoFar));
  }

  /** The shown, anchored signals among sigs[from, to). */
  function paintedSignals(from: number, to: number): PaintedSignal[] {
    const list: PaintedSignal[] = [];
    for (let index = from; index < to; index += 1) {
      const range = anchors.range(index);
      if (range && isShown(index)) list.push({ index, category: sigs[index]!.category, range });
    }
    return list;
  }

  function paint(): void {
    if (!painting()) {
      painter.clear();
      return;
    }
    painter.paint(
      paintedSignals(0, sigs.length),
      clips.flatMap((_c, j) => anchors.range(sigs.length + j) ?? []),
    );
    const focused = focusIndex >= 0 && isShown(focusIndex) ? anchors.range(focusIndex) : null;
    if (focused) painter.focus(focused);
    else focusIndex = -1;
  }

  /** The analysis (url and count) the reader was last told it has only part of. */
  let partialSaid = '';
  /**
   * Says so when the reader has only the first signals of the analysis (its handoff stopped
   * half-way: the service worker was stopped; see receiveAnalysis), once per analysis, instead of
   * leaving the reader to think the rest of the page has none.
   */
  function sayIfPartial(): void {
    const omitted = result?.omittedSignals ?? 0;
    if (!result?.topic.isRareEarth || omitted <= 0) return;
    const key = `${result.url}\n${result.signals.length}`;
    if (key === partialSaid) return;
    partialSaid = key;
    const shown = result.signals.length.toLocaleString('en');
    const all = (result.signals.length + omitted).toLocaleString('en');
    notify({ text: `Lodestone shows the first ${shown} of ${all} signals here: it was restarted while loading them. Reload the page to see them all.`, tone: 'error', ms: 10_000 });
  }

  /** Tells the background which saved clips are not on the page (an empty list clears the record). */
  async function reportOrphans(): Promise<void> {
    const ids = clips.flatMap((c, j) => (anchors.range(sigs.length + j) ? [] : [c.id]));
    const key = `${pageUrl()}\n${ids.join(',')}`;
    if (key === lastOrphans) return;
    lastOrphans = key;
    await sendToExtension({ type: 'reader:orphans', url: pageUrl(), ids }).catch((err) => console.debug('[lodestone] orphans', err));
  }

  /** Asks the background for highlight colours made for this page's measured colours. */
  async function applyTheme(force = false): Promise<void> {
    const colors = measurePageColors(container);
    const key = `${colors.background.join()}/${colors.text.join()}/${settings.highlightStyle}`;
    if (!force && key === lastTheme) return;
    lastTheme = key;
    await sendToExtension({ type: 'reader:theme', background: [...colors.background], text: [...colors.text], token }).catch((err) =>
      console.debug('[lodestone] theme', err),
    );
  }

  async function syncBanner(): Promise<void> {
    const want =
      result && readerScope(result, settings.bannerOnEveryArticle) && result.source.banner && !disabled() && !settings.bannerDismissedSites.includes(siteOf(location.hostname))
        ? result
        : null;
    const key = want ? `${want.url}\n${JSON.stringify(want.source)}` : '';
    // Shown and still in the page (a re-render may have removed it): nothing to do.
    if (key === bannerKey && (key === '' || (await bannerUi?.catch(() => null))?.host.isConnected)) return;
    if (!want) {
      hideBanner();
      return;
    }
    bannerKey = key;
    const gen = generation;
    bannerUi ??= loadReaderUi().then((ui) =>
      ui.createBanner(ctx, () => {
        bannerKey = '';
        const site = siteOf(location.hostname);
        void updateSettings((s) => ({ bannerDismissedSites: [...new Set([...s.bannerDismissedSites, site])] }));
      }),
    );
    let ui: BannerUi;
    try {
      ui = await bannerUi;
    } catch (err) {
      // Retried at the next sync; the highlights stay either way.
      console.debug('[lodestone] banner', err);
      bannerUi = null;
      bannerKey = '';
      return;
    }
    // A reader replaced meanwhile (WXT invalidated it) must not mount what it can no longer remove.
    if (gen !== generation || bannerKey !== key || ctx.isInvalid) return;
    ui.show(want, container);
  }

  /**
   * A new analysis of the page, serialized and sent as the gate sends it (lib/gate/send-page.ts): in
   * slices of the page's time and, when huge, in parts. One outerHTML and one message held the 5 MB
   * bench page for 82–97 ms.
   */
  async function analyze(): Promise<AnalysisResult | null> {
    const url = location.href;
    const wait = () => nextTask(ctx);
    const html = await serializePage(wait);
    if (html === null || ctx.isInvalid) return null;
    const answer = await sendInParts((m) => sendToExtension(m as BackgroundMessage), html, (last, parts) => ({ type: 'reader:analyze', url, html: last, ...(parts ? { parts } : {}) }), wait);
    return receiveAnalysis(answer, () => ctx.isValid, () => sendToExtension({ type: 'reader:ready', url: location.href }));
  }

  async function fetchClips(url: string): Promise<SavedClipRef[]> {
    const reply = SavedClipsReply.safeParse(await sendToExtension({ type: 'clips:for-page', url }));
    return reply.success ? reply.data.clips : [];
  }

  /** A stale <link rel=canonical> after an SPA navigation names the page left: see pageKeyUrl. */
  function adopt(next: AnalysisResult, previousUrl: string | null, navigated: boolean): AnalysisResult {
    const url = pageKeyUrl(next.url, location.href, navigated ? previousUrl : null);
    return url === next.url ? next : { ...next, url };
  }

  /**
   * Anchors, colours, paints and reports the current result and clips. The banner (a React render)
   * and the orphan report wait for the next task, so the frame with the highlights is not held up
   * by them and no single task does both (bench: the reader's heaviest task on the seed article).
   */
  async function show(theme = true): Promise<void> {
    if (disabled()) {
      painter.clear();
      return;
    }
    const anchored = rebuildAnchors();
    if (theme) await applyTheme();
    // A newer show() took over: it paints.
    if (anchored !== true && !(await anchored)) return;
    paint();
    const gen = generation;
    await nextTask(ctx);
    if (gen !== generation || ctx.isInvalid) return;
    await Promise.all([reportOrphans(), syncBanner()]);
    sayIfPartial();
    const shownCard = card.get();
    if (shownCard.index >= 0 && (!isShown(shownCard.index) || !anchors.range(shownCard.index))) card.set(HIDDEN_CARD);
  }

  /** Re-analyzes the page as it is now (after navigation or late content) and shows the result. */
  async function refresh(): Promise<void> {
    if (disabled()) return;
    const gen = ++generation;
    const previousUrl = result?.url ?? null;
    const href = pageRoute(location.href);
    const navigated = href !== analyzedHref;
    const next = await analyze();
    if (gen !== generation || ctx.isInvalid) return;
    if (next) result = adopt(next, previousUrl, navigated);
    // A new page whose analysis failed: the old article's result (and clips) must not stay.
    else if (navigated) result = null;
    analyzedHref = href;
    clips = await fetchClips(pageUrl());
    if (gen !== generation || ctx.isInvalid) return;
    await show();
  }

  async function refreshSaved(): Promise<void> {
    const gen = generation;
    const next = await fetchClips(pageUrl());
    if (gen !== generation || ctx.isInvalid) return;
    clips = next;
    await show();
  }

  // ---- The card over a signal, and the one-line notices ----------------------------------------

  // Both mounted on first use: most visits never hover a signal or see a notice, and each is a
  // React root (createRoot alone adds ~80 listeners to its container).
  const card = new Store<CardState>(HIDDEN_CARD);
  let cardUi: CardUi | null = null;
  let cardMount: Promise<CardUi> | null = null;
  const ensureCard = () =>
    (cardMount ??= loadReaderUi()
      .then((ui) => {
        if (ctx.isInvalid) throw new Error('the reader was replaced');
        return ui.mountCard(ctx, card, (index) => sigs[index], (index) => void clip(index));
      })
      .then((ui) => (cardUi = ui))
      .catch((err: unknown) => {
        cardMount = null;
        throw err;
      }));
  const onCard = (e: Event) => cardUi !== null && e.composedPath().includes(cardUi.host);
  let toast: Promise<(notice: Notice) => void> | null = null;
  const notify = (notice: Notice) => {
    toast ??= loadReaderUi()
      .then((ui) => {
        if (ctx.isInvalid) throw new Error('the reader was replaced');
        return ui.mountToast(ctx);
      })
      .catch((err: unknown) => {
        toast = null;
        throw err;
      });
    void toast.then((show) => show(notice)).catch((err) => console.debug('[lodestone] notice', err));
  };
  let hideTimer = 0;

  const showCard = (index: number, pinned: boolean) => {
    window.clearTimeout(hideTimer);
    const range = anchors.range(index);
    if (!range) return;
    const current = card.get();
    if (current.index === index && current.pinned === pinned) return;
    card.set({ index, pinned, clip: savedSignal(index) ? 'saved' : 'idle', error: null });
    void ensureCard()
      .then((ui) => card.get().index === index && ui.place(range))
      .catch((err) => console.debug('[lodestone] card', err));
  };
  const hideSoon = () => {
    if (card.get().index < 0 || card.get().pinned) return;
    window.clearTimeout(hideTimer);
    hideTimer = window.setTimeout(() => card.set(HIDDEN_CARD), HIDE_DELAY_MS);
  };

  /** Clips a detected signal (card button, clip key); true when it is saved. */
  async function clip(index: number): Promise<boolean> {
    const signal = sigs[index];
    if (!signal || !result) return false;
    const onCard = () => card.get().index === index;
    if (onCard()) card.set({ ...card.get(), clip: 'saving', error: null });
    let reply: ClipSaveReply;
    try {
      const parsed = ClipSaveReply.safeParse(await sendToExtension({ type: 'clip:save', clip: clipFromSignal(result, signal, location.href) }));
      reply = parsed.success ? parsed.data : { ok: false, error: 'The extension gave no answer.' };
    } catch (err) {
      reply = { ok: false, error: err instanceof Error ? err.message : String(err) };
    }
    if (reply.ok) await refreshSaved();
    if (onCard()) {
      card.set({ ...card.get(), clip: reply.ok ? 'saved' : 'error', error: reply.ok ? null : `Not saved: ${reply.error}` });
    } else {
      notify(reply.ok ? { text: 'Clipped to Lodestone.', tone: 'ok' } : { text: `Not saved: ${reply.error}`, tone: 'error' });
    }
    return reply.ok;
  }

  // ---- Keyboard: next/previous signal, clip, toggle ---------------------------------------------

  /** The range of signal i, re-anchored first if re-rendering broke it. */
  function liveRange(i: number): Range | null {
    if (anchors.isBroken(i)) {
      anchors.repair(document.body, anchorOptions());
      paint();
    }
    return anchors.range(i);
  }

  function reveal(range: Range): void {
    const rect = range.getBoundingClientRect();
    if (rect.top >= 0 && rect.bottom <= window.innerHeight) return;
    // A hidden tab runs no animation frames, so a smooth scroll there would stall half-way.
    const smooth = document.visibilityState === 'visible' && !window.matchMedia('(prefers-reduced-motion: reduce)').matches;
    range.startContainer.parentElement?.scrollIntoView({ block: 'center', behavior: smooth ? 'smooth' : 'instant' });
  }

  function focusOn(index: number): boolean {
    const range = liveRange(index);
    if (!range) return false;
    focusIndex = index;
    painter.focus(range);
    reveal(range);
    showCard(index, true);
    return true;
  }

  /** The first shown signal at or below the top of the viewport (next), or the last above its bottom (previous). */
  function startInView(order: readonly number[], ranges: readonly (Range | null)[], step: 1 | -1): number {
    const list = step === 1 ? order : [...order].reverse();
    return (
      list.find((i) => {
        const rect = ranges[i]!.getBoundingClientRect();
        return step === 1 ? rect.bottom > 0 : rect.top < window.innerHeight;
      }) ?? -1
    );
  }

  function moveFocus(step: 1 | -1): boolean {
    if (!painting()) return false;
    const ranges = hitRanges();
    const order = documentOrder(ranges);
    if (order.length === 0) return false;
    const start = focusIndex < 0 ? startInView(order, ranges, step) : -1;
    return focusOn(stepFocus(order, focusIndex, step, start));
  }

  function toggle(): void {
    visible = !visible;
    if (!visible) {
      card.set(HIDDEN_CARD);
      focusIndex = -1;
    }
    paint();
    notify({
      text: visible ? 'Lodestone highlights shown.' : `Lodestone highlights hidden (${readerKeyLabel('toggle')} shows them).`,
      tone: 'ok',
    });
  }

  function selectionRange(): Range | null {
    const selection = document.getSelection();
    if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
    const range = selection.getRangeAt(0);
    return range.toString().trim() ? range : null;
  }

  /** The clip key: a selection is clipped by hand (through the background), else the focused signal. */
  function clipKey(): boolean {
    if (selectionRange()) {
      void sendToExtension({ type: 'clip:selection' }).catch((err) => console.debug('[lodestone] clip selection', err));
      return true;
    }
    if (focusIndex >= 0) {
      void clip(focusIndex);
      return true;
    }
    return false;
  }

  function act(action: ReaderKeyAction): boolean {
    switch (action) {
      case 'next':
        return moveFocus(1);
      case 'previous':
        return moveFocus(-1);
      case 'toggle':
        toggle();
        return true;
      case 'clip':
        return clipKey();
    }
  }

  async function clipTarget(withHtml: boolean): Promise<ClipTargetReply> {
    const range = selectionRange();
    const quote = range ? describeRange(document.body, range) : null;
    if (quote) {
      const html = document.documentElement.outerHTML;
      return {
        kind: 'selection',
        quote: { exact: quote.exact, prefix: quote.prefix ?? '', suffix: quote.suffix ?? '' },
        pageUrl: location.href,
        ...(withHtml && html.length <= MAX_HTML_CHARS ? { html } : {}),
      };
    }
    if (focusIndex >= 0 && sigs[focusIndex]) return { kind: 'signal', ok: await clip(focusIndex) };
    return { kind: 'none' };
  }

  // ---- Page events -------------------------------------------------------------------------------

  let frame = 0;
  /**
   * The latest move, read while it is dispatched (composedPath() is empty afterwards): one hit test
   * per frame, where the pointer is now, not where it was when the frame was asked for.
   */
  let lastMove = { x: 0, y: 0, overCard: false };
  ctx.addEventListener(document, 'pointermove', (e: PointerEvent) => {
    lastMove = { x: e.clientX, y: e.clientY, overCard: onCard(e) };
    if (frame) return;
    frame = nextFrame(ctx, () => {
      frame = 0;
      const { x, y, overCard } = lastMove;
      if (overCard) {
        window.clearTimeout(hideTimer);
        return;
      }
      const index = rangeIndexAtPoint(document, hitRanges(), x, y);
      if (index >= 0) showCard(index, card.get().index === index && card.get().pinned);
      else hideSoon();
    });
  }, { passive: true });
  ctx.addEventListener(document, 'click', (e: MouseEvent) => {
    if (onCard(e)) return;
    const index = rangeIndexAtPoint(document, hitRanges(), e.clientX, e.clientY);
    if (index >= 0) showCard(index, true);
    else if (card.get().pinned) card.set(HIDDEN_CARD);
  });
  // On window, in the bubbling phase: the page's own handlers run first, and a key they handled
  // (defaultPrevented) is left alone; see readerKeyAction for the rest of the rules.
  ctx.addEventListener(window, 'keydown', (e: KeyboardEvent) => {
    // Only the reader's own keystrokes: a page script's synthetic Alt+Shift+C must not clip.
    if (!e.isTrusted) return;
    if (e.key === 'Escape' && card.get().index >= 0 && !e.defaultPrevented) {
      card.set(HIDDEN_CARD);
      focusIndex = -1;
      painter.focus(null);
      return;
    }
    const action = readerKeyAction(e);
    if (action && act(action)) e.preventDefault();
  });
  ctx.addEventListener(window, 'scroll', () => {
    const range = anchors.range(card.get().index);
    if (range) cardUi?.place(range);
  }, { passive: true });

  const watcher = watchLateContent(
    document.body,
    async (summary) => {
      if (disabled()) return false;
      if (summary.addedChars >= REANALYZE_CHARS) {
        await refresh();
        return true;
      }
      // An anchoring in progress is let finish first: it may already see the new text.
      await anchoring;
      const repaired = await track(anchors.repairInSlices(document.body, anchorOptions(), newSlicer(), summary.addedChars > 0));
      if (!repaired || repaired.length === 0) return false;
      paint();
      await reportOrphans();
      return true;
    },
    { signal: ctx.signal },
  );

  let navigationTimer = 0;
  ctx.addEventListener(window, 'wxt:locationchange', (e) => {
    if (pageRoute(e.newUrl.href) === pageRoute(e.oldUrl.href)) return;
    // The old article's highlights go at once (and its anchoring stops); the new one is analyzed
    // once it has rendered.
    generation += 1;
    anchoringRun += 1;
    focusIndex = -1;
    card.set(HIDDEN_CARD);
    painter.clear();
    hideBanner();
    sigs = [];
    clips = [];
    anchors = new LiveAnchors([]);
    watcher.reset();
    window.clearTimeout(navigationTimer);
    navigationTimer = afterDelay(ctx, () => void refresh(), SPA_SETTLE_MS);
  });

  // Back (or forward) to this page from the back/forward cache: the page, and this reader with its
  // highlights, banner and saved marks, come back as they were, but the background dropped the
  // tab's analysis and its "not found" clips when the tab navigated away. A fresh analysis of the
  // page as it is now stores them again (and catches what changed while it was away).
  ctx.addEventListener(window, 'pageshow', (e: PageTransitionEvent) => {
    if (!e.persisted || disabled()) return;
    lastOrphans = null;
    void refresh().catch((err) => console.debug('[lodestone] restored page', err));
  });

  cleanUpApiOnInvalidated(
    ctx,
    watchSettings((next) => {
      const wasDisabled = disabled();
      const styleChanged = next.highlightStyle !== settings.highlightStyle;
      settings = next;
      if (disabled()) {
        card.set(HIDDEN_CARD);
        painter.clear();
        void syncBanner();
        return;
      }
      if (wasDisabled && !result) {
        void refresh();
        return;
      }
      paint();
      if (card.get().index >= 0 && !isShown(card.get().index)) card.set(HIDDEN_CARD);
      void syncBanner();
      if (styleChanged || wasDisabled) void applyTheme(true);
    }),
  );

  // ---- First paint -------------------------------------------------------------------------------

  if (!disabled()) {
    result = initial ?? (await analyze());
    if (ctx.isInvalid) return { handle: async () => ({ ok: false }) };
    // The saved clips and the highlight stylesheet in one round trip's time, not two.
    [clips] = await Promise.all([fetchClips(pageUrl()), applyTheme()]);
    if (ctx.isInvalid) return { handle: async () => ({ ok: false }) };
    // Not awaited: the banner (its UI script is loaded first) must not keep the reader from
    // answering messages, nor must the anchoring of a huge article (it runs in slices: show()
    // paints a page of ordinary length before its first await, a huge one slice by slice).
    void show(false).catch((err) => console.debug('[lodestone] show', err));
  }

  return {
    async handle(msg) {
      switch (msg.type) {
        case 'reader:scroll-to': {
          const range = liveRange(msg.index);
          if (!range) return { ok: false };
          reveal(range);
          painter.focus(range);
          afterDelay(ctx, () => focusIndex < 0 && painter.focus(null), 2_000);
          return { ok: true };
        }
        case 'reader:clips-changed':
          await refreshSaved();
          return { ok: true };
        case 'reader:ping':
          return { ok: true };
        case 'reader:command':
          return { ok: act(msg.command) };
        case 'reader:clip-target':
          return clipTarget(msg.withHtml);
        case 'reader:notice':
          notify({ text: msg.text, tone: msg.tone });
          return { ok: true };
      }
    },
  };
}


import { createRoot } from 'react-dom/client';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { CardHost } from '@/components/in-page/card-host';
import inPageCss from '@/components/in-page/in-page.css?inline';
import { HIDDEN_CARD, type CardState, Store } from '@/components/in-page/reader-store';
import { SourceBanner } from '@/components/in-page/source-banner';
import type { AnalysisResult } from '@/lib/analysis-result';
import { readableText } from '@/lib/analysis/repair-mojibake';
import { anchorQuotes } from '@/lib/anchoring/anchor-quotes';
import { dedupeKey } from '@/lib/clips/dedupe-key';
import { HighlightPainter } from '@/lib/highlights/paint-highlights';
import { rangeIndexAtPoint } from '@/lib/highlights/signal-at-point';
import { ClipSaveReply, sendToExtension } from '@/lib/messages';
import { readSettings, updateSettings } from '@/lib/settings';
import { buildClip } from './build-clip';

export interface ReaderPage {
  scrollTo(index: number): boolean;
  refreshSaved(): Promise<void>;
}

const HIDE_DELAY_MS = 350;

/** Anchors and paints the analysis on the live page and wires the banner and the signal card. */
export async function startReaderPage(
  ctx: ContentScriptContext,
  result: AnalysisResult,
  savedTexts: () => Promise<string[]>,
): Promise<ReaderPage> {
  const settings = await readSettings();
  // Indexes stay those of result.signals: the side panel names signals by that index.
  const signals = result.signals;
  const shown = signals.map((s) => settings.categories.includes(s.category) && s.confidence >= settings.sensitivity);
  const container = document.querySelector('article') ?? document.querySelector('main, [role=main]') ?? document.body;
  const ranges = anchorQuotes(document.body, signals.map((s) => ({ exact: s.text, prefix: s.prefix, suffix: s.suffix })), {
    preferWithin: container,
  });
  const shownRanges = ranges.map((r, i) => (shown[i] ? r : null));
  const painter = new HighlightPainter(CSS.highlights);
  let saved = new Set<number>();
  const repaint = () =>
    painter.paint(
      signals.flatMap((s, index) => {
        const range = ranges[index];
        return range && shown[index] ? [{ index, category: s.category, range }] : [];
      }),
      saved,
    );
  const refreshSaved = async () => {
    const key = (text: string) => dedupeKey(result.url, text);
    const keys = new Set((await savedTexts()).map(key));
    saved = new Set(signals.flatMap((s, i) => (keys.has(key(s.text)) ? [i] : [])));
    repaint();
  };
  await refreshSaved();
  ctx.onInvalidated(() => painter.clear());

  const site = location.hostname.replace(/^www\./, '');
  if (result.source.banner && !settings.bannerDismissedSites.includes(site)) {
    await mountBanner(ctx, result, container, site);
  }

  const card = new Store<CardState>(HIDDEN_CARD);
  const cardUi = await mountCard(ctx, card, signals, (index) => clip(index));
  let hideTimer = 0;

  const show = (index: number, pinned: boolean) => {
    window.clearTimeout(hideTimer);
    const range = ranges[index];
    if (!range) return;
    const current = card.get();
    if (current.index === index && current.pinned === pinned) return;
    card.set({ index, pinned, clip: saved.has(index) ? 'saved' : 'idle', error: null });
    cardUi.place(range);
  };
  const hideSoon = () => {
    if (card.get().index < 0 || card.get().pinned) return;
    window.clearTimeout(hideTimer);
    hideTimer = window.setTimeout(() => card.set(HIDDEN_CARD), HIDE_DELAY_MS);
  };

  async function clip(index: number): Promise<void> {
    const signal = signals[index];
    if (!signal) return;
    card.set({ ...card.get(), clip: 'saving', error: null });
    let reply: ClipSaveReply | undefined;
    try {
      const parsed = ClipSaveReply.safeParse(await sendToExtension({ type: 'clip:save', clip: buildClip(result, signal, location.href) }));
      reply = parsed.success ? parsed.data : { ok: false, error: 'The extension gave no answer.' };
    } catch (err) {
      reply = { ok: false, error: err instanceof Error ? err.message : String(err) };
    }
    if (reply.ok) {
      saved.add(index);
      repaint();
    }
    if (card.get().index === index) {
      card.set({ ...card.get(), clip: reply.ok ? 'saved' : 'error', error: reply.ok ? null : `Not saved: ${reply.error}` });
    }
  }

  let frame = 0;
  ctx.addEventListener(document, 'pointermove', (e: PointerEvent) => {
    if (frame) return;
    frame = requestAnimationFrame(() => {
      frame = 0;
      if (e.composedPath().includes(cardUi.host)) {
        window.clearTimeout(hideTimer);
        return;
      }
      const index = rangeIndexAtPoint(document, shownRanges, e.clientX, e.clientY);
      if (index >= 0) show(index, card.get().index === index && card.get().pinned);
      else hideSoon();
    });
  }, { passive: true });
  ctx.addEventListener(document, 'click', (e: MouseEvent) => {
    if (e.composedPath().includes(cardUi.host)) return;
    const index = rangeIndexAtPoint(document, shownRanges, e.clientX, e.clientY);
    if (index >= 0) show(index, true);
    else if (card.get().pinned) card.set(HIDDEN_CARD);
  });
  ctx.addEventListener(document, 'keydown', (e: KeyboardEvent) => {
    if (e.key === 'Escape' && card.get().index >= 0) card.set(HIDDEN_CARD);
  });
  ctx.addEventListener(window, 'scroll', () => {
    const r = ranges[card.get().index];
    if (r) cardUi.place(r);
  }, { passive: true });

  return {
    refreshSaved,
    scrollTo(index) {
      const range = ranges[index];
      if (!range) return false;
      // A hidden tab runs no animation frames, so a smooth scroll there would stall half-way.
      const behavior = document.visibilityState === 'visible' ? 'smooth' : 'instant';
      range.startContainer.parentElement?.scrollIntoView({ block: 'center', behavior });
      painter.focus(range);
      ctx.setTimeout(() => painter.focus(null), 2_000);
      return true;
    },
  };
}

async function mountBanner(ctx: ContentScriptContext, result: AnalysisResult, container: Element, site: string) {
  const ui = await createShadowRootUi(ctx, {
    name: 'lodestone-banner',
    position: 'inline',
    anchor: container,
    append: 'first',
    css: inPageCss,
    isolateEvents: true,
    onMount(root) {
      const reactRoot = createRoot(root);
      reactRoot.render(
        <SourceBanner
          source={result.source}
          display={readableText}
          onDismissSite={() => {
            ui.remove();
            void updateSettings((s) => ({ bannerDismissedSites: [...new Set([...s.bannerDismissedSites, site])] }));
          }}
        />,
      );
      return reactRoot;
    },
    onRemove: (reactRoot) => reactRoot?.unmount(),
  });
  ui.mount();
}

async function mountCard(
  ctx: ContentScriptContext,
  store: Store<CardState>,
  signals: AnalysisResult['signals'],
  onClip: (index: number) => void,
) {
  const ui = await createShadowRootUi(ctx, {
    name: 'lodestone-card',
    position: 'inline',
    anchor: 'body',
    append: 'last',
    css: inPageCss,
    isolateEvents: true,
    onMount(root) {
      const reactRoot = createRoot(root);
      reactRoot.render(
        <CardHost store={store} signals={signals} display={readableText} onClip={onClip} onClose={() => store.set(HIDDEN_CARD)} />,
      );
      return reactRoot;
    },
    onRemove: (reactRoot) => reactRoot?.unmount(),
  });
  ui.mount();
  const host = ui.shadowHost;
  return {
    host,
    place(range: Range) {
      const rects = range.getClientRects();
      const rect = rects[rects.length - 1] ?? range.getBoundingClientRect();
      const width = 340;
      const left = Math.max(8, Math.min(rect.left, window.innerWidth - width - 8));
      const below = rect.bottom + 8;
      const top = below + 180 > window.innerHeight ? Math.max(8, rect.top - 8 - 180) : below;
      host.style.setProperty('--lodestone-left', `${left}px`);
      host.style.setProperty('--lodestone-top', `${top}px`);
    },
  };
}

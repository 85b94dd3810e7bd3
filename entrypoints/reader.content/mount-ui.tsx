import { createRoot } from 'react-dom/client';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi, type ShadowRootContentScriptUi, type ShadowRootContentScriptUiOptions } from 'wxt/utils/content-script-ui/shadow-root';
import { CardHost } from '@/components/in-page/card-host';
import inPageCss from '@/components/in-page/in-page.css?inline';
import { HIDDEN_CARD, type CardState, Store } from '@/components/in-page/reader-store';
import { type Notice, ReaderToast } from '@/components/in-page/reader-toast';
import { SourceBanner } from '@/components/in-page/source-banner';
import { afterDelay } from './timers';
import type { AnalysisResult, Signal } from '@/lib/analysis-result';
import { readableText } from '@/lib/analysis/repair-mojibake';

/**
 * A shadow-root UI under Lodestone's tag name, or, when the page took that name first (it
 * registered a custom element `lodestone-card` whose constructor attaches the element's one shadow
 * root: test/fixtures/hostile/page-globals.html), under a name the page cannot guess. Without this
 * the reader would fail whole, banner and highlights with it.
 */
async function shadowUi<T>(ctx: ContentScriptContext, options: ShadowRootContentScriptUiOptions<T>): Promise<ShadowRootContentScriptUi<T>> {
  // WXT removes a UI when its context ends; one made after that would stay in the page for good.
  if (ctx.isInvalid) throw new Error('the reader was replaced');
  try {
    return await createShadowRootUi(ctx, options);
  } catch (err) {
    console.debug('[lodestone] the page took the tag name', options.name, err);
    // Not crypto.randomUUID: it exists only in secure contexts, and many news pages are plain http.
    const suffix = Math.random().toString(36).slice(2, 10).padEnd(8, '0');
    return createShadowRootUi(ctx, { ...options, name: `${options.name}-${suffix}` });
  }
}

export interface BannerUi {
  /** Shows the banner for `result` at the top of `container` (moving it there if it is elsewhere). */
  show(result: AnalysisResult, container: Element): void;
  hide(): void;
  readonly host: HTMLElement;
}

/**
 * The source banner at the top of the article container. One shadow-root UI per reader, shown and
 * hidden as pages change: WXT ties every UI it creates to the content-script context until the
 * reader ends, so a UI created per page would be kept (the bench counted 28 banner shadow roots
 * and ~15 KB of heap after 50 SPA navigations). The dismiss button hides it and calls `onDismissSite`.
 */
export async function createBanner(ctx: ContentScriptContext, onDismissSite: () => void): Promise<BannerUi> {
  let current: { result: AnalysisResult; container: Element } | null = null;
  const hide = () => {
    if (ui.mounted) ui.remove();
  };
  const ui = await shadowUi(ctx, {
    name: 'lodestone-banner',
    position: 'inline',
    anchor: () => current?.container ?? null,
    append: 'first',
    css: inPageCss,
    isolateEvents: true,
    onMount(root) {
      const reactRoot = createRoot(root);
      reactRoot.render(
        <SourceBanner
          source={current!.result.source}
          display={readableText}
          onDismissSite={() => {
            hide();
            onDismissSite();
          }}
        />,
      );
      return reactRoot;
    },
    onRemove: (reactRoot) => reactRoot?.unmount(),
  });
  return {
    host: ui.shadowHost,
    show(result, container) {
      hide();
      current = { result, container };
      ui.mount();
    },
    hide,
  };
}

export interface CardUi {
  host: HTMLElement;
  place(range: Range): void;
}

/** The signal card, fixed over the page and placed next to a range. */
export async function mountCard(
  ctx: ContentScriptContext,
  store: Store<CardState>,
  signalAt: (index: number) => Signal | undefined,
  onClip: (index: number) => void,
): Promise<CardUi> {
  const ui = await shadowUi(ctx, {
    name: 'lodestone-card',
    position: 'inline',
    anchor: 'body',
    append: 'last',
    css: inPageCss,
    isolateEvents: true,
    onMount(root) {
      const reactRoot = createRoot(root);
      reactRoot.render(
        <CardHost store={store} signalAt={signalAt} display={readableText} onClip={onClip} onClose={() => store.set(HIDDEN_CARD)} />,
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

/** How long a notice stays: long enough to read a sentence of ~12 words. */
const NOTICE_MS = 3_500;

/** The one-line notice; returns `show(notice)`. */
export async function mountToast(ctx: ContentScriptContext): Promise<(notice: Notice) => void> {
  const store = new Store<Notice | null>(null);
  const ui = await shadowUi(ctx, {
    name: 'lodestone-toast',
    position: 'inline',
    anchor: 'body',
    append: 'last',
    css: inPageCss,
    isolateEvents: true,
    onMount(root) {
      const reactRoot = createRoot(root);
      reactRoot.render(<ReaderToast store={store} />);
      return reactRoot;
    },
    onRemove: (reactRoot) => reactRoot?.unmount(),
  });
  ui.mount();
  let timer = 0;
  return (notice) => {
    store.set({ ...notice });
    window.clearTimeout(timer);
    timer = afterDelay(ctx, () => store.set(null), notice.ms ?? NOTICE_MS);
  };
}

interface Invalidatable {
  onInvalidated(cb: () => void): () => void;
}

/**
 * Runs a cleanup that calls the extension API (removing a runtime or storage listener) when the
 * reader's context ends. When it ends because the extension itself went away (updated, disabled,
 * reloaded) and a newer reader stops this one, that API throws "Extension context invalidated" —
 * and the browser dropped the listeners with the old extension, so there is nothing to remove.
 * Without this the throw lands in the page's console from inside the newer reader's start.
 */
export function cleanUpApiOnInvalidated(ctx: Invalidatable, cleanup: () => void): void {
  ctx.onInvalidated(() => {
    try {
      cleanup();
    } catch {
      // The old extension context is gone, and its listeners with it.
    }
  });
}

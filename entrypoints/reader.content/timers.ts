/**
 * Timers that do nothing once the reader's context is invalid, without registering anything with
 * it. WXT's ctx.setTimeout / ctx.requestAnimationFrame add an abort listener to the context per
 * call and never remove it: one per SPA navigation, per painted page, per pointer frame, kept until
 * the reader ends (the bench's SPA run: the extension's heap grew with every navigation).
 */
interface Validity {
  readonly isValid: boolean;
}

export function afterDelay(ctx: Validity, run: () => void, ms: number): number {
  return window.setTimeout(() => {
    if (ctx.isValid) run();
  }, ms);
}

export function nextFrame(ctx: Validity, run: () => void): number {
  return requestAnimationFrame(() => {
    if (ctx.isValid) run();
  });
}

/** Resolves in a later task (a frame may be painted in between); never, once the reader is gone. */
export function nextTask(ctx: Validity): Promise<void> {
  return new Promise((resolve) => afterDelay(ctx, resolve, 0));
}

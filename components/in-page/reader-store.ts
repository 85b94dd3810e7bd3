import { useSyncExternalStore } from 'react';
import type { ClipState } from './signal-card';

/** What the in-page card shows; owned by the reader, rendered by React. */
export interface CardState {
  /** Index of the signal under the card, or -1 when the card is hidden. */
  index: number;
  pinned: boolean;
  clip: ClipState;
  error: string | null;
}

export const HIDDEN_CARD: CardState = { index: -1, pinned: false, clip: 'idle', error: null };

/** A minimal observable value for React's useSyncExternalStore. */
export class Store<T> {
  private listeners = new Set<() => void>();
  constructor(private value: T) {}
  get = (): T => this.value;
  set(next: T): void {
    if (next === this.value) return;
    this.value = next;
    for (const l of this.listeners) l();
  }
  subscribe = (l: () => void): (() => void) => {
    this.listeners.add(l);
    return () => this.listeners.delete(l);
  };
}

export function useStore<T>(store: Store<T>): T {
  return useSyncExternalStore(store.subscribe, store.get);
}

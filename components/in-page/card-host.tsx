import type { Signal } from '@/lib/analysis-result';
import { SignalCard } from './signal-card';
import { type CardState, type Store, useStore } from './reader-store';

export interface CardHostProps {
  store: Store<CardState>;
  /** The signal of an index in the current analysis (it changes when the page is re-analyzed). */
  signalAt: (index: number) => Signal | undefined;
  display: (text: string) => string;
  onClip: (index: number) => void;
  onClose: () => void;
}

export function CardHost({ store, signalAt, display, onClip, onClose }: CardHostProps) {
  const state = useStore(store);
  const signal = state.index >= 0 ? signalAt(state.index) : undefined;
  if (!signal) return null;
  return (
    <SignalCard
      signal={signal}
      clip={state.clip}
      error={state.error}
      display={display}
      onClip={(e) => {
        // The card sits in the page: a page script could click "Clip" (its synthetic events are not
        // trusted) and fill the reader's library with whatever its page says.
        if (e && !e.nativeEvent.isTrusted) return;
        onClip(state.index);
      }}
      onClose={onClose}
    />
  );
}

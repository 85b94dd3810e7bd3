import type { Signal } from '@/lib/analysis-result';
import { SignalCard } from './signal-card';
import { type CardState, type Store, useStore } from './reader-store';

export interface CardHostProps {
  store: Store<CardState>;
  signals: Signal[];
  display: (text: string) => string;
  onClip: (index: number) => void;
  onClose: () => void;
}

export function CardHost({ store, signals, display, onClip, onClose }: CardHostProps) {
  const state = useStore(store);
  const signal = signals[state.index];
  if (!signal) return null;
  return (
    <SignalCard
      signal={signal}
      clip={state.clip}
      error={state.error}
      display={display}
      onClip={() => onClip(state.index)}
      onClose={onClose}
    />
  );
}

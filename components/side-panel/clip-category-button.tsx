import { useState } from 'react';
import type { Category } from '@/lib/analysis-result';

export interface ClipCategoryButtonProps {
  category: Category;
  label: string;
  /** Signals of the category on the page, and how many of them are already clipped. */
  total: number;
  saved: number;
  /** Clips them all; resolves to a sentence saying what happened. */
  onClip: (category: Category) => Promise<string>;
}

/** "Clip all 3" on a category of "This page"; says the outcome next to itself. */
export function ClipCategoryButton({ category, label, total, saved, onClip }: ClipCategoryButtonProps) {
  const [state, setState] = useState<{ busy: boolean; message: string | null }>({ busy: false, message: null });
  const all = saved >= total;
  const click = async () => {
    setState({ busy: true, message: null });
    setState({ busy: false, message: await onClip(category) });
  };
  return (
    <span className="clip-all">
      <button type="button" onClick={() => void click()} disabled={state.busy || all} aria-label={all ? `All ${label} signals are clipped` : `Clip all ${total} ${label} signals`}>
        {all ? 'All clipped' : state.busy ? 'Clipping…' : `Clip all ${total}`}
      </button>
      <span className="clip-all__result" role="status">{state.message}</span>
    </span>
  );
}

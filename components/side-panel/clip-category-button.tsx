import { useState } from 'react';
import type { Category } from '@/lib/analysis-result';

export interface ClipCategoryButtonProps {
  category: Category;
  label: string;
  /** Signals of the category on the page, and how many of them are already clipped. */
  total: number;
  saved: number;
  /**
   * The list is cut ("Showing the first N of M": the stored analysis keeps only the first signals
   * of a very long page): the button clips the signals listed, not all the page has, and says so.
   */
  listCut?: boolean;
  /** Clips them all; resolves to a sentence saying what happened. */
  onClip: (category: Category) => Promise<string>;
}

/** "Clip all 3" (or "Clip the 3 listed") on a category of "This page"; says the outcome next to itself. */
export function ClipCategoryButton({ category, label, total, saved, listCut = false, onClip }: ClipCategoryButtonProps) {
  const [state, setState] = useState<{ busy: boolean; message: string | null }>({ busy: false, message: null });
  const all = saved >= total;
  const click = async () => {
    setState({ busy: true, message: null });
    setState({ busy: false, message: await onClip(category) });
  };
  return (
    <span className="clip-all">
      <button type="button" onClick={() => void click()} disabled={state.busy || all} aria-label={ariaLabel(label, total, all, listCut)}>
        {all ? (listCut ? 'All listed clipped' : 'All clipped') : state.busy ? 'Clipping…' : listCut ? `Clip the ${total} listed` : `Clip all ${total}`}
      </button>
      <span className="clip-all__result" role="status">{state.message}</span>
    </span>
  );
}

function ariaLabel(label: string, total: number, all: boolean, listCut: boolean): string {
  if (!listCut) return all ? `All ${label} signals are clipped` : `Clip all ${total} ${label} signals`;
  return all ? `All listed ${label} signals are clipped (the page has more than the list shows)` : `Clip the ${total} listed ${label} signals (the page has more than the list shows)`;
}

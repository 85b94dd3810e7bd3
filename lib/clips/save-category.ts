import type { AnalysisResult, Category } from '../analysis-result';
import type { ClipDatabase } from './clip-db';
import { clipFromSignal } from './clip-from-signal';
import { saveClip } from './save-clip';

export interface SaveCategoryResult {
  /** Signals of the category clipped now. */
  created: number;
  /** Signals of the category that were already clipped. */
  existing: number;
}

/** Clips every signal of `category` on the analyzed page; a signal already clipped stays one clip. */
export async function saveCategory(db: ClipDatabase, result: AnalysisResult, category: Category, pageUrl: string): Promise<SaveCategoryResult> {
  let created = 0;
  let existing = 0;
  for (const signal of result.signals.filter((s) => s.category === category)) {
    const saved = await saveClip(db, clipFromSignal(result, signal, pageUrl));
    if (saved.created) created += 1;
    else existing += 1;
  }
  return { created, existing };
}

import type { Category } from '@/lib/analysis-result';
import { SaveCategoryReply, sendToExtension } from '@/lib/messages';

const clips = (n: number) => `${n} ${n === 1 ? 'clip' : 'clips'}`;

/** Asks the background to clip every signal of `category` in the tab; says what happened. */
export async function clipCategory(tabId: number, category: Category): Promise<string> {
  try {
    const reply = SaveCategoryReply.safeParse(await sendToExtension({ type: 'clips:save-category', tabId, category }));
    if (!reply.success) return 'Could not clip: no answer from Lodestone.';
    if (!reply.data.ok) return `Could not clip: ${reply.data.error}`;
    const { created, existing } = reply.data;
    return existing ? `Clipped ${created}; ${clips(existing)} already saved.` : `Clipped ${created}.`;
  } catch (err) {
    console.debug('[lodestone] clip category', err);
    return 'Could not clip: Lodestone did not answer.';
  }
}

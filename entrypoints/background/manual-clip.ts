import type { AnalysisResult } from '@/lib/analysis-result';
import type { ClipDatabase } from '@/lib/clips/clip-db';
import { clipFromSelection, type SelectionQuote } from '@/lib/clips/clip-from-selection';
import { saveClip } from '@/lib/clips/save-clip';
import { storageErrorText } from '@/lib/clips/storage-error';
import { ClipTargetReply, type ManualClipReply, sendToTab } from '@/lib/messages';
import { analyzeHtml } from './analyze-html';
import { ensureReader } from './reader-injection';
import { getTabAnalysis, setTabAnalysis } from './tab-analyses';

/** What the context menu knows when the selection is in a frame the reader does not run in. */
export interface SelectionHint {
  frameId?: number;
  selectionText?: string;
  pageUrl?: string;
}

/** A page with no readable article: the analysis then assesses the publisher by its domain only. */
const EMPTY_PAGE = '<!doctype html><html><head><title></title></head><body></body></html>';

async function notice(tabId: number, text: string, tone: 'ok' | 'error'): Promise<void> {
  // The reader refuses a notice over 300 characters (ReaderNotice): a long error must still be shown.
  const shown = text.length > 300 ? `${text.slice(0, 299)}…` : text;
  await sendToTab(tabId, { type: 'reader:notice', text: shown, tone }).catch(() => {});
}

/**
 * The analysis the clip is labelled from: the tab's own, or one made now from the serialized page
 * (or, without it, from the URL alone: the registry still names the publisher by its domain). The
 * analysis runs where every analysis runs (offscreen document / Firefox background), so the
 * service worker never loads the registry itself.
 */
async function analysisFor(tabId: number, pageUrl: string, html: string | undefined): Promise<AnalysisResult | null> {
  const known = await getTabAnalysis(tabId);
  if (known) return known;
  const reply = await analyzeHtml(html ?? EMPTY_PAGE, pageUrl).catch(() => null);
  if (!reply?.ok) return null;
  if (html) await setTabAnalysis(tabId, reply.result);
  return reply.result;
}

async function quoteFromTab(tabId: number, hint: SelectionHint): Promise<ClipTargetReply | null> {
  // The reader runs in the top frame only; a selection in a frame comes from the menu's text.
  if (hint.frameId && hint.selectionText) {
    return { kind: 'selection', quote: { exact: hint.selectionText, prefix: '', suffix: '' }, pageUrl: hint.pageUrl ?? '' };
  }
  if (!(await ensureReader(tabId))) return null;
  const withHtml = (await getTabAnalysis(tabId)) === null;
  const parsed = ClipTargetReply.safeParse(await sendToTab(tabId, { type: 'reader:clip-target', withHtml }).catch(() => null));
  if (parsed.success) return parsed.data;
  return hint.selectionText ? { kind: 'selection', quote: { exact: hint.selectionText, prefix: '', suffix: '' }, pageUrl: hint.pageUrl ?? '' } : null;
}

/**
 * "Clip to Lodestone" (context menu, the clip shortcut, the reader's in-page clip key): clips the
 * selection of the tab by hand — with the category of the detected signal it is, or
 * "unclassified", the source label and the link — or, with no selection, the reader's focused
 * signal. Works on any page: the reader is injected on demand. The reader shows the outcome.
 */
export async function clipSelectionInTab(
  db: ClipDatabase,
  tabId: number,
  hint: SelectionHint = {},
): Promise<ManualClipReply | { ok: boolean; focusedSignal: true }> {
  const target = await quoteFromTab(tabId, hint);
  if (!target) return { ok: false, error: 'Lodestone cannot read this page.' };
  // No selection: the reader clipped its focused signal through the usual path, and said so.
  if (target.kind === 'signal') return { ok: target.ok, focusedSignal: true };
  if (target.kind === 'none' || !target.pageUrl) {
    const error = 'Select the text to clip first, then use “Clip to Lodestone”.';
    await notice(tabId, error, 'error');
    return { ok: false, error };
  }
  const result = await analysisFor(tabId, target.pageUrl, target.html);
  if (!result) {
    const error = 'Lodestone could not read this page to label the clip.';
    await notice(tabId, error, 'error');
    return { ok: false, error };
  }
  const built = clipFromSelection(result, target.quote as SelectionQuote, target.pageUrl);
  if (!built.ok) {
    await notice(tabId, built.error, 'error');
    return built;
  }
  try {
    const { clip, created } = await saveClip(db, built.clip);
    await sendToTab(tabId, { type: 'reader:clips-changed' }).catch(() => {});
    const label = clip.category === 'unclassified' ? 'unclassified' : clip.category.replace(/-/g, ' ');
    await notice(tabId, created ? `Clipped to Lodestone (${label}).` : 'Already in your Lodestone library.', 'ok');
    return { ok: true, id: clip.id, created, category: clip.category };
  } catch (err) {
    console.error('[lodestone] manual clip', err);
    const error = `Not saved: ${storageErrorText(err)}`;
    await notice(tabId, error, 'error');
    return { ok: false, error };
  }
}

import { sendToExtension } from '@/lib/messages';
import { READER_UI_GLOBAL, type ReaderUiApi } from './ui-api';

let loading: Promise<ReaderUiApi> | null = null;

function installed(): ReaderUiApi | undefined {
  return (globalThis as Record<string, unknown>)[READER_UI_GLOBAL] as ReaderUiApi | undefined;
}

/**
 * The reader's UI, injected by the background on first need (a banner, a hovered signal, a
 * notice). React is ~210 KB of the reader's ~330 KB: compiled and run before the first
 * highlight, it was most of the reader's main-thread time on an article (bench, docs/bench.md).
 * Loaded once per page; a failed load is retried on the next need.
 */
export function loadReaderUi(): Promise<ReaderUiApi> {
  loading ??= (async () => {
    const ready = installed();
    if (ready) return ready;
    await sendToExtension({ type: 'reader:load-ui' });
    const api = installed();
    if (!api) throw new Error('the reader UI did not load');
    return api;
  })().catch((err: unknown) => {
    loading = null;
    throw err;
  });
  return loading;
}

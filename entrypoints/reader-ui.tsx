import { createBanner, mountCard, mountToast } from './reader.content/mount-ui';
import { READER_UI_GLOBAL, type ReaderUiApi } from './reader.content/ui-api';

/**
 * The reader's UI: the source banner, the signal card and the notice (React, in shadow roots).
 * Injected by the background when the reader first needs one (entrypoints/reader.content/load-ui.ts),
 * into the same isolated world, where it leaves its mount functions for the reader.
 */
export default defineUnlistedScript(() => {
  const api: ReaderUiApi = { createBanner, mountCard, mountToast };
  (globalThis as Record<string, unknown>)[READER_UI_GLOBAL] = api;
});

import type { createBanner, mountCard, mountToast } from './mount-ui';

/**
 * What the reader's UI script (entrypoints/reader-ui.tsx: React and the in-page components) puts
 * on the content scripts' isolated world for the reader. Types only here: importing mount-ui's
 * code would put React back into the reader's bundle.
 */
export interface ReaderUiApi {
  createBanner: typeof createBanner;
  mountCard: typeof mountCard;
  mountToast: typeof mountToast;
}

/** The isolated world's global that holds it (content scripts of one extension share that world; pages never see it). */
export const READER_UI_GLOBAL = '__lodestoneReaderUi';

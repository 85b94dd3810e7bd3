import * as z from 'zod/mini';
import { storage } from 'wxt/utils/storage';
import { ClipCategory } from './clips/clip-schema';

/**
 * Saved clips of a tab's page that the reader could not find there any more (the page changed),
 * in session storage per tab like the tab's analysis: the background writes what the reader
 * reports, the side panel lists them as "not found on this page" — a clip is never dropped
 * silently.
 */
export const OrphanedClip = z.object({
  id: z.string(),
  text: z.string(),
  category: ClipCategory,
  createdAt: z.number(),
});
export type OrphanedClip = z.infer<typeof OrphanedClip>;

export const TabOrphans = z.object({ url: z.string(), clips: z.array(OrphanedClip) });
export type TabOrphans = z.infer<typeof TabOrphans>;

export function tabOrphansKey(tabId: number): `session:orphans-${number}` {
  return `session:orphans-${tabId}`;
}

export async function setTabOrphans(tabId: number, value: TabOrphans | null): Promise<void> {
  if (value && value.clips.length > 0) await storage.setItem(tabOrphansKey(tabId), value);
  else await storage.removeItem(tabOrphansKey(tabId));
}

function parse(raw: unknown): TabOrphans | null {
  const parsed = TabOrphans.safeParse(raw);
  return parsed.success ? parsed.data : null;
}

export async function getTabOrphans(tabId: number): Promise<TabOrphans | null> {
  return parse(await storage.getItem(tabOrphansKey(tabId)));
}

/** Calls `cb` with the tab's orphans now and on every change; returns the unwatch function. */
export function watchTabOrphans(tabId: number, cb: (value: TabOrphans | null) => void): () => void {
  let alive = true;
  void getTabOrphans(tabId).then((v) => alive && cb(v));
  const unwatch = storage.watch(tabOrphansKey(tabId), (raw) => cb(parse(raw)));
  return () => {
    alive = false;
    unwatch();
  };
}

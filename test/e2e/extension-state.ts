// What the built extension holds and hears, read through its service worker (worker.evaluate runs
// in the extension's origin): the clips in IndexedDB, extension storage, and a count of the runtime
// messages the service worker receives (a listener added beside the extension's own; it answers
// nothing, so it changes no outcome).
import type { Page, Worker } from 'playwright-core';
import type { Harness } from './harness';

// `chrome` inside worker.evaluate callbacks: they run in the extension's service worker.
declare const chrome: typeof import('wxt/browser').browser;

export interface StoredClip {
  id: string;
  text: string;
  category: string;
  origin: string;
  url: string;
  pageUrl: string;
  sourceLabel: string;
  textFragmentUrl: string;
  note: string;
  tags: string[];
  article: { title: string | null; siteName: string | null; byline: string | null };
  updatedAt: number;
}

/** Every clip row in the extension's database (raw IndexedDB: no Dexie in the test). */
export async function storedClips(h: Harness): Promise<StoredClip[]> {
  return clipRows(h.worker);
}

/**
 * The clip rows, read in any extension context: the service worker, or an extension page (tests
 * that stop the worker read through a page).
 */
export async function clipRows(from: Page | Worker): Promise<StoredClip[]> {
  return storeRows<StoredClip>(from, 'clips');
}

/** Every row of one object store of the extension's database (raw IndexedDB: no Dexie in the test); none when the store does not exist. */
export async function storeRows<T>(from: Page | Worker, store: string): Promise<T[]> {
  const read = (name: string) =>
    new Promise<T[]>((resolve, reject) => {
      const open = indexedDB.open('lodestone');
      open.onerror = () => reject(open.error);
      open.onsuccess = () => {
        const db = open.result;
        if (!db.objectStoreNames.contains(name)) {
          db.close();
          resolve([]);
          return;
        }
        const all = db.transaction(name).objectStore(name).getAll();
        all.onsuccess = () => {
          resolve(all.result as T[]);
          db.close();
        };
        all.onerror = () => reject(all.error);
      };
    });
  // Two evaluate signatures (Page's and Worker's) that TypeScript will not unite: one narrowed here.
  return (from as Worker).evaluate(read, store);
}

/** Everything in one area of extension storage. */
export async function extensionStorage(h: Harness, area: 'local' | 'session'): Promise<Record<string, unknown>> {
  return h.worker.evaluate((a) => chrome.storage[a].get(null), area);
}

/** Starts counting the messages the service worker receives, by type; read them with `receivedMessages`. */
export async function countMessages(h: Harness): Promise<void> {
  await h.worker.evaluate(() => {
    const g = globalThis as unknown as { __lodestoneSeen?: Record<string, number>; __lodestoneErrors?: string[] };
    if (g.__lodestoneSeen) return;
    // No prototype: a message may be typed "constructor" or "__proto__".
    g.__lodestoneSeen = Object.create(null) as Record<string, number>;
    g.__lodestoneErrors = [];
    chrome.runtime.onMessage.addListener((msg: unknown) => {
      const type = typeof (msg as { type?: unknown } | null)?.type === 'string' ? (msg as { type: string }).type : '(other)';
      g.__lodestoneSeen![type] = (g.__lodestoneSeen![type] ?? 0) + 1;
      return false;
    });
    // Uncaught errors of the service worker itself.
    self.addEventListener('error', (e) => g.__lodestoneErrors!.push(String((e as ErrorEvent).message)));
    self.addEventListener('unhandledrejection', (e) => g.__lodestoneErrors!.push(String((e as PromiseRejectionEvent).reason)));
  });
}

/** Messages received so far by type (a Map: types such as "__proto__" are keys like any other), and uncaught errors. */
export async function receivedMessages(h: Harness): Promise<{ seen: Map<string, number>; total: number; errors: string[] }> {
  const { entries, errors } = await h.worker.evaluate(() => {
    const g = globalThis as unknown as { __lodestoneSeen?: Record<string, number>; __lodestoneErrors?: string[] };
    // Entries, not an object: a "__proto__" key would not survive the trip back as an own property.
    return { entries: Object.entries(g.__lodestoneSeen ?? {}), errors: [...(g.__lodestoneErrors ?? [])] };
  });
  const seen = new Map(entries);
  return { seen, total: entries.reduce((sum, [, n]) => sum + n, 0), errors };
}

export async function tabIdOf(h: Harness, url: string): Promise<number> {
  return h.worker.evaluate(async (u) => (await chrome.tabs.query({ url: u }))[0]!.id!, url);
}

/**
 * The extension's service worker as it runs now (h.worker is the first one; a test that stops the
 * worker needs the next). With none running, a message from the extension page `wake` starts one.
 */
export async function liveWorker(h: Harness, wake: Page): Promise<Worker> {
  const ours = (w: Worker) => w.url().startsWith(`chrome-extension://${h.extensionId}/`);
  const alive = h.context.serviceWorkers().find(ours);
  if (alive) return alive;
  const [worker] = await Promise.all([
    h.context.waitForEvent('serviceworker', { predicate: ours, timeout: 15_000 }),
    wake.evaluate(() => chrome.runtime.sendMessage({ type: '(wake up)' }).catch(() => {})),
  ]);
  return worker;
}

import * as z from 'zod/mini';
import { storage } from 'wxt/utils/storage';
import { CATEGORIES, Category } from './analysis-result';

/**
 * The reader's settings, in extension storage (`local:settings`), validated with defaults where
 * they are read: a missing, old or corrupt value falls back field by field, never throws.
 */
export const Settings = z.object({
  /** Hosts (registrable domains) where the source banner was dismissed. */
  bannerDismissedSites: z._default(z.array(z.string().check(z.maxLength(253))).check(z.maxLength(5_000)), []),
  /** Hosts where Lodestone does nothing at all. */
  disabledSites: z._default(z.array(z.string().check(z.maxLength(253))).check(z.maxLength(5_000)), []),
  categories: z._default(z.array(Category), [...CATEGORIES]),
  /** Minimum confidence of a highlighted signal. */
  sensitivity: z._default(z.number().check(z.gte(0), z.lte(1)), 0.5),
});
export type Settings = z.infer<typeof Settings>;

export const DEFAULT_SETTINGS: Settings = Settings.parse({});

const settingsItem = storage.defineItem<unknown>('local:settings', { fallback: {} });

/** Parses stored settings; each invalid field falls back to `fallback`'s (the defaults, or the current settings on an update). */
export function parseSettings(raw: unknown, fallback: Settings = DEFAULT_SETTINGS): Settings {
  const parsed = Settings.safeParse(raw ?? {});
  if (parsed.success) return parsed.data;
  // Keep what is valid of a damaged value rather than resetting the reader's choices.
  const out: Record<string, unknown> = { ...fallback };
  if (raw && typeof raw === 'object') {
    for (const [key, field] of Object.entries(Settings.shape)) {
      const r = (field as z.ZodMiniType).safeParse((raw as Record<string, unknown>)[key]);
      if (r.success) out[key] = r.data;
    }
  }
  return out as Settings;
}

export async function readSettings(): Promise<Settings> {
  return parseSettings(await settingsItem.getValue());
}

export async function updateSettings(change: (s: Settings) => Partial<Settings>): Promise<Settings> {
  const current = await readSettings();
  const next = parseSettings({ ...current, ...change(current) }, current);
  await settingsItem.setValue(next);
  return next;
}

export function watchSettings(cb: (s: Settings) => void): () => void {
  return settingsItem.watch((v) => cb(parseSettings(v)));
}

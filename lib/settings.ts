import * as z from 'zod/mini';
import { storage } from 'wxt/utils/storage';
import { CATEGORIES, Category } from './analysis-result';
import { HIGHLIGHT_STYLES } from './highlights/category-style';
import { LOG_RETENTIONS } from './reading-log/logged-signal';

/** How often the optional automatic backup runs (lib/clips/backup.ts). */
export const BACKUP_INTERVALS = ['off', 'day', 'week'] as const;
export type BackupInterval = (typeof BACKUP_INTERVALS)[number];

/**
 * The reader's settings, in extension storage (`local:settings`), validated with defaults where
 * they are read: a missing, old or corrupt value falls back field by field, never throws.
 */
export const Settings = z.object({
  /** Hosts (registrable domains) where the source banner was dismissed. */
  bannerDismissedSites: z._default(z.array(z.string().check(z.maxLength(253))).check(z.maxLength(5_000)), []),
  /** Hosts where Lodestone does nothing at all. */
  disabledSites: z._default(z.array(z.string().check(z.maxLength(253))).check(z.maxLength(5_000)), []),
  /** Hosts whose every page is analyzed, even when the gate's quick look finds no rare-earth cue. */
  enabledSites: z._default(z.array(z.string().check(z.maxLength(253))).check(z.maxLength(5_000)), []),
  categories: z._default(z.array(Category), [...CATEGORIES]),
  /** Minimum confidence of a highlighted signal. */
  sensitivity: z._default(z.number().check(z.gte(0), z.lte(1)), 0.5),
  /** How highlighted sentences are marked: a fill behind the text or an underline under it. */
  highlightStyle: z._default(z.enum(HIGHLIGHT_STYLES), 'fill'),
  /**
   * Show the source banner on every article from a state-linked publisher, not only on rare-earth
   * articles (the page is then analyzed for its source only: no signals are highlighted).
   */
  bannerOnEveryArticle: z._default(z.boolean(), false),
  /**
   * Save a copy of the library to the Downloads folder this often (needs the optional `downloads`
   * permission, asked for when the reader turns it on; see lib/clips/backup.ts).
   */
  backupEvery: z._default(z.enum(BACKUP_INTERVALS), 'off'),
  /**
   * "Keep the signals of every rare-earth article I read" (lib/reading-log/): off by default, a
   * record of reading is the reader's choice to make.
   */
  readingLog: z._default(z.boolean(), false),
  /** How long the reading log keeps a signal. */
  readingLogRetention: z._default(z.enum(LOG_RETENTIONS), '1-year'),
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

/** Updates in this context run one after another (see updateSettings). */
let updating: Promise<unknown> = Promise.resolve();

/**
 * Reads, changes and stores the settings. Each update waits for the previous one of this context:
 * two quick changes (a checkbox, then the slider) would otherwise both read the old value and the
 * second write would undo the first.
 */
export function updateSettings(change: (s: Settings) => Partial<Settings>): Promise<Settings> {
  const run = updating.then(async () => {
    const current = await readSettings();
    const next = parseSettings({ ...current, ...change(current) }, current);
    await settingsItem.setValue(next);
    return next;
  });
  updating = run.catch(() => {});
  return run;
}

export function watchSettings(cb: (s: Settings) => void): () => void {
  return settingsItem.watch((v) => cb(parseSettings(v)));
}

/** The host as settings name it: lower case, without a leading "www.". */
export function siteOf(urlOrHost: string): string {
  let host = urlOrHost.trim().toLowerCase();
  try {
    if (/^[a-z][a-z0-9+.-]*:\/\//.test(host)) host = new URL(host).hostname;
  } catch {
    return '';
  }
  return host.replace(/^www\./, '').replace(/\.$/, '');
}

const HOST = /^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)*[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;

/**
 * A site as the reader typed it ("https://www.Example.com/news", "example.com") in the form the
 * settings keep ("example.com"), or null when it is not a host name.
 */
export function normalizeSite(input: string): string | null {
  const trimmed = input.trim();
  if (!trimmed) return null;
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(trimmed) ? trimmed : `http://${trimmed}`;
  let host: string;
  try {
    host = new URL(withScheme).hostname;
  } catch {
    return null;
  }
  const site = siteOf(host);
  return HOST.test(site) ? site : null;
}

/** Whether `host` is one of `sites` or a subdomain of one ("news.example.com" is in "example.com"). */
export function siteListed(host: string, sites: readonly string[]): boolean {
  const site = siteOf(host);
  return site !== '' && sites.some((s) => site === s || site.endsWith(`.${s}`));
}

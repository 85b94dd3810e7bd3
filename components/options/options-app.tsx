import type { ReactNode } from 'react';
import { CATEGORIES, type Category } from '@/lib/analysis-result';
import { CATEGORY_STYLES, type HighlightStyle } from '@/lib/highlights/category-style';
import { readerKeyLabel } from '@/lib/highlights/reader-keys';
import type { Settings } from '@/lib/settings';
import { BackupField, type BackupFieldProps } from './backup-field';
import { ReadingLogField, type ReadingLogFieldProps } from './reading-log-field';
import { SiteListField } from './site-list-field';

export interface OptionsAppProps {
  settings: Settings;
  /** Validates and stores a change (lib/settings.ts updateSettings); open pages follow it. */
  onChange: (change: Partial<Settings>) => Promise<void>;
  /** The automatic backup (its permission is asked for by the page, so it comes with its own handler). */
  backup?: Omit<BackupFieldProps, 'every'>;
  /** The reading log's size and "forget" (the page opens the database). */
  readingLog?: Pick<ReadingLogFieldProps, 'count' | 'onForget'>;
  /** Shown above the settings: the missing-site-access notice (components/site-access/). */
  notice?: ReactNode;
}

const STYLES: { value: HighlightStyle; label: string; help: string }[] = [
  { value: 'fill', label: 'Fill', help: 'A coloured background behind the sentence.' },
  { value: 'underline', label: 'Underline', help: 'A coloured line under the sentence; the page keeps its own colours.' },
];

/** The options page: which signals are highlighted and how, and where Lodestone runs. */
export function OptionsApp({ settings, onChange, backup, readingLog, notice }: OptionsAppProps) {
  const toggleCategory = (category: Category, on: boolean) => {
    const next = on ? [...settings.categories, category] : settings.categories.filter((c) => c !== category);
    // Keep the taxonomy's order, so the stored list does not depend on the order of clicks.
    void onChange({ categories: CATEGORIES.filter((c) => next.includes(c)) });
  };
  const percent = Math.round(settings.sensitivity * 100);
  return (
    <main className="options">
      <h1>Lodestone options</h1>
      <p className="options__lead">Changes apply at once to every open page. Everything stays on this device.</p>
      {notice}

      <section aria-labelledby="highlights-head">
        <h2 id="highlights-head">Highlights</h2>
        <fieldset className="field">
          <legend className="field__label">Categories shown</legend>
          <div className="categories">
            {CATEGORIES.map((category) => (
              <label key={category} className="category">
                <input
                  type="checkbox"
                  checked={settings.categories.includes(category)}
                  onChange={(e) => toggleCategory(category, e.target.checked)}
                />
                <span className="swatch" style={{ background: CATEGORY_STYLES[category].light }} aria-hidden="true" />
                {CATEGORY_STYLES[category].label}
              </label>
            ))}
          </div>
          <div className="field__actions">
            <button type="button" onClick={() => void onChange({ categories: [...CATEGORIES] })}>Show all</button>
            <button type="button" onClick={() => void onChange({ categories: [] })}>Show none</button>
          </div>
        </fieldset>

        <div className="field">
          <label htmlFor="sensitivity" className="field__label">Sensitivity</label>
          <p className="field__help" id="sensitivity-help">
            Highlight signals the analysis is at least <strong>{percent}%</strong> confident about. Lower shows more, higher shows
            only the clearest.
          </p>
          <input
            id="sensitivity"
            type="range"
            min={0}
            max={1}
            step={0.05}
            value={settings.sensitivity}
            aria-describedby="sensitivity-help"
            aria-valuetext={`${percent}%`}
            onChange={(e) => void onChange({ sensitivity: Number(e.target.value) })}
          />
        </div>

        <fieldset className="field">
          <legend className="field__label">Highlight style</legend>
          {STYLES.map((s) => (
            <label key={s.value} className="style">
              <input
                type="radio"
                name="highlight-style"
                value={s.value}
                checked={settings.highlightStyle === s.value}
                onChange={() => void onChange({ highlightStyle: s.value })}
              />
              <span className={`style__sample style__sample--${s.value}`}>{s.label}</span>
              <span className="field__help">{s.help}</span>
            </label>
          ))}
        </fieldset>
      </section>

      <section aria-labelledby="sites-head">
        <h2 id="sites-head">Sites</h2>
        <SiteListField
          label="Never run on these sites"
          help="One site per line (example.com also covers news.example.com). Lodestone neither analyzes nor highlights there."
          sites={settings.disabledSites}
          onSave={(disabledSites) => onChange({ disabledSites })}
        />
        <SiteListField
          label="Always analyze these sites"
          help="Every page of these sites is analyzed, even when its first lines do not look like a rare-earth article."
          sites={settings.enabledSites}
          onSave={(enabledSites) => onChange({ enabledSites })}
        />
        <SiteListField
          label="Source banner dismissed on"
          help="Remove a site to see its source banner again."
          sites={settings.bannerDismissedSites}
          onSave={(bannerDismissedSites) => onChange({ bannerDismissedSites })}
        />
      </section>

      {(backup || readingLog) && (
        <section aria-labelledby="backup-head">
          <h2 id="backup-head">Your data</h2>
          {backup && <BackupField every={settings.backupEvery} {...backup} />}
          {readingLog && (
            <ReadingLogField on={settings.readingLog} retention={settings.readingLogRetention} onChange={(c) => void onChange(c)} {...readingLog} />
          )}
          <p className="field__help">
            Clips, settings and label corrections stay on this device: Lodestone sends nothing anywhere. Export or import your
            clips in the side panel’s Library.
          </p>
        </section>
      )}

      <section aria-labelledby="keys-head">
        <h2 id="keys-head">Keyboard</h2>
        <table className="keys">
          <tbody>
            <tr><td><kbd>{readerKeyLabel('next')}</kbd> / <kbd>{readerKeyLabel('previous')}</kbd></td><td>Next / previous highlighted signal</td></tr>
            <tr><td><kbd>{readerKeyLabel('clip')}</kbd></td><td>Clip the selected text, or the focused signal</td></tr>
            <tr><td><kbd>{readerKeyLabel('toggle')}</kbd></td><td>Hide or show the highlights</td></tr>
          </tbody>
        </table>
        <p className="field__help">
          These keys work in the page, never while you type in a field. “Clip to Lodestone” is also in the menu of a text selection,
          and its shortcut (and the others) can be changed in <code>chrome://extensions/shortcuts</code>.
        </p>
      </section>
    </main>
  );
}

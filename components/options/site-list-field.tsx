import { useEffect, useId, useState } from 'react';
import { normalizeSite } from '@/lib/settings';

export interface SiteListFieldProps {
  label: string;
  help: string;
  sites: readonly string[];
  onSave: (sites: string[]) => Promise<void>;
}

/** Parses one site per line; returns the sites, or the lines that are not host names. */
export function parseSiteLines(text: string): { sites: string[]; invalid: string[] } {
  const sites: string[] = [];
  const invalid: string[] = [];
  for (const line of text.split(/\r?\n/)) {
    if (!line.trim()) continue;
    const site = normalizeSite(line);
    if (site) sites.push(site);
    else invalid.push(line.trim());
  }
  return { sites: [...new Set(sites)], invalid };
}

/**
 * A list of sites, one per line, saved with its button. Lines that are not host names are named
 * in the error and nothing is saved: the text stays as typed, so nothing is lost.
 */
export function SiteListField({ label, help, sites, onSave }: SiteListFieldProps) {
  const id = useId();
  const [text, setText] = useState(sites.join('\n'));
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [dirty, setDirty] = useState(false);
  // Follow changes made elsewhere (another options tab, the banner's "dismiss") unless editing.
  useEffect(() => {
    if (!dirty) setText(sites.join('\n'));
  }, [sites, dirty]);

  const save = async () => {
    const parsed = parseSiteLines(text);
    if (parsed.invalid.length > 0) {
      setError(`Not a site name: ${parsed.invalid.map((l) => `“${l}”`).join(', ')}. Nothing was saved.`);
      setStatus(null);
      return;
    }
    await onSave(parsed.sites);
    setError(null);
    setDirty(false);
    setText(parsed.sites.join('\n'));
    setStatus(`Saved (${parsed.sites.length} ${parsed.sites.length === 1 ? 'site' : 'sites'}).`);
  };

  return (
    <div className="field">
      <label htmlFor={id} className="field__label">{label}</label>
      <p className="field__help" id={`${id}-help`}>{help}</p>
      <textarea
        id={id}
        rows={4}
        spellCheck={false}
        placeholder="example.com"
        aria-describedby={`${id}-help`}
        aria-invalid={error ? true : undefined}
        value={text}
        onChange={(e) => {
          setText(e.target.value);
          setDirty(true);
          setStatus(null);
        }}
      />
      <div className="field__actions">
        <button type="button" onClick={() => void save()} disabled={!dirty}>Save</button>
        {error && <span className="field__error" role="alert">{error}</span>}
        {status && !error && <span className="field__status" role="status">{status}</span>}
      </div>
    </div>
  );
}

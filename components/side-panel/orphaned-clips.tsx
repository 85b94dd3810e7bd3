import { useEffect, useState } from 'react';
import { readableText } from '@/lib/analysis/repair-mojibake';
import { CATEGORY_STYLES } from '@/lib/highlights/category-style';
import { type TabOrphans, watchTabOrphans } from '@/lib/orphaned-clips';
import './orphaned-clips.css';

/** The saved clips the reader could not find on the tab's page, kept current from session storage. */
function useTabOrphans(tabId: number | null): TabOrphans | null {
  const [orphans, setOrphans] = useState<TabOrphans | null>(null);
  useEffect(() => {
    setOrphans(null);
    if (tabId === null) return;
    return watchTabOrphans(tabId, setOrphans);
  }, [tabId]);
  return orphans;
}

const DATE = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });

/**
 * "Not found on this page": clips saved from this page whose text the page no longer has (it was
 * edited, or the sentence sits behind a "read more" that is closed). They stay in the library;
 * this list says so instead of dropping them silently.
 */
export function OrphanedClips({ tabId }: { tabId: number | null }) {
  const orphans = useTabOrphans(tabId);
  if (!orphans || orphans.clips.length === 0) return null;
  const n = orphans.clips.length;
  return (
    <section className="orphans" aria-labelledby="orphans-head">
      <h3 id="orphans-head" className="orphans__head">
        Not found on this page <span className="orphans__count">{n}</span>
      </h3>
      <p className="orphans__help">
        {n === 1 ? 'This clip was' : 'These clips were'} saved from this page, but the page no longer shows the text. {n === 1 ? 'It stays' : 'They stay'} in your library.
      </p>
      <ul className="orphans__list">
        {orphans.clips.map((clip) => (
          <li key={clip.id} className="orphans__item">
            <q>{readableText(clip.text)}</q>
            <span className="orphans__meta">
              {clip.category === 'unclassified' ? 'Unclassified' : CATEGORY_STYLES[clip.category].label} · clipped {DATE.format(clip.createdAt)}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}

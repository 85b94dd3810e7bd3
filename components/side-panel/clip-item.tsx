import type { Clip } from '@/lib/clips/clip-schema';
import { readableText } from '@/lib/analysis/repair-mojibake';
import { CATEGORY_STYLES } from '@/lib/highlights/category-style';

export function ClipItem({ clip }: { clip: Clip }) {
  const style = clip.category === 'unclassified' ? null : CATEGORY_STYLES[clip.category];
  return (
    <li className="clip">
      <div className="clip__meta">
        <span className="chip" style={{ background: style?.light ?? '#e2e5ea' }}>{style?.label ?? 'Unclassified'}</span>
        <span className="clip__site">{clip.site}</span>
        <time className="clip__date" dateTime={new Date(clip.createdAt).toISOString()}>
          {new Date(clip.createdAt).toLocaleDateString(undefined, { year: 'numeric', month: 'short', day: 'numeric' })}
        </time>
      </div>
      <blockquote className="clip__text">{readableText(clip.text)}</blockquote>
      <p className="clip__source">{readableText(clip.sourceLabel)}</p>
      <a className="clip__open" href={clip.textFragmentUrl} target="_blank" rel="noopener noreferrer">
        Open at the passage{clip.article.title ? ` — ${readableText(clip.article.title)}` : ''}
      </a>
    </li>
  );
}

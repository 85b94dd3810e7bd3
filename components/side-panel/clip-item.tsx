import type { CSSProperties, KeyboardEvent, Ref } from 'react';
import { readableText } from '@/lib/analysis/repair-mojibake';
import { MAX_NOTE, type Clip } from '@/lib/clips/clip-schema';
import { CategoryChip } from './category-chip';
import { TagInput } from './tag-input';

/** What a clip row can ask of the library; every handler takes the clip's id or the clip. */
export interface ClipHandlers {
  /** Opens (draft = current text), updates (draft) or closes (null) the note editor. */
  draftNote: (id: string, draft: string | null) => void;
  saveNote: (id: string, note: string) => void;
  /** Opens (id) or closes (null) the tag input. */
  editTags: (id: string | null) => void;
  addTag: (id: string, tag: string) => void;
  removeTag: (id: string, tag: string) => void;
  remove: (clip: Clip) => void;
  copy: (clip: Clip) => void;
  /** Keys pressed while the row itself has the focus (list navigation and row shortcuts). */
  rowKeyDown: (e: KeyboardEvent<HTMLLIElement>, clip: Clip) => void;
  focusRow: (id: string) => void;
}

export interface ClipItemProps {
  clip: Clip;
  /** Row index in the virtual list (measured by the virtualizer through data-index). */
  index: number;
  setSize: number;
  /** The row that Tab reaches in the list (roving tabindex). */
  tabbable: boolean;
  /** The note being edited, or null when the editor is closed. */
  noteDraft: string | null;
  addingTag: boolean;
  tagOptions: readonly string[];
  handlers: ClipHandlers;
  style?: CSSProperties;
  ref?: Ref<HTMLLIElement>;
}

const DATE = new Intl.DateTimeFormat(undefined, { year: 'numeric', month: 'short', day: 'numeric' });

/** One clip in the library: what was said, who said it, the passage link, the reader's note and tags. */
export function ClipItem({ clip, index, setSize, tabbable, noteDraft, addingTag, tagOptions, handlers, style, ref }: ClipItemProps) {
  const textId = `clip-${clip.id}-text`;
  const title = clip.article.title ? readableText(clip.article.title) : null;
  return (
    <li
      ref={ref}
      className="clip"
      data-index={index}
      data-id={clip.id}
      style={style}
      tabIndex={tabbable ? 0 : -1}
      aria-labelledby={textId}
      aria-setsize={setSize}
      aria-posinset={index + 1}
      onKeyDown={(e) => e.target === e.currentTarget && handlers.rowKeyDown(e, clip)}
      onFocus={(e) => e.target === e.currentTarget && handlers.focusRow(clip.id)}
    >
      <div className="clip__card">
        <div className="clip__meta">
          <CategoryChip category={clip.category} />
          <span className="clip__site">{clip.site}</span>
          <time className="clip__date" dateTime={new Date(clip.createdAt).toISOString()}>
            {DATE.format(clip.createdAt)}
          </time>
        </div>
        <blockquote className="clip__text" id={textId}>
          {readableText(clip.text)}
        </blockquote>
        <p className="clip__source">{readableText(clip.sourceLabel)}</p>
        <a className="clip__open" href={clip.textFragmentUrl} target="_blank" rel="noopener noreferrer">
          Open at the passage{title ? ` — ${title}` : ''}
        </a>
        {noteDraft === null ? (
          clip.note && <p className="clip__note"><span className="visually-hidden">Note: </span>{clip.note}</p>
        ) : (
          <NoteEditor clip={clip} draft={noteDraft} handlers={handlers} />
        )}
        <TagList clip={clip} handlers={handlers} />
        {addingTag && (
          <TagInput
            options={tagOptions}
            current={clip.tags}
            onAdd={(tag) => handlers.addTag(clip.id, tag)}
            onClose={() => handlers.editTags(null)}
          />
        )}
        <div className="clip__actions" role="group" aria-label="Clip actions">
          {noteDraft === null && (
            <button type="button" onClick={() => handlers.draftNote(clip.id, clip.note)}>
              {clip.note ? 'Edit note' : 'Add note'}
            </button>
          )}
          {!addingTag && (
            <button type="button" onClick={() => handlers.editTags(clip.id)}>
              Add tag
            </button>
          )}
          <button type="button" onClick={() => handlers.copy(clip)}>
            Copy citation
          </button>
          <button type="button" className="danger" onClick={() => handlers.remove(clip)}>
            Delete
          </button>
        </div>
      </div>
    </li>
  );
}

function TagList({ clip, handlers }: { clip: Clip; handlers: ClipHandlers }) {
  if (clip.tags.length === 0) return null;
  return (
    <ul className="tags" aria-label="Tags">
      {clip.tags.map((tag) => (
        <li key={tag} className="tag">
          {tag}
          <button
            type="button"
            className="tag__remove"
            aria-label={`Remove tag ${tag}`}
            onClick={() => handlers.removeTag(clip.id, tag)}
          >
            ×
          </button>
        </li>
      ))}
    </ul>
  );
}

function NoteEditor({ clip, draft, handlers }: { clip: Clip; draft: string; handlers: ClipHandlers }) {
  const save = () => handlers.saveNote(clip.id, draft);
  const cancel = () => handlers.draftNote(clip.id, null);
  return (
    <div className="note-editor">
      <label htmlFor={`note-${clip.id}`}>Note</label>
      <textarea
        id={`note-${clip.id}`}
        value={draft}
        maxLength={MAX_NOTE}
        rows={3}
        autoFocus
        aria-describedby={`note-${clip.id}-help`}
        onChange={(e) => handlers.draftNote(clip.id, e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
            e.preventDefault();
            save();
          } else if (e.key === 'Escape') {
            e.preventDefault();
            e.stopPropagation();
            cancel();
          }
        }}
      />
      <p className="note-editor__help" id={`note-${clip.id}-help`}>
        Ctrl+Enter saves, Escape cancels.
      </p>
      <button type="button" className="primary" onClick={save}>
        Save note
      </button>
      <button type="button" onClick={cancel}>
        Cancel
      </button>
    </div>
  );
}

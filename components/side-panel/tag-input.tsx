import { useId, useMemo, useState, type KeyboardEvent } from 'react';
import { MAX_TAG_LENGTH } from '@/lib/clips/clip-schema';

/** Tags offered while typing: those starting with the text first, then those containing it. */
export function tagSuggestions(options: readonly string[], text: string, exclude: readonly string[], limit = 8): string[] {
  const needle = text.trim().toLocaleLowerCase();
  const taken = new Set(exclude.map((t) => t.toLocaleLowerCase()));
  const free = options.filter((o) => !taken.has(o.toLocaleLowerCase()));
  if (!needle) return free.slice(0, limit);
  const starts = free.filter((o) => o.toLocaleLowerCase().startsWith(needle));
  const contains = free.filter((o) => !o.toLocaleLowerCase().startsWith(needle) && o.toLocaleLowerCase().includes(needle));
  return [...starts, ...contains].slice(0, limit);
}

interface TagInputProps {
  /** Every tag of the library, for autocomplete. */
  options: readonly string[];
  /** The clip's tags (not suggested again). */
  current: readonly string[];
  onAdd: (tag: string) => void;
  onClose: () => void;
}

/**
 * A combobox (WAI-ARIA APG "combobox with list autocomplete"): type a tag, ArrowDown/ArrowUp walk
 * the suggestions from existing tags, Enter adds the highlighted one or the typed text, Escape
 * closes. A native <datalist> would be simpler, but its popup is not styled, differs between
 * Chrome and Firefox, and cannot be checked in tests.
 */
export function TagInput({ options, current, onAdd, onClose }: TagInputProps) {
  const [text, setText] = useState('');
  const [highlighted, setHighlighted] = useState(-1);
  const id = useId();
  const suggestions = useMemo(() => tagSuggestions(options, text, current), [options, text, current]);
  const open = suggestions.length > 0 && text.trim() !== '';

  const add = (tag: string) => {
    if (!tag.trim()) return;
    onAdd(tag);
    setText('');
    setHighlighted(-1);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown' && open) {
      e.preventDefault();
      setHighlighted((h) => (h + 1) % suggestions.length);
    } else if (e.key === 'ArrowUp' && open) {
      e.preventDefault();
      setHighlighted((h) => (h <= 0 ? suggestions.length - 1 : h - 1));
    } else if (e.key === 'Enter') {
      e.preventDefault();
      add(open && highlighted >= 0 ? suggestions[highlighted]! : text);
    } else if (e.key === 'Escape') {
      e.preventDefault();
      e.stopPropagation();
      if (open && highlighted >= 0) setHighlighted(-1);
      else onClose();
    }
  };

  return (
    <div className="tag-input">
      <input
        type="text"
        role="combobox"
        aria-label="New tag"
        aria-autocomplete="list"
        aria-expanded={open}
        aria-controls={`${id}-list`}
        aria-activedescendant={open && highlighted >= 0 ? `${id}-${highlighted}` : undefined}
        maxLength={MAX_TAG_LENGTH}
        value={text}
        autoFocus
        placeholder="Tag, then Enter"
        onChange={(e) => {
          setText(e.target.value);
          setHighlighted(-1);
        }}
        onKeyDown={onKeyDown}
      />
      <button type="button" onClick={() => add(text)} disabled={!text.trim()}>
        Add
      </button>
      <button type="button" onClick={onClose}>
        Done
      </button>
      <ul id={`${id}-list`} role="listbox" aria-label="Existing tags" className="tag-input__list" hidden={!open}>
        {open &&
          suggestions.map((tag, i) => (
            <li
              key={tag}
              id={`${id}-${i}`}
              role="option"
              aria-selected={i === highlighted}
              // mousedown, not click: keeps the focus in the input.
              onMouseDown={(e) => {
                e.preventDefault();
                add(tag);
              }}
            >
              {tag}
            </li>
          ))}
      </ul>
    </div>
  );
}

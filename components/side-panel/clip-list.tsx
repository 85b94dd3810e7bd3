import { useVirtualizer } from '@tanstack/react-virtual';
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { readableText } from '@/lib/analysis/repair-mojibake';
import type { Clip } from '@/lib/clips/clip-schema';
import type { LibraryRow } from '@/lib/clips/library-rows';
import { categoryStyle } from './category-chip';
import { ClipItem, type ClipHandlers } from './clip-item';

export interface RowHandlers extends Omit<ClipHandlers, 'rowKeyDown' | 'focusRow'> {
  /** Opens the clip's passage (Enter on a row). */
  open: (clip: Clip) => void;
}

export interface ClipListProps {
  rows: readonly LibraryRow[];
  handlers: RowHandlers;
  tagOptions: readonly string[];
  /** The open note editor (one at a time, kept here so scrolling it out of view keeps the draft). */
  note: { id: string; draft: string } | null;
  /** The clip whose tag input is open. */
  tagging: string | null;
  /** Asks the list to move the focus to this clip (after a delete, an undo, a keyboard move). */
  focusRequest: { id: string } | null;
}

/** Rows moved by PageUp/PageDown: about one screen of clips in a side panel. */
const PAGE = 5;

/**
 * The library list, virtualized (@tanstack/react-virtual): only the rows in view (plus a few) are
 * in the DOM, each measured after rendering, so 10,000 clips cost what ~15 do.
 *
 * Keyboard: the list is one Tab stop (roving tabindex on the clip rows); ArrowUp/ArrowDown (or
 * k/j), PageUp/PageDown, Home/End move between clips, scrolling them into view; Enter opens the
 * passage, N edits the note, T adds a tag, C copies the citation, Delete deletes. Tab then walks
 * the focused clip's own buttons.
 */
export function ClipList({ rows, handlers, tagOptions, note, tagging, focusRequest }: ClipListProps) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: (i) => (rows[i]?.kind === 'group' ? 52 : 190),
    getItemKey: (i) => rows[i]?.key ?? i,
    overscan: 4,
  });

  const clipRows = useMemo(() => rows.flatMap((row, i) => (row.kind === 'clip' ? [i] : [])), [rows]);
  const indexOf = useMemo(() => new Map(rows.map((row, i) => [row.key, i])), [rows]);
  const [active, setActive] = useState<string | null>(null);
  const activeIndex = active !== null && indexOf.has(active) ? indexOf.get(active)! : (clipRows[0] ?? -1);
  const pendingFocus = useRef<string | null>(null);

  const focusClip = useCallback(
    (id: string) => {
      const index = indexOf.get(id);
      if (index === undefined) return;
      setActive(id);
      pendingFocus.current = id;
      virtualizer.scrollToIndex(index, { align: 'auto' });
    },
    [indexOf, virtualizer],
  );

  // The focus target may not be rendered yet (it was scrolled to): try after every render until it is.
  useLayoutEffect(() => {
    const id = pendingFocus.current;
    if (id === null) return;
    const rendered = scrollRef.current?.querySelectorAll<HTMLElement>('[data-id]') ?? [];
    const el = [...rendered].find((row) => row.dataset.id === id);
    if (!el) return;
    pendingFocus.current = null;
    el.focus({ preventScroll: true });
  });

  useEffect(() => {
    if (focusRequest) focusClip(focusRequest.id);
    // Only a new request moves the focus, not a re-render with the same one.
  }, [focusRequest]);

  const move = (clip: Clip, delta: number | 'first' | 'last') => {
    const here = clipRows.indexOf(indexOf.get(clip.id) ?? -1);
    const target = delta === 'first' ? 0 : delta === 'last' ? clipRows.length - 1 : Math.min(clipRows.length - 1, Math.max(0, here + delta));
    const row = rows[clipRows[target] ?? -1];
    if (row?.kind === 'clip') focusClip(row.clip.id);
  };

  const rowKeyDown = (e: KeyboardEvent<HTMLLIElement>, clip: Clip) => {
    if (e.altKey || e.ctrlKey || e.metaKey) return;
    const keys: Record<string, () => void> = {
      ArrowDown: () => move(clip, 1),
      j: () => move(clip, 1),
      ArrowUp: () => move(clip, -1),
      k: () => move(clip, -1),
      PageDown: () => move(clip, PAGE),
      PageUp: () => move(clip, -PAGE),
      Home: () => move(clip, 'first'),
      End: () => move(clip, 'last'),
      Enter: () => handlers.open(clip),
      n: () => handlers.draftNote(clip.id, clip.note),
      t: () => handlers.editTags(clip.id),
      c: () => handlers.copy(clip),
      Delete: () => handlers.remove(clip),
    };
    const action = keys[e.key];
    if (!action) return;
    e.preventDefault();
    action();
  };

  const itemHandlers: ClipHandlers = { ...handlers, rowKeyDown, focusRow: setActive };

  return (
    <div ref={scrollRef} className="library__scroller">
      <ul className="clips" aria-label="Clips" style={{ height: virtualizer.getTotalSize() }}>
        {virtualizer.getVirtualItems().map((item) => {
          const row = rows[item.index]!;
          const style = { transform: `translateY(${item.start}px)` };
          if (row.kind === 'group') {
            return (
              <li key={item.key} ref={virtualizer.measureElement} data-index={item.index} className="group-row" style={style} aria-setsize={rows.length} aria-posinset={item.index + 1}>
                <GroupHeading row={row} />
              </li>
            );
          }
          return (
            <ClipItem
              key={item.key}
              ref={virtualizer.measureElement}
              clip={row.clip}
              index={item.index}
              setSize={rows.length}
              tabbable={item.index === activeIndex}
              noteDraft={note?.id === row.clip.id ? note.draft : null}
              addingTag={tagging === row.clip.id}
              tagOptions={tagOptions}
              handlers={itemHandlers}
              style={style}
            />
          );
        })}
      </ul>
    </div>
  );
}

function GroupHeading({ row }: { row: Extract<LibraryRow, { kind: 'group' }> }) {
  const count = `${row.count.toLocaleString()} ${row.count === 1 ? 'clip' : 'clips'}`;
  if (row.grouping === 'category') {
    const style = categoryStyle(row.category);
    return (
      <h3 className="group-row__head">
        <span className="swatch" style={{ background: style.light }} aria-hidden="true" />
        {style.label} <span className="group-row__count">{count}</span>
      </h3>
    );
  }
  const first = row.first;
  return (
    <>
      <h3 className="group-row__head">
        {readableText(first.article.title ?? first.url)} <span className="group-row__count">{count}</span>
      </h3>
      <p className="group-row__about">
        {first.site}
        {first.article.publishedAt ? ` · ${first.article.publishedAt.slice(0, 10)}` : ''} · {readableText(first.sourceLabel)}
      </p>
    </>
  );
}

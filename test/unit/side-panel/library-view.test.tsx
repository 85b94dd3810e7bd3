// @vitest-environment jsdom
// Covers the Library view's code paths shared by Chrome's side panel and Firefox's sidebar, in
// jsdom with fake-indexeddb: the empty state for a new reader, the list, filtering and searching
// (the status line counts), export through a Blob download (no downloads permission), the import
// preview and merge, a refused file, and editing a note and deleting with undo.
import 'fake-indexeddb/auto';
import { act } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { LibraryView } from '../../../components/side-panel/library-view';
import type { ClipDatabase } from '../../../lib/clips/clip-db';
import { exportJson } from '../../../lib/clips/clip-export';
import { LibraryStore } from '../../../lib/clips/library-store';
import { sampleClips } from '../../fixtures/clips/generate-library';
import { freshDb } from '../clips/fresh-db';
import { button, click, mount } from '../components/render';

let ui: ReturnType<typeof mount>;
let store: LibraryStore | null = null;
const downloads: { name: string; blob: Blob }[] = [];

beforeEach(() => {
  ui = mount();
  downloads.length = 0;
  // jsdom has no Blob URLs and does not follow links: record what would be downloaded.
  let last: Blob | null = null;
  URL.createObjectURL = (blob: Blob) => {
    last = blob as Blob;
    return 'blob:lodestone/1';
  };
  URL.revokeObjectURL = () => {};
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    if (this.download && last) downloads.push({ name: this.download, blob: last });
  });
  // jsdom lays nothing out: give the list's scroller a size so the virtualizer renders rows.
  // (@tanstack/virtual-core reads clientWidth/clientHeight of the scroller, offsetHeight of rows).
  for (const [key, value] of [['clientHeight', 800], ['clientWidth', 400], ['offsetHeight', 150], ['offsetWidth', 400]] as const) {
    Object.defineProperty(HTMLElement.prototype, key, { configurable: true, get: () => value });
  }
});
afterEach(() => {
  ui.unmount();
  store?.stop();
  vi.restoreAllMocks();
});

async function settle(test: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 200; i += 1) {
    if (test()) return;
    await act(() => new Promise((r) => setTimeout(r, 10)));
  }
  throw new Error(`timed out waiting for ${what}: ${ui.container.textContent?.slice(0, 400)}`);
}

async function open(db: ClipDatabase): Promise<void> {
  store = new LibraryStore(db);
  ui.render(<LibraryView db={db} store={store} shortcut="Alt+Shift+L" />);
  await act(() => store!.start());
}

const status = () => ui.container.querySelector('.library__count')?.textContent ?? '';
const select = (label: string) => {
  const name = [...ui.container.querySelectorAll('label')].find((l) => l.textContent === label)!;
  return document.getElementById(name.htmlFor) as HTMLSelectElement;
};
function change(el: HTMLSelectElement | HTMLInputElement | HTMLTextAreaElement, value: string): void {
  const proto = Object.getPrototypeOf(el) as object;
  act(() => {
    Object.getOwnPropertyDescriptor(proto, 'value')!.set!.call(el, value);
    el.dispatchEvent(new Event(el instanceof HTMLSelectElement ? 'change' : 'input', { bubbles: true }));
  });
}

describe('LibraryView', () => {
  it('tells a new reader what clips are, how to make one, and how to open the panel', async () => {
    await open(freshDb());
    const text = ui.container.textContent ?? '';
    expect(text).toContain('Your library is empty');
    expect(text).toMatch(/Hover a highlighted sentence and press Clip/);
    expect(text).toContain('Alt+Shift+L');
    expect(button(ui.container, 'Import JSON…')).toBeTruthy();
  });

  it('lists clips, filters, searches and exports what is shown', async () => {
    const db = freshDb();
    const clips = sampleClips();
    await db.clips.bulkAdd(clips);
    await open(db);
    expect(status()).toBe(`${clips.length} clips`);
    expect(ui.container.querySelectorAll('.clip').length).toBeGreaterThan(0);

    change(select('Category'), 'pricing');
    const pricing = clips.filter((c) => c.category === 'pricing').length;
    await settle(() => status() === `${pricing} of ${clips.length} clips`, 'the category filter');

    change(select('Category'), '');
    change(ui.container.querySelector<HTMLInputElement>('input.search')!, 'gallium');
    const gallium = store!.words.search('gallium')!.size;
    await settle(() => status() === `${gallium} of ${clips.length} clips`, 'the search');

    click(ui.container.querySelector(`[aria-label="Export ${gallium} clips as CSV"]`));
    expect(downloads).toHaveLength(1);
    expect(downloads[0]!.name).toMatch(/^lodestone-clips-\d{4}-\d{2}-\d{2}\.csv$/);
    const csv = await downloads[0]!.blob.text();
    expect(csv.trim().split('\r\n')).toHaveLength(gallium + 1);
  });

  it('previews an import, adds the new clips on Add, and refuses a future version', async () => {
    const db = freshDb();
    const clips = sampleClips();
    await db.clips.bulkAdd(clips.slice(0, 4));
    await open(db);
    const input = ui.container.querySelector<HTMLInputElement>('input[type=file]')!;
    HTMLDialogElement.prototype.showModal ??= function (this: HTMLDialogElement) {
      this.open = true;
    };
    const pick = async (text: string) => {
      Object.defineProperty(input, 'files', { configurable: true, value: [new File([text], 'clips.json', { type: 'application/json' })] });
      await act(async () => {
        input.dispatchEvent(new Event('change', { bubbles: true }));
      });
      await settle(() => !!ui.container.querySelector('dialog'), 'the import dialog');
    };
    await pick(exportJson(clips));
    const dialog = ui.container.querySelector('dialog')!;
    expect(dialog.textContent).toContain(`${clips.length - 4} new clips`);
    expect(dialog.textContent).toContain('4 duplicates');
    click(button(dialog as HTMLElement, `Add ${clips.length - 4} clips`));
    await settle(() => status() === `${clips.length} clips`, 'the merged library');
    expect(await db.clips.count()).toBe(clips.length);

    await pick(JSON.stringify({ format: 'lodestone-clips', version: 2, clips: [] }));
    expect(ui.container.querySelector('dialog [role=alert]')?.textContent).toMatch(/newer version of Lodestone/);
  });

  it('edits a note, and undoes a delete', async () => {
    const db = freshDb();
    const clips = sampleClips().slice(0, 3);
    await db.clips.bulkAdd(clips);
    await open(db);
    const first = () => ui.container.querySelector<HTMLElement>('.clip')!;
    const id = first().dataset.id!;
    click(button(first(), first().textContent?.includes('Edit note') ? 'Edit note' : 'Add note'));
    change(first().querySelector('textarea')!, 'Cross-check with customs data');
    click(button(first(), 'Save note'));
    await settle(() => first().querySelector('.clip__note')?.textContent?.includes('Cross-check with customs data') ?? false, 'the saved note');
    expect((await db.clips.get(id))?.note).toBe('Cross-check with customs data');

    click(button(first(), 'Delete'));
    await settle(() => status() === '2 clips', 'the delete');
    expect(await db.clips.get(id)).toBeUndefined();
    click(button(ui.container, 'Undo'));
    await settle(() => status() === '3 clips', 'the undo');
    expect((await db.clips.get(id))?.note).toBe('Cross-check with customs data');
  });
});

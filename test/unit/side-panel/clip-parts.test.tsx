// @vitest-environment jsdom
// Covers the parts of a clip row and of "This page": the tag combobox (suggestions from existing
// tags, keyboard), the clip row (one passage link, page text as text, note, tags, accessible
// names), and "Clip all" on a category of This page.
import { act } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ClipItem, type ClipHandlers } from '../../../components/side-panel/clip-item';
import { TagInput, tagSuggestions } from '../../../components/side-panel/tag-input';
import { ThisPageView, signalCount } from '../../../components/side-panel/this-page-view';
import type { AnalysisResult } from '../../../lib/analysis-result';
import { sampleClips } from '../../fixtures/clips/generate-library';
import { button, click, mount } from '../components/render';

let ui: ReturnType<typeof mount>;
beforeEach(() => {
  ui = mount();
});
afterEach(() => ui.unmount());

function key(el: Element, k: string): void {
  act(() => {
    el.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true }));
  });
}
function type(input: HTMLInputElement, value: string): void {
  act(() => {
    Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(input, value);
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

describe('tagSuggestions', () => {
  const tags = ['gallium', 'germanium', 'magnets', 'NdPr', 'prices'];
  it('offers tags starting with the text first, then containing it, never one the clip has', () => {
    expect(tagSuggestions(tags, 'g', [])).toEqual(['gallium', 'germanium', 'magnets']);
    expect(tagSuggestions(tags, 'ND', [])).toEqual(['NdPr']);
    expect(tagSuggestions(tags, 'g', ['Gallium'])).toEqual(['germanium', 'magnets']);
  });
});

describe('TagInput', () => {
  it('completes from existing tags with the arrow keys and Enter, and closes on Escape', () => {
    const onAdd = vi.fn();
    const onClose = vi.fn();
    ui.render(<TagInput options={['gallium', 'germanium', 'prices']} current={[]} onAdd={onAdd} onClose={onClose} />);
    const input = ui.container.querySelector<HTMLInputElement>('input[role=combobox]')!;
    type(input, 'ge');
    expect(input.getAttribute('aria-expanded')).toBe('true');
    expect([...ui.container.querySelectorAll('[role=option]')].map((o) => o.textContent)).toEqual(['germanium']);
    key(input, 'ArrowDown');
    expect(input.getAttribute('aria-activedescendant')).toBe(ui.container.querySelector('[role=option]')!.id);
    key(input, 'Enter');
    expect(onAdd).toHaveBeenCalledWith('germanium');
    type(input, 'new tag');
    key(input, 'Enter');
    expect(onAdd).toHaveBeenLastCalledWith('new tag');
    key(input, 'Escape');
    expect(onClose).toHaveBeenCalled();
  });
});

describe('ClipItem', () => {
  const clip = { ...sampleClips().find((c) => c.note && c.tags.length)!, text: 'A <b>bold</b> claim & more' };
  const handlers = (): ClipHandlers => ({
    draftNote: vi.fn(),
    saveNote: vi.fn(),
    editTags: vi.fn(),
    addTag: vi.fn(),
    removeTag: vi.fn(),
    remove: vi.fn(),
    copy: vi.fn(),
    rowKeyDown: vi.fn(),
    focusRow: vi.fn(),
  });

  it('shows the sentence as text, one passage link, the note and tags with named remove buttons', () => {
    const h = handlers();
    ui.render(<ul><ClipItem clip={clip} index={0} setSize={1} tabbable noteDraft={null} addingTag={false} tagOptions={[]} handlers={h} /></ul>);
    const row = ui.container.querySelector<HTMLElement>('.clip')!;
    expect(row.querySelector('.clip__text')?.textContent).toBe('A <b>bold</b> claim & more');
    expect(row.querySelector('b')).toBeNull();
    expect(row.querySelectorAll('a')).toHaveLength(1);
    expect(row.querySelector('a')?.getAttribute('href')).toBe(clip.textFragmentUrl);
    expect(row.querySelector('a')?.getAttribute('rel')).toContain('noopener');
    expect(row.getAttribute('aria-labelledby')).toBe(row.querySelector('.clip__text')?.id);
    expect(row.tabIndex).toBe(0);
    expect(row.textContent).toContain(clip.note);
    click(row.querySelector(`[aria-label="Remove tag ${clip.tags[0]}"]`));
    expect(h.removeTag).toHaveBeenCalledWith(clip.id, clip.tags[0]);
    click(button(row, 'Delete'));
    expect(h.remove).toHaveBeenCalledWith(clip);
    click(button(row, 'Copy citation'));
    expect(h.copy).toHaveBeenCalledWith(clip);
  });

  it('edits the note in place: Ctrl+Enter saves, Escape cancels', () => {
    const h = handlers();
    ui.render(<ul><ClipItem clip={clip} index={0} setSize={1} tabbable={false} noteDraft="draft text" addingTag={false} tagOptions={[]} handlers={h} /></ul>);
    const textarea = ui.container.querySelector('textarea')!;
    expect(textarea.value).toBe('draft text');
    act(() => {
      textarea.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', ctrlKey: true, bubbles: true }));
    });
    expect(h.saveNote).toHaveBeenCalledWith(clip.id, 'draft text');
    key(textarea, 'Escape');
    expect(h.draftNote).toHaveBeenCalledWith(clip.id, null);
  });
});

describe('ThisPageView: clip all signals of a category', () => {
  const clips = sampleClips().filter((c) => c.site === 'rareearthexchanges.com');
  const result: AnalysisResult = {
    url: clips[0]!.url,
    article: { ...clips[0]!.article, wordCount: 800 },
    topic: { isRareEarth: true, score: 0.9, evidence: [] },
    source: clips[0]!.source,
    signals: clips.map((c) => ({ text: c.text, prefix: c.prefix, suffix: c.suffix, category: c.category as 'pricing', direction: c.direction, confidence: 0.8, entities: c.entities, figures: c.figures, why: c.why })),
  };
  const page = { tabId: 7, url: result.url, result };

  it('offers "Clip all N" per category, says what happened, and is done when all are clipped', async () => {
    const onClip = vi.fn(async () => 'Clipped 1.');
    const category = result.signals[0]!.category;
    ui.render(<ThisPageView page={page} onJump={() => {}} onClipCategory={onClip} isSaved={() => false} />);
    const count = result.signals.filter((s) => s.category === category).length;
    const clipAll = ui.container.querySelector<HTMLButtonElement>(`section[aria-label] button[aria-label^="Clip all ${count} "]`)!;
    expect(clipAll.textContent).toBe(`Clip all ${count}`);
    await act(async () => {
      clipAll.click();
    });
    expect(onClip).toHaveBeenCalledWith(category);
    expect(clipAll.parentElement?.textContent).toContain('Clipped 1.');

    ui.render(<ThisPageView page={page} onJump={() => {}} onClipCategory={onClip} isSaved={() => true} />);
    const done = [...ui.container.querySelectorAll('button')].filter((b) => b.textContent === 'All clipped');
    expect(done.length).toBe(new Set(result.signals.map((s) => s.category)).size);
    expect(done.every((b) => b.disabled)).toBe(true);
    expect(ui.container.querySelectorAll('.signal__saved')).toHaveLength(result.signals.length);
  });

  it('says it clips the listed signals when the list is cut ("Showing the first N of M")', async () => {
    const onClip = vi.fn(async () => 'Clipped 1.');
    const cut = { ...page, result: { ...result, omittedSignals: 5_000 } };
    ui.render(<ThisPageView page={cut} onJump={() => {}} onClipCategory={onClip} isSaved={() => false} />);
    const category = result.signals[0]!.category;
    const count = result.signals.filter((s) => s.category === category).length;
    const clipListed = ui.container.querySelector<HTMLButtonElement>(`section[aria-label] button[aria-label^="Clip the ${count} listed "]`)!;
    expect(clipListed.textContent).toBe(`Clip the ${count} listed`);
    expect(clipListed.getAttribute('aria-label')).toContain('the page has more than the list shows');
    expect([...ui.container.querySelectorAll('button')].some((b) => b.textContent?.startsWith('Clip all'))).toBe(false);
    ui.render(<ThisPageView page={cut} onJump={() => {}} onClipCategory={onClip} isSaved={() => true} />);
    expect([...ui.container.querySelectorAll('button')].filter((b) => b.textContent === 'All listed clipped').length).toBe(new Set(result.signals.map((s) => s.category)).size);
  });
});

describe('ThisPageView: the signal count', () => {
  const base = (n: number): AnalysisResult => ({
    url: 'https://example.com/a',
    article: null,
    topic: { isRareEarth: true, score: 1, evidence: [] },
    source: { publisher: { domain: 'example.com', name: null, level: 'unknown', country: null, basis: null, reference: null }, relays: [], disclosures: [], banner: null },
    signals: Array.from({ length: n }, (_, i) => ({
      text: `Sentence ${i}.`,
      prefix: '',
      suffix: '',
      category: 'pricing' as const,
      direction: null,
      confidence: 0.8,
      entities: { materials: [], organizations: [], places: [] },
      figures: [],
      why: '',
    })),
  });

  it('counts the signals of a whole analysis', () => {
    expect(signalCount(base(12))).toBe('12 signals');
  });

  it('says when the stored analysis lists only the first of them (a very long page)', () => {
    expect(signalCount({ ...base(2_105), omittedSignals: 7_405 })).toBe(
      'Showing the first 2,105 of 9,510 signals (a very long page: the rest are highlighted on the page, not listed here)',
    );
  });
});

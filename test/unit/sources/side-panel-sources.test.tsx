// @vitest-environment jsdom
// Covers the side panel's source pieces: SourceChip (publicly funded independent publishers only,
// information and never a warning), SourceOverridesView (the corrections list with Undo), and
// PageSources wired to storage through WXT's fake browser (list, undo, restore, the "banner on
// every article" option, the chip from the URL alone when there is no analysis).
import { act } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { SourceChip } from '../../../components/side-panel/source-chip';
import { PageSources, SourceOverridesView } from '../../../components/side-panel/source-overrides-view';
import type { Publisher } from '../../../lib/analysis-result';
import { readSettings } from '../../../lib/settings';
import { addSourceOverride, readSourceOverrides } from '../../../lib/source-overrides';
import { publisherForUrl } from '../../../lib/sources/assess-source';
import type { SourceOverride } from '../../../lib/sources/source-override';
import { button, click, mount } from '../components/render';

let ui: ReturnType<typeof mount>;
beforeEach(() => {
  fakeBrowser.reset();
  ui = mount();
});
afterEach(() => ui.unmount());

const BBC = publisherForUrl('https://www.bbc.co.uk/news/1');
const GT = publisherForUrl('https://www.globaltimes.cn/page/1.shtml');
const UNKNOWN: Publisher = { domain: 'rareearthexchanges.com', name: 'Rare Earth Exchanges', level: 'unknown', country: null, basis: null, reference: null };
const O = (domain: string, level: SourceOverride['level'], createdAt: number, note = ''): SourceOverride => ({ domain, level, note, createdAt });

/** Lets storage promises and watchers settle, inside act(). */
async function settle() {
  await act(async () => {
    for (let i = 0; i < 5; i++) await new Promise((r) => setTimeout(r, 0));
  });
}

describe('SourceChip', () => {
  it('informs about a publicly funded independent publisher, with basis and reference', () => {
    ui.render(<SourceChip publisher={BBC} />);
    const chip = ui.container.querySelector('.source-chip')!;
    expect(chip.getAttribute('role')).toBe('note');
    expect(chip.querySelector('.source-chip__line')?.textContent).toBe('iBBC (bbc.co.uk) is publicly funded and editorially independent (United Kingdom).');
    expect(chip.querySelector('.source-chip__why')?.textContent).toMatch(/typology/);
    expect(chip.textContent).toMatch(/Reference: .*State_Media_Matrix/);
    expect(chip.textContent).not.toMatch(/warning|state-controlled|propaganda/i);
  });

  it('renders nothing for any other level', () => {
    for (const p of [GT, UNKNOWN, { ...GT, level: 'state-aligned' as const }, { ...GT, level: 'state-affiliated' as const }]) {
      ui.render(<SourceChip publisher={p} />);
      expect(ui.container.innerHTML, p.level).toBe('');
    }
  });
});

describe('SourceOverridesView', () => {
  it('lists corrections with their level, date and note, and undoes one', () => {
    const onUndo = vi.fn();
    const list = [O('globaltimes.cn', 'state-aligned', Date.UTC(2025, 10, 26), 'party paper, run as a business'), O('rareearthexchanges.com', 'unknown', Date.UTC(2025, 10, 20))];
    ui.render(<SourceOverridesView overrides={list} currentDomain="globaltimes.cn" onUndo={onUndo} />);
    const items = [...ui.container.querySelectorAll('.override')];
    expect(items.map((li) => li.querySelector('.override__text')?.textContent)).toEqual([
      'globaltimes.cn marked state-aligned · 2025-11-26 · this pageparty paper, run as a business',
      'rareearthexchanges.com marked not state-linked · 2025-11-20',
    ]);
    expect(items[0]!.classList.contains('override--current')).toBe(true);
    click(items[1]!.querySelector('button'));
    expect(onUndo).toHaveBeenCalledWith(list[1]);
  });

  it('explains how to make a correction when there is none', () => {
    ui.render(<SourceOverridesView overrides={[]} onUndo={() => {}} />);
    expect(ui.container.textContent).toContain('This label is wrong');
  });

  it('renders a hostile note as text', () => {
    ui.render(<SourceOverridesView overrides={[O('a.example', 'unknown', 0, '<img src=x onerror=alert(1)>')]} onUndo={() => {}} />);
    expect(ui.container.querySelector('img')).toBeNull();
    expect(ui.container.querySelector('.override__note')?.textContent).toBe('<img src=x onerror=alert(1)>');
  });
});

describe('PageSources', () => {
  it('shows the chip from the URL alone when the page has no analysis', async () => {
    ui.render(<PageSources url="https://www.dw.com/en/rare-earths/a-1" publisher={null} />);
    await settle();
    expect(ui.container.querySelector('.source-chip')?.textContent).toContain('DW (dw.com) is publicly funded and editorially independent');
  });

  it('lists stored corrections, opens itself for the page’s own, undoes and restores', async () => {
    await addSourceOverride(O('globaltimes.cn', 'state-aligned', 2));
    await addSourceOverride(O('kp.ru', 'unknown', 1));
    ui.render(<PageSources url="https://www.globaltimes.cn/page/1.shtml" publisher={GT} />);
    await settle();
    const details = ui.container.querySelector('details.sources') as HTMLDetailsElement;
    expect(details.open).toBe(true);
    expect(details.querySelector('summary')?.textContent).toBe('Sources · 2 corrections');
    click(ui.container.querySelector('.override--current button'));
    await settle();
    expect((await readSourceOverrides()).map((o) => o.domain)).toEqual(['kp.ru']);
    expect(ui.container.querySelectorAll('.override')).toHaveLength(1);
    expect(ui.container.querySelector('[role=status]')?.textContent).toContain('Undone for globaltimes.cn');
    click(button(ui.container, 'Restore'));
    await settle();
    expect((await readSourceOverrides()).map((o) => [o.domain, o.level])).toEqual([
      ['globaltimes.cn', 'state-aligned'],
      ['kp.ru', 'unknown'],
    ]);
    expect(ui.container.querySelectorAll('.override')).toHaveLength(2);
  });

  it('stays closed when the page’s site has no correction', async () => {
    await addSourceOverride(O('kp.ru', 'unknown', 1));
    ui.render(<PageSources url="https://rareearthexchanges.com/x" publisher={UNKNOWN} />);
    await settle();
    expect((ui.container.querySelector('details.sources') as HTMLDetailsElement).open).toBe(false);
    expect(ui.container.querySelector('.source-chip')).toBeNull();
  });

  it('switches the "banner on every article" option in the settings', async () => {
    ui.render(<PageSources url={null} publisher={null} />);
    await settle();
    const box = ui.container.querySelector('.sources__option input') as HTMLInputElement;
    expect(box.checked).toBe(false);
    click(box);
    await settle();
    expect((await readSettings()).bannerOnEveryArticle).toBe(true);
    expect(box.checked).toBe(true);
    click(box);
    await settle();
    expect((await readSettings()).bannerOnEveryArticle).toBe(false);
  });
});

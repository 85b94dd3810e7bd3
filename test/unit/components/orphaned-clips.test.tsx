// @vitest-environment jsdom
// Covers components/side-panel/orphaned-clips.tsx with lib/orphaned-clips.ts over WXT's fake
// browser storage: the "not found on this page" list shows the tab's orphaned clips (page text as
// text, never HTML), follows changes, and shows nothing for a tab without any.
import { act } from 'react';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { OrphanedClips } from '../../../components/side-panel/orphaned-clips';
import { setTabOrphans } from '../../../lib/orphaned-clips';
import { mount } from './render';

let ui: ReturnType<typeof mount>;
const settle = () => act(async () => new Promise((r) => setTimeout(r, 10)));

beforeEach(() => {
  fakeBrowser.reset();
  ui = mount();
});
afterEach(() => ui.unmount());

describe('OrphanedClips', () => {
  it('lists the tab’s clips that the page no longer has, and follows changes', async () => {
    await setTabOrphans(7, {
      url: 'http://magnetwire.example/news/a',
      clips: [{ id: 'a', text: 'Demand for <b>NdFeB</b> magnets grew.', category: 'demand', createdAt: Date.UTC(2026, 1, 12) }],
    });
    ui.render(<OrphanedClips tabId={7} />);
    await settle();
    const section = ui.container.querySelector('.orphans')!;
    expect(section.textContent).toContain('Not found on this page');
    expect(section.textContent).toContain('Demand for <b>NdFeB</b> magnets grew.');
    expect(section.querySelector('b')).toBeNull();
    expect(section.textContent).toContain('Demand · clipped');

    await act(async () =>
      setTabOrphans(7, {
        url: 'http://magnetwire.example/news/a',
        clips: [
          { id: 'a', text: 'One.', category: 'unclassified', createdAt: 0 },
          { id: 'b', text: 'Two.', category: 'pricing', createdAt: 0 },
        ],
      }),
    );
    await settle();
    expect(ui.container.querySelectorAll('.orphans__item')).toHaveLength(2);
    expect(ui.container.textContent).toContain('Unclassified');

    await act(async () => setTabOrphans(7, null));
    await settle();
    expect(ui.container.querySelector('.orphans')).toBeNull();
  });

  it('shows nothing for another tab, or no tab', async () => {
    await setTabOrphans(7, { url: 'http://x.example/', clips: [{ id: 'a', text: 'One.', category: 'demand', createdAt: 0 }] });
    ui.render(<OrphanedClips tabId={8} />);
    await settle();
    expect(ui.container.innerHTML).toBe('');
    ui.render(<OrphanedClips tabId={null} />);
    await settle();
    expect(ui.container.innerHTML).toBe('');
  });
});

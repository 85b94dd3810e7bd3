// @vitest-environment jsdom
// Covers components/in-page/card-host.tsx: the card sits in the page, so its Clip button acts on
// the reader's real clicks only; a page script's synthetic click (isTrusted false) clips nothing.
import { act } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CardHost } from '../../../components/in-page/card-host';
import { Store, type CardState } from '../../../components/in-page/reader-store';
import type { Signal } from '../../../lib/analysis-result';
import { mount } from './render';

const SIGNAL: Signal = {
  text: 'Chinese authorities have tightened export licensing for dysprosium.',
  prefix: '',
  suffix: '',
  category: 'export-control',
  direction: 'tightening',
  confidence: 0.9,
  entities: { materials: ['dysprosium'], organizations: [], places: ['China'] },
  figures: [],
  why: "export-control cue 'export licensing'",
};

let ui: ReturnType<typeof mount>;
beforeEach(() => {
  ui = mount();
});
afterEach(() => ui.unmount());

describe('CardHost', () => {
  it('ignores a synthetic click on Clip', () => {
    const onClip = vi.fn();
    const store = new Store<CardState>({ index: 0, pinned: true, clip: 'idle', error: null });
    ui.render(<CardHost store={store} signalAt={() => SIGNAL} display={(t) => t} onClip={onClip} onClose={() => {}} />);
    const button = ui.container.querySelector<HTMLButtonElement>('button.clip')!;
    act(() => {
      button.click();
      button.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    });
    expect(onClip).not.toHaveBeenCalled();
  });
});

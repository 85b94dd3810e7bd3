// @vitest-environment jsdom
// Covers components/options/options-app.tsx and site-list-field.tsx: each control sends a change
// (categories in the taxonomy's order, the sensitivity, the highlight style); a site list is
// saved normalized, and one with a line that is not a site name is refused with that line named,
// nothing saved and the typed text kept.
import { act } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { OptionsApp } from '../../../components/options/options-app';
import { parseSiteLines } from '../../../components/options/site-list-field';
import { DEFAULT_SETTINGS, type Settings } from '../../../lib/settings';
import { button, click, mount } from './render';

let ui: ReturnType<typeof mount>;
let onChange: ReturnType<typeof vi.fn<(change: Partial<Settings>) => Promise<void>>>;

beforeEach(() => {
  ui = mount();
  onChange = vi.fn(async () => {});
  ui.render(<OptionsApp settings={{ ...DEFAULT_SETTINGS, categories: ['pricing', 'demand'] }} onChange={onChange} />);
});
afterEach(() => ui.unmount());

function checkbox(label: string): HTMLInputElement {
  const el = [...ui.container.querySelectorAll('label')].find((l) => l.textContent?.trim() === label)?.querySelector('input');
  if (!el) throw new Error(`no checkbox ${label}`);
  return el as HTMLInputElement;
}

/** Sets a controlled input's value the way React notices (the native setter, then an input event). */
function type(el: HTMLTextAreaElement | HTMLInputElement, value: string): void {
  const proto = el instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
  act(() => {
    Object.getOwnPropertyDescriptor(proto, 'value')!.set!.call(el, value);
    el.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

describe('OptionsApp', () => {
  it('shows the current settings', () => {
    expect(checkbox('Pricing').checked).toBe(true);
    expect(checkbox('Inventory').checked).toBe(false);
    expect((ui.container.querySelector('#sensitivity') as HTMLInputElement).value).toBe('0.5');
    expect((ui.container.querySelector('input[value="fill"]') as HTMLInputElement).checked).toBe(true);
  });

  it('sends category changes in the taxonomy’s order, and all or none', () => {
    click(checkbox('Supply expansion'));
    expect(onChange).toHaveBeenLastCalledWith({ categories: ['supply-expansion', 'pricing', 'demand'] });
    click(checkbox('Pricing'));
    expect(onChange).toHaveBeenLastCalledWith({ categories: ['demand'] });
    click(button(ui.container, 'Show none'));
    expect(onChange).toHaveBeenLastCalledWith({ categories: [] });
    click(button(ui.container, 'Show all'));
    expect((onChange.mock.lastCall![0].categories ?? []).length).toBe(11);
  });

  it('sends the sensitivity and the highlight style', () => {
    type(ui.container.querySelector('#sensitivity') as HTMLInputElement, '0.85');
    expect(onChange).toHaveBeenLastCalledWith({ sensitivity: 0.85 });
    click(ui.container.querySelector('input[value="underline"]'));
    expect(onChange).toHaveBeenLastCalledWith({ highlightStyle: 'underline' });
  });

  it('saves a site list normalized', async () => {
    const area = ui.container.querySelector('textarea')!;
    type(area, 'https://www.Example.com/news\n\nmagnetwire.example\nexample.com');
    await act(async () => button(ui.container.querySelector('.field:has(textarea)') as HTMLElement, 'Save').click());
    expect(onChange).toHaveBeenLastCalledWith({ disabledSites: ['example.com', 'magnetwire.example'] });
  });

  it('refuses a site list with a line that is not a site, names it, and keeps the text', async () => {
    const area = ui.container.querySelector('textarea')!;
    type(area, 'example.com\nnot a site!');
    await act(async () => button(ui.container.querySelector('.field:has(textarea)') as HTMLElement, 'Save').click());
    expect(onChange).not.toHaveBeenCalled();
    expect(ui.container.querySelector('[role="alert"]')?.textContent).toContain('“not a site!”');
    expect(area.value).toBe('example.com\nnot a site!');
  });
});

describe('parseSiteLines', () => {
  it('normalizes, drops blank lines and duplicates, and collects the bad lines', () => {
    expect(parseSiteLines('a.com\n\n www.a.com \nb.org\nbad line')).toEqual({ sites: ['a.com', 'b.org'], invalid: ['bad line'] });
  });
});

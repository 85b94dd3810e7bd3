// @vitest-environment jsdom
// Covers components/in-page/signal-card.tsx: category label, direction, confidence, reason and
// figures, the Clip button's states, and page text rendered as text.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SignalCard, type ClipState } from '../../../components/in-page/signal-card';
import type { Signal } from '../../../lib/analysis-result';
import { CATEGORY_STYLES } from '../../../lib/highlights/category-style';
import { button, click, mount } from './render';

const SIGNAL: Signal = {
  text: 'Beijing is normalizing export-control compliance as a strategic gatekeeper tool, controlling 95%+ of global separation capacity for medium-heavy rare earths like dysprosium and terbium.',
  prefix: 'heavy rare earth segments. ',
  suffix: ' China’s rare earth dominance',
  category: 'export-control',
  direction: 'tightening',
  confidence: 0.864,
  entities: { materials: ['dysprosium', 'terbium'], organizations: [], places: ['Beijing'] },
  figures: [
    { text: '95%+', value: 95, unit: '%' },
    { text: '2026', value: 2026, unit: null },
  ],
  why: "export-control cue 'export-control compliance' about rare earths, actor Beijing",
};

let ui: ReturnType<typeof mount>;
const identity = (t: string) => t;

beforeEach(() => {
  ui = mount();
});
afterEach(() => {
  ui.unmount();
});

function renderCard(props: Partial<{ signal: Signal; clip: ClipState; error: string | null; onClip: () => void; onClose: () => void; display: (t: string) => string }> = {}) {
  ui.render(
    <SignalCard
      signal={props.signal ?? SIGNAL}
      clip={props.clip ?? 'idle'}
      error={props.error ?? null}
      display={props.display ?? identity}
      onClip={props.onClip ?? (() => {})}
      onClose={props.onClose ?? (() => {})}
    />,
  );
}

function clipButton(): HTMLButtonElement {
  const b = ui.container.querySelector<HTMLButtonElement>('button.clip');
  if (!b) throw new Error('no clip button');
  return b;
}

describe('SignalCard', () => {
  it('shows the category label, direction, confidence and why', () => {
    renderCard();
    const dialog = ui.container.querySelector('[role=dialog]');
    expect(dialog?.getAttribute('aria-label')).toBe('Lodestone signal: Export control');
    expect(ui.container.querySelector('.chip')?.textContent).toBe('Export control');
    expect(ui.container.querySelector('.card__direction')?.textContent).toBe('tightening');
    expect(ui.container.querySelector('.card__confidence')?.textContent).toBe('86%');
    expect(ui.container.querySelector('.card__why')?.textContent).toBe(SIGNAL.why);
  });

  it('labels every category with its own name', () => {
    for (const category of Object.keys(CATEGORY_STYLES) as Signal['category'][]) {
      renderCard({ signal: { ...SIGNAL, category } });
      expect(ui.container.querySelector('.chip')?.textContent).toBe(CATEGORY_STYLES[category].label);
    }
  });

  it('leaves out the direction when there is none, and rounds confidence at the ends', () => {
    renderCard({ signal: { ...SIGNAL, direction: null, confidence: 1 } });
    expect(ui.container.querySelector('.card__direction')).toBeNull();
    expect(ui.container.querySelector('.card__confidence')?.textContent).toBe('100%');
    renderCard({ signal: { ...SIGNAL, confidence: 0.004 } });
    expect(ui.container.querySelector('.card__confidence')?.textContent).toBe('0%');
  });

  it('lists the figures, and no list when there are none', () => {
    renderCard();
    expect([...ui.container.querySelectorAll('.card__figures li')].map((li) => li.textContent)).toEqual(['95%+', '2026']);
    renderCard({ signal: { ...SIGNAL, figures: [] } });
    expect(ui.container.querySelector('.card__figures')).toBeNull();
  });

  it('shows page text through display()', () => {
    renderCard({ signal: { ...SIGNAL, why: 'cue about Chinaâ€™s quota' }, display: (t) => t.replace(/â€™/g, '’') });
    expect(ui.container.querySelector('.card__why')?.textContent).toBe('cue about China’s quota');
  });

  it('calls onClip from an idle Clip button, and onClose from Close', () => {
    const onClip = vi.fn();
    const onClose = vi.fn();
    renderCard({ onClip, onClose });
    expect(clipButton().textContent).toBe('Clip');
    expect(clipButton().disabled).toBe(false);
    click(clipButton());
    expect(onClip).toHaveBeenCalledTimes(1);
    click(ui.container.querySelector('button[aria-label=Close]'));
    expect(onClose).toHaveBeenCalledTimes(1);
    expect(onClip).toHaveBeenCalledTimes(1);
  });

  it.each([
    ['saving', 'Saving…'],
    ['saved', 'Saved ✓'],
  ] as const)('disables the Clip button while %s', (clip, label) => {
    const onClip = vi.fn();
    renderCard({ clip, onClip });
    expect(clipButton().textContent).toBe(label);
    expect(clipButton().disabled).toBe(true);
    expect(clipButton().className).toContain(`clip--${clip}`);
    click(clipButton());
    expect(onClip).not.toHaveBeenCalled();
    expect(ui.container.querySelector('[role=alert]')).toBeNull();
  });

  it('shows the error with role=alert and lets the reader retry', () => {
    const onClip = vi.fn();
    renderCard({ clip: 'error', error: 'Could not save the clip: storage is full.', onClip });
    const alert = ui.container.querySelector('[role=alert]');
    expect(alert?.textContent).toBe('Could not save the clip: storage is full.');
    expect(clipButton().disabled).toBe(false);
    expect(button(ui.container, 'Clip')).toBe(clipButton());
    click(clipButton());
    expect(onClip).toHaveBeenCalledTimes(1);
  });

  it('has only type=button buttons', () => {
    renderCard();
    const buttons = [...ui.container.querySelectorAll('button')];
    expect(buttons).toHaveLength(2);
    for (const b of buttons) expect(b.getAttribute('type')).toBe('button');
  });

  it('renders hostile page text as text, never as HTML', () => {
    const attack = '<img src=x onerror=alert(1)>';
    renderCard({
      signal: { ...SIGNAL, why: `why ${attack}`, figures: [{ text: attack, value: null, unit: null }] },
      clip: 'error',
      error: `error ${attack}`,
    });
    expect(ui.container.querySelector('img')).toBeNull();
    expect(ui.container.querySelector('[onerror]')).toBeNull();
    expect(ui.container.querySelector('.card__why')?.textContent).toBe(`why ${attack}`);
    expect(ui.container.querySelector('.card__figures li')?.textContent).toBe(attack);
    expect(ui.container.querySelector('[role=alert]')?.textContent).toBe(`error ${attack}`);
  });
});

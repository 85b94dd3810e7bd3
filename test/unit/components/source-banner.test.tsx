// @vitest-environment jsdom
// Covers components/in-page/source-banner.tsx: the heading for each banner kind, the relay and
// its description, the evidence and disclosures once each, collapse, dismiss, and page text that
// is always rendered as text.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SourceBanner } from '../../../components/in-page/source-banner';
import type { Relay, SourceAssessment } from '../../../lib/analysis-result';
import { button, click, mount, occurrences } from './render';

const NORTHERN: Relay = {
  name: "Northern Rare Earth Group's International Trade Company",
  level: 'state-affiliated',
  kind: 'attribution',
  description: 'Chinese state-owned enterprise',
  country: 'China',
  evidence: 'according to a new update published by its state-affiliated International Trade Company',
  reference: null,
};
const DISCLAIMER = 'Disclaimer: This news item originates from a media outlet affiliated with a Chinese state-owned enterprise.';

const SEED: SourceAssessment = {
  publisher: { domain: 'rareearthexchanges.com', name: 'Rare Earth Exchanges', level: 'unknown', country: null, basis: null, reference: null },
  relays: [NORTHERN],
  disclosures: [DISCLAIMER],
  banner: 'relays-state',
};

const GLOBAL_TIMES: SourceAssessment = {
  publisher: {
    domain: 'globaltimes.cn',
    name: 'Global Times',
    level: 'state-controlled',
    country: 'China',
    basis: 'State Media Monitor typology SC: state-controlled, state-funded',
    reference: 'https://statemediamonitor.com/State_Media_Matrix',
  },
  relays: [],
  disclosures: [],
  banner: 'state-controlled',
};

let ui: ReturnType<typeof mount>;
const identity = (t: string) => t;

beforeEach(() => {
  ui = mount();
});
afterEach(() => {
  ui.unmount();
});

function title(): string {
  return ui.container.querySelector('.banner__title')?.textContent ?? '';
}

describe('SourceBanner', () => {
  it('renders nothing when there is no banner', () => {
    ui.render(
      <SourceBanner
        source={{ ...SEED, relays: [], disclosures: [], banner: null, publisher: { ...SEED.publisher, level: 'public-independent' } }}
        display={identity}
        onDismissSite={() => {}}
      />,
    );
    expect(ui.container.innerHTML).toBe('');
  });

  it.each([
    ['state-controlled', 'State-controlled publisher'],
    ['state-aligned', 'State-aligned publisher'],
    ['state-affiliated', 'State-affiliated publisher'],
  ] as const)('shows the heading for a %s publisher', (banner, heading) => {
    ui.render(
      <SourceBanner
        source={{ ...GLOBAL_TIMES, banner, publisher: { ...GLOBAL_TIMES.publisher, level: banner } }}
        display={identity}
        onDismissSite={() => {}}
      />,
    );
    expect(title()).toBe(heading);
    const region = ui.container.querySelector('[role=region]');
    expect(region?.getAttribute('aria-label')).toBe('Lodestone source notice');
    expect(region?.className).toContain(`banner--${banner}`);
    expect(ui.container.querySelector('.banner__who')?.textContent).toBe(`Global Times (globaltimes.cn) is ${banner} media of China.`);
  });

  it('shows the basis and reference of a state publisher', () => {
    ui.render(<SourceBanner source={GLOBAL_TIMES} display={identity} onDismissSite={() => {}} />);
    const basis = ui.container.querySelector('.banner__basis')?.textContent ?? '';
    expect(basis).toContain('State Media Monitor typology SC');
    expect(basis).toContain('https://statemediamonitor.com/State_Media_Matrix');
    expect(ui.container.querySelector('.banner__evidence')).toBeNull();
  });

  it('names the relay, its description and the level in a relays-state banner', () => {
    ui.render(<SourceBanner source={SEED} display={identity} onDismissSite={() => {}} />);
    expect(title()).toBe('Relays a state-affiliated source');
    const who = ui.container.querySelector('.banner__who')?.textContent ?? '';
    expect(who).toContain("Northern Rare Earth Group's International Trade Company");
    expect(who).toContain('Chinese state-owned enterprise');
    expect(who).toContain('Rare Earth Exchanges (rareearthexchanges.com)');
    expect(who).toContain('The publisher itself is not in the registry.');
  });

  it('titles a relayed state-controlled outlet by its own level', () => {
    const xinhua: Relay = { ...NORTHERN, name: 'Xinhua', level: 'state-controlled', description: 'Chinese state news agency', evidence: 'according to state news agency Xinhua' };
    ui.render(<SourceBanner source={{ ...SEED, relays: [NORTHERN, xinhua], disclosures: [] }} display={identity} onDismissSite={() => {}} />);
    expect(title()).toBe('Relays a state-controlled source');
    expect(ui.container.querySelector('.banner__who')?.textContent).toContain('Xinhua, a Chinese state news agency');
  });

  it('lists the relay evidence and the disclosures, once each, and no photo credit', () => {
    const photo: Relay = { ...NORTHERN, name: 'Xinhua', level: 'state-controlled', kind: 'photo-credit', evidence: '(Xinhua/Li Xin)' };
    const again: Relay = { ...NORTHERN, kind: 'origin' };
    ui.render(
      <SourceBanner source={{ ...SEED, relays: [NORTHERN, again, photo], disclosures: [DISCLAIMER, DISCLAIMER] }} display={identity} onDismissSite={() => {}} />,
    );
    const items = [...ui.container.querySelectorAll('.banner__evidence li')].map((li) => li.textContent);
    expect(items).toEqual([NORTHERN.evidence, DISCLAIMER]);
    const text = ui.container.textContent ?? '';
    expect(occurrences(text, NORTHERN.evidence)).toBe(1);
    expect(occurrences(text, DISCLAIMER)).toBe(1);
    expect(text).not.toContain('(Xinhua/Li Xin)');
    expect(text).toContain('Evidence in the article');
  });

  it('shows page text through display() (mojibake repaired for reading)', () => {
    const display = vi.fn((t: string) => t.replace(/â€™/g, '’'));
    ui.render(<SourceBanner source={{ ...SEED, disclosures: ['Chinaâ€™s state-owned enterprise is the source.'] }} display={display} onDismissSite={() => {}} />);
    expect(ui.container.textContent).toContain('China’s state-owned enterprise is the source.');
    expect(ui.container.textContent).not.toContain('â€™');
    expect(display).toHaveBeenCalled();
  });

  it('collapses to a one-line summary and expands again', () => {
    ui.render(<SourceBanner source={SEED} display={identity} onDismissSite={() => {}} />);
    expect(ui.container.querySelector('.banner__body')).not.toBeNull();
    expect(ui.container.querySelector('.banner__summary')).toBeNull();
    expect(button(ui.container, 'Collapse').getAttribute('aria-expanded')).toBe('true');

    click(button(ui.container, 'Collapse'));
    expect(ui.container.querySelector('.banner__body')).toBeNull();
    expect(ui.container.querySelector('.banner__evidence')).toBeNull();
    expect(ui.container.querySelector('.banner__summary')?.textContent).toBe(
      "Relays a state-affiliated source: Northern Rare Earth Group's International Trade Company, Chinese state-owned enterprise",
    );
    expect(title()).toBe('Relays a state-affiliated source');
    expect(button(ui.container, 'Show').getAttribute('aria-expanded')).toBe('false');

    click(button(ui.container, 'Show'));
    expect(ui.container.querySelector('.banner__body')).not.toBeNull();
    expect(ui.container.querySelector('.banner__summary')).toBeNull();
  });

  it('calls onDismissSite from "Dismiss for this site"', () => {
    const onDismissSite = vi.fn();
    ui.render(<SourceBanner source={SEED} display={identity} onDismissSite={onDismissSite} />);
    click(button(ui.container, 'Dismiss for this site'));
    expect(onDismissSite).toHaveBeenCalledTimes(1);
    // Every button is a real button, so a page form around the banner is never submitted.
    for (const b of ui.container.querySelectorAll('button')) expect(b.getAttribute('type')).toBe('button');
  });

  it('renders hostile page text as text, never as HTML', () => {
    const attack = '<img src=x onerror=alert(1)>';
    ui.render(
      <SourceBanner
        source={{
          ...SEED,
          publisher: { ...SEED.publisher, name: `Evil ${attack} News` },
          relays: [{ ...NORTHERN, name: `Relay ${attack}`, description: attack, evidence: `according to ${attack}` }],
          disclosures: [`Disclaimer ${attack}`],
        }}
        display={identity}
        onDismissSite={() => {}}
      />,
    );
    expect(ui.container.querySelector('img')).toBeNull();
    expect(ui.container.querySelector('[onerror]')).toBeNull();
    const items = [...ui.container.querySelectorAll('.banner__evidence li')].map((li) => li.textContent);
    expect(items).toEqual([`according to ${attack}`, `Disclaimer ${attack}`]);
    expect(ui.container.querySelector('.banner__who')?.textContent).toContain(`Relay ${attack}`);
    click(button(ui.container, 'Collapse'));
    expect(ui.container.querySelector('.banner__summary')?.textContent).toContain(attack);
    expect(ui.container.querySelector('img')).toBeNull();
  });
});

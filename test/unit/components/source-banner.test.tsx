// @vitest-environment jsdom
// Covers components/in-page/source-banner.tsx: the heading, class and mark of each banner kind;
// who / what kind / why (the relay and its description, the evidence and disclosures once each,
// the basis and the references); wires reported for what they are; collapse; dismiss; "this label
// is wrong" (form, save, error, cancel); page scripts' synthetic clicks ignored; page text always
// rendered as text.
import { act } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SourceBanner } from '../../../components/in-page/source-banner';
import type { Relay, SourceAssessment } from '../../../lib/analysis-result';
import { OVERRIDE_REFERENCE } from '../../../lib/sources/source-override';
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
        trustedOnly={false}
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
        trustedOnly={false}
      />,
    );
    expect(title()).toBe(heading);
    const region = ui.container.querySelector('[role=region]');
    expect(region?.getAttribute('aria-label')).toBe('Lodestone source notice');
    expect(region?.className).toContain(`banner--${banner}`);
    expect(ui.container.querySelector('.banner__who')?.textContent).toBe(
      banner === 'state-affiliated' ? 'Global Times (globaltimes.cn) is a state-affiliated site of China.' : `Global Times (globaltimes.cn) is ${banner} media of China.`,
    );
  });

  it('shows the basis and reference of a state publisher', () => {
    ui.render(<SourceBanner source={GLOBAL_TIMES} display={identity} onDismissSite={() => {}} trustedOnly={false} />);
    const basis = ui.container.querySelector('.banner__basis')?.textContent ?? '';
    expect(basis).toContain('State Media Monitor typology SC');
    expect(ui.container.querySelector('.banner__refs')?.textContent).toContain('https://statemediamonitor.com/State_Media_Matrix');
    expect(ui.container.querySelector('.banner__evidence')).toBeNull();
  });

  it('names the relay, its description and the level in a relays-state banner', () => {
    ui.render(<SourceBanner source={SEED} display={identity} onDismissSite={() => {}} trustedOnly={false} />);
    expect(title()).toBe('Relays a state-affiliated source');
    const who = ui.container.querySelector('.banner__who')?.textContent ?? '';
    expect(who).toContain("Northern Rare Earth Group's International Trade Company");
    expect(who).toContain('Chinese state-owned enterprise');
    expect(who).toContain('Rare Earth Exchanges (rareearthexchanges.com)');
    expect(who).toContain('The publisher itself is not in the registry.');
  });

  it('titles a relayed state-controlled outlet by its own level', () => {
    const xinhua: Relay = { ...NORTHERN, name: 'Xinhua', level: 'state-controlled', description: 'Chinese state news agency', evidence: 'according to state news agency Xinhua' };
    ui.render(<SourceBanner source={{ ...SEED, relays: [NORTHERN, xinhua], disclosures: [] }} display={identity} onDismissSite={() => {}} trustedOnly={false} />);
    expect(title()).toBe('Relays a state-controlled source');
    expect(ui.container.querySelector('.banner__who')?.textContent).toContain('Xinhua, a Chinese state news agency');
  });

  it('lists the relay evidence and the disclosures, once each, and no photo credit', () => {
    const photo: Relay = { ...NORTHERN, name: 'Xinhua', level: 'state-controlled', kind: 'photo-credit', evidence: '(Xinhua/Li Xin)' };
    const again: Relay = { ...NORTHERN, kind: 'origin' };
    ui.render(
      <SourceBanner source={{ ...SEED, relays: [NORTHERN, again, photo], disclosures: [DISCLAIMER, DISCLAIMER] }} display={identity} onDismissSite={() => {}} trustedOnly={false} />,
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
    ui.render(<SourceBanner source={{ ...SEED, disclosures: ['Chinaâ€™s state-owned enterprise is the source.'] }} display={display} onDismissSite={() => {}} trustedOnly={false} />);
    expect(ui.container.textContent).toContain('China’s state-owned enterprise is the source.');
    expect(ui.container.textContent).not.toContain('â€™');
    expect(display).toHaveBeenCalled();
  });

  it('collapses to a one-line summary and expands again', () => {
    ui.render(<SourceBanner source={SEED} display={identity} onDismissSite={() => {}} trustedOnly={false} />);
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
    ui.render(<SourceBanner source={SEED} display={identity} onDismissSite={onDismissSite} trustedOnly={false} />);
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
        trustedOnly={false}
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

const GT_SC = GLOBAL_TIMES;
const REUTERS: Relay = {
  name: 'Reuters',
  level: 'unknown',
  kind: 'dateline',
  description: 'independent news agency',
  country: 'United Kingdom',
  evidence: 'BEIJING, Oct 9 (Reuters) -',
  reference: null,
};
const XINHUA: Relay = {
  name: 'Xinhua',
  level: 'state-controlled',
  kind: 'attribution',
  description: 'Chinese state news agency',
  country: 'China',
  evidence: 'according to state news agency Xinhua',
  reference: 'github:ASD-at-GMF/state-media-profiles State_Media_Matrix.csv line 77',
};

function setText(el: HTMLTextAreaElement, value: string) {
  const setter = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')!.set!;
  act(() => {
    setter.call(el, value);
    el.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

function radio(label: string): HTMLInputElement {
  const l = [...ui.container.querySelectorAll('.banner__choices label')].find((x) => x.textContent?.trim() === label);
  if (!l) throw new Error(`no choice "${label}"`);
  return l.querySelector('input')!;
}

describe('SourceBanner: four kinds, four styles', () => {
  it.each([
    ['state-controlled', '■', GT_SC],
    ['state-aligned', '▲', { ...GT_SC, banner: 'state-aligned', publisher: { ...GT_SC.publisher, level: 'state-aligned' } }],
    ['state-affiliated', '◆', { ...GT_SC, banner: 'state-affiliated', publisher: { ...GT_SC.publisher, level: 'state-affiliated' } }],
    ['relays-state', '↪', SEED],
  ] as const)('%s has its own class and mark', (kind, mark, source) => {
    ui.render(<SourceBanner source={source as SourceAssessment} display={identity} onDismissSite={() => {}} trustedOnly={false} />);
    const region = ui.container.querySelector('.banner')!;
    expect([...region.classList].filter((c) => /^banner--(state|relays)/.test(c))[0]).toBe(`banner--${kind}`);
    expect(ui.container.querySelector('.banner__mark')?.textContent).toBe(mark);
  });

  it('tints a relay banner by the level it relays', () => {
    ui.render(<SourceBanner source={SEED} display={identity} onDismissSite={() => {}} trustedOnly={false} />);
    expect(ui.container.querySelector('.banner')?.classList.contains('banner--relay-state-affiliated')).toBe(true);
  });
});

describe('SourceBanner: who, what kind, why', () => {
  const facts = () =>
    Object.fromEntries([...ui.container.querySelectorAll('.banner__facts dt')].map((dt) => [dt.textContent, dt.nextElementSibling?.textContent ?? '']));

  it('explains a state publisher with the registry basis and reference', () => {
    ui.render(<SourceBanner source={GT_SC} display={identity} onDismissSite={() => {}} trustedOnly={false} />);
    const f = facts();
    expect(Object.keys(f)).toEqual(['Who', 'What kind', 'Why', 'Reference']);
    expect(f['What kind']).toMatch(/^State-controlled: the state controls/);
    expect(f['Why']).toContain('Basis: State Media Monitor typology SC');
    expect(f['Reference']).toBe('Global Times: https://statemediamonitor.com/State_Media_Matrix');
  });

  it('explains a relay by the relayed level, with the relay’s reference', () => {
    ui.render(<SourceBanner source={{ ...SEED, relays: [NORTHERN, XINHUA] }} display={identity} onDismissSite={() => {}} trustedOnly={false} />);
    const f = facts();
    expect(f['What kind']).toMatch(/^State-controlled:/);
    expect(f['Why']).toContain(XINHUA.evidence);
    expect(f['Why']).toContain(NORTHERN.evidence);
    expect(f['Why']).not.toContain('Basis:');
    expect(f['Reference']).toBe(`Xinhua: ${XINHUA.reference}`);
  });

  it('reports an independent wire carried by a state outlet for what it is', () => {
    ui.render(<SourceBanner source={{ ...GT_SC, relays: [REUTERS] }} display={identity} onDismissSite={() => {}} trustedOnly={false} />);
    expect(title()).toBe('State-controlled publisher');
    expect(facts()['Also carries']).toBe('Reuters, independent news agency: BEIJING, Oct 9 (Reuters) -');
    // The wire is not evidence of the state label.
    expect(ui.container.querySelector('.banner__evidence')).toBeNull();
  });

  it('marks a corrected label as the reader’s correction', () => {
    const corrected: SourceAssessment = {
      ...GT_SC,
      banner: 'state-aligned',
      publisher: { ...GT_SC.publisher, level: 'state-aligned', basis: 'Corrected on this device on 2025-11-26: state-aligned', reference: OVERRIDE_REFERENCE },
    };
    ui.render(<SourceBanner source={corrected} display={identity} onDismissSite={() => {}} trustedOnly={false} />);
    expect(title()).toBe('State-aligned publisher');
    expect(ui.container.querySelector('.banner__tag')?.textContent).toBe('Your correction');
    expect(facts()['Why']).toContain('Corrected on this device');
    ui.render(<SourceBanner source={GT_SC} display={identity} onDismissSite={() => {}} trustedOnly={false} />);
    expect(ui.container.querySelector('.banner__tag')).toBeNull();
  });
});

describe('SourceBanner: "This label is wrong"', () => {
  it('files a correction for the publisher’s domain with the chosen level and note', async () => {
    const onCorrect = vi.fn(async () => {});
    ui.render(<SourceBanner source={GT_SC} display={identity} onDismissSite={() => {}} onCorrect={onCorrect} trustedOnly={false} />);
    expect(ui.container.querySelector('.banner__correct')).toBeNull();
    click(button(ui.container, 'This label is wrong'));
    expect(ui.container.querySelector('.banner__correct legend')?.textContent).toBe('What is right for globaltimes.cn?');
    // The current level is not offered; nothing is chosen yet, so nothing can be saved.
    const offered = [...ui.container.querySelectorAll('.banner__choices label')].map((l) => l.textContent);
    expect(offered).toEqual(['State-aligned', 'State-affiliated (a state company or body)', 'Publicly funded, editorially independent', 'Not state-linked']);
    expect(button(ui.container, 'Save correction').disabled).toBe(true);

    click(radio('State-aligned'));
    setText(ui.container.querySelector('textarea')!, 'Owned by a party paper, run as a business');
    expect(button(ui.container, 'Save correction').disabled).toBe(false);
    await act(async () => {
      button(ui.container, 'Save correction').dispatchEvent(new MouseEvent('click', { bubbles: true }));
    });
    expect(onCorrect).toHaveBeenCalledWith({ domain: 'globaltimes.cn', level: 'state-aligned', note: 'Owned by a party paper, run as a business' });
    expect(ui.container.querySelector('.banner__correct')).toBeNull();
    expect(ui.container.querySelector('[role=status]')?.textContent).toMatch(/^Saved on this device: globaltimes.cn is now marked state-aligned\./);
    expect(ui.container.querySelector('[role=status]')?.textContent).toContain('side panel');
  });

  it('says so when the correction cannot be saved, and keeps the form', async () => {
    const onCorrect = vi.fn(async () => {
      throw new Error('storage is full');
    });
    ui.render(<SourceBanner source={SEED} display={identity} onDismissSite={() => {}} onCorrect={onCorrect} trustedOnly={false} />);
    click(button(ui.container, 'This label is wrong'));
    click(radio('Not state-linked'));
    await act(async () => {
      button(ui.container, 'Save correction').dispatchEvent(new MouseEvent('click', { bubbles: true }));
    });
    expect(onCorrect).toHaveBeenCalledWith({ domain: 'rareearthexchanges.com', level: 'unknown', note: '' });
    expect(ui.container.querySelector('[role=alert]')?.textContent).toBe('Not saved: storage is full');
    expect(ui.container.querySelector('.banner__correct')).not.toBeNull();
  });

  it('cancels without saving', () => {
    const onCorrect = vi.fn(async () => {});
    ui.render(<SourceBanner source={GT_SC} display={identity} onDismissSite={() => {}} onCorrect={onCorrect} trustedOnly={false} />);
    click(button(ui.container, 'This label is wrong'));
    click(radio('Not state-linked'));
    click(button(ui.container, 'Cancel'));
    expect(ui.container.querySelector('.banner__correct')).toBeNull();
    expect(onCorrect).not.toHaveBeenCalled();
  });

  it('offers no correction when the publisher has no domain', () => {
    ui.render(<SourceBanner source={{ ...GT_SC, publisher: { ...GT_SC.publisher, domain: null } }} display={identity} onDismissSite={() => {}} trustedOnly={false} />);
    expect([...ui.container.querySelectorAll('button')].map((b) => b.textContent)).toEqual(['Collapse', 'Dismiss for this site']);
  });
});

describe('SourceBanner: page scripts cannot act for the reader', () => {
  it('ignores synthetic clicks on "Dismiss" and "This label is wrong" by default', () => {
    const onDismissSite = vi.fn();
    ui.render(<SourceBanner source={GT_SC} display={identity} onDismissSite={onDismissSite} />);
    click(button(ui.container, 'Dismiss for this site'));
    click(button(ui.container, 'This label is wrong'));
    expect(onDismissSite).not.toHaveBeenCalled();
    expect(ui.container.querySelector('.banner__correct')).toBeNull();
    // Collapsing only changes the reader's view: it stays open to any click.
    click(button(ui.container, 'Collapse'));
    expect(ui.container.querySelector('.banner__body')).toBeNull();
  });
});

describe('SourceBanner: a state publisher that also relays', () => {
  it('gives the registry basis as the why, and the article’s relays apart', () => {
    ui.render(<SourceBanner source={{ ...GT_SC, relays: [NORTHERN], disclosures: [DISCLAIMER] }} display={identity} onDismissSite={() => {}} trustedOnly={false} />);
    const dts = [...ui.container.querySelectorAll('.banner__facts dt')].map((d) => d.textContent);
    expect(dts).toEqual(['Who', 'What kind', 'Why', 'Relays', 'Reference']);
    expect(ui.container.querySelector('.banner__why')?.textContent).toBe(`Basis: ${GT_SC.publisher.basis}`);
    expect([...ui.container.querySelectorAll('.banner__relayed li')].map((li) => li.textContent)).toEqual([NORTHERN.evidence, DISCLAIMER]);
  });
});

// Covers lib/source-label.ts: the one-line source label shown in the banner title, the side panel
// and every clip, the relays that speak for the text, and the words for each source level.
import { describe, expect, it } from 'vitest';
import { SOURCE_LEVELS, type Relay, type SourceAssessment } from '../../lib/analysis-result';
import { levelWords, sourceLabel, textRelays } from '../../lib/source-label';

function relay(r: Partial<Relay> & Pick<Relay, 'name' | 'level'>): Relay {
  return { kind: 'attribution', description: null, country: null, evidence: '', reference: null, ...r };
}

const XINHUA = relay({
  name: 'Xinhua',
  level: 'state-controlled',
  kind: 'attribution',
  description: 'Chinese state news agency',
  country: 'China',
  evidence: 'according to state news agency Xinhua',
  reference: 'https://statemediamonitor.com/',
});
const NORTHERN = relay({
  name: "Northern Rare Earth Group's International Trade Company",
  level: 'state-affiliated',
  description: 'Chinese state-owned enterprise',
  country: 'China',
  evidence: 'according to a new update published by its state-affiliated International Trade Company',
});
const PHOTO = relay({ name: 'Xinhua', level: 'state-controlled', kind: 'photo-credit', evidence: '(Xinhua/Li Xin)' });
const REUTERS = relay({ name: 'Reuters', level: 'unknown', kind: 'dateline', evidence: 'BEIJING, Oct 9 (Reuters) -' });
const BBC_RELAY = relay({ name: 'BBC', level: 'public-independent', kind: 'credit', evidence: 'Reporting by the BBC' });
const SPUTNIK = relay({ name: 'Sputnik', level: 'state-aligned', kind: 'credit', description: 'Russian state-funded outlet', evidence: 'Sputnik reported' });

const GLOBAL_TIMES: SourceAssessment = {
  publisher: {
    domain: 'globaltimes.cn',
    name: 'Global Times',
    level: 'state-controlled',
    country: 'China',
    basis: 'State Media Monitor typology SC',
    reference: 'https://statemediamonitor.com/State_Media_Matrix',
  },
  relays: [],
  disclosures: [],
  banner: 'state-controlled',
};

const REE_EXCHANGES: SourceAssessment = {
  publisher: { domain: 'rareearthexchanges.com', name: 'Rare Earth Exchanges', level: 'unknown', country: null, basis: null, reference: null },
  relays: [NORTHERN],
  disclosures: ['Disclaimer: This news item originates from a media outlet affiliated with a Chinese state-owned enterprise.'],
  banner: 'relays-state',
};

const BBC: SourceAssessment = {
  publisher: { domain: 'bbc.co.uk', name: 'BBC News', level: 'public-independent', country: 'United Kingdom', basis: 'typology IP', reference: null },
  relays: [],
  disclosures: [],
  banner: null,
};

describe('levelWords', () => {
  it('has words for every level', () => {
    for (const level of SOURCE_LEVELS) expect(levelWords(level).length).toBeGreaterThan(3);
  });

  it('never puts warning words on a publicly funded independent outlet', () => {
    const words = levelWords('public-independent');
    expect(words).toBe('publicly funded, editorially independent');
    expect(words).not.toMatch(/state|controlled|aligned|affiliated|propaganda/i);
  });

  it('names the state levels plainly and keeps them apart', () => {
    expect(levelWords('state-controlled')).toBe('state-controlled');
    expect(levelWords('state-aligned')).toBe('state-aligned');
    expect(levelWords('state-affiliated')).toBe('state-affiliated');
    expect(levelWords('unknown')).toBe('not in the registry');
    expect(new Set(SOURCE_LEVELS.map(levelWords)).size).toBe(SOURCE_LEVELS.length);
  });
});

describe('textRelays', () => {
  it('leaves out photo credits, unknown and public-independent relays', () => {
    const s: SourceAssessment = { ...REE_EXCHANGES, relays: [PHOTO, REUTERS, BBC_RELAY, NORTHERN] };
    expect(textRelays(s)).toEqual([NORTHERN]);
    expect(textRelays({ ...s, relays: [PHOTO] })).toEqual([]);
  });

  it('puts the strongest level first', () => {
    const s: SourceAssessment = { ...REE_EXCHANGES, relays: [NORTHERN, SPUTNIK, XINHUA] };
    expect(textRelays(s).map((r) => r.name)).toEqual(['Xinhua', 'Sputnik', NORTHERN.name]);
  });

  it('does not reorder the assessment it was given', () => {
    const relays = [NORTHERN, XINHUA];
    textRelays({ ...REE_EXCHANGES, relays });
    expect(relays).toEqual([NORTHERN, XINHUA]);
  });
});

describe('sourceLabel', () => {
  it('names a state-controlled publisher with its country', () => {
    expect(sourceLabel(GLOBAL_TIMES)).toBe('Global Times: state-controlled publisher (China)');
  });

  it('names state-aligned and state-affiliated publishers, with no country when none is known', () => {
    expect(
      sourceLabel({
        ...GLOBAL_TIMES,
        publisher: { ...GLOBAL_TIMES.publisher, domain: 'kp.ru', name: 'Komsomolskaya Pravda', level: 'state-aligned', country: 'Russia' },
        banner: 'state-aligned',
      }),
    ).toBe('Komsomolskaya Pravda: state-aligned publisher (Russia)');
    expect(
      sourceLabel({
        ...GLOBAL_TIMES,
        publisher: { ...GLOBAL_TIMES.publisher, domain: 'reht.example', name: null, level: 'state-affiliated', country: null },
        banner: 'state-affiliated',
      }),
    ).toBe('reht.example: state-affiliated publisher');
  });

  it('names the relay and what it is for an article that relays a state source', () => {
    expect(sourceLabel(REE_EXCHANGES)).toBe(
      "Relays a state-affiliated source: Northern Rare Earth Group's International Trade Company, Chinese state-owned enterprise",
    );
  });

  it('names the strongest text relay, not a photo credit', () => {
    const s: SourceAssessment = { ...REE_EXCHANGES, relays: [PHOTO, NORTHERN, XINHUA] };
    expect(sourceLabel(s)).toBe('Relays a state-controlled source: Xinhua, Chinese state news agency');
    expect(sourceLabel({ ...REE_EXCHANGES, relays: [{ ...XINHUA, description: null }] })).toBe('Relays a state-controlled source: Xinhua');
  });

  it('still reads sensibly when a relays-state assessment has no text relay', () => {
    expect(sourceLabel({ ...REE_EXCHANGES, relays: [PHOTO] })).toMatch(/^Relays a state-linked source/);
  });

  it('gives a public-independent publisher information, not a warning', () => {
    const label = sourceLabel(BBC);
    expect(label).toBe('BBC News: publicly funded, editorially independent');
    expect(label).not.toMatch(/state/i);
  });

  it('gives an unknown publisher its name, domain or "This site", with no level words', () => {
    const unknown: SourceAssessment = { ...REE_EXCHANGES, relays: [], disclosures: [], banner: null };
    expect(sourceLabel(unknown)).toBe('Rare Earth Exchanges');
    expect(sourceLabel({ ...unknown, publisher: { ...unknown.publisher, name: null } })).toBe('rareearthexchanges.com');
    expect(sourceLabel({ ...unknown, publisher: { ...unknown.publisher, name: null, domain: null } })).toBe('This site');
  });
});

import type { NewClip } from '../../../lib/clips/clip-schema';

/** A realistic clip request, as the reader would send it for the seed article. */
export function newClipInput(overrides: Partial<NewClip> = {}): NewClip {
  return {
    text: 'China’s Northern Rare Earth Group is tightening the screws on its international trade strategy as we wrap up the final quarter of 2025, according to a new update published by its state-affiliated International Trade Company.',
    prefix: 'and heavy rare earth segments. ',
    suffix: ' The message is unmistakable: Beijing’s',
    category: 'trade-policy',
    direction: 'tightening',
    confidence: 0.86,
    entities: { materials: [], organizations: ['Northern Rare Earth Group'], places: ['China'] },
    figures: [{ text: '2025', value: 2025, unit: null }],
    why: "trade-policy cue 'trade strategy', actor China",
    origin: 'detected',
    url: 'https://rareearthexchanges.com/news/chinas-northern-rare-earth-group-tightens-grip-on-trade-strategy-heading-into-2026/',
    pageUrl: 'https://rareearthexchanges.com/news/chinas-northern-rare-earth-group-tightens-grip-on-trade-strategy-heading-into-2026/?utm_source=newsletter',
    article: {
      title: "China's Northern Rare Earth Group Tightens Grip on Trade Strategy Heading Into 2026",
      siteName: 'Rare Earth Exchanges',
      byline: null,
      publishedAt: '2025-11-24',
      lang: 'en',
    },
    source: {
      publisher: {
        domain: 'rareearthexchanges.com',
        name: 'Rare Earth Exchanges',
        level: 'unknown',
        country: null,
        basis: null,
        reference: null,
      },
      relays: [
        {
          name: "Northern Rare Earth Group's International Trade Company",
          level: 'state-affiliated',
          kind: 'attribution',
          description: 'Chinese state-owned enterprise',
          country: 'CN',
          evidence: 'according to a new update published by its state-affiliated International Trade Company',
          reference: null,
        },
      ],
      disclosures: ['Disclaimer: This news item originates from a media outlet affiliated with a Chinese state-owned enterprise.'],
      banner: 'relays-state',
    },
    sourceLabel: "Relays a state-affiliated source: Northern Rare Earth Group's International Trade Company",
    site: 'rareearthexchanges.com',
    ...overrides,
  };
}

let counter = 0;
/** IndexedDB databases outlive a test in fake-indexeddb; a fresh name keeps tests independent. */
export function uniqueDbName(): string {
  counter += 1;
  return `lodestone-test-${counter}-${Math.random().toString(36).slice(2)}`;
}

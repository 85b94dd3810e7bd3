// Covers the zod/mini message schemas of lib/messages.ts: every message that crosses a context
// boundary is parsed where it arrives, and anything malformed is refused.
import { describe, expect, it } from 'vitest';
import type { AnalysisResult } from '../../../lib/analysis-result';
import {
  AnalysisReply,
  BackgroundMessage,
  ClipSaveReply,
  MAX_HTML_CHARS,
  OffscreenMessage,
  ReaderMessage,
  SavedTextsReply,
} from '../../../lib/messages';
import { newClipInput } from '../clips/new-clip-input';

const URL_ = 'https://rareearthexchanges.com/news/chinas-northern-rare-earth-group-tightens-grip-on-trade-strategy-heading-into-2026/';
const HTML = '<!DOCTYPE html><html><head><title>Rare earths</title></head><body><article><p>China tightened export licensing.</p></article></body></html>';

function analysis(): AnalysisResult {
  return {
    url: URL_,
    article: { title: "China's Northern Rare Earth Group Tightens Grip on Trade Strategy Heading Into 2026", siteName: 'Rare Earth Exchanges', byline: null, publishedAt: '2025-11-24', lang: 'en', wordCount: 812 },
    topic: { isRareEarth: true, score: 0.93, evidence: ['dysprosium', 'PrNd', 'export licensing'] },
    source: {
      publisher: { domain: 'rareearthexchanges.com', name: 'Rare Earth Exchanges', level: 'unknown', country: null, basis: null, reference: null },
      relays: [
        {
          name: "Northern Rare Earth Group's International Trade Company",
          level: 'state-affiliated',
          kind: 'attribution',
          description: 'Chinese state-owned enterprise',
          country: 'China',
          evidence: 'according to a new update published by its state-affiliated International Trade Company',
          reference: null,
        },
      ],
      disclosures: ['Disclaimer: This news item originates from a media outlet affiliated with a Chinese state-owned enterprise.'],
      banner: 'relays-state',
    },
    signals: [
      {
        text: 'Beijing is normalizing export-control compliance as a strategic gatekeeper tool, controlling 95%+ of global separation capacity for medium-heavy rare earths like dysprosium and terbium.',
        prefix: 'heavy rare earth segments. ',
        suffix: ' China’s rare earth dominance',
        category: 'export-control',
        direction: 'tightening',
        confidence: 0.86,
        entities: { materials: ['dysprosium', 'terbium'], organizations: [], places: ['Beijing'] },
        figures: [{ text: '95%+', value: 95, unit: '%' }],
        why: "export-control cue 'export-control compliance' about rare earths, actor Beijing",
      },
    ],
  };
}

const NOT_OBJECTS: unknown[] = [null, undefined, 'gate:candidate', 42, true, [], [{ type: 'reader:ready', url: URL_ }]];

describe('BackgroundMessage', () => {
  const valid = {
    'gate:candidate': { type: 'gate:candidate', url: URL_, html: HTML, cues: ['rare earth', 'prnd'] },
    'reader:ready': { type: 'reader:ready', url: URL_ },
    'reader:analyze': { type: 'reader:analyze', url: URL_, html: HTML },
    'clip:save': { type: 'clip:save', clip: newClipInput() },
    'clips:for-page': { type: 'clips:for-page', url: URL_ },
    'tab:analysis': { type: 'tab:analysis', tabId: 412 },
  } as const;

  it.each(Object.entries(valid))('accepts a valid %s', (type, msg) => {
    const r = BackgroundMessage.safeParse(msg);
    expect(r.success).toBe(true);
    expect(r.data?.type).toBe(type);
  });

  it('accepts html of exactly MAX_HTML_CHARS and an empty cue list', () => {
    const html = 'x'.repeat(MAX_HTML_CHARS);
    expect(BackgroundMessage.safeParse({ type: 'reader:analyze', url: URL_, html }).success).toBe(true);
    expect(BackgroundMessage.safeParse({ type: 'gate:candidate', url: URL_, html, cues: [] }).success).toBe(true);
  });

  it('refuses html over MAX_HTML_CHARS', () => {
    const html = 'x'.repeat(MAX_HTML_CHARS + 1);
    expect(BackgroundMessage.safeParse({ type: 'gate:candidate', url: URL_, html, cues: [] }).success).toBe(false);
    expect(BackgroundMessage.safeParse({ type: 'reader:analyze', url: URL_, html }).success).toBe(false);
  });

  it('refuses an unknown or missing type, and messages meant for other contexts', () => {
    for (const msg of [
      { type: 'gate:maybe', url: URL_ },
      { url: URL_, html: HTML },
      { type: 'offscreen:analyze', url: URL_, html: HTML },
      { type: 'reader:scroll-to', index: 0 },
      { type: 'GATE:CANDIDATE', url: URL_, html: HTML, cues: [] },
    ]) {
      expect(BackgroundMessage.safeParse(msg).success, JSON.stringify(msg)).toBe(false);
    }
  });

  it('refuses missing fields and wrong types', () => {
    for (const msg of [
      { type: 'gate:candidate', url: URL_, html: HTML },
      { type: 'gate:candidate', url: URL_, cues: [] },
      { type: 'gate:candidate', url: URL_, html: HTML, cues: 'rare earth' },
      { type: 'gate:candidate', url: URL_, html: HTML, cues: [7] },
      { type: 'reader:ready' },
      { type: 'reader:ready', url: 42 },
      { type: 'reader:ready', url: null },
      { type: 'reader:analyze', url: URL_, html: { outerHTML: HTML } },
      { type: 'clip:save' },
      { type: 'clip:save', clip: { ...newClipInput(), text: '' } },
      { type: 'clip:save', clip: { ...newClipInput(), url: 'javascript:alert(1)' } },
      { type: 'clip:save', clip: { ...newClipInput(), confidence: 1.5 } },
      { type: 'clips:for-page', url: ['https://a.example/'] },
      { type: 'tab:analysis', tabId: '412' },
      { type: 'tab:analysis' },
    ]) {
      expect(BackgroundMessage.safeParse(msg).success, JSON.stringify(msg).slice(0, 120)).toBe(false);
    }
  });

  it('refuses too many or too long cues, and an over-long url', () => {
    const cues33 = Array.from({ length: 33 }, (_, i) => `cue${i}`);
    expect(BackgroundMessage.safeParse({ type: 'gate:candidate', url: URL_, html: HTML, cues: cues33 }).success).toBe(false);
    expect(BackgroundMessage.safeParse({ type: 'gate:candidate', url: URL_, html: HTML, cues: ['x'.repeat(65)] }).success).toBe(false);
    expect(BackgroundMessage.safeParse({ type: 'reader:ready', url: `${URL_}?q=${'a'.repeat(8_192)}` }).success).toBe(false);
  });

  it('refuses a message wrapped one level too deep', () => {
    expect(BackgroundMessage.safeParse({ message: valid['reader:ready'] }).success).toBe(false);
    expect(BackgroundMessage.safeParse({ type: { type: 'reader:ready' }, url: URL_ }).success).toBe(false);
    expect(BackgroundMessage.safeParse({ type: 'clip:save', clip: { clip: newClipInput() } }).success).toBe(false);
  });

  it.each(NOT_OBJECTS.map((v) => [JSON.stringify(v) ?? 'undefined', v]))('refuses %s', (_name, value) => {
    expect(BackgroundMessage.safeParse(value).success).toBe(false);
  });
});

describe('OffscreenMessage', () => {
  it('accepts offscreen:analyze and refuses the rest', () => {
    expect(OffscreenMessage.safeParse({ type: 'offscreen:analyze', url: URL_, html: HTML }).success).toBe(true);
    expect(OffscreenMessage.safeParse({ type: 'offscreen:analyze', url: URL_, html: 'x'.repeat(MAX_HTML_CHARS + 1) }).success).toBe(false);
    expect(OffscreenMessage.safeParse({ type: 'offscreen:analyze', url: URL_ }).success).toBe(false);
    expect(OffscreenMessage.safeParse({ type: 'reader:analyze', url: URL_, html: HTML }).success).toBe(false);
    for (const v of NOT_OBJECTS) expect(OffscreenMessage.safeParse(v).success).toBe(false);
  });
});

describe('ReaderMessage', () => {
  it('accepts scroll-to with a non-negative integer index and clips-changed', () => {
    expect(ReaderMessage.safeParse({ type: 'reader:scroll-to', index: 0 }).success).toBe(true);
    expect(ReaderMessage.safeParse({ type: 'reader:scroll-to', index: 13 }).success).toBe(true);
    expect(ReaderMessage.safeParse({ type: 'reader:clips-changed' }).success).toBe(true);
  });

  it('refuses a negative, fractional, non-finite or non-number index', () => {
    for (const index of [-1, 1.5, Number.NaN, Number.POSITIVE_INFINITY, '3', null, undefined, [3], { index: 3 }]) {
      expect(ReaderMessage.safeParse({ type: 'reader:scroll-to', index }).success, String(index)).toBe(false);
    }
  });

  it('refuses other types and non-objects', () => {
    expect(ReaderMessage.safeParse({ type: 'reader:ready', url: URL_ }).success).toBe(false);
    expect(ReaderMessage.safeParse({ type: 'tab:analysis', tabId: 1 }).success).toBe(false);
    for (const v of NOT_OBJECTS) expect(ReaderMessage.safeParse(v).success).toBe(false);
  });
});

describe('AnalysisReply', () => {
  it('accepts a result or an error', () => {
    expect(AnalysisReply.safeParse({ ok: true, result: analysis() }).success).toBe(true);
    expect(AnalysisReply.safeParse({ ok: false, error: 'Readability found no article' }).success).toBe(true);
  });

  it('refuses a mismatched or malformed reply', () => {
    const bad = analysis();
    const tooConfident = { ...bad, signals: [{ ...bad.signals[0], confidence: 1.2 }] };
    const unknownCategory = { ...bad, signals: [{ ...bad.signals[0], category: 'weather' }] };
    const unknownBanner = { ...bad, source: { ...bad.source, banner: 'propaganda' } };
    for (const reply of [
      { ok: true, error: 'x' },
      { ok: false, result: analysis() },
      { ok: true },
      { ok: false },
      { ok: 'true', result: analysis() },
      { ok: true, result: tooConfident },
      { ok: true, result: unknownCategory },
      { ok: true, result: unknownBanner },
      { ok: true, result: { ...bad, topic: null } },
      { ok: false, error: 404 },
      ...NOT_OBJECTS,
    ]) {
      expect(AnalysisReply.safeParse(reply).success, JSON.stringify(reply)?.slice(0, 80)).toBe(false);
    }
  });
});

describe('ClipSaveReply and SavedTextsReply', () => {
  it('accept their valid forms', () => {
    expect(ClipSaveReply.safeParse({ ok: true, id: 'b3e0c2c4-4f57-4e8e-9a55-0c7c8c1d1f00', created: true }).success).toBe(true);
    expect(ClipSaveReply.safeParse({ ok: true, id: 'b3e0c2c4-4f57-4e8e-9a55-0c7c8c1d1f00', created: false }).success).toBe(true);
    expect(ClipSaveReply.safeParse({ ok: false, error: 'QuotaExceededError' }).success).toBe(true);
    expect(SavedTextsReply.safeParse({ texts: [] }).success).toBe(true);
    expect(SavedTextsReply.safeParse({ texts: ['PrNd appears stable.'] }).success).toBe(true);
  });

  it('refuse malformed ones', () => {
    for (const reply of [
      { ok: true, id: 'x' },
      { ok: true, created: true },
      { ok: true, id: 7, created: true },
      { ok: true, id: 'x', created: 'yes' },
      { ok: false },
      ...NOT_OBJECTS,
    ]) {
      expect(ClipSaveReply.safeParse(reply).success, JSON.stringify(reply)).toBe(false);
    }
    expect(SavedTextsReply.safeParse({ texts: [1] }).success).toBe(false);
    expect(SavedTextsReply.safeParse({ texts: 'PrNd' }).success).toBe(false);
    expect(SavedTextsReply.safeParse(null).success).toBe(false);
  });
});

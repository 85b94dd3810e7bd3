import { describe, expect, it } from 'vitest';
import { Clip, NewClip } from '../../../lib/clips/clip-schema';
import { newClipInput } from './new-clip-input';

describe('NewClip', () => {
  it('accepts a detected clip and a manual one without analysis fields', () => {
    expect(NewClip.safeParse(newClipInput()).success).toBe(true);
    const manual = newClipInput({
      origin: 'manual',
      category: 'unclassified',
      direction: null,
      confidence: null,
      entities: { materials: [], organizations: [], places: [] },
      figures: [],
      why: '',
    });
    expect(NewClip.safeParse(manual).success).toBe(true);
  });

  it.each([
    ['text over 5,000 characters', { text: 'a'.repeat(5_001) }],
    ['empty text', { text: '' }],
    ['prefix over 200 characters', { prefix: 'p'.repeat(201) }],
    ['suffix over 200 characters', { suffix: 's'.repeat(201) }],
    ['unknown category', { category: 'gossip' }],
    ['confidence above 1', { confidence: 1.5 }],
    ['javascript: url', { url: 'javascript:alert(1)' }],
    ['not a url', { pageUrl: 'rareearthexchanges.com/news' }],
    ['unknown origin', { origin: 'imported' }],
  ])('rejects %s', (_label, override) => {
    expect(NewClip.safeParse({ ...newClipInput(), ...override }).success).toBe(false);
  });

  it('rejects a source assessment a hostile page inflated', () => {
    const input = newClipInput();
    input.source.disclosures = Array.from({ length: 100 }, () => 'd'.repeat(1_000));
    expect(NewClip.safeParse(input).success).toBe(false);
  });

  it.each(['text', 'url', 'source', 'article', 'site', 'sourceLabel'] as const)('rejects a missing %s', (key) => {
    const input: Record<string, unknown> = { ...newClipInput() };
    delete input[key];
    expect(NewClip.safeParse(input).success).toBe(false);
  });
});

describe('Clip', () => {
  const stored = {
    ...newClipInput(),
    id: '0b9f5e1c-4a4e-4c1b-9d43-3c2d1f0e8a77',
    dedupeKey: 'https://example.com/a\nsentence',
    tags: ['prnd'],
    textFragmentUrl: 'https://example.com/a#:~:text=sentence',
    createdAt: 1,
    updatedAt: 2,
  };

  it('defaults the note to an empty string', () => {
    expect(Clip.parse(stored).note).toBe('');
  });

  it('requires an id that is a uuid and numeric timestamps', () => {
    expect(Clip.safeParse({ ...stored, id: 'abc' }).success).toBe(false);
    expect(Clip.safeParse({ ...stored, createdAt: '2025-11-24' }).success).toBe(false);
  });
});

// @vitest-environment jsdom
// Covers lib/highlights/paint-highlights.ts with a minimal Highlight (jsdom has none) and a Map as
// the registry: one highlight per category, saved marks only over saved sentences, repaints that
// leave nothing stale, and a clear() that leaves the page's own highlights alone.
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Category } from '../../../lib/analysis-result';
import { HighlightPainter, type PaintedSignal } from '../../../lib/highlights/paint-highlights';

/** The part of the CSS Custom Highlight API the painter uses: a set of ranges with a priority. */
class FakeHighlight extends Set<AbstractRange> {
  priority = 0;
  type: HighlightType = 'highlight';
  constructor(...ranges: AbstractRange[]) {
    super(ranges);
  }
}

beforeAll(() => {
  vi.stubGlobal('Highlight', FakeHighlight);
});
afterAll(() => {
  vi.unstubAllGlobals();
});

const TOKEN = 'p4r7k2w9z0c3';
/** The painter's name for a kind of highlight (lib/highlights/highlight-names.ts). */
const n = (kind: string) => `lodestone-${kind}-${TOKEN}`;

let registry: Map<string, Highlight>;
let painter: HighlightPainter;

beforeEach(() => {
  document.body.innerHTML = Array.from({ length: 6 }, (_, i) => `<p id="p${i}">Sentence ${i} about rare earths.</p>`).join('');
  registry = new Map();
  painter = new HighlightPainter(registry as unknown as HighlightRegistry, TOKEN);
});

function rangeOf(i: number): Range {
  const r = document.createRange();
  r.selectNodeContents(document.getElementById(`p${i}`)!);
  return r;
}

function signal(index: number, category: Category): PaintedSignal {
  return { index, category, range: rangeOf(index) };
}

function ranges(name: string): AbstractRange[] {
  return [...((registry.get(name) as unknown as FakeHighlight | undefined) ?? [])];
}

describe('HighlightPainter.paint', () => {
  it('registers one highlight per category used, holding that category’s ranges', () => {
    const signals = [signal(0, 'pricing'), signal(1, 'export-control'), signal(2, 'pricing'), signal(3, 'demand')];
    painter.paint(signals, []);
    expect([...registry.keys()].sort()).toEqual([n('demand'), n('export-control'), n('pricing')]);
    expect(ranges(n('pricing'))).toEqual([signals[0]!.range, signals[2]!.range]);
    expect(ranges(n('export-control'))).toEqual([signals[1]!.range]);
    expect(ranges(n('demand'))).toEqual([signals[3]!.range]);
    for (const h of registry.values()) {
      expect(h).toBeInstanceOf(FakeHighlight);
      expect(h.priority).toBe(0);
    }
  });

  it('registers lodestone-saved over the saved ranges given, above the category fills', () => {
    const signals = [signal(0, 'pricing'), signal(1, 'inventory'), signal(2, 'pricing')];
    painter.paint(signals, [signals[2]!.range]);
    expect(ranges(n('saved'))).toEqual([signals[2]!.range]);
    expect(registry.get(n('saved'))!.priority).toBeGreaterThan(registry.get(n('pricing'))!.priority);
  });

  it('marks a saved clip no signal covers (a manual clip, or one the analysis no longer flags)', () => {
    const manual = rangeOf(5);
    painter.paint([signal(0, 'pricing')], [manual]);
    expect(ranges(n('saved'))).toEqual([manual]);
    painter.paint([], [manual]);
    expect([...registry.keys()]).toEqual([n('saved')]);
  });

  it('registers no saved highlight when nothing is saved, and nothing for no signals', () => {
    painter.paint([signal(0, 'pricing')], []);
    expect(registry.has(n('saved'))).toBe(false);
    painter.paint([], []);
    expect(registry.size).toBe(0);
  });

  it('leaves nothing stale on a repaint', () => {
    painter.paint([signal(0, 'pricing'), signal(1, 'demand'), signal(2, 'inventory')], [rangeOf(1)]);
    expect(registry.has(n('saved'))).toBe(true);
    const s3 = signal(3, 'pricing');
    painter.paint([s3], []);
    expect([...registry.keys()]).toEqual([n('pricing')]);
    expect(ranges(n('pricing'))).toEqual([s3.range]);
  });

  it('does not touch the page’s own highlights in the same registry', () => {
    const own = new FakeHighlight(rangeOf(5));
    registry.set('search-results', own as unknown as Highlight);
    painter.paint([signal(0, 'pricing'), signal(1, 'demand')], [rangeOf(0)]);
    painter.paint([signal(2, 'inventory')], []);
    expect(registry.get('search-results')).toBe(own);
    expect([...registry.keys()].sort()).toEqual([n('inventory'), 'search-results']);
  });
});

describe('HighlightPainter names', () => {
  it('registers every highlight under its token, so the page’s CSS cannot name it', () => {
    painter.paint([signal(0, 'pricing'), signal(1, 'supply-disruption')], [rangeOf(1)]);
    painter.focus(rangeOf(0));
    for (const name of registry.keys()) expect(name).toMatch(/^lodestone-(pricing|supply-disruption|saved|focus)-p4r7k2w9z0c3$/);
    expect(registry.size).toBe(4);
  });

  it('leaves another reader’s highlights (another token) alone', () => {
    const other = new HighlightPainter(registry as unknown as HighlightRegistry, 'a0b1c2d3e4f5');
    other.paint([signal(3, 'pricing')], [rangeOf(3)]);
    painter.paint([signal(0, 'pricing')], []);
    painter.clear();
    expect([...registry.keys()].sort()).toEqual(['lodestone-pricing-a0b1c2d3e4f5', 'lodestone-saved-a0b1c2d3e4f5']);
  });

  it('refuses a token that could not be part of a CSS identifier', () => {
    expect(() => new HighlightPainter(registry as unknown as HighlightRegistry, 'x){}')).toThrow();
  });
});

describe('HighlightPainter.clear', () => {
  it('removes only its own names', () => {
    const own = new FakeHighlight(rangeOf(5));
    registry.set('search-results', own as unknown as Highlight);
    painter.paint([signal(0, 'pricing'), signal(1, 'trade-policy')], [rangeOf(1)]);
    painter.focus(rangeOf(1));
    expect(registry.size).toBe(5);
    painter.clear();
    expect([...registry.keys()]).toEqual(['search-results']);
    expect(registry.get('search-results')).toBe(own);
  });

  it('is safe to call twice and before any paint', () => {
    painter.clear();
    painter.paint([signal(0, 'demand')], []);
    painter.clear();
    painter.clear();
    expect(registry.size).toBe(0);
  });
});

describe('HighlightPainter.focus', () => {
  it('registers lodestone-focus over one range, above the saved mark', () => {
    painter.paint([signal(0, 'pricing')], [rangeOf(0)]);
    const r = rangeOf(0);
    painter.focus(r);
    expect(ranges(n('focus'))).toEqual([r]);
    expect(registry.get(n('focus'))!.priority).toBeGreaterThan(registry.get(n('saved'))!.priority);
  });

  it('moves the focus rather than adding a second one', () => {
    const a = rangeOf(0);
    const b = rangeOf(3);
    painter.focus(a);
    painter.focus(b);
    expect(ranges(n('focus'))).toEqual([b]);
  });

  it('removes the focus with null and keeps the category highlights', () => {
    painter.paint([signal(0, 'pricing')], []);
    painter.focus(rangeOf(0));
    painter.focus(null);
    expect(registry.has(n('focus'))).toBe(false);
    expect(registry.has(n('pricing'))).toBe(true);
  });
});

describe('HighlightPainter.add', () => {
  it('adds ranges to the category highlights already painted, and registers new categories', () => {
    const first = [signal(0, 'pricing'), signal(1, 'demand')];
    painter.paint(first, [signal(5, 'pricing').range]);
    const pricing = registry.get(n('pricing'));
    painter.add([signal(2, 'pricing'), signal(3, 'inventory')]);
    // The same Highlight object, grown: nothing painted before is dropped or rebuilt.
    expect(registry.get(n('pricing'))).toBe(pricing);
    expect(ranges(n('pricing'))).toHaveLength(2);
    expect(ranges(n('inventory'))).toHaveLength(1);
    expect(registry.get(n('inventory'))!.priority).toBe(0);
    expect(ranges(n('demand'))).toEqual([first[1]!.range]);
    expect(ranges(n('saved'))).toHaveLength(1);
  });

  it('leaves a page highlight of the same name alone until it paints that name itself', () => {
    const own = new FakeHighlight(rangeOf(4)) as unknown as Highlight;
    registry.set(n('pricing'), own);
    painter.add([signal(0, 'pricing')]);
    // The painter registered its own highlight (it only grows highlights it made).
    expect(registry.get(n('pricing'))).not.toBe(own);
    painter.clear();
    expect(registry.size).toBe(0);
  });
});

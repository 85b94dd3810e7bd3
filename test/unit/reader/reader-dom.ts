// Shared by the reader's jsdom tests: the seed article as the live page, with what jsdom lacks.
// jsdom has no CSS Custom Highlight API (a Map stands for the registry and a Set for Highlight)
// and does no layout (ranges and elements get a fixed box, and nothing scrolls).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { vi } from 'vitest';
import { FIXTURES } from '../../e2e/harness';

class FakeHighlight extends Set<AbstractRange> {
  priority = 0;
  type = 'highlight';
  constructor(...ranges: AbstractRange[]) {
    super(ranges);
  }
}

/** Puts the seed article in the document and stubs what jsdom lacks; returns the page's HTML. */
export function seedArticlePage(): string {
  vi.stubGlobal('Highlight', FakeHighlight);
  vi.stubGlobal('CSS', { highlights: new Map() });
  const box = () => ({ top: 100, bottom: 120, left: 10, right: 300, width: 290, height: 20, x: 10, y: 100, toJSON: () => ({}) }) as DOMRect;
  Range.prototype.getBoundingClientRect = box;
  Range.prototype.getClientRects = () => [box()] as unknown as DOMRectList;
  Element.prototype.scrollIntoView = () => {};
  vi.stubGlobal('matchMedia', () => ({ matches: false, addEventListener() {}, removeEventListener() {} }));
  window.history.replaceState(null, '', '/');
  const html = readFileSync(join(FIXTURES, 'seed-article.html'), 'utf8');
  document.documentElement.innerHTML = new DOMParser().parseFromString(html, 'text/html').documentElement.innerHTML;
  return html;
}

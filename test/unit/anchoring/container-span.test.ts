// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { containerSpan } from '../../../lib/anchoring/container-span';
import { buildTextIndex } from '../../../lib/anchoring/text-index';

describe('containerSpan', () => {
  const root = document.createElement('div');
  root.innerHTML =
    '<nav>Menu items</nav><article><h1>Title</h1><p>Body <em>text</em> here.</p><div class="empty"></div></article><aside>Teaser</aside>';
  const index = buildTextIndex(root);

  it('is the stretch of index text that comes from inside the container', () => {
    const span = containerSpan(index, root.querySelector('article')!);
    expect(span && index.text.slice(span.start, span.end)).toBe('Title Body text here.');
    const em = containerSpan(index, root.querySelector('em')!);
    expect(em && index.text.slice(em.start, em.end)).toBe('text');
  });

  it('is the whole text for the root and null for a container without text or outside the root', () => {
    expect(containerSpan(index, root)).toEqual({ start: 0, end: index.text.length });
    expect(containerSpan(index, root.querySelector('.empty')!)).toBeNull();
    expect(containerSpan(index, document.createElement('section'))).toBeNull();
  });
});

// @vitest-environment jsdom
// Covers lib/anchoring/live-anchors.ts and range-intact.ts: ranges broken by re-rendering (nodes
// replaced by identical ones, text rewritten, the whole block removed) are recognized and repaired
// by re-anchoring only those; quotes not found are retried on request; intact ranges are kept.
import { describe, expect, it } from 'vitest';
import { LiveAnchors } from '../../../lib/anchoring/live-anchors';
import { isRangeIntact } from '../../../lib/anchoring/range-intact';

function setup(): { root: HTMLElement; anchors: LiveAnchors } {
  document.body.innerHTML =
    '<article><p id="a">Prices rose <b>18%</b> in January.</p><p id="b">Stocks of terbium grew.</p></article>';
  const anchors = new LiveAnchors([
    { exact: 'Prices rose 18% in January.' },
    { exact: 'Stocks of terbium grew.' },
    { exact: 'Indonesia banned concentrate exports.' },
  ]);
  anchors.anchorAll(document.body);
  return { root: document.body, anchors };
}

describe('LiveAnchors', () => {
  it('anchors every quote, null for the missing one', () => {
    const { anchors } = setup();
    expect(anchors.all().map((r) => r?.toString() ?? null)).toEqual(['Prices rose 18% in January.', 'Stocks of terbium grew.', null]);
    expect(anchors.isBroken(0)).toBe(false);
    expect(anchors.isBroken(2)).toBe(true);
  });

  it('repairs a sentence that occurs twice onto the occurrence it had, not the first in the page', () => {
    document.body.innerHTML = '<p id="a">Prices held.</p><p id="b">Beijing cut the quota.</p><p id="c">Prices held.</p>';
    const anchors = new LiveAnchors([{ exact: 'Beijing cut the quota.' }, { exact: 'Prices held.' }]);
    anchors.anchorAll(document.body);
    expect(anchors.range(1)?.startContainer.parentElement?.id).toBe('c');
    // The site re-renders #c with identical text: the range breaks and is repaired.
    const c = document.getElementById('c')!;
    c.replaceChildren(document.createTextNode('Prices held.'));
    expect(anchors.repair(document.body)).toEqual([1]);
    expect(anchors.range(1)?.startContainer.parentElement?.id).toBe('c');
  });

  it('repairs a range whose nodes a re-render replaced, and only that one', () => {
    const { root, anchors } = setup();
    const [before0, before1] = [anchors.range(0)!, anchors.range(1)!];
    const p = document.getElementById('a')!;
    p.replaceChildren(...[...p.childNodes].map((n) => n.cloneNode(true)));
    expect(before0.collapsed).toBe(true);
    expect(anchors.isBroken(0)).toBe(true);
    expect(anchors.repair(root)).toEqual([0]);
    expect(anchors.range(0)).not.toBe(before0);
    expect(anchors.range(0)!.toString()).toBe('Prices rose 18% in January.');
    expect(anchors.range(1)).toBe(before1);
  });

  it('sees a sentence rewritten in place as broken, and finds the new wording if it is close', () => {
    const { root, anchors } = setup();
    document.getElementById('b')!.firstChild!.textContent = 'Stocks of terbium grow.';
    expect(anchors.isBroken(1)).toBe(true);
    anchors.repair(root);
    expect(anchors.range(1)!.toString()).toBe('Stocks of terbium grow.');
  });

  it('retries quotes never found only when asked (late content)', () => {
    const { root, anchors } = setup();
    root.querySelector('article')!.insertAdjacentHTML('beforeend', '<p>Indonesia banned concentrate exports.</p>');
    expect(anchors.repair(root)).toEqual([]);
    expect(anchors.range(2)).toBeNull();
    expect(anchors.repair(root, {}, true)).toEqual([2]);
    expect(anchors.range(2)!.toString()).toBe('Indonesia banned concentrate exports.');
  });

  it('gives null after the whole block is removed', () => {
    const { root, anchors } = setup();
    document.getElementById('b')!.remove();
    anchors.repair(root);
    expect(anchors.range(1)).toBeNull();
  });
});

describe('isRangeIntact', () => {
  it('is false for a collapsed or detached range, or one covering other text', () => {
    document.body.innerHTML = '<p>One two three.</p>';
    const text = document.body.querySelector('p')!.firstChild as Text;
    const r = document.createRange();
    r.setStart(text, 0);
    r.setEnd(text, 3);
    expect(isRangeIntact(r, 'One')).toBe(true);
    expect(isRangeIntact(r, 'Two')).toBe(false);
    text.data = 'Uno two three.';
    expect(isRangeIntact(r, 'One')).toBe(false);
    document.body.replaceChildren();
    expect(isRangeIntact(r, 'Uno')).toBe(false);
  });
});

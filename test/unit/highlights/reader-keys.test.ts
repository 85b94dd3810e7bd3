// @vitest-environment jsdom
// Covers lib/highlights/reader-keys.ts and focus-order.ts: the in-page keys act only on
// Alt+Shift+J/K/H/C (matched on the physical key, as macOS types symbols with Option), never on
// keys typed into inputs, textareas, selects, editable content or text boxes (also inside shadow
// roots), never on a key the page already handled, never during IME composition or with
// Ctrl/Meta; and focus moves through highlights in document order, wrapping around.
import { describe, expect, it } from 'vitest';
import { documentOrder, stepFocus } from '../../../lib/highlights/focus-order';
import { isEditableTarget, readerKeyAction, readerKeyLabel } from '../../../lib/highlights/reader-keys';

function press(target: EventTarget, init: KeyboardEventInit & { code: string }, prevent = false): KeyboardEvent {
  const event = new KeyboardEvent('keydown', { bubbles: true, cancelable: true, composed: true, altKey: true, shiftKey: true, ...init });
  let seen: KeyboardEvent | null = null;
  const listener = (e: Event) => {
    seen = e as KeyboardEvent;
  };
  window.addEventListener('keydown', listener);
  if (prevent) target.addEventListener('keydown', (e) => e.preventDefault(), { once: true });
  target.dispatchEvent(event);
  window.removeEventListener('keydown', listener);
  return seen!;
}

/** The action the reader would take for that keydown, decided when it reaches window. */
function actionFor(target: EventTarget, init: KeyboardEventInit & { code: string }, prevent = false): string | null {
  let action: string | null = 'not reached';
  const listener = (e: Event) => {
    action = readerKeyAction(e as KeyboardEvent);
  };
  window.addEventListener('keydown', listener);
  press(target, init, prevent);
  window.removeEventListener('keydown', listener);
  return action;
}

describe('readerKeyAction', () => {
  it('maps Alt+Shift+J/K/H/C on the page to next/previous/toggle/clip', () => {
    document.body.innerHTML = '<p id="p">Text</p>';
    const p = document.getElementById('p')!;
    expect(actionFor(p, { code: 'KeyJ', key: 'J' })).toBe('next');
    expect(actionFor(p, { code: 'KeyK', key: 'K' })).toBe('previous');
    expect(actionFor(p, { code: 'KeyH', key: 'H' })).toBe('toggle');
    expect(actionFor(p, { code: 'KeyC', key: 'C' })).toBe('clip');
    // macOS: Option+Shift+J types "Ô"; the physical key decides.
    expect(actionFor(p, { code: 'KeyJ', key: 'Ô' })).toBe('next');
    expect(readerKeyLabel('next')).toBe('Alt+Shift+J');
  });

  it('ignores other keys and other modifiers', () => {
    document.body.innerHTML = '<p id="p">Text</p>';
    const p = document.getElementById('p')!;
    expect(actionFor(p, { code: 'KeyJ', altKey: false })).toBeNull();
    expect(actionFor(p, { code: 'KeyJ', shiftKey: false })).toBeNull();
    expect(actionFor(p, { code: 'KeyJ', ctrlKey: true })).toBeNull();
    expect(actionFor(p, { code: 'KeyJ', metaKey: true })).toBeNull();
    expect(actionFor(p, { code: 'KeyX' })).toBeNull();
    expect(actionFor(p, { code: 'KeyJ', isComposing: true })).toBeNull();
  });

  it('leaves a key the page handled itself (defaultPrevented)', () => {
    document.body.innerHTML = '<p id="p">Text</p>';
    expect(actionFor(document.getElementById('p')!, { code: 'KeyK' }, true)).toBeNull();
  });

  it.each([
    ['an input', '<input id="t" type="text">'],
    ['a search field', '<input id="t" type="search">'],
    ['a textarea', '<textarea id="t"></textarea>'],
    ['a select', '<select id="t"><option>a</option></select>'],
    ['editable content', '<div contenteditable="true"><p id="t">Edit me</p></div>'],
    ['a text box widget', '<div role="textbox" id="t" tabindex="0"></div>'],
  ])('never acts on keys typed into %s', (_label, html) => {
    document.body.innerHTML = html;
    expect(actionFor(document.getElementById('t')!, { code: 'KeyJ' })).toBeNull();
  });

  it('acts on a checkbox, a link or a button (no text is typed there)', () => {
    document.body.innerHTML = '<input id="c" type="checkbox"><a id="a" href="#">x</a><div contenteditable="false"><p id="p">x</p></div>';
    expect(actionFor(document.getElementById('c')!, { code: 'KeyJ' })).toBe('next');
    expect(actionFor(document.getElementById('a')!, { code: 'KeyJ' })).toBe('next');
    expect(actionFor(document.getElementById('p')!, { code: 'KeyJ' })).toBe('next');
  });

  it('sees an input inside a shadow root (the event is retargeted to the host)', () => {
    document.body.innerHTML = '<div id="host"></div>';
    const root = document.getElementById('host')!.attachShadow({ mode: 'open' });
    root.innerHTML = '<input id="inner">';
    expect(actionFor(root.getElementById('inner')!, { code: 'KeyJ' })).toBeNull();
  });

  it('isEditableTarget is false for non-elements', () => {
    expect(isEditableTarget(null)).toBe(false);
    expect(isEditableTarget(window)).toBe(false);
    expect(isEditableTarget(document.createTextNode('x'))).toBe(false);
  });
});

describe('focus order', () => {
  it('orders ranges by their place in the document and steps through them, wrapping around', () => {
    document.body.innerHTML = '<p id="a">A</p><p id="b">B</p><p id="c">C</p>';
    const r = (id: string) => {
      const range = document.createRange();
      range.selectNodeContents(document.getElementById(id)!);
      return range;
    };
    // Signal indexes follow the analysis; here signal 0 is the last paragraph on the page.
    const ranges = [r('c'), null, r('a'), r('b')];
    const order = documentOrder(ranges);
    expect(order).toEqual([2, 3, 0]);
    expect(stepFocus(order, -1, 1)).toBe(2);
    expect(stepFocus(order, -1, -1)).toBe(0);
    expect(stepFocus(order, -1, 1, 3)).toBe(3);
    expect(stepFocus(order, 2, 1)).toBe(3);
    expect(stepFocus(order, 0, 1)).toBe(2);
    expect(stepFocus(order, 2, -1)).toBe(0);
    expect(stepFocus([], -1, 1)).toBe(-1);
  });
});

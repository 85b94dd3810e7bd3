// @vitest-environment jsdom
// Covers lib/highlights/page-colors.ts: the article's effective background (its own colour, else
// its ancestors', semi-transparent layers composited, else the canvas) and its text colour, with
// the guard for backgrounds that cannot be measured (an image behind transparent elements).
import { describe, expect, it } from 'vitest';
import { measurePageColors } from '../../../lib/highlights/page-colors';

function article(html: string): Element {
  document.body.removeAttribute('style');
  document.documentElement.removeAttribute('style');
  document.body.innerHTML = html;
  return document.querySelector('article')!;
}

const PARAGRAPH = '<p style="color: rgb(228, 228, 228)">A paragraph of the article that is long enough to be sampled.</p>';

describe('measurePageColors', () => {
  it('takes the background of the nearest ancestor that paints one', () => {
    document.body.innerHTML = '';
    const el = article(`<div style="background-color: rgb(18, 18, 18)"><article>${PARAGRAPH}</article></div>`);
    expect(measurePageColors(el)).toEqual({ background: [18, 18, 18], text: [228, 228, 228] });
  });

  it('composites a semi-transparent background over the one below', () => {
    const el = article(
      `<div style="background-color: rgb(0, 0, 0)"><article style="background-color: rgba(255, 255, 255, 0.5)"><p style="color: rgb(0, 0, 0)">${'Long enough paragraph text. '.repeat(3)}</p></article></div>`,
    );
    expect(measurePageColors(el).background).toEqual([128, 128, 128]);
  });

  it('uses white when nothing paints a background, and the body’s colour when it does', () => {
    let el = article(`<article><p style="color: rgb(34, 34, 34)">${'Long enough paragraph text. '.repeat(3)}</p></article>`);
    expect(measurePageColors(el)).toEqual({ background: [255, 255, 255], text: [34, 34, 34] });
    el = article(`<article>${PARAGRAPH}</article>`);
    document.body.style.backgroundColor = 'rgb(11, 37, 69)';
    expect(measurePageColors(el).background).toEqual([11, 37, 69]);
  });

  it('takes the background from the text when the measured pair cannot be what the reader sees', () => {
    // Light text on what measures as white: a dark image or gradient is behind it.
    const el = article(`<article>${PARAGRAPH}</article>`);
    expect(measurePageColors(el)).toEqual({ background: [0, 0, 0], text: [228, 228, 228] });
  });

  it('falls back to black on white for a detached container', () => {
    const detached = document.implementation.createHTMLDocument('').createElement('article');
    expect(measurePageColors(detached)).toEqual({ background: [255, 255, 255], text: [0, 0, 0] });
  });
});

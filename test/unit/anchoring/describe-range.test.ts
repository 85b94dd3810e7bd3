// @vitest-environment jsdom
// Covers lib/anchoring/describe-range.ts (a selection → a selector) and index-offsets.ts: the
// text as the page shows it (typography kept, whitespace collapsed, hidden text left out), the
// context on each side, the position hint, boundaries in elements or in collapsed whitespace,
// and the round trip through anchorQuotes.
import { describe, expect, it } from 'vitest';
import { anchorQuotes } from '../../../lib/anchoring/anchor-quotes';
import { describeRange } from '../../../lib/anchoring/describe-range';
import { offsetAtBoundary, sourceText } from '../../../lib/anchoring/index-offsets';
import { buildTextIndex } from '../../../lib/anchoring/text-index';

function page(html: string): Document {
  return new DOMParser().parseFromString(`<!doctype html><html><body>${html}</body></html>`, 'text/html');
}

function selectText(doc: Document, text: string): Range {
  const body = doc.body.textContent!;
  const at = body.indexOf(text);
  if (at < 0) throw new Error(`not in the page: ${text}`);
  // Walk text nodes to the character offsets.
  const walker = doc.createTreeWalker(doc.body, 4);
  const range = doc.createRange();
  let seen = 0;
  let started = false;
  for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
    const len = n.data.length;
    if (!started && at < seen + len) {
      range.setStart(n, at - seen);
      started = true;
    }
    if (started && at + text.length <= seen + len) {
      range.setEnd(n, at + text.length - seen);
      break;
    }
    seen += len;
  }
  return range;
}

describe('describeRange', () => {
  it('describes a selection across inline elements with its context and position', () => {
    const doc = page('<p>Intro sentence here. China’s <b>export</b> <a href="#">licensing</a> tightened. Then more text.</p>');
    const selector = describeRange(doc.body, selectText(doc, 'China’s export licensing tightened.'));
    expect(selector).toEqual({
      exact: 'China’s export licensing tightened.',
      prefix: 'Intro sentence here. ',
      suffix: ' Then more text.',
      position: 'Intro sentence here. '.length,
    });
  });

  it('collapses whitespace, drops soft hyphens and leaves hidden text out of the quote', () => {
    const doc = page('<p>Dys\u00adpro\u00adsium   prices\u00a0rose<span class="sr-only"> (opens in a new tab)</span> sharply.</p>');
    const range = doc.createRange();
    range.selectNodeContents(doc.querySelector('p')!);
    expect(describeRange(doc.body, range)?.exact).toBe('Dysprosium prices\u00a0rose sharply.'.replace('\u00a0', ' '));
  });

  it('maps element boundaries and boundaries inside collapsed whitespace to the nearest visible text', () => {
    const doc = page('<p>First paragraph.</p>   <p>Second paragraph.</p>');
    const range = doc.createRange();
    range.setStart(doc.body, 0);
    range.setEnd(doc.body, doc.body.childNodes.length);
    expect(describeRange(doc.body, range)?.exact).toBe('First paragraph. Second paragraph.');
    const gap = doc.body.childNodes[1] as Text;
    const fromGap = doc.createRange();
    fromGap.setStart(gap, 1);
    fromGap.setEnd(doc.querySelectorAll('p')[1]!.firstChild!, 6);
    expect(describeRange(doc.body, fromGap)?.exact).toBe('Second');
  });

  it('cuts the context at `context` characters', () => {
    const doc = page(`<p>${'a'.repeat(300)} target words ${'b'.repeat(300)}</p>`);
    const s = describeRange(doc.body, selectText(doc, 'target words'), { context: 10 });
    expect(s?.prefix).toBe(`${'a'.repeat(9)} `);
    expect(s?.suffix).toBe(` ${'b'.repeat(9)}`);
  });

  it('gives null for a collapsed range, whitespace only, or a range in hidden text', () => {
    const doc = page('<p>Visible.</p>   <div hidden>Hidden text.</div>');
    const collapsed = doc.createRange();
    collapsed.setStart(doc.querySelector('p')!.firstChild!, 2);
    expect(describeRange(doc.body, collapsed)).toBeNull();
    const spaces = doc.createRange();
    spaces.setStart(doc.body.childNodes[1]!, 0);
    spaces.setEnd(doc.body.childNodes[1]!, 3);
    expect(describeRange(doc.body, spaces)).toBeNull();
    const hidden = doc.createRange();
    hidden.selectNodeContents(doc.querySelector('div')!);
    expect(describeRange(doc.body, hidden)).toBeNull();
  });

  it('round-trips: the selector anchors to the same text, even with the sentence repeated elsewhere', () => {
    const sentence = 'Prices were unchanged.';
    const doc = page(`<p id="a">Copper: ${sentence} Zinc fell.</p><p id="b">Neodymium: ${sentence} Terbium rose.</p>`);
    const second = doc.createRange();
    const text = doc.getElementById('b')!.firstChild as Text;
    second.setStart(text, 'Neodymium: '.length);
    second.setEnd(text, 'Neodymium: '.length + sentence.length);
    const selector = describeRange(doc.body, second)!;
    const [range] = anchorQuotes(doc.body, [selector]);
    expect(range!.startContainer.parentElement!.id).toBe('b');
    expect(range!.toString()).toBe(sentence);
  });
});

describe('offsetAtBoundary and sourceText', () => {
  it('maps text boundaries both ways and keeps typographic characters in sourceText', () => {
    const doc = page('<p>It’s <em>“here”</em>\n\n now.</p>');
    const index = buildTextIndex(doc.body);
    expect(index.text).toBe('It\'s "here" now.');
    expect(sourceText(index, 0, index.text.length)).toBe('It’s “here” now.');
    const em = doc.querySelector('em')!.firstChild!;
    expect(offsetAtBoundary(index, em, 0, 'start')).toBe(5);
    expect(offsetAtBoundary(index, em, 6, 'end')).toBe(11);
    expect(offsetAtBoundary(index, doc.body, 0, 'start')).toBe(0);
    expect(offsetAtBoundary(index, doc.body, doc.body.childNodes.length, 'end')).toBe(index.text.length);
  });

  it('returns null when no text lies on that side', () => {
    const doc = page('<p>Only.</p><div></div>');
    const index = buildTextIndex(doc.body);
    expect(offsetAtBoundary(index, doc.querySelector('div')!, 0, 'start')).toBeNull();
    expect(offsetAtBoundary(buildTextIndex(page('').body), doc.body, 0, 'start')).toBeNull();
  });
});

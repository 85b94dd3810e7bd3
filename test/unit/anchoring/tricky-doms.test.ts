// @vitest-environment jsdom
// Covers lib/anchoring on DOMs that break naive highlighters: a sentence split across many inline
// elements, words split by soft hyphens, <wbr> and zero-width spaces, nbsp and tab runs, a <br>
// inside a sentence, CJK and emoji text, text in hidden or foreign elements, a sentence repeated
// in a teaser before the article and twice in the article itself, quotes with different
// whitespace or typography, and inputs that must give null (never an exception).
import { describe, expect, it } from 'vitest';
import { anchorQuotes } from '../../../lib/anchoring/anchor-quotes';
import { findArticleContainer } from '../../../lib/anchoring/article-container';
import { normalizeText } from '../../../lib/anchoring/normalize-text';

function page(html: string): Document {
  return new DOMParser().parseFromString(`<!doctype html><html><body>${html}</body></html>`, 'text/html');
}

function anchorOne(doc: Document, exact: string, extra: { prefix?: string; suffix?: string } = {}, within?: Element): Range | null {
  return anchorQuotes(doc.body, [{ exact, ...extra }], { preferWithin: within })[0] ?? null;
}

const visible = (range: Range | null) => (range ? normalizeText(range.toString()) : null);

describe('anchoring on tricky DOMs', () => {
  it('finds a sentence split across nested inline elements at every word', () => {
    const doc = page('<p><b>China</b> <i>still <a href="#">con<span>trols</span></a></i> <span><em>about</em></span> <strong>90%</strong> of <mark>output</mark>.</p>');
    expect(visible(anchorOne(doc, 'China still controls about 90% of output.'))).toBe('China still controls about 90% of output.');
  });

  it('ignores soft hyphens, <wbr> and zero-width spaces inside words', () => {
    const doc = page('<p>Dys\u00adpro\u00adsium and ter<wbr>bium ex\u200bports fell.</p>');
    const range = anchorOne(doc, 'Dysprosium and terbium exports fell.');
    expect(range).not.toBeNull();
    expect(range!.toString()).toBe('Dys\u00adpro\u00adsium and terbium ex\u200bports fell.');
  });

  it('collapses nbsp, tab and newline runs on either side', () => {
    const doc = page('<p>Prices\u00a0\u00a0rose\t\t18%\n\n in\u2009January.</p>');
    expect(visible(anchorOne(doc, 'Prices rose 18% in January.'))).toBe('Prices rose 18% in January.');
    const quoteWithNbsp = anchorOne(doc, 'Prices\u00a0rose 18%\u00a0in January.');
    expect(quoteWithNbsp).not.toBeNull();
  });

  it('reads a <br> inside a sentence as a space', () => {
    const doc = page('<p>Magnet makers say approvals<br>now take four months.</p>');
    const range = anchorOne(doc, 'Magnet makers say approvals now take four months.');
    // One range over both lines (Range.toString has no character for the <br> itself).
    expect(range?.toString()).toBe('Magnet makers say approvalsnow take four months.');
    expect(range?.startContainer).not.toBe(range?.endContainer);
  });

  it('matches typographic quotes and dashes against straight ones, both ways', () => {
    const doc = page('<p>Beijing’s “strategic” plan—announced in May—was clear.</p><p>The "first" plan - in 2024 - wasn\'t.</p>');
    expect(anchorOne(doc, 'Beijing\'s "strategic" plan-announced in May-was clear.')).not.toBeNull();
    expect(anchorOne(doc, 'The “first” plan – in 2024 – wasn’t.')).not.toBeNull();
  });

  it('anchors CJK sentences without spaces and text with emoji (surrogate pairs)', () => {
    const doc = page('<p>中国<b>稀土</b>出口管制进一步收紧。</p><p>Magnets 🧲 for EVs ⚡ rose 14%.</p>');
    expect(visible(anchorOne(doc, '中国稀土出口管制进一步收紧。'))).toBe('中国稀土出口管制进一步收紧。');
    expect(anchorOne(doc, 'Magnets 🧲 for EVs ⚡ rose 14%.')!.toString()).toBe('Magnets 🧲 for EVs ⚡ rose 14%.');
  });

  it('never anchors into hidden text, scripts or the extension’s own UI', () => {
    const sentence = 'Lynas signed an offtake agreement.';
    const doc = page(
      `<div hidden><p>${sentence}</p></div><script>var s = "${sentence}";</script>` +
        `<lodestone-card><p>${sentence}</p></lodestone-card><span class="sr-only">${sentence}</span>`,
    );
    expect(anchorOne(doc, sentence)).toBeNull();
    doc.body.insertAdjacentHTML('beforeend', `<p id="real">${sentence}</p>`);
    const range = anchorOne(doc, sentence);
    expect(range!.startContainer.parentElement!.id).toBe('real');
  });

  it('prefers the article over a "Most read" teaser that repeats the sentence first (teasers marked up as <article> too)', () => {
    const sentence = 'China still controls about 90% of global rare earth magnet production.';
    const doc = page(
      `<aside><article class="teaser"><p>${sentence}</p></article></aside>` +
        `<main><article class="story"><h1>Magnets</h1><p>Lead paragraph of the story, long enough to be the article.</p><p>${sentence}</p><p>More text follows here.</p></article></main>`,
    );
    const container = findArticleContainer(doc);
    expect(container.className).toBe('story');
    const range = anchorOne(doc, sentence, {}, container);
    expect(range!.startContainer.parentElement!.closest('article')!.className).toBe('story');
  });

  it('tells two identical sentences of the article apart by their prefix and suffix', () => {
    const sentence = 'Prices were unchanged.';
    const doc = page(`<article><p id="a">Copper: ${sentence} Zinc fell.</p><p id="b">Neodymium: ${sentence} Terbium rose.</p></article>`);
    const byPrefix = anchorOne(doc, sentence, { prefix: 'Neodymium: ' });
    expect(byPrefix!.startContainer.parentElement!.id).toBe('b');
    const bySuffix = anchorOne(doc, sentence, { suffix: ' Zinc fell.' });
    expect(bySuffix!.startContainer.parentElement!.id).toBe('a');
  });

  it('finds a sentence whose words changed a little (approximate match), and not one that is gone', () => {
    const doc = page('<p>Approvals that used to take six weeks now take more than five months.</p>');
    expect(visible(anchorOne(doc, 'Approvals that used to take six weeks now take more than four months.'))).toBe(
      'Approvals that used to take six weeks now take more than five months.',
    );
    expect(anchorOne(doc, 'Demand for NdFeB magnets in EV traction motors grew 14% last year.')).toBeNull();
  });

  it('returns null, never throws, for empty quotes, detached or odd roots and a DOM changed under it', () => {
    const doc = page('<p>Text.</p>');
    expect(anchorQuotes(doc.body, [{ exact: '' }, { exact: '   ' }, { exact: '\u00ad' }])).toEqual([null, null, null]);
    expect(anchorQuotes(doc.createComment('x'), [{ exact: 'Text.' }])).toEqual([null]);
    expect(anchorQuotes(doc.createElement('div'), [{ exact: 'Text.' }])).toEqual([null]);
    expect(anchorQuotes(null as unknown as Node, [{ exact: 'Text.' }])).toEqual([null]);
    expect(anchorQuotes(doc.body, [{ exact: 'Text.', prefix: null as unknown as string, position: Number.NaN }])[0]).not.toBeNull();
  });
});

// @vitest-environment jsdom
// Covers lib/article/extract-blocks.ts: an article element becomes text blocks in reading order,
// each with its kind, with nothing lost between nested blocks and nothing glued across inline tags.
import { describe, expect, it } from 'vitest';
import { extractBlocks } from '../../../lib/article/extract-blocks';

function blocksOf(html: string) {
  const root = document.createElement('div');
  root.innerHTML = html;
  return extractBlocks(root);
}

describe('extractBlocks', () => {
  it('keeps loose text around nested paragraphs, in reading order', () => {
    expect(
      blocksOf(`<div>Updated 24 November.<p>China tightened rare earth export licensing.</p>Shipments resumed in June.<p>Prices fell.</p></div>`),
    ).toEqual([
      { text: 'Updated 24 November.', kind: 'paragraph' },
      { text: 'China tightened rare earth export licensing.', kind: 'paragraph' },
      { text: 'Shipments resumed in June.', kind: 'paragraph' },
      { text: 'Prices fell.', kind: 'paragraph' },
    ]);
  });

  it('joins inline elements without losing or adding spaces', () => {
    expect(
      blocksOf(
        `<p>China’s <a href="/ngr">Northern Rare Earth Group</a> is <em>tightening</em> the screws on its <a href="https://example.cn/t">international trade strategy</a>, with <strong>PrNd</strong> at <span class="num">95%</span>+.</p>`,
      ),
    ).toEqual([
      {
        text: 'China’s Northern Rare Earth Group is tightening the screws on its international trade strategy, with PrNd at 95%+.',
        kind: 'paragraph',
      },
    ]);
    expect(blocksOf('<p>lanthanum-<em>cerium</em> (La/<b>Ce</b>)</p>')).toEqual([{ text: 'lanthanum-cerium (La/Ce)', kind: 'paragraph' }]);
  });

  it('does not glue the blocks of a link that wraps block elements (a related-story card)', () => {
    const blocks = blocksOf(
      '<p>Output rose.</p><a class="related-card" href="/news/lynas"><div><h4>Lynas ramps up Kalgoorlie</h4><p>Output rose 20% in the quarter.</p></div></a>',
    );
    const texts = blocks.map((b) => b.text);
    expect(texts[0]).toBe('Output rose.');
    // The live-page index (lib/anchoring/block-boundary.ts) reads a space at each block boundary;
    // the extracted text must not read "KalgoorlieOutput".
    expect(texts.join(' | ')).not.toMatch(/KalgoorlieOutput/);
    expect(texts.join(' ')).toMatch(/Lynas ramps up Kalgoorlie\b/);
    expect(texts.join(' ')).toContain('Output rose 20% in the quarter.');
  });

  it('gives headings, list items, table cells, captions and quotes their kinds', () => {
    const blocks = blocksOf(`
      <h1>Northern Rare Earth tightens grip</h1>
      <h2>Highlights</h2>
      <ul><li>Market share is expanding.</li><li>Output of La/Ce is rising.</li></ul>
      <ol><li>First point.</li></ol>
      <figure><img src="mine.jpg" alt="A mine"><figcaption>A rare earth mine in Bayan Obo.</figcaption></figure>
      <table><caption>Signals by segment</caption>
        <thead><tr><th>Segment</th><th>Summary</th></tr></thead>
        <tbody><tr><td>PrNd</td><td>Inventory is tightly managed.</td></tr></tbody>
      </table>
      <dl><dt>REE</dt><dd>Rare earth element.</dd></dl>
      <blockquote>Export control is a feature, not a bug.</blockquote>
      <h6>Related</h6>`);
    expect(blocks).toEqual([
      { text: 'Northern Rare Earth tightens grip', kind: 'heading' },
      { text: 'Highlights', kind: 'heading' },
      { text: 'Market share is expanding.', kind: 'list-item' },
      { text: 'Output of La/Ce is rising.', kind: 'list-item' },
      { text: 'First point.', kind: 'list-item' },
      { text: 'A rare earth mine in Bayan Obo.', kind: 'caption' },
      { text: 'Signals by segment', kind: 'caption' },
      { text: 'Segment', kind: 'heading' },
      { text: 'Summary', kind: 'heading' },
      { text: 'PrNd', kind: 'table-cell' },
      { text: 'Inventory is tightly managed.', kind: 'table-cell' },
      { text: 'REE', kind: 'heading' },
      { text: 'Rare earth element.', kind: 'paragraph' },
      { text: 'Export control is a feature, not a bug.', kind: 'quote' },
      { text: 'Related', kind: 'heading' },
    ]);
  });

  it('lets a paragraph inside a list item, cell or quote keep the outer kind', () => {
    expect(
      blocksOf(`<ul><li><p>Output rose.</p><p>Sales rose.</p></li></ul>
        <table><tr><td><p>Inventory is tight.</p></td></tr></table>
        <blockquote><p>“We will defend market share,” the company said.</p></blockquote>
        <li><div>Nested <span>div</span> in an item.</div></li>`),
    ).toEqual([
      { text: 'Output rose.', kind: 'list-item' },
      { text: 'Sales rose.', kind: 'list-item' },
      { text: 'Inventory is tight.', kind: 'table-cell' },
      { text: '“We will defend market share,” the company said.', kind: 'quote' },
      { text: 'Nested div in an item.', kind: 'list-item' },
    ]);
  });

  it('lets a nested heading or cell inside a quote take its own kind', () => {
    expect(blocksOf('<blockquote><h3>Statement</h3><p>No change.</p></blockquote>')).toEqual([
      { text: 'Statement', kind: 'heading' },
      { text: 'No change.', kind: 'quote' },
    ]);
  });

  it('splits at <br>', () => {
    expect(blocksOf('<p>BEIJING, Oct 9 (Xinhua)<br>China tightened export rules.<br/><br>Prices rose.</p>')).toEqual([
      { text: 'BEIJING, Oct 9 (Xinhua)', kind: 'paragraph' },
      { text: 'China tightened export rules.', kind: 'paragraph' },
      { text: 'Prices rose.', kind: 'paragraph' },
    ]);
    expect(blocksOf('<li>Line one<br>Line two</li>').map((b) => b.kind)).toEqual(['list-item', 'list-item']);
  });

  it('collapses whitespace, non-breaking spaces included, and drops soft hyphens and zero-width characters', () => {
    expect(
      blocksOf('<p>\n    Dyspro\u00adsium\u00a0exports\t\tfell\n\n to   zero\u200b in May.   </p>'),
    ).toEqual([{ text: 'Dysprosium exports fell to zero in May.', kind: 'paragraph' }]);
  });

  it('drops empty and whitespace-only blocks', () => {
    expect(
      blocksOf('<p></p><p>   </p><div>\n\n</div><p>&nbsp;</p><hr><ul><li> </li></ul><p><img src="x.png"></p><p>Kept.</p><br><br>'),
    ).toEqual([{ text: 'Kept.', kind: 'paragraph' }]);
    expect(blocksOf('')).toEqual([]);
  });

  it('reads block text nested deep in sections and articles', () => {
    expect(
      blocksOf('<article><section><div><div><p>Deep <em>inside</em>.</p></div></div></section></article>'),
    ).toEqual([{ text: 'Deep inside.', kind: 'paragraph' }]);
  });
});

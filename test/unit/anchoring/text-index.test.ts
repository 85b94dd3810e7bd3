// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { normalizeText } from '../../../lib/anchoring/normalize-text';
import { buildTextIndex, rangeFromOffsets, textNodeAt } from '../../../lib/anchoring/text-index';

function dom(html: string): HTMLElement {
  const root = document.createElement('div');
  root.innerHTML = html;
  return root;
}

describe('buildTextIndex', () => {
  it('collapses whitespace and nbsp runs, drops soft hyphens and zero-width characters', () => {
    const index = buildTextIndex(dom('  rare\u00a0\u00a0 earth\n\t\u200bdys\u00adpro\u00adsium  '));
    expect(index.text).toBe('rare earth dysprosium');
  });

  it('keeps inline elements joined and separates blocks with one space', () => {
    const index = buildTextIndex(
      dom('<h2>Highlights</h2><p>Prices <em>rose</em><a href="#">fur<span>ther</span></a>.</p><ul><li>One</li><li>Two<br>Three</li></ul><table><tr><td>1</td><td>PrNd</td></tr></table>'),
    );
    expect(index.text).toBe('Highlights Prices rosefurther. One Two Three 1 PrNd');
  });

  it('collapses whitespace across node edges and mixed with invisible characters', () => {
    expect(buildTextIndex(dom('<p> a </p><p> b\u00ad \u200b c </p><span>d </span><span> e\u00ad\u00adf</span>')).text).toBe('a b c d ef');
  });

  it('folds typographic quotes and dashes one-for-one', () => {
    expect(buildTextIndex(dom('China’s “defend—and expand”')).text).toBe('China\'s "defend-and expand"');
  });

  it('leaves out hidden, non-rendered, screen-reader-only and Lodestone content', () => {
    const index = buildTextIndex(
      dom(
        '<p>Visible<script>var x = 1;</script><style>p{}</style><noscript>enable JS</noscript>' +
          '<template>tpl</template><span hidden>hidden</span><span aria-hidden="true">aria</span>' +
          '<span class="sr-only">sr</span><span class="visually-hidden">vh</span>' +
          '<span style="display: none">none</span><lodestone-card><b>card</b></lodestone-card> text</p>' +
          '<textarea>typed</textarea><select><option>opt</option></select>',
      ),
    );
    expect(index.text).toBe('Visible text');
  });

  it('honours a caller-supplied skip rule', () => {
    const index = buildTextIndex(dom('<p>Keep</p><div class="ad">Buy now</div><p>this</p>'), {
      skip: (el) => el.classList.contains('ad'),
    });
    expect(index.text).toBe('Keep this');
  });

  it('maps characters back to their text node through runs', () => {
    const root = dom('<p>ab <b>cd</b>\n\n  ef</p>');
    const index = buildTextIndex(root);
    expect(index.text).toBe('ab cd ef');
    const [ab, cd, ef] = [root.querySelector('p')!.firstChild, root.querySelector('b')!.firstChild, root.querySelector('p')!.lastChild];
    expect([textNodeAt(index, 0), textNodeAt(index, 3), textNodeAt(index, 7)]).toEqual([ab, cd, ef]);
    expect(index.runOffset[index.runOffset.length - 1]).toBe(4);
    const range = rangeFromOffsets(index, 4, 7);
    expect([range.startContainer, range.startOffset, range.endContainer, range.endOffset]).toEqual([cd, 1, ef, 5]);
  });
});

describe('rangeFromOffsets', () => {
  it('returns a live Range over the source nodes, without edge spaces', () => {
    const root = dom('<p>Beijing is   <em>normalizing</em> export-control</p>');
    const index = buildTextIndex(root);
    const range = rangeFromOffsets(index, 7, index.text.length);
    expect(range.toString()).toBe('is   normalizing export-control');
  });

  it('throws on offsets outside the text (a caller bug)', () => {
    const index = buildTextIndex(dom('<p>abc</p>'));
    expect(() => rangeFromOffsets(index, 0, 10)).toThrow(RangeError);
    expect(() => rangeFromOffsets(index, 1, 1)).toThrow(RangeError);
  });

  it('throws when the DOM changed under the index (anchorQuotes turns that into null)', () => {
    const root = dom('<p>rare earth magnets</p>');
    const index = buildTextIndex(root);
    root.querySelector('p')!.firstChild!.textContent = 'rare';
    expect(() => rangeFromOffsets(index, 5, 18)).toThrow();
  });
});

describe('index and quote normalization agree', () => {
  it('normalizes any single text node exactly as normalizeText normalizes its data', () => {
    const alphabet = ['a', 'b', ' ', '  ', '\n', '\u00a0', '\u00ad', '\u200b', '\ufeff', '’', '—', '“', '\t', '\u2009', 'é'];
    let seed = 7;
    const next = (): number => (seed = (seed * 16807) % 2147483647);
    for (let round = 0; round < 300; round += 1) {
      const data = Array.from({ length: next() % 12 }, () => alphabet[next() % alphabet.length]).join('');
      const root = document.createElement('div');
      root.append(document.createTextNode(data));
      expect(buildTextIndex(root).text, JSON.stringify(data)).toBe(normalizeText(data));
    }
  });
});

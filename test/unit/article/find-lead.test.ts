// Covers lib/article/find-lead.ts: the standfirst under the headline, which Readability drops when it
// sits in the headline's block, is found by the words its markup uses and put in front of the body
// as a 'lead' block; furniture that says "description" or "summary" is not taken for one.
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { extractArticleText } from '../../../lib/article/extract-article';
import { findLeadText, withLead } from '../../../lib/article/find-lead';
import { analyzeText } from '../../../lib/analysis/analyze-text';

const url = 'https://wire.example/economy/1';
const LEAD = 'The first stage of the Kola separation plant is to be launched in 2027, the deputy minister said';
const BODY = [
  'MOSCOW, March 3. Russia plans to raise its output of rare earth oxides fivefold by 2030, the industry ministry said on Tuesday.',
  'The ministry expects domestic demand for neodymium magnets to reach 4,000 tonnes a year by the end of the decade.',
  'State lender VEB will finance part of the separation plant, whose design was approved last year.',
  'The country holds large rare earth deposits in the Murmansk region but refines little of its ore at home today.',
].map((p) => `<p>${p}</p>`).join('\n');

function page(header: string, body = BODY): Document {
  const html = `<!doctype html><html lang="en"><head><title>Russia to raise rare earth output</title></head><body>
    <nav><a href="/">Home</a> <a href="/economy">Economy</a></nav>
    <div class="news">
      <div class="news-header">${header}</div>
      <div class="text-block">${body}</div>
    </div>
    <footer>© Wire</footer></body></html>`;
  return new JSDOM(html, { url }).window.document;
}

const H1 = '<h1 class="news-header__title">Russia aims to raise rare earth output fivefold by 2030</h1>';

describe('findLeadText', () => {
  it.each([
    ['a BEM lead under the headline', `${H1}<div class="news-header__lead">${LEAD}</div>`],
    ['a dek paragraph', `${H1}<p class="article-dek">${LEAD}</p>`],
    ['a camel-case class with a hash', `${H1}<div class="styles_articleDek__Q1x9Z">${LEAD}</div>`],
    ['a standfirst after a date line', `${H1}<time>3 March 2027</time><p class="standfirst">${LEAD}</p>`],
    ['a dek laid out beside a picture', `${H1}<div class="styles_articleDek__Icz5H styles_withImage__SS1p">${LEAD}</div>`],
    ['itemprop description', `${H1}<div><span itemprop="description">${LEAD}</span></div>`],
  ])('finds %s', (_, header) => {
    expect(findLeadText(page(header))).toBe(LEAD);
  });

  it.each([
    ['no headline', `<div class="news-header__lead">${LEAD}</div>`],
    ['a video placeholder that says lead', `${H1}<div class="lead-video-placeholder">${LEAD}</div>`],
    ['a description inside navigation', `${H1}<nav><div class="nav-flyout-description">${LEAD}</div></nav>`],
    ['a caption', `${H1}<figure><figcaption class="summary">${LEAD}</figcaption></figure>`],
    ['a short kicker', `${H1}<div class="intro">Exclusive</div>`],
    ['a box of links', `${H1}<div class="summary"><a href="/a">${LEAD}</a></div>`],
    ['a summary of several paragraphs', `${H1}<div class="summary"><p>${LEAD}.</p><p>${LEAD}.</p></div>`],
    ['an element far below the headline', `${H1}${'<div><span>x</span></div>'.repeat(20)}<div class="lead">${LEAD}</div>`],
  ])('takes nothing from %s', (_, header) => {
    expect(findLeadText(page(header))).toBeNull();
  });
});

describe('withLead', () => {
  it('puts the lead in front as a lead block, once', () => {
    const blocks = [{ text: 'Body.', kind: 'paragraph' as const }];
    expect(withLead(blocks, LEAD)).toEqual([{ text: LEAD, kind: 'lead' }, ...blocks]);
    expect(withLead(blocks, null)).toEqual(blocks);
  });

  it('adds nothing when the body already holds the lead', () => {
    const blocks = [{ text: `${LEAD}.`, kind: 'paragraph' as const }];
    expect(withLead(blocks, LEAD)).toBe(blocks);
  });
});

describe('extractArticleText with a standfirst', () => {
  it('reads the lead Readability leaves in the headline block, before the body', () => {
    const article = extractArticleText(page(`${H1}<div class="news-header__lead">${LEAD}</div>`), url);
    expect(article?.blocks[0]).toEqual({ text: LEAD, kind: 'lead' });
    expect(article?.blocks.filter((b) => b.text === LEAD)).toHaveLength(1);
  });

  it('finds the signal the lead carries, though it has no full stop', () => {
    const article = extractArticleText(page(`${H1}<div class="news-header__lead">${LEAD}</div>`), url);
    const { signals } = analyzeText(article!);
    expect(signals.find((s) => s.text === LEAD)?.category).toBe('supply-expansion');
  });
});

// @vitest-environment jsdom
// Covers lib/gate/gate-sample.ts: what the gate reads of a page (title, meta, JSON-LD, a bounded
// body sample without page furniture), and the gate's verdict on the two fixture pages.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { readGateSample } from '../../../lib/gate/gate-sample';
import { scoreGate } from '../../../lib/gate/gate-score';

const URL_ = 'https://news.example/markets/2026/03/story';

function docOf(html: string, url = URL_): Document {
  return new JSDOM(html, { url }).window.document;
}

function fixture(name: string): string {
  // Node's path helpers: under the jsdom environment the global URL is jsdom's, which fs refuses.
  return readFileSync(join(dirname(fileURLToPath(import.meta.url)), '../../fixtures', name), 'utf8');
}

/**
 * Counts the nodes handed out by text-showing TreeWalkers on `doc` (a measure of work, not of
 * time). jsdom's own selector engine walks with element-only TreeWalkers; those are not counted.
 */
function countWalk(doc: Document): () => number {
  let visited = 0;
  const create = doc.createTreeWalker.bind(doc);
  doc.createTreeWalker = ((root: Node, whatToShow?: number, filter?: NodeFilter | null) => {
    const walker = create(root, whatToShow, filter);
    if (whatToShow === undefined || (whatToShow & NodeFilter.SHOW_TEXT) === 0) return walker;
    const next = walker.nextNode.bind(walker);
    walker.nextNode = () => {
      visited++;
      return next();
    };
    return walker;
  }) as Document['createTreeWalker'];
  return () => visited;
}

describe('readGateSample', () => {
  it('reads title, meta description, keywords, og:*, article:tag and JSON-LD into head', () => {
    const doc = docOf(`<!doctype html><html><head>
      <title>Lynas output update</title>
      <meta name="description" content="Quarterly production figures from Kalgoorlie.">
      <meta name="keywords" content="lynas, kalgoorlie, processing">
      <meta name="news_keywords" content="quarterly results">
      <meta property="og:type" content="article">
      <meta property="og:title" content="Lynas lifts output at Kalgoorlie">
      <meta property="article:tag" content="Neodymium">
      <meta name="viewport" content="width=device-width, initial-scale=1">
      <script type="application/ld+json">{"@type":"NewsArticle","headline":"Lynas lifts NdPr output","keywords":["yttrium"]}</script>
      </head><body><article><p>Body text.</p></article></body></html>`);
    const s = readGateSample(doc, URL_);
    expect(s.url).toBe(URL_);
    for (const part of [
      'Lynas output update',
      'Quarterly production figures from Kalgoorlie.',
      'lynas, kalgoorlie, processing',
      'quarterly results',
      'article',
      'Lynas lifts output at Kalgoorlie',
      'Neodymium',
      '"headline":"Lynas lifts NdPr output"',
      'yttrium',
    ]) {
      expect(s.head).toContain(part);
    }
    expect(s.head).not.toContain('width=device-width');
    expect(s.body).not.toContain('Lynas lifts');
    expect(scoreGate(s).candidate).toBe(true);
  });

  it('reads the article JSON-LD when a site-wide JSON-LD block comes first', () => {
    const doc = docOf(`<!doctype html><html><head><title>Markets | Daily Ledger</title>
      <script type="application/ld+json">{"@context":"https://schema.org","@type":"Organization","name":"Daily Ledger","url":"https://ledger.example/"}</script>
      <script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Beijing adds dysprosium and terbium to export licence list","keywords":"rare earths, export controls"}</script>
      </head><body><main><p>Story text.</p></main></body></html>`);
    const s = readGateSample(doc, 'https://ledger.example/markets/12345');
    expect(s.head).toContain('Beijing adds dysprosium and terbium to export licence list');
    expect(scoreGate(s).candidate).toBe(true);
  });

  it('bounds the JSON-LD it reads', () => {
    const ld = JSON.stringify({ '@type': 'NewsArticle', articleBody: 'x'.repeat(100_000) });
    const doc = docOf(`<html><head><title>T</title><script type="application/ld+json">${ld}</script></head><body></body></html>`);
    expect(readGateSample(doc, URL_).head.length).toBeLessThanOrEqual(4_000 + 10);
  });

  it('samples the article, not the navigation, header, footer, aside, forms or scripts around it', () => {
    const doc = docOf(`<!doctype html><html><head><title>Story</title></head><body>
      <header class="site-header">SITE HEADER Rare earth prices ticker</header>
      <nav>NAV Dysprosium Neodymium Terbium</nav>
      <div>
        <p>ARTICLE China cut its quota for the second quarter.</p>
        <aside>ASIDE Most read: rare earth magnets explained</aside>
        <p>ARTICLE The ministry gave no reason.</p>
        <form>FORM Subscribe to our rare earth newsletter</form>
        <script>var SCRIPT = "rare earth";</script>
        <style>.STYLE { color: red }</style>
        <noscript>NOSCRIPT</noscript>
        <svg><text>SVG</text></svg>
      </div>
      <footer>FOOTER © rare earth media</footer>
      </body></html>`);
    const s = readGateSample(doc, URL_);
    expect(s.body).toContain('ARTICLE China cut its quota for the second quarter.');
    expect(s.body).toContain('ARTICLE The ministry gave no reason.');
    for (const furniture of ['SITE HEADER', 'NAV', 'ASIDE', 'FOOTER', 'FORM', 'SCRIPT', 'STYLE', 'NOSCRIPT', 'SVG']) {
      expect(s.body).not.toContain(furniture);
    }
    expect(scoreGate(s).candidate).toBe(false);
  });

  it('starts at <article>/<main> when the page has one, so a sidebar outside it is not sampled', () => {
    const doc = docOf(`<!doctype html><html><head><title>Story</title></head><body>
      <div class="sidebar">Rare earth magnets explained · Neodymium prices</div>
      <main><p>City council approves new bus lanes.</p></main>
      </body></html>`);
    const s = readGateSample(doc, URL_);
    expect(s.body).toContain('City council approves new bus lanes.');
    expect(s.body).not.toContain('Neodymium');
  });

  it('samples the headline in the article’s own <header> (the common WordPress entry-header)', () => {
    const doc = docOf(`<!doctype html><html><head><title>News | Site</title></head><body>
      <article>
        <header class="entry-header"><h1 class="entry-title">Dysprosium exports fall to zero as licences stall</h1></header>
        <div class="entry-content"><p>Shipments stopped in May, customs data show.</p></div>
      </article></body></html>`);
    const s = readGateSample(doc, URL_);
    expect(s.body).toContain('Dysprosium exports fall to zero as licences stall');
    expect(s.body).toContain('Shipments stopped in May, customs data show.');
  });

  it('returns an empty body for a document without one', () => {
    const doc = new JSDOM('').window.document;
    doc.documentElement.removeChild(doc.body);
    expect(readGateSample(doc, URL_).body).toBe('');
  });

  it('keeps the body sample within 6,000 characters and stops early on a 50,000-paragraph page', () => {
    const paragraphs = Array.from(
      { length: 50_000 },
      (_, i) => `<p>Paragraph ${i} of a very long live blog about municipal budgets and bus timetables.</p>`,
    ).join('\n');
    const doc = docOf(`<!doctype html><html><head><title>Live blog</title></head><body><main>${paragraphs}<p>LAST rare earth neodymium</p></main></body></html>`);
    const visited = countWalk(doc);
    const s = readGateSample(doc, URL_);
    expect(s.body.length).toBeGreaterThan(1_000);
    expect(s.body.length).toBeLessThanOrEqual(6_000);
    expect(s.body).toContain('Paragraph 0 ');
    expect(s.body).not.toContain('Paragraph 49999');
    expect(s.body).not.toContain('LAST');
    // Paragraphs enough: no TreeWalker (it calls into JavaScript for every node it visits).
    expect(visited()).toBe(0);
  }, 60_000);

  it('walks the text of a page whose paragraphs are not <p> (bare <div>s), still bounded', () => {
    const divs = Array.from({ length: 5_000 }, (_, i) => `<div>Line ${i} of a forum thread about neodymium magnets and rare earth supply.</div>`).join('\n');
    const doc = docOf(`<!doctype html><html><head><title>Forum</title></head><body><main><p>Short intro.</p>${divs}</main></body></html>`);
    const visited = countWalk(doc);
    const s = readGateSample(doc, URL_);
    expect(s.body).toContain('Line 0 of a forum thread');
    expect(s.body.length).toBeLessThanOrEqual(6_000);
    expect(visited()).toBeGreaterThan(0);
    expect(visited()).toBeLessThan(4_001);
    expect(scoreGate(s).candidate).toBe(true);
  });

  it('does not take a portal’s link lists for the text: the walk reaches the article below them', () => {
    const links = Array.from({ length: 60 }, (_, i) => `<li><a href="/s/${i}">Headline number ${i} about the weather, the league and the local elections</a></li>`).join('');
    const doc = docOf(`<!doctype html><html><head><title>Portal</title></head><body>
      <div class="rail"><ul>${links}</ul></div>
      <div class="story"><div>Neodymium prices rose after the rare earth quota was cut.</div></div></body></html>`);
    const s = readGateSample(doc, URL_);
    expect(s.body).toContain('Headline number 0');
    expect(s.body).toContain('Neodymium prices rose');
    expect(scoreGate(s).candidate).toBe(true);
  });

  it('leaves paragraphs in nav, footer, aside and forms, and a page header outside the article, out of the sample', () => {
    const body = Array.from({ length: 30 }, (_, i) => `<p>Paragraph ${i} about the council's new cycle lanes and what they cost the city.</p>`).join('');
    const doc = docOf(`<!doctype html><html><head><title>City news</title></head><body>
      <header><p>SITEHEADER</p></header><nav><p>NAVTEXT</p></nav>
      <main><article><header><h1>Cycle lanes open</h1></header>${body}<aside><p>ASIDETEXT</p></aside><form><p>FORMTEXT</p></form></article></main>
      <footer><p>FOOTERTEXT</p></footer></body></html>`);
    const s = readGateSample(doc, URL_);
    expect(s.body).toContain('Cycle lanes open');
    expect(s.body).toContain('Paragraph 0 ');
    for (const furniture of ['SITEHEADER', 'NAVTEXT', 'ASIDETEXT', 'FORMTEXT', 'FOOTERTEXT']) expect(s.body).not.toContain(furniture);
  });

  it('stops early too on a page of 50,000 elements that hold no text (a minified image grid)', () => {
    const grid = Array.from({ length: 25_000 }, (_, i) => `<a href="/p/${i}"><img src="/i/${i}.jpg" alt=""></a>`).join('');
    const doc = docOf(`<!doctype html><html><head><title>Gallery</title></head><body><main><div class="grid">${grid}</div><p>AFTER THE GRID</p></main></body></html>`);
    const visited = countWalk(doc);
    const s = readGateSample(doc, URL_);
    expect(s.body.length).toBeLessThanOrEqual(6_000);
    // Reaching the paragraph after the grid means every one of the 50,000 elements was walked.
    expect(s.body).not.toContain('AFTER THE GRID');
    expect(visited()).toBeGreaterThan(0);
    expect(visited()).toBeLessThan(5_000);
  }, 60_000);
});

describe('the gate on the fixture pages', () => {
  it('takes the seed article as a candidate', () => {
    const url = 'http://localhost:8080/seed-article.html';
    const s = readGateSample(docOf(fixture('seed-article.html'), url), url);
    expect(s.head).toContain('Northern Rare Earth');
    expect(s.head).toContain('PrNd');
    expect(s.body).toContain('tightening the screws');
    expect(s.body).not.toContain('Most Read');
    expect(s.body).not.toContain('We use cookies');
    const v = scoreGate(s);
    expect(v.candidate).toBe(true);
    expect(v.cues).toEqual(expect.arrayContaining(['rare earth', 'prnd']));
  });

  it('takes the damaged-encoding twin as a candidate too', () => {
    const url = 'http://localhost:8080/seed-article-mojibake.html';
    const s = readGateSample(docOf(fixture('seed-article-mojibake.html'), url), url);
    expect(scoreGate(s).candidate).toBe(true);
  });

  it('does not take the coffee/soybean/OPEC commodity page', () => {
    const url = 'https://commoditywire.example/markets/coffee-futures-jump-vietnam-export-curbs/';
    const s = readGateSample(docOf(fixture('non-rare-earth-article.html'), url), url);
    expect(s.body).toContain('Arabica coffee futures rose 4%');
    expect(s.body).toContain('output cuts');
    const v = scoreGate(s);
    expect(v.candidate).toBe(false);
    expect(v.cues).toEqual([]);
  });
});

// @vitest-environment jsdom
// Covers lib/anchoring/article-container.ts: the container the anchoring prefers is the article's,
// not the first <article> (often a teaser card), not a <main> wrapper that also holds sidebars,
// and the body when the page marks nothing up.
import { describe, expect, it } from 'vitest';
import { findArticleContainer } from '../../../lib/anchoring/article-container';

const long = (n: number) => 'Rare earth text. '.repeat(n);

describe('findArticleContainer', () => {
  it('takes the <article> holding the most text over teaser cards before it', () => {
    document.body.innerHTML = `<article class="teaser">${long(3)}</article><article class="story">${long(40)}</article><article class="teaser">${long(2)}</article>`;
    expect(findArticleContainer(document).className).toBe('story');
  });

  it('takes the article inside <main> when it holds most of main’s text', () => {
    document.body.innerHTML = `<main><aside>${long(4)}</aside><article class="story">${long(40)}</article></main>`;
    expect(findArticleContainer(document).className).toBe('story');
  });

  it('keeps <main> when the inner article is only a small part of it', () => {
    document.body.innerHTML = `<main id="m"><div>${long(40)}</div><article class="card">${long(3)}</article></main>`;
    expect(findArticleContainer(document).id).toBe('m');
  });

  it('uses itemprop=articleBody, and falls back to the body', () => {
    document.body.innerHTML = `<div itemprop="articleBody" id="ab">${long(20)}</div><div>${long(2)}</div>`;
    expect(findArticleContainer(document).id).toBe('ab');
    document.body.innerHTML = `<div>${long(5)}</div>`;
    expect(findArticleContainer(document)).toBe(document.body);
  });
});

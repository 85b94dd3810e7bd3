// Covers lib/navigation/page-route.ts: which URL changes show another page (a path, a query, a
// hash route) and which are jumps within the same one (a plain anchor), for the reader and for the
// background's same-document navigation events.
import { describe, expect, it } from 'vitest';
import { isHashRoute, isWebPage, pageRoute, routeChanged, showsAnotherPage } from '../../../lib/navigation/page-route';

describe('pageRoute', () => {
  it('drops a plain anchor and keeps a hash route', () => {
    expect(pageRoute('https://news.example/a/#comments')).toBe('https://news.example/a/');
    expect(pageRoute('https://news.example/a/')).toBe('https://news.example/a/');
    expect(pageRoute('https://news.example/app/#/news/dysprosium')).toBe('https://news.example/app/#/news/dysprosium');
    expect(pageRoute('https://news.example/app/#!/news/dysprosium')).toBe('https://news.example/app/#!/news/dysprosium');
    expect(pageRoute('https://news.example/app/#')).toBe('https://news.example/app/');
  });

  it('tells hash routes from anchors', () => {
    expect(isHashRoute('#/news/x')).toBe(true);
    expect(isHashRoute('#!/news/x')).toBe(true);
    expect(isHashRoute('#section-2')).toBe(false);
    expect(isHashRoute('#')).toBe(false);
  });
});

describe('routeChanged', () => {
  it('is a change of path, query or hash route, not of anchor', () => {
    expect(routeChanged('https://n.example/', 'https://n.example/news/a/')).toBe(true);
    expect(routeChanged('https://n.example/news/a/', 'https://n.example/news/a/?page=2')).toBe(true);
    expect(routeChanged('https://n.example/app/#/a', 'https://n.example/app/#/b')).toBe(true);
    expect(routeChanged('https://n.example/app/#/a', 'https://n.example/app/#')).toBe(true);
    expect(routeChanged('https://n.example/a/', 'https://n.example/a/#weather')).toBe(false);
    expect(routeChanged('https://n.example/a/#top', 'https://n.example/a/#weather')).toBe(false);
    expect(routeChanged('https://n.example/a/', 'https://n.example/a/')).toBe(false);
  });
});

describe('showsAnotherPage', () => {
  it('compares with the last URL the background saw', () => {
    expect(showsAnotherPage('https://n.example/', 'https://n.example/news/a/', 'history')).toBe(true);
    // replaceState that only stores state (scroll position): same page.
    expect(showsAnotherPage('https://n.example/news/a/', 'https://n.example/news/a/', 'history')).toBe(false);
    expect(showsAnotherPage('https://n.example/a/', 'https://n.example/a/#weather', 'fragment')).toBe(false);
    expect(showsAnotherPage('https://n.example/app/', 'https://n.example/app/#/news/a', 'fragment')).toBe(true);
  });

  it('without one (the service worker restarted): any history change, a fragment change only to a route', () => {
    expect(showsAnotherPage(undefined, 'https://n.example/news/a/', 'history')).toBe(true);
    expect(showsAnotherPage(undefined, 'https://n.example/app/#/news/a', 'fragment')).toBe(true);
    expect(showsAnotherPage(undefined, 'https://n.example/a/#weather', 'fragment')).toBe(false);
  });
});

describe('isWebPage', () => {
  it('is http(s) only', () => {
    expect(isWebPage('https://n.example/')).toBe(true);
    expect(isWebPage('http://n.example/')).toBe(true);
    expect(isWebPage('chrome://extensions/')).toBe(false);
    expect(isWebPage('file:///tmp/a.html')).toBe(false);
    expect(isWebPage(undefined)).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { pageKeyUrl } from '@/lib/navigation/page-key-url';

// An app that routes with pushState often keeps the page it left in <link rel=canonical>.
describe('pageKeyUrl', () => {
  const front = 'https://news.example/';
  const story = 'https://news.example/2026/12/rare-earth-quota';

  it('files a page reached from the front page under its address when the canonical still names the front page', () => {
    expect(pageKeyUrl('https://news.example/', story, front)).toBe(story);
    // Tracking parameters and a trailing slash do not hide that it is the page left.
    expect(pageKeyUrl('https://news.example/?utm_source=x', story, 'https://news.example')).toBe(story);
    // A page served over http that names its https twin.
    expect(pageKeyUrl('https://news.example/', 'http://news.example/story', 'http://news.example/?edition=eu')).toBe('http://news.example/story');
  });

  it('keeps a canonical URL that names another page than the one left', () => {
    expect(pageKeyUrl('https://news.example/amp-free/rare-earth-quota', story, front)).toBe('https://news.example/amp-free/rare-earth-quota');
  });

  it('keeps the canonical URL after a full load, and when the address is the page left', () => {
    expect(pageKeyUrl(front, story, null)).toBe(front);
    expect(pageKeyUrl(front, front + '#comments', front)).toBe(front);
  });
});

// Covers lib/sources/reader-scope.ts and state-linked-site.ts: when the reader goes into a tab
// (rare-earth articles; with "banner on every article", articles of state-linked publishers, not
// relays alone, never non-articles) and which sites are worth looking at for that option.
import { describe, expect, it } from 'vitest';
import type { AnalysisResult, SourceAssessment } from '../../../lib/analysis-result';
import { readerScope } from '../../../lib/sources/reader-scope';
import type { SourceOverride } from '../../../lib/sources/source-override';
import { stateLinkedSite } from '../../../lib/sources/state-linked-site';

const PUBLISHER = { domain: 'globaltimes.cn', name: 'Global Times', level: 'state-controlled' as const, country: 'China', basis: 'b', reference: 'r' };
const ARTICLE = { title: 'Coffee futures', siteName: null, byline: null, publishedAt: null, lang: 'en', wordCount: 600 };

function result(over: { isRareEarth?: boolean; banner?: SourceAssessment['banner']; article?: AnalysisResult['article'] }): AnalysisResult {
  return {
    url: 'https://www.globaltimes.cn/page/1.shtml',
    article: over.article === undefined ? ARTICLE : over.article,
    topic: { isRareEarth: over.isRareEarth ?? false, score: 0, evidence: [] },
    source: { publisher: PUBLISHER, relays: [], disclosures: [], banner: over.banner === undefined ? 'state-controlled' : over.banner },
    signals: [],
  };
}

describe('readerScope', () => {
  it('always takes rare-earth articles, whatever the option', () => {
    expect(readerScope(result({ isRareEarth: true, banner: null }), false)).toBe('signals');
    expect(readerScope(result({ isRareEarth: true }), true)).toBe('signals');
  });

  it('takes other articles of state-linked publishers only with the option on', () => {
    expect(readerScope(result({}), false)).toBeNull();
    for (const banner of ['state-controlled', 'state-aligned', 'state-affiliated'] as const) {
      expect(readerScope(result({ banner }), true), banner).toBe('banner');
    }
  });

  it('leaves pages that are not articles, unlabelled publishers and relays alone', () => {
    expect(readerScope(result({ article: null }), true)).toBeNull();
    expect(readerScope(result({ banner: null }), true)).toBeNull();
    expect(readerScope(result({ banner: 'relays-state' }), true)).toBeNull();
  });
});

describe('stateLinkedSite', () => {
  const none: SourceOverride[] = [];
  it('is true for state-controlled, state-aligned and state-affiliated sites', () => {
    for (const url of ['https://www.globaltimes.cn/', 'https://www.kp.ru/a', 'https://www.reht.com/news', 'https://президент.рф/']) {
      expect(stateLinkedSite(url, none), url).toBe(true);
    }
  });

  it('is false for publicly funded independent, unknown and non-web pages', () => {
    for (const url of ['https://www.bbc.co.uk/news', 'https://rareearthexchanges.com/', 'chrome://newtab/', 'file:///tmp/globaltimes.cn.html', 'about:blank', '']) {
      expect(stateLinkedSite(url, none), url).toBe(false);
    }
  });

  it('follows the reader’s corrections both ways', () => {
    const o = (domain: string, level: SourceOverride['level']): SourceOverride => ({ domain, level, note: '', createdAt: 0 });
    expect(stateLinkedSite('https://www.globaltimes.cn/', [o('globaltimes.cn', 'unknown')])).toBe(false);
    expect(stateLinkedSite('https://rareearthexchanges.com/', [o('rareearthexchanges.com', 'state-aligned')])).toBe(true);
  });
});

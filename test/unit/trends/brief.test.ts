// Covers the brief (lib/trends/brief*.ts): the numbers first, per category the signals newest
// first with figures, source label and a `#:~:text=` link; and page text stays text in both
// formats (HTML parsed back with jsdom: no element the page text could have made).
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { buildBrief } from '../../../lib/trends/brief';
import { briefHtml, escapeHtml } from '../../../lib/trends/brief-html';
import { briefMarkdown } from '../../../lib/trends/brief-markdown';
import type { Clip } from '../../../lib/clips/clip-schema';
import type { LoggedSignal } from '../../../lib/reading-log/logged-signal';
import { saveClipInput } from './trend-fixtures';

const JAN = (d: number) => Date.UTC(2026, 0, d, 9);
const HOSTILE = '<script>alert(1)</script> **Prices** [click](javascript:alert(1)) <img src=x onerror=alert(1)> | a & b';

const { clip: base, other: baseLog } = saveClipInput();
const NDPR = 'NdPr oxide rose to US$62/kg this week.';
interface Over {
  id: string;
  at?: number;
  text?: string;
  category?: Clip['category'];
  materials?: string[];
  figures?: Clip['figures'];
  sourceLabel?: string;
  banner?: Clip['source']['banner'];
  url?: string;
  textFragmentUrl?: string;
  title?: string | null;
}
const fields = (o: Over) => ({
  id: o.id,
  dedupeKey: `${o.url ?? 'https://news.example.com/a'}\n${o.text ?? NDPR}`,
  text: o.text ?? NDPR,
  category: o.category ?? ('pricing' as const),
  entities: { materials: o.materials ?? ['neodymium', 'praseodymium'], organizations: [], places: [] },
  figures: o.figures ?? [{ text: 'US$62/kg', value: 62, unit: 'USD/kg' }],
  sourceLabel: o.sourceLabel ?? 'Relays a state-affiliated source: Xinhua',
  source: { ...base.source, banner: o.banner === undefined ? ('relays-state' as const) : o.banner },
  url: o.url ?? 'https://news.example.com/a',
  textFragmentUrl: o.textFragmentUrl ?? 'https://news.example.com/a#:~:text=NdPr%20oxide%20rose',
  article: { ...base.article, title: o.title === undefined ? 'NdPr climbs' : o.title },
  site: new URL(o.url ?? 'https://news.example.com/a').hostname,
});
const clip = (o: Over): Clip => ({ ...base, ...fields(o), createdAt: o.at ?? JAN(10), updatedAt: o.at ?? JAN(10) });
const logged = (o: Over): LoggedSignal => ({ ...baseLog, ...fields(o), seenAt: o.at ?? JAN(10) });

const clips: Clip[] = [
  clip({ id: 'old', at: JAN(6), text: 'NdPr oxide was quoted at US$58/kg.', figures: [{ text: 'US$58/kg', value: 58, unit: 'USD/kg' }] }),
  clip({ id: 'new' }),
  clip({ id: 'out', at: JAN(25), text: 'Outside the range.' }),
];
const log: LoggedSignal[] = [
  logged({ id: 'ban', at: JAN(8), category: 'export-control', text: 'Beijing added gallium to its export-control list.', materials: ['gallium'], figures: [], banner: null, sourceLabel: 'Reuters', url: 'https://wire.example.org/b', textFragmentUrl: 'https://wire.example.org/b#:~:text=Beijing', title: null }),
  // Read, then clipped: counted once, as the clip.
  logged({ id: 'new-read', at: JAN(9) }),
];
const range = { from: JAN(5) - 9 * 3_600_000, to: JAN(19) - 9 * 3_600_000 };
const brief = buildBrief(clips, log, range, JAN(20));

describe('the brief', () => {
  it('puts the numbers first, then per category the signals newest first, out-of-range ones left out', () => {
    const md = briefMarkdown(brief);
    expect(md.startsWith('# Lodestone brief: 2026-01-05 to 2026-01-18\n')).toBe(true);
    expect(md).toContain('3 signals from 2 articles');
    expect(md).toContain('| Pricing | 2 | 2 (100%) |');
    expect(md).toContain('| Export control | 1 | 0 (0%) |');
    expect(md).toContain('- neodymium + praseodymium, USD/kg: 2 quotes, from US$58/kg (2026-01-06) to US$62/kg (2026-01-10)');
    expect(md.indexOf('## The numbers')).toBeLessThan(md.indexOf('## Pricing'));
    expect(md.indexOf('rose to US$62/kg')).toBeLessThan(md.indexOf('quoted at US$58/kg'));
    expect(md).not.toContain('Outside the range');
    expect(md).toContain('Figures: US$62/kg · Source: Relays a state-affiliated source: Xinhua · [NdPr climbs](https://news.example.com/a#:~:text=NdPr%20oxide%20rose) · 2026-01-10');
    expect(md).toContain('[wire.example.org](https://wire.example.org/b#:~:text=Beijing)');
  });

  it('in HTML has the same numbers, sections and links', () => {
    const doc = new JSDOM(briefHtml(brief)).window.document;
    expect(doc.querySelector('h1')?.textContent).toBe('Lodestone brief: 2026-01-05 to 2026-01-18');
    expect([...doc.querySelectorAll('h2')].map((h) => h.textContent)).toEqual(['The numbers', 'Pricing', 'Export control']);
    expect([...doc.querySelectorAll('tbody tr')].map((r) => r.textContent)).toEqual(['Pricing22 (100%)', 'Export control10 (0%)']);
    expect([...doc.querySelectorAll('a')].map((a) => a.getAttribute('href'))).toEqual([
      'https://news.example.com/a#:~:text=NdPr%20oxide%20rose',
      'https://news.example.com/a#:~:text=NdPr%20oxide%20rose',
      'https://wire.example.org/b#:~:text=Beijing',
    ]);
  });

  it('keeps page text as text in HTML: sentence, label, title, figures and link', () => {
    const hostile = [clip({ id: 'h', text: HOSTILE, sourceLabel: HOSTILE, title: HOSTILE, figures: [{ text: HOSTILE, value: 1, unit: 'USD/kg' }], textFragmentUrl: 'https://x.example/"><script>alert(1)</script>' })];
    const doc = new JSDOM(briefHtml(buildBrief(hostile, [], range, JAN(20)))).window.document;
    expect(doc.querySelectorAll('script, img, [onerror]').length).toBe(0);
    expect(doc.querySelector('blockquote')?.textContent).toBe(HOSTILE);
    expect(doc.querySelector('a')?.textContent).toBe(HOSTILE);
    expect(doc.querySelector('a')?.getAttribute('href')).toBe('https://x.example/"><script>alert(1)</script>');
    expect(escapeHtml(`<a href="x" title='y'>&amp;</a>`)).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;amp;&lt;/a&gt;');
  });

  it('keeps page text as text in Markdown: no link, emphasis, HTML or table cell it could make', () => {
    const hostile = [clip({ id: 'h', text: `# ${HOSTILE}`, sourceLabel: HOSTILE, title: HOSTILE, category: 'pricing' })];
    const md = briefMarkdown(buildBrief(hostile, [], range, JAN(20)));
    expect(md).toContain('> \\# \\<script\\>alert(1)\\</script\\> \\*\\*Prices\\*\\* \\[click\\](javascript:alert(1)) \\<img src=x onerror=alert(1)\\> \\| a & b');
    expect(md).toContain('Source: \\<script\\>');
    expect(md).toContain('[\\<script\\>alert(1)\\</script\\> \\*\\*Prices\\*\\* \\[click\\](javascript:alert(1))');
    // Every "[" "<" "*" "|" of page text is escaped: none is left bare outside our own link and table.
    const body = md.slice(md.indexOf('## Pricing'));
    expect(body.replace(/\\[[\]<>*|]/g, '').replace('[\\', '')).not.toMatch(/<|\*|\|/);
  });

  it('drops a link that is not a web address', () => {
    const b = buildBrief([clip({ id: 'j', textFragmentUrl: 'javascript:alert(1)' })], [], range, JAN(20));
    expect(b.sections[0]!.signals[0]!.link).toBeNull();
    expect(briefMarkdown(b)).not.toContain('javascript:');
    expect(briefHtml(b)).not.toContain('javascript:');
  });
});

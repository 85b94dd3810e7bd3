// @vitest-environment jsdom
// Covers lib/gate/serialize-in-slices.ts and lib/gate/send-page.ts: the page as outerHTML gives it,
// written in slices with pauses between them once it is large; an ordinary page in one call and
// one message as before; a huge one in ordered parts that the background puts back together
// (entrypoints/background/gate-parts.ts). Real Chromium: test/e2e/gate-serialize.e2e.ts.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { assemble, receivePart } from '../../../entrypoints/background/gate-parts';
import { GATE_PART_CHARS, sendInParts, sendPage } from '../../../lib/gate/send-page';
import { serializeInSlices } from '../../../lib/gate/serialize-in-slices';

/** A page of `sections` sections of 30 paragraphs (~31 elements each), with the things a serializer must escape. */
function page(sections: number): void {
  document.head.innerHTML = '<title>Terbium &amp; dysprosium</title><style>p > b { color: red }</style>';
  const section = (i: number) =>
    `<section id="s${i}" data-note="a &quot;quoted&quot; &amp; spaced\u00a0value"><!-- section ${i} -->\n` +
    Array.from({ length: 30 }, (_, j) => `<p class="c${j}">Prices rose ${j}% &lt;fast&gt; &amp; more\u00a0here <b>now</b></p>`).join('\n') +
    '<script>if (1 < 2 && 3 > 2) {}</script></section>';
  document.body.setAttribute('class', 'story');
  document.body.innerHTML = `<main><article>${Array.from({ length: sections }, (_, i) => section(i)).join('\n')}</article></main>`;
}

describe('serializeInSlices', () => {
  beforeEach(() => {
    document.documentElement.innerHTML = '<head></head><body></body>';
  });

  it('writes an ordinary page in one call, without a pause', async () => {
    page(3);
    const pause = vi.fn(async () => {});
    expect(await serializeInSlices(document.documentElement, 0, pause, 12_000_000)).toBe(document.documentElement.outerHTML);
    expect(pause).not.toHaveBeenCalled();
  });

  it('writes a large page exactly as outerHTML does, pausing between slices', async () => {
    page(200);
    expect(document.getElementsByTagName('*').length).toBeGreaterThan(6_000);
    const pause = vi.fn(async () => {});
    expect(await serializeInSlices(document.documentElement, 0, pause, 12_000_000)).toBe(document.documentElement.outerHTML);
    expect(pause.mock.calls.length).toBeGreaterThan(10);
  });

  it('gives up past the size the background would refuse', async () => {
    page(200);
    expect(await serializeInSlices(document.documentElement, 5, async () => {}, 100_000)).toBeNull();
  });
});

describe('sendPage', () => {
  it('sends an ordinary page in one gate:candidate', async () => {
    page(3);
    const send = vi.fn(async () => ({ ok: true }));
    await sendPage(send, 'https://news.example/a', ['terbium']);
    expect(send).toHaveBeenCalledTimes(1);
    expect(send).toHaveBeenCalledWith({ type: 'gate:candidate', url: 'https://news.example/a', html: document.documentElement.outerHTML, cues: ['terbium'] });
  });

  it('sends a huge page in ordered parts the background puts back together', async () => {
    page(1_300);
    const whole = document.documentElement.outerHTML;
    expect(whole.length).toBeGreaterThan(2 * GATE_PART_CHARS);
    const sent: Record<string, unknown>[] = [];
    const send = vi.fn(async (m: Record<string, unknown>) => {
      sent.push(m);
      return m.type === 'gate:part' ? { ok: receivePart(1, m.id as string, m.index as number, m.html as string) } : { ok: true };
    });
    await sendPage(send, 'https://news.example/a', []);
    const parts = sent.filter((m) => m.type === 'gate:part');
    const last = sent[sent.length - 1]!;
    expect(parts.map((m) => m.index)).toEqual(parts.map((_m, i) => i));
    for (const m of parts) expect((m.html as string).length).toBe(GATE_PART_CHARS);
    expect(last).toMatchObject({ type: 'gate:candidate', parts: { id: parts[0]!.id, count: parts.length + 1 } });
    expect(assemble(1, (last.parts as { id: string }).id, (last.parts as { count: number }).count, last.html as string)).toBe(whole);
  }, 30_000);

  it('stops when the background refuses a part', async () => {
    page(1_300);
    const send = vi.fn(async () => ({ ok: false }));
    await sendPage(send, 'https://news.example/a', []);
    expect(send).toHaveBeenCalledTimes(1);
  }, 30_000);
});

describe('the background’s parts', () => {
  it('refuses a part that does not follow, and a whole with one missing', () => {
    expect(receivePart(2, 'x', 0, 'a')).toBe(true);
    expect(receivePart(2, 'x', 2, 'c')).toBe(false);
    expect(assemble(2, 'x', 2, 'b')).toBeNull();
    expect(receivePart(2, 'y', 0, 'a')).toBe(true);
    expect(receivePart(2, 'y', 1, 'b')).toBe(true);
    expect(assemble(2, 'y', 3, 'c')).toBe('abc');
    // Used once.
    expect(assemble(2, 'y', 3, 'c')).toBeNull();
  });
});

describe('sendInParts (the reader’s reader:analyze sends a huge page as the gate does)', () => {
  const message = (last: string, parts: { id: string; count: number } | null) => ({ type: 'reader:analyze', url: 'https://news.example/a', html: last, ...(parts ? { parts } : {}) });

  it('sends a small page in the one message and answers with its reply', async () => {
    const send = vi.fn(async () => ({ ok: true, result: 'r' }));
    expect(await sendInParts(send, '<p>x</p>', message, async () => {})).toEqual({ ok: true, result: 'r' });
    expect(send).toHaveBeenCalledWith({ type: 'reader:analyze', url: 'https://news.example/a', html: '<p>x</p>' });
  });

  it('sends a huge page in ordered parts, waiting before each, then the message with the last part', async () => {
    const whole = 'a'.repeat(GATE_PART_CHARS * 2 + 10);
    const wait = vi.fn(async () => {});
    const sent: Record<string, unknown>[] = [];
    const send = vi.fn(async (m: Record<string, unknown>) => {
      sent.push(m);
      return m.type === 'gate:part' ? { ok: receivePart(2, m.id as string, m.index as number, m.html as string) } : { ok: true };
    });
    await sendInParts(send, whole, message, wait);
    expect(wait).toHaveBeenCalledTimes(3);
    const last = sent[sent.length - 1]!;
    expect(last).toMatchObject({ type: 'reader:analyze', parts: { count: 3 } });
    expect(assemble(2, (last.parts as { id: string }).id, 3, last.html as string)).toBe(whole);
  });

  it('answers null when the background refuses a part', async () => {
    const send = vi.fn(async () => ({ ok: false }));
    expect(await sendInParts(send, 'a'.repeat(GATE_PART_CHARS + 1), message, async () => {})).toBeNull();
    expect(send).toHaveBeenCalledTimes(1);
  });
});

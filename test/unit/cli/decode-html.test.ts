import { describe, expect, it } from 'vitest';
import { decodeHtml } from '../../../lib/eval/decode-html';
import { encodeLegacy } from './legacy-encode';

/** A small saved page: its head declaration (if any) and a title in the page's own language. */
const page = (head: string, title: string) => `<!DOCTYPE html><html><head>${head}<title>${title}</title></head><body><p>${title}</p></body></html>`;

describe('decodeHtml', () => {
  it.each([
    ['gbk', '<meta http-equiv="Content-Type" content="text/html; charset=gb2312">', '稀土出口管制'],
    ['shift_jis', "<meta charset='Shift_JIS'>", 'レアアース供給'],
    ['euc-kr', '<meta charset=euc-kr>', '희토류 비축'],
    ['koi8-r', '<META HTTP-EQUIV="content-type" CONTENT="text/html; charset=KOI8-R">', 'Редкоземельные металлы'],
  ])('honours a %s declaration', (encoding, head, title) => {
    const decoded = decodeHtml(encodeLegacy(page(head, title), encoding));
    expect(decoded.encoding).toBe(encoding);
    expect(decoded.from).toBe('declaration');
    expect(decoded.text).toContain(`<title>${title}</title>`);
  });

  it('honours a windows-1252 declaration, curly quotes, dashes and the euro sign included', () => {
    // Written byte by byte: Node's own windows-1252 decoder is the thing this checks.
    const head = new TextEncoder().encode('<html><head><meta charset="windows-1252"><title>');
    const title = [0x43, 0x61, 0x66, 0xe9, 0x20, 0x96, 0x20, 0x35, 0x80, 0x20, 0x93, 0x71, 0x75, 0x6f, 0x74, 0x61, 0x94, 0x20, 0x8a];
    const decoded = decodeHtml(new Uint8Array([...head, ...title]));
    expect(decoded).toMatchObject({ encoding: 'windows-1252', from: 'declaration' });
    expect(decoded.text).toContain('<title>Café – 5€ “quota” Š');
  });

  it('reads an XML declaration', () => {
    const html = `<?xml version="1.0" encoding="koi8-r"?>${page('', 'Редкие земли')}`;
    expect(decodeHtml(encodeLegacy(html, 'koi8-r')).text).toContain('Редкие земли');
  });

  it('trusts a byte-order mark over a declaration', () => {
    const body = page('<meta charset="windows-1252">', 'China’s quota');
    const utf8 = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(body)]);
    expect(decodeHtml(utf8)).toMatchObject({ encoding: 'utf-8', from: 'bom' });
    expect(decodeHtml(utf8).text.startsWith('<!DOCTYPE')).toBe(true);
    const utf16 = new Uint8Array([0xff, 0xfe, ...Buffer.from(page('', '稀土'), 'utf16le')]);
    expect(decodeHtml(utf16)).toMatchObject({ encoding: 'utf-16le', from: 'bom' });
    expect(decodeHtml(utf16).text).toContain('<title>稀土</title>');
  });

  it('defaults to UTF-8, ignoring a declaration inside a comment', () => {
    const bytes = new TextEncoder().encode(`<!-- saved with <meta charset="koi8-r"> once -->${page('', 'Neodymium – NdFeB')}`);
    expect(decodeHtml(bytes)).toMatchObject({ encoding: 'utf-8', from: 'default' });
    expect(decodeHtml(bytes).text).toContain('Neodymium – NdFeB');
  });

  it('reads an undeclared page that is not valid UTF-8 as windows-1252', () => {
    const decoded = decodeHtml(new Uint8Array([...new TextEncoder().encode('<p>Caf'), 0xe9, 0x20, 0x97, 0x20, 0x92, 0x3c]));
    expect(decoded).toMatchObject({ encoding: 'windows-1252', from: 'fallback' });
    expect(decoded.text).toBe('<p>Café — ’<');
  });

  it('reads a UTF-16 declaration in ASCII-compatible bytes as UTF-8, and an unknown label as no label', () => {
    expect(decodeHtml(new TextEncoder().encode(page('<meta charset="utf-16">', 'Ré')))).toMatchObject({ encoding: 'utf-8', text: expect.stringContaining('Ré') });
    expect(decodeHtml(new TextEncoder().encode(page('<meta charset="klingon-8">', 'Ré')))).toMatchObject({ encoding: 'utf-8', from: 'default' });
  });
});

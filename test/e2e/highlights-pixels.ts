// Pixels of a Playwright screenshot, for the highlight tests: what a reader sees is checked on the
// rendered page (the fill actually painted behind highlighted text), not on the stylesheet alone.
// A minimal PNG reader (8-bit RGB/RGBA, not interlaced: what Chromium writes) over node:zlib.
import { inflateSync } from 'node:zlib';
import type { Page } from 'playwright-core';

export type Rgb = [number, number, number];

interface Image {
  width: number;
  height: number;
  pixel(x: number, y: number): Rgb;
}

function paeth(a: number, b: number, c: number): number {
  const p = a + b - c;
  const pa = Math.abs(p - a);
  const pb = Math.abs(p - b);
  const pc = Math.abs(p - c);
  return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
}

export function decodePng(png: Buffer): Image {
  if (png.readUInt32BE(0) !== 0x89504e47) throw new Error('not a PNG');
  let offset = 8;
  let width = 0;
  let height = 0;
  let bpp = 0;
  const idat: Buffer[] = [];
  while (offset < png.length) {
    const length = png.readUInt32BE(offset);
    const type = png.toString('latin1', offset + 4, offset + 8);
    const data = png.subarray(offset + 8, offset + 8 + length);
    if (type === 'IHDR') {
      width = data.readUInt32BE(0);
      height = data.readUInt32BE(4);
      const [depth, colour, , , interlace] = [data[8], data[9], data[10], data[11], data[12]];
      if (depth !== 8 || (colour !== 2 && colour !== 6) || interlace !== 0) throw new Error(`unsupported PNG (depth ${depth}, colour ${colour})`);
      bpp = colour === 6 ? 4 : 3;
    } else if (type === 'IDAT') idat.push(data);
    else if (type === 'IEND') break;
    offset += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(idat));
  const stride = width * bpp;
  const out = Buffer.alloc(stride * height);
  for (let y = 0; y < height; y += 1) {
    const filter = raw[y * (stride + 1)]!;
    for (let x = 0; x < stride; x += 1) {
      const v = raw[y * (stride + 1) + 1 + x]!;
      const a = x >= bpp ? out[y * stride + x - bpp]! : 0;
      const b = y > 0 ? out[(y - 1) * stride + x]! : 0;
      const c = x >= bpp && y > 0 ? out[(y - 1) * stride + x - bpp]! : 0;
      const add = filter === 0 ? 0 : filter === 1 ? a : filter === 2 ? b : filter === 3 ? (a + b) >> 1 : paeth(a, b, c);
      out[y * stride + x] = (v + add) & 0xff;
    }
  }
  return {
    width,
    height,
    pixel: (x, y) => {
      const i = y * stride + x * bpp;
      return [out[i]!, out[i + 1]!, out[i + 2]!];
    },
  };
}

/** The most frequent colour in the image: behind a line of text, the fill (or the page). */
export function dominantColour(image: Image): Rgb {
  const counts = new Map<string, number>();
  for (let y = 0; y < image.height; y += 1) {
    for (let x = 0; x < image.width; x += 1) {
      const key = image.pixel(x, y).join(',');
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  }
  const [best] = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]!;
  return best.split(',').map(Number) as Rgb;
}

function luminance([r, g, b]: Rgb): number {
  const lin = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

/** WCAG contrast ratio. */
export function contrastRatio(a: Rgb, b: Rgb): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

export function parseRgb(css: string): Rgb {
  const m = /rgba?\((\d+),\s*(\d+),\s*(\d+)/.exec(css);
  if (!m) throw new Error(`not rgb(): ${css}`);
  return [Number(m[1]), Number(m[2]), Number(m[3])];
}

/**
 * The colour painted behind the first line of the highlight of kind `name` (`lodestone-pricing`…) whose text starts with
 * `startsWith`, and the computed text colour there: read from a screenshot of that line's box.
 */
export async function paintedBehind(page: Page, name: string, startsWith: string): Promise<{ fill: Rgb; text: Rgb; pageBackground: Rgb }> {
  const box = await page.evaluate(
    ([n, prefix]) => {
      // Registered as `${n}-<token>` (the reader's random token, lib/highlights/highlight-names.ts).
      const h = [...CSS.highlights].find(([k]) => k.startsWith(`${n}-`) && /^[a-z0-9]{12}$/.test(k.slice(n!.length + 1)))?.[1];
      for (const r of h ?? []) {
        const range = r as Range;
        if (!range.toString().replace(/\s+/g, ' ').startsWith(prefix!)) continue;
        range.startContainer.parentElement!.scrollIntoView({ block: 'center' });
        const rect = range.getClientRects()[0]!;
        const el = range.startContainer.parentElement!;
        return {
          x: rect.left,
          y: rect.top,
          width: Math.min(rect.width, 400),
          height: rect.height,
          text: getComputedStyle(el).color,
          pageBackground: getComputedStyle(document.body).backgroundColor,
        };
      }
      return null;
    },
    [name, startsWith],
  );
  if (!box) throw new Error(`no ${name} highlight starting with "${startsWith}"`);
  const png = await page.screenshot({ clip: { x: box.x, y: box.y, width: box.width, height: box.height } });
  return { fill: dominantColour(decodePng(png)), text: parseRgb(box.text), pageBackground: parseRgb(box.pageBackground) };
}

/** Largest per-channel difference between two colours. */
export function channelGap(a: Rgb, b: Rgb): number {
  return Math.max(Math.abs(a[0] - b[0]), Math.abs(a[1] - b[1]), Math.abs(a[2] - b[2]));
}

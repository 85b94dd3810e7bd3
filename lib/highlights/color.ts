/** sRGB colour, channels 0–255. */
export type Rgb = readonly [number, number, number];

export const WHITE: Rgb = [255, 255, 255];
export const BLACK: Rgb = [0, 0, 0];

/** WCAG 2.x relative luminance. */
export function luminance([r, g, b]: Rgb): number {
  const lin = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

/** WCAG contrast ratio, 1–21. */
export function contrast(a: Rgb, b: Rgb): number {
  const la = luminance(a);
  const lb = luminance(b);
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

/** `a` moved a fraction `t` (0–1) of the way to `b`, in sRGB. */
export function mix(a: Rgb, b: Rgb, t: number): Rgb {
  const k = Math.min(1, Math.max(0, t));
  return [0, 1, 2].map((i) => Math.round(a[i]! + (b[i]! - a[i]!) * k)) as unknown as Rgb;
}

/** `top` with opacity `alpha` painted over the opaque `under`. */
export function composite(top: Rgb, alpha: number, under: Rgb): Rgb {
  return mix(under, top, alpha);
}

/** Largest per-channel difference: how far apart two colours look, roughly, at a glance. */
export function channelDistance(a: Rgb, b: Rgb): number {
  return Math.max(Math.abs(a[0] - b[0]), Math.abs(a[1] - b[1]), Math.abs(a[2] - b[2]));
}

export function toHex(c: Rgb): string {
  return `#${c.map((v) => Math.round(Math.min(255, Math.max(0, v))).toString(16).padStart(2, '0')).join('')}`;
}

export function fromHex(hex: string): Rgb | null {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex.trim());
  return m ? [parseInt(m[1]!, 16), parseInt(m[2]!, 16), parseInt(m[3]!, 16)] : null;
}

export interface RgbaColor {
  rgb: Rgb;
  alpha: number;
}

const NUMBER = String.raw`[+-]?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?`;
const CHANNEL = String.raw`(${NUMBER})(%?)`;
const RGB_FUNCTION = new RegExp(
  String.raw`^rgba?\(\s*${CHANNEL}\s*[,\s]\s*${CHANNEL}\s*[,\s]\s*${CHANNEL}\s*(?:[,/]\s*${CHANNEL}\s*)?\)$`,
  'i',
);
const SRGB_FUNCTION = new RegExp(String.raw`^color\(\s*srgb\s+${CHANNEL}\s+${CHANNEL}\s+${CHANNEL}\s*(?:/\s*${CHANNEL}\s*)?\)$`, 'i');

/** An rgb() channel: 0–255, or a percentage of 255. */
function channel(value: string, percent: string): number {
  const n = Number(value);
  return percent ? (n / 100) * 255 : n;
}

/**
 * Parses the colour forms `getComputedStyle` returns for sRGB colours: `rgb()`/`rgba()` (comma
 * or space syntax), `color(srgb …)` and `transparent`. Null for anything else (oklch, lab…): the
 * caller then measures through a canvas or falls back.
 */
export function parseCssColor(value: string): RgbaColor | null {
  const v = value.trim();
  if (v === 'transparent') return { rgb: BLACK, alpha: 0 };
  const hex = fromHex(v);
  if (hex && v.startsWith('#')) return { rgb: hex, alpha: 1 };
  let m = RGB_FUNCTION.exec(v);
  if (m) {
    const rgb = [1, 3, 5].map((i) => clamp255(channel(m![i]!, m![i + 1]!))) as unknown as Rgb;
    const alpha = m[7] === undefined ? 1 : clamp01(m[8] ? Number(m[7]) / 100 : Number(m[7]));
    return { rgb, alpha };
  }
  m = SRGB_FUNCTION.exec(v);
  if (m) {
    const rgb = [1, 3, 5].map((i) => clamp255((m![i + 1] ? Number(m![i]) / 100 : Number(m![i])) * 255)) as unknown as Rgb;
    const alpha = m[7] === undefined ? 1 : clamp01(m[8] ? Number(m[7]) / 100 : Number(m[7]));
    return { rgb, alpha };
  }
  return null;
}

function clamp255(n: number): number {
  return Number.isFinite(n) ? Math.round(Math.min(255, Math.max(0, n))) : 0;
}

function clamp01(n: number): number {
  return Number.isFinite(n) ? Math.min(1, Math.max(0, n)) : 1;
}

import { BLACK, type Rgb, type RgbaColor, WHITE, composite, contrast, luminance, parseCssColor } from './color';

/** The colours highlighted text is read against: the article's effective background and its text colour. */
export interface PageColors {
  background: Rgb;
  text: Rgb;
}

/** Chromium's canvas colour in dark mode (`Canvas` system colour), for pages that paint none. */
const DARK_CANVAS: Rgb = [18, 18, 18];
/** Below this contrast the measured pair cannot be what the reader sees (see plausible()). */
const IMPLAUSIBLE_CONTRAST = 2;
/** Ancestors visited from the sampled paragraph up to the root; real pages nest ~10–30 deep. */
const MAX_DEPTH = 64;

type ColorParser = (value: string) => RgbaColor | null;

/**
 * A parser that also reads colours getComputedStyle may report in other spaces (oklch(), lab()…):
 * a 1×1 canvas converts any CSS colour to sRGB pixels. The canvas is never attached to the page.
 */
export function canvasColorParser(doc: Document): ColorParser {
  let ctx: CanvasRenderingContext2D | null | undefined;
  return (value) => {
    const direct = parseCssColor(value);
    if (direct) return direct;
    try {
      ctx ??= doc.createElement('canvas').getContext('2d', { willReadFrequently: true });
      if (!ctx) return null;
      ctx.clearRect(0, 0, 1, 1);
      ctx.fillStyle = value;
      ctx.fillRect(0, 0, 1, 1);
      const [r, g, b, a] = ctx.getImageData(0, 0, 1, 1).data;
      return { rgb: [r!, g!, b!], alpha: a! / 255 };
    } catch {
      return null;
    }
  };
}

/** The first paragraph of the container with some text: its colour is the article's text colour. */
function textSample(container: Element): Element {
  const paragraphs = container.querySelectorAll('p');
  for (let i = 0; i < paragraphs.length && i < 20; i += 1) {
    if ((paragraphs[i]!.textContent?.trim().length ?? 0) > 40) return paragraphs[i]!;
  }
  return container;
}

/**
 * The background the sample element is painted on: its own background colour composited over its
 * ancestors' until an opaque one, then the canvas (white, or Chromium's dark canvas when the page
 * opts into a dark colour scheme and the reader prefers one). A background image cannot be read
 * without rendering; `plausible` catches what that misses.
 */
function effectiveBackground(sample: Element, view: Window, parse: ColorParser): Rgb {
  const layers: RgbaColor[] = [];
  let depth = 0;
  for (let el: Element | null = sample; el && depth < MAX_DEPTH; el = el.parentElement, depth += 1) {
    const color = parse(view.getComputedStyle(el).backgroundColor);
    if (!color || color.alpha === 0) continue;
    layers.push(color);
    if (color.alpha >= 1) break;
  }
  let under = canvasColor(sample.ownerDocument, view);
  for (let i = layers.length - 1; i >= 0; i -= 1) under = composite(layers[i]!.rgb, layers[i]!.alpha, under);
  return under;
}

function canvasColor(doc: Document, view: Window): Rgb {
  try {
    const scheme = view.getComputedStyle(doc.documentElement).colorScheme ?? '';
    const prefersDark = view.matchMedia?.('(prefers-color-scheme: dark)').matches === true;
    return /\bdark\b/.test(scheme) && (prefersDark || !/\blight\b/.test(scheme)) ? DARK_CANVAS : WHITE;
  } catch {
    return WHITE;
  }
}

/**
 * Guards against a background we could not see (an image or gradient behind transparent
 * elements): text the page's author made readable is never within 2:1 of its background, so when
 * the measured pair is that close, the background is taken from the text instead (light text →
 * a dark page, dark text → a light page).
 */
function plausible(colors: PageColors): PageColors {
  if (contrast(colors.background, colors.text) >= IMPLAUSIBLE_CONTRAST) return colors;
  return { ...colors, background: luminance(colors.text) > 0.4 ? BLACK : WHITE };
}

/**
 * Measures the colours of the article in `container`: a handful of getComputedStyle calls on one
 * paragraph and its ancestors (no layout). Falls back to black on white when the page cannot be
 * read (detached container, no window).
 */
export function measurePageColors(container: Element): PageColors {
  const view = container.ownerDocument.defaultView;
  if (!view) return { background: WHITE, text: BLACK };
  try {
    const parse = canvasColorParser(container.ownerDocument);
    const sample = textSample(container);
    const background = effectiveBackground(sample, view, parse);
    const textColor = parse(view.getComputedStyle(sample).color);
    const text = textColor ? composite(textColor.rgb, textColor.alpha, background) : BLACK;
    return plausible({ background, text });
  } catch {
    return { background: WHITE, text: BLACK };
  }
}

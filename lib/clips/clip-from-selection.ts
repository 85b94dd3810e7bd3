import type { AnalysisResult } from '../analysis-result';
import { signalForQuote } from '../anchoring/signal-for-quote';
import { sourceLabel } from '../source-label';
import type { NewClip } from './clip-schema';

export interface SelectionQuote {
  exact: string;
  prefix: string;
  suffix: string;
}

/** The clip schema's bounds (clip-schema.ts): checked here to give the reader a clear message. */
const MAX_CLIP_TEXT = 5_000;
/** Stored context is capped by the clip schema; the nearest characters matter most. */
const MAX_CONTEXT = 200;

export type ClipFromSelection = { ok: true; clip: NewClip } | { ok: false; error: string };

/**
 * The clip of text the reader selected by hand ("Clip to Lodestone", or the shortcut), on any
 * page: with the category of the detected signal it is about, else "unclassified"; the source
 * label of the page's analysis (for a page that is not a rare-earth article, the publisher as the
 * registry knows its domain); and the link. A selection that is the signal's sentence is stored
 * as that sentence, so that clipping it from the card later finds the same clip.
 */
export function clipFromSelection(result: AnalysisResult, quote: SelectionQuote, pageUrl: string): ClipFromSelection {
  const exact = quote.exact.replace(/\s+/g, ' ').trim();
  if (!exact) return { ok: false, error: 'Select the text to clip first.' };
  if (exact.length > MAX_CLIP_TEXT) {
    return { ok: false, error: `The selection is ${exact.length.toLocaleString('en')} characters long; a clip holds at most ${MAX_CLIP_TEXT.toLocaleString('en')}. Select less.` };
  }
  let site: string;
  try {
    site = new URL(pageUrl).hostname.replace(/^www\./, '');
  } catch {
    return { ok: false, error: 'This page has no web address to link the clip to.' };
  }
  const match = signalForQuote(result.signals, exact);
  const signal = match?.signal ?? null;
  const same = match?.same === true;
  const a = result.article;
  return {
    ok: true,
    clip: {
      text: same && signal ? signal.text : exact,
      prefix: (same && signal ? signal.prefix : quote.prefix).slice(-MAX_CONTEXT),
      suffix: (same && signal ? signal.suffix : quote.suffix).slice(0, MAX_CONTEXT),
      category: signal?.category ?? 'unclassified',
      direction: signal?.direction ?? null,
      confidence: signal?.confidence ?? null,
      entities: signal?.entities ?? { materials: [], organizations: [], places: [] },
      figures: signal?.figures ?? [],
      why: signal ? signal.why : 'Clipped by hand.',
      origin: 'manual',
      url: result.url,
      pageUrl,
      article: {
        title: a?.title ?? null,
        siteName: a?.siteName ?? null,
        byline: a?.byline ?? null,
        publishedAt: a?.publishedAt ?? null,
        lang: a?.lang ?? null,
      },
      source: result.source,
      sourceLabel: sourceLabel(result.source),
      site,
    },
  };
}

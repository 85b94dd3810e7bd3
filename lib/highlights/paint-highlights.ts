import type { Category } from '../analysis-result';
import { highlightName } from './highlight-names';

export interface PaintedSignal {
  index: number;
  category: Category;
  range: Range;
}

/**
 * Paints ranges with the CSS Custom Highlight API: one `Highlight` per category, registered as
 * `lodestone-<category>-<token>`, plus `lodestone-saved-<token>` over clipped sentences and
 * `lodestone-focus-<token>` over the one the reader moved to (the token: see highlight-names.ts;
 * the stylesheet names the same token). No element is inserted
 * into the page's text (wrapping 367 sentences in <mark> cost 159 ms and 39 ms of forced layout
 * on the corpus, against 0.1 ms here — DESIGN).
 */
export class HighlightPainter {
  private readonly names = new Set<string>();
  private readonly saved: string;
  private readonly focused: string;
  /** Each category's name, made once (a 5 MB article adds ~9,600 signals). */
  private readonly categoryNames = new Map<Category, string>();

  constructor(
    private readonly registry: HighlightRegistry,
    private readonly token: string,
  ) {
    this.saved = highlightName('saved', token);
    this.focused = highlightName('focus', token);
  }

  /**
   * Replaces everything painted before. `saved` are the ranges of the page's saved clips, each
   * anchored by its own selector: a saved sentence is marked even when the analysis no longer
   * flags it (or never did: a manual clip).
   */
  paint(signals: readonly PaintedSignal[], saved: readonly Range[]): void {
    this.clear();
    const byName = new Map<string, Range[]>();
    for (const s of signals) {
      const name = this.nameOf(s.category);
      const list = byName.get(name);
      if (list) list.push(s.range);
      else byName.set(name, [s.range]);
    }
    byName.set(this.saved, [...saved]);
    for (const [name, ranges] of byName) {
      if (ranges.length === 0) continue;
      const h = new Highlight(...ranges);
      // Saved and focus marks sit above the category fills.
      h.priority = name === this.saved ? 1 : 0;
      this.registry.set(name, h);
      this.names.add(name);
    }
  }

  /**
   * Adds signals to what is painted (the reader paints a huge article slice by slice as it anchors
   * it: each slice adds its ranges to the category highlights instead of rebuilding them all).
   */
  add(signals: readonly PaintedSignal[]): void {
    for (const s of signals) {
      const name = this.nameOf(s.category);
      const painted = this.names.has(name) ? this.registry.get(name) : undefined;
      if (painted) {
        painted.add(s.range);
        continue;
      }
      const h = new Highlight(s.range);
      h.priority = 0;
      this.registry.set(name, h);
      this.names.add(name);
    }
  }

  private nameOf(category: Category): string {
    let name = this.categoryNames.get(category);
    if (name === undefined) this.categoryNames.set(category, (name = highlightName(category, this.token)));
    return name;
  }

  focus(range: Range | null): void {
    if (!range) {
      this.registry.delete(this.focused);
      return;
    }
    const h = new Highlight(range);
    h.priority = 2;
    this.registry.set(this.focused, h);
    this.names.add(this.focused);
  }

  clear(): void {
    for (const name of this.names) this.registry.delete(name);
    this.names.clear();
  }
}

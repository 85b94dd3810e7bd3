/**
 * A reusable list of [start, end) offset pairs in one growing Int32Array: the classifier's adjunct
 * spans and the segmenter's ICU pieces are refilled for every sentence or block, and a list of
 * pairs (one array per pair) made the garbage collector a tenth of the engine's time.
 */
export class OffsetPairs {
  private bounds: Int32Array;
  count = 0;

  constructor(capacity = 16) {
    this.bounds = new Int32Array(2 * capacity);
  }

  clear(): void {
    this.count = 0;
  }

  push(start: number, end: number): void {
    if (2 * this.count + 2 > this.bounds.length) {
      const grown = new Int32Array(this.bounds.length * 2);
      grown.set(this.bounds);
      this.bounds = grown;
    }
    this.bounds[2 * this.count] = start;
    this.bounds[2 * this.count + 1] = end;
    this.count++;
  }

  start(k: number): number {
    return this.bounds[2 * k] as number;
  }

  end(k: number): number {
    return this.bounds[2 * k + 1] as number;
  }
}

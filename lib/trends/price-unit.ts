import type { Figure } from '../analysis-result';

/**
 * A price unit as the engine writes it (lib/analysis/extract-figures.ts): an ISO currency per mass
 * unit, "USD/kg", "CNY/t", "EUR/kg". Amounts without a mass unit ("USD") are sums, not prices.
 */
const PRICE_UNIT = /^[A-Z]{3}\/(?:kg|t|lb)$/;

export function isPriceUnit(unit: string | null): unit is string {
  return unit !== null && PRICE_UNIT.test(unit);
}

/** A figure that is a quoted price with a value. */
export function isPrice(figure: Figure): figure is Figure & { unit: string; value: number } {
  return isPriceUnit(figure.unit) && figure.value !== null && Number.isFinite(figure.value);
}

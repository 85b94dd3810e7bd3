import VARIANTS from './traditional-variants.json';

/**
 * Chinese news is written in simplified characters on the mainland and in traditional ones in Taiwan
 * and Hong Kong ("价格" / "價格", "产量" / "產量", "出口管制" in both). The lexicons list the
 * simplified form; phrase matching also finds each phrase's traditional form, taken from OpenCC's
 * mainland-to-Taiwan conversion (scripts/traditional-variants.ts writes traditional-variants.json;
 * a test checks it is current), so that no list has to be written twice.
 */
const TRADITIONAL: Readonly<Record<string, string>> = (VARIANTS as { variants: Record<string, string> }).variants;

/** The traditional form of a phrase written in simplified characters, or null when it has none of its own. */
export function traditionalVariant(phrase: string): string | null {
  return TRADITIONAL[phrase] ?? null;
}

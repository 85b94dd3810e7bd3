import { CUE_FAMILIES } from '../analysis/cue-families';
import { CONFUSABLES, INDUSTRY_CONTEXT, TOPIC_CONTEXT_TERMS } from '../analysis/lexicon';
import { MATERIALS } from '../analysis/materials';
import { ORGANIZATIONS } from '../analysis/organizations';
import { PLACES } from '../analysis/places';

const HAN = /\p{Script=Han}/u;

/** Every lexicon phrase that holds Chinese characters, once, sorted. */
export function lexiconPhrases(): string[] {
  const all: string[] = [
    ...Object.values(CUE_FAMILIES).flat(),
    ...MATERIALS.flatMap((m) => [m.name, ...m.aliases, ...(m.exact ?? [])]),
    ...PLACES.flatMap((p) => [p.name, ...p.aliases, ...(p.exact ?? [])]),
    ...ORGANIZATIONS.flatMap((o) => [o.name, ...o.aliases, ...(o.exact ?? [])]),
    ...TOPIC_CONTEXT_TERMS.map((t) => t.phrase),
    ...INDUSTRY_CONTEXT,
    ...CONFUSABLES.flatMap((c) => c.context),
  ];
  return [...new Set(all.filter((p) => HAN.test(p)))].sort();
}

/** The JSON file of the phrases whose traditional form differs, one entry per line. */
export function traditionalVariantsFile(phrases: readonly string[], toTraditional: (text: string) => string): string {
  // One character alone is left out: the traditional forms of the element names are also what
  // UTF-8 read as GBK turns into ("鈥" for holmium, "鎵" for gallium fill mis-decoded pages).
  const entries = phrases
    .filter((p) => [...p].length > 1)
    .map((p) => [p, toTraditional(p)] as const)
    .filter(([p, t]) => t !== p);
  const body = entries.map(([p, t]) => `    ${JSON.stringify(p)}: ${JSON.stringify(t)}`).join(',\n');
  return `{\n  "about": "Traditional-character forms (OpenCC cn to tw) of the lexicons' Chinese phrases, written by scripts/traditional-variants.ts.",\n  "variants": {\n${body}\n  }\n}\n`;
}

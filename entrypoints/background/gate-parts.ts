import { GATE_PART_CHARS, MAX_HTML_CHARS } from '@/lib/messages';

/**
 * A huge page arrives from its gate in parts (gate:part, then gate:candidate with the last one):
 * one message of 5 MB was serialized in one task of the page (17–66 ms on the bench's 5 MB
 * article). The parts wait here, in the service worker's memory, keyed by tab; a worker stopped
 * meanwhile loses them, and that page goes unanalyzed, as a page whose message was lost would.
 */
interface Assembly {
  id: string;
  parts: string[];
  chars: number;
}

const assemblies = new Map<number, Assembly>();
/** Tabs whose gate stopped half-way (the tab navigated) are forgotten on tab close; this bounds the rest. */
const MAX_ASSEMBLIES = 4;

/** Keeps part `index` of the page `id` of the tab; false when it does not follow the parts received. */
export function receivePart(tabId: number, id: string, index: number, html: string): boolean {
  let assembly = assemblies.get(tabId);
  if (index === 0) {
    assemblies.delete(tabId);
    assembly = { id, parts: [], chars: 0 };
    assemblies.set(tabId, assembly);
    for (const oldest of assemblies.keys()) {
      if (assemblies.size <= MAX_ASSEMBLIES) break;
      assemblies.delete(oldest);
    }
  }
  if (!assembly || assembly.id !== id || assembly.parts.length !== index || html.length > GATE_PART_CHARS || assembly.chars + html.length > MAX_HTML_CHARS) {
    assemblies.delete(tabId);
    return false;
  }
  assembly.parts.push(html);
  assembly.chars += html.length;
  return true;
}

/** The whole page: the `count - 1` parts received for `id`, then `last`; null when any is missing. */
export function assemble(tabId: number, id: string, count: number, last: string): string | null {
  const assembly = assemblies.get(tabId);
  assemblies.delete(tabId);
  if (!assembly || assembly.id !== id || assembly.parts.length !== count - 1 || assembly.chars + last.length > MAX_HTML_CHARS) return null;
  return assembly.parts.join('') + last;
}

export function forgetParts(tabId: number): void {
  assemblies.delete(tabId);
}

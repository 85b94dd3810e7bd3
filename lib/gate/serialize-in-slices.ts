/**
 * The page serialized as `document.documentElement.outerHTML` gives it, without holding the page's
 * main thread for the whole of it. One outerHTML of the bench's 5 MB article took 34–63 ms in
 * Chromium, in the same task as the message that carries it (91–97 ms together): a long task of
 * the page. Here a subtree of up to SMALL_SUBTREE elements is serialized by the browser in one
 * call (outerHTML), and only the "spine" above such subtrees is written by hand, letting the page
 * run whenever a slice has used SLICE_MS. A page of ordinary size is one subtree: one call, as before.
 *
 * What the spine writes is what the HTML serializer writes for it (tag, attributes, text,
 * comments; test/e2e/gate-serialize.e2e.ts compares both on real pages): spine elements have
 * element children, so they are never raw-text elements (script, style…) or templates, whose
 * content only their own outerHTML writes. The page may change between slices: the result is then
 * what each part was when it was read, as good for an analysis of the text as a snapshot.
 */

/** Subtrees up to this many elements are serialized in one outerHTML call (~1 ms at the bench article's ~90 bytes an element). */
const SMALL_SUBTREE = 2_000;

const TEXT_ESCAPES: Record<string, string> = { '&': '&amp;', '\u00a0': '&nbsp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
const escapeText = (s: string) => s.replace(/[&\u00a0<>]/g, (c) => TEXT_ESCAPES[c]!);
// Chromium escapes < and > in attribute values too (since the 2025 change to the HTML serializer).
const escapeAttribute = (s: string) => s.replace(/[&\u00a0"<>]/g, (c) => TEXT_ESCAPES[c]!);

function startTag(el: Element): string {
  let tag = `<${el.localName}`;
  for (const a of el.attributes) tag += ` ${a.name}="${escapeAttribute(a.value)}"`;
  return `${tag}>`;
}

/**
 * `root.outerHTML`, in slices of about `sliceMs` of work with `pause()` awaited between them; null
 * once the text passes `maxChars` (the caller would refuse it anyway).
 */
export async function serializeInSlices(root: Element, sliceMs: number, pause: () => Promise<unknown>, maxChars: number): Promise<string | null> {
  const parts: string[] = [];
  let chars = 0;
  let sliceStart = performance.now();
  const push = (s: string) => {
    parts.push(s);
    chars += s.length;
  };
  const walk = async (el: Element): Promise<boolean> => {
    if (el.getElementsByTagName('*').length <= SMALL_SUBTREE) {
      push(el.outerHTML);
      return chars <= maxChars;
    }
    push(startTag(el));
    for (let node = el.firstChild; node; node = node.nextSibling) {
      if (performance.now() - sliceStart > sliceMs) {
        await pause();
        sliceStart = performance.now();
      }
      if (node.nodeType === 1) {
        if (!(await walk(node as Element))) return false;
      } else if (node.nodeType === 3) push(escapeText((node as Text).data));
      else if (node.nodeType === 8) push(`<!--${(node as Comment).data}-->`);
      if (chars > maxChars) return false;
    }
    push(`</${el.localName}>`);
    return true;
  };
  return (await walk(root)) ? parts.join('') : null;
}

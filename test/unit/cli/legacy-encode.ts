/**
 * Test helper: text → bytes in a legacy encoding (GBK, Shift_JIS, EUC-KR, KOI8-R, windows-1252).
 * Node has no encoder for them, so the table is built backwards from TextDecoder: every one-byte
 * and two-byte sequence that decodes to a single character.
 */
const tables = new Map<string, Map<string, number[]>>();

function tableFor(label: string): Map<string, number[]> {
  const cached = tables.get(label);
  if (cached) return cached;
  const decoder = new TextDecoder(label);
  const table = new Map<string, number[]>();
  const add = (bytes: number[]) => {
    const s = decoder.decode(new Uint8Array(bytes));
    if (s.length === 1 && s !== '\ufffd' && !table.has(s)) table.set(s, bytes);
  };
  for (let b = 0; b < 256; b++) add([b]);
  for (let lead = 0x81; lead < 0xff; lead++) for (let trail = 0x40; trail < 0xff; trail++) add([lead, trail]);
  tables.set(label, table);
  return table;
}

export function encodeLegacy(text: string, label: string): Uint8Array {
  const table = tableFor(label);
  const out: number[] = [];
  for (const ch of text) {
    const bytes = table.get(ch);
    if (!bytes) throw new Error(`${label} cannot encode ${JSON.stringify(ch)}`);
    out.push(...bytes);
  }
  return new Uint8Array(out);
}

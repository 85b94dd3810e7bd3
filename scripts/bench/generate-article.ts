/**
 * Large rare-earth articles for the bench (1 MB and 5 MB of HTML), generated at run time so that no
 * big file lives in the repository. The page keeps the seed article's furniture (head, navigation,
 * sidebar, comments, footer); its body is the seed's own paragraphs (numbers varied per copy) mixed
 * with varied filler: signal-bearing sentences from templates (each category of the taxonomy),
 * neutral narrative, lists, tables, figures, teaser boxes and an inline JSON data blob as
 * framework-rendered news sites carry. A seeded PRNG makes every run produce the same bytes.
 */
import { DOMParser } from 'linkedom';

const MATERIALS = ['NdPr oxide', 'dysprosium', 'terbium', 'lanthanum', 'cerium', 'samarium', 'gallium', 'germanium', 'antimony', 'yttrium', 'praseodymium', 'neodymium', 'graphite', 'tungsten'];
const COMPANIES = ['Lynas Rare Earths', 'MP Materials', 'Iluka Resources', 'Arafura Rare Earths', 'Neo Performance Materials', 'Energy Fuels', 'Solvay', 'Vulcan Elements', 'Australian Strategic Materials', 'Mkango Resources', 'Ucore Rare Metals', 'Pensana'];
const PLACES = ['Kalgoorlie', 'Mountain Pass', 'Baotou', 'Ganzhou', 'La Rochelle', 'Narva', 'Tulsa', 'Saskatoon', 'Teesside', 'Nolans', 'Eneabba', 'Kuantan'];
const SECTORS = ['electric-vehicle motors', 'wind turbines', 'defence electronics', 'industrial robots', 'consumer electronics', 'drones'];
const AGENCIES = ['Benchmark Mineral Intelligence', 'Adamas Intelligence', 'Asian Metal', 'Shanghai Metals Market', 'Argus', 'Fastmarkets'];
const PEOPLE = ['Maria Keller', 'Tom Okafor', 'Li Wen', 'Sara Lindqvist', 'Ahmed Rahman', 'Julia Costa', 'Ken Sato', 'Priya Nair'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const TOPICS = ['logistics', 'staffing', 'permitting', 'water use', 'community consultation', 'road access', 'power supply', 'training'];

type Rng = () => number;

/** mulberry32: a small, fast, seeded PRNG (deterministic output across runs and machines). */
function rng(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(r: Rng, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
const int = (r: Rng, lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));

/** Signal-bearing sentences, one template per kind of statement of DESIGN's taxonomy. */
const SIGNALS: ((r: Rng) => string)[] = [
  (r) => `${pick(r, COMPANIES)} raised ${pick(r, MATERIALS)} output at its ${pick(r, PLACES)} plant by ${int(r, 3, 40)}% in the ${pick(r, ['first', 'second', 'third', 'fourth'])} quarter, the company said.`,
  (r) => `Prices for ${pick(r, MATERIALS)} rose ${int(r, 2, 30)}% to $${int(r, 40, 900)} per kilogram in ${pick(r, MONTHS)}, according to ${pick(r, AGENCIES)}.`,
  (r) => `China tightened export licensing for ${pick(r, MATERIALS)} in ${pick(r, MONTHS)}, requiring dual-use permits for shipments to ${pick(r, ['Japan', 'the United States', 'Europe', 'South Korea'])}.`,
  (r) => `${pick(r, COMPANIES)} signed an offtake agreement with ${pick(r, COMPANIES)} for ${int(r, 200, 9000)} tonnes of ${pick(r, MATERIALS)} a year.`,
  (r) => `Demand for NdFeB magnets in ${pick(r, SECTORS)} rose ${int(r, 4, 45)}% year on year, ${pick(r, AGENCIES)} estimates.`,
  (r) => `Stockpiles of ${pick(r, MATERIALS)} held by Japanese and Korean magnet makers fell to ${int(r, 20, 180)} days of consumption by ${pick(r, MONTHS)}.`,
  (r) => `China controls more than ${int(r, 80, 99)}% of global ${pick(r, MATERIALS)} separation capacity, ${pick(r, AGENCIES)} says.`,
  (r) => `Output at the ${pick(r, PLACES)} mine was halted for ${int(r, 2, 30)} days after flooding, cutting ${pick(r, MATERIALS)} supply.`,
];

/** Neutral narrative: text a reader scrolls past, with no signal in it. */
const NEUTRAL: ((r: Rng) => string)[] = [
  (r) => `The ${pick(r, PLACES)} office of ${pick(r, COMPANIES)} employs ${int(r, 12, 900)} people and opened in ${int(r, 1987, 2023)}.`,
  (r) => `${pick(r, PEOPLE)} joined the company in ${int(r, 1995, 2024)} after ${int(r, 2, 25)} years in ${pick(r, ['accounting', 'geology', 'shipping', 'law', 'chemistry'])}.`,
  (r) => `The meeting in ${pick(r, PLACES)} lasted ${int(r, 2, 9)} hours and covered ${pick(r, TOPICS)}, ${pick(r, TOPICS)} and the visitor centre.`,
  (r) => `Analysts at ${pick(r, AGENCIES)} will publish their next review on ${pick(r, MONTHS)} ${int(r, 1, 28)}.`,
  (r) => `Local officials said the ${pick(r, TOPICS)} plan for ${pick(r, PLACES)} would be discussed again in ${pick(r, MONTHS)}.`,
  (r) => `${pick(r, PEOPLE)} described the site visit as "long but useful" and thanked the ${int(r, 3, 60)} staff who hosted it.`,
];

function sentences(r: Rng, n: number, signalShare: number): string {
  const out: string[] = [];
  for (let i = 0; i < n; i += 1) {
    let s = (r() < signalShare ? pick(r, SIGNALS) : pick(r, NEUTRAL))(r);
    // Inline markup splits text nodes, as real articles do (links, emphasis).
    if (r() < 0.15) s = s.replace(/^(\S+ \S+)/, '<a href="/tag/bench/">$1</a>');
    else if (r() < 0.1) s = s.replace(/(\d+%)/, '<strong>$1</strong>');
    out.push(s);
  }
  return out.join(' ');
}

/** The seed's body paragraphs (inner HTML), the raw material of the copies. */
function seedParagraphs(seedHtml: string): string[] {
  const doc = new DOMParser().parseFromString(seedHtml, 'text/html') as unknown as Document;
  return [...doc.querySelectorAll('.entry-content p, .entry-content li, .entry-content td')]
    .filter((el) => !el.matches('.disclaimer, .copyright') && (el.textContent ?? '').length > 80)
    .map((el) => el.innerHTML.trim());
}

/** A copy of a seed paragraph with its numbers varied (years kept), so that copies differ. */
function varied(paragraph: string, copy: number): string {
  return paragraph.replace(/(?<![\d.])(\d{1,3})(?![\d.])(?=[^<>]*(<|$))/g, (n) => String(Number(n) + (copy % 7)));
}

function section(r: Rng, index: number, seed: readonly string[]): string {
  const parts = [`<h2>Market notes, part ${index + 1}</h2>`];
  parts.push(`<p>${varied(seed[index % seed.length]!, index)}</p>`);
  for (let i = int(r, 2, 5); i > 0; i -= 1) parts.push(`<p>${sentences(r, int(r, 3, 6), 0.3)}</p>`);
  const extra = r();
  if (extra < 0.2) parts.push(`<ul>${Array.from({ length: int(r, 3, 5) }, () => `<li>${sentences(r, 1, 0.5)}</li>`).join('')}</ul>`);
  else if (extra < 0.35) {
    const rows = Array.from({ length: int(r, 3, 6) }, () => `<tr><td>${pick(r, MATERIALS)}</td><td>${int(r, 10, 900)}</td><td>${int(r, -20, 30)}%</td></tr>`);
    parts.push(`<table><thead><tr><th>Material</th><th>$/kg</th><th>Change</th></tr></thead><tbody>${rows.join('')}</tbody></table>`);
  } else if (extra < 0.45) {
    parts.push(`<figure><img src="/img/${index}.jpg" alt="" width="640" height="360"><figcaption>${pick(r, PLACES)} processing plant, ${pick(r, MONTHS)}. Photo: ${pick(r, PEOPLE)}</figcaption></figure>`);
  } else if (extra < 0.55) {
    parts.push(`<aside class="related"><h3>Read more</h3><ul><li><a href="/news/${index}/">${sentences(r, 1, 0)}</a></li><li><a href="/news/${index + 1}/">${sentences(r, 1, 0)}</a></li></ul></aside>`);
  }
  return parts.join('\n');
}

/** A framework's hydration data: inline JSON the gate and the anchoring must not read as text. */
function dataBlob(r: Rng, bytes: number): string {
  const items: string[] = [];
  let size = 0;
  while (size < bytes) {
    const item = JSON.stringify({ id: int(r, 1, 1e9), title: sentences(r, 1, 0), tags: [pick(r, MATERIALS), pick(r, PLACES)] });
    items.push(item);
    size += item.length + 1;
  }
  return `<script type="application/json" id="__BENCH_DATA__">[${items.join(',')}]</script>`;
}

/**
 * An article page of at least `targetBytes` bytes (UTF-8), built on the seed article's page. About
 * a tenth of the bytes are an inline JSON blob, the rest article text and its markup.
 */
export function generateArticle(seedHtml: string, targetBytes: number, slug: string, seed = 7): string {
  const r = rng(seed);
  const paragraphs = seedParagraphs(seedHtml);
  if (paragraphs.length === 0) throw new Error('the seed article has no body paragraphs to copy');
  const open = seedHtml.indexOf('<div class="entry-content">');
  const close = seedHtml.indexOf('<footer class="entry-footer">');
  if (open < 0 || close < open) throw new Error('the seed article has no .entry-content followed by .entry-footer');
  const head = seedHtml
    .slice(0, open)
    .replace(/(<link rel="canonical" href=")[^"]*/, `$1https://rareearthexchanges.com/news/${slug}/`)
    .replace(/(<meta property="og:url" content=")[^"]*/, `$1https://rareearthexchanges.com/news/${slug}/`);
  const blob = dataBlob(r, Math.floor(targetBytes / 10));
  const opening = '<div class="entry-content">\n';
  const tail = `\n</div>\n  ${seedHtml.slice(close).replace('</body>', `${blob}\n</body>`)}`;
  const body: string[] = [];
  // Exact: n sections joined by n - 1 newlines.
  let size = Buffer.byteLength(head) + Buffer.byteLength(opening) + Buffer.byteLength(tail) - 1;
  for (let i = 0; size < targetBytes; i += 1) {
    const s = section(r, i, paragraphs);
    body.push(s);
    size += Buffer.byteLength(s) + 1;
  }
  return `${head}${opening}${body.join('\n')}${tail}`;
}

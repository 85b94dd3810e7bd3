import { BMP_FLAGS, charAt, HAN_KANA, HANGUL, learnFlags, LETTER, MARK, NUMBER, SPACE } from './char-class';
import { traditionalVariant } from './han-variants';

/**
 * Finds many fixed phrases in text in one linear pass: the text is cut into word tokens and the
 * phrases are walked as a trie of tokens, longest match first. One big regular-expression
 * alternation would retry every phrase at every character (hundreds of aliases × a 1 MB page).
 *
 * Phrase syntax (the lexicon's alias syntax):
 * - case-insensitive unless `exact`; hyphens are ignored, so "rare earth" = "rare-earth";
 * - the last word of a case-insensitive phrase also matches its plural ("magnet" → "magnets");
 * - a trailing `*` matches any word that starts with the stem ("Seltenerd*" → "Seltenerdmetalle");
 * - phrases in Chinese, Japanese or Korean script match anywhere (those scripts do not separate
 *   words with spaces, and Korean attaches particles to the word).
 */

export interface PhraseDefinition {
  /** Returned with every match of this phrase. */
  id: number;
  phrase: string;
  exact: boolean;
}

export interface PhraseHit {
  id: number;
  /** Offsets in the searched text. */
  start: number;
  end: number;
}

export interface PhraseMatcher {
  /**
   * Pass `tokens` (from `tokenize(text)`, or `scanWords(text)`: no object or string per token) to
   * share one tokenization between matchers.
   */
  find(text: string, tokens?: Token[] | WordList): PhraseHit[];
  /** The same over a text's WordList (scanWords): no object or string per token, for long texts. */
  findWords(words: WordList): PhraseHit[];
}

export interface Token {
  /** As written, apostrophes unified. */
  raw: string;
  lower: string;
  start: number;
  end: number;
}

interface TrieNode {
  /**
   * Children by the next token as written (exact phrases) and lower-cased (the others), keyed by
   * the word's number in WORDS: a token is looked up once per text, not once per matcher and node.
   */
  exact: Map<number, TrieNode>;
  folded: Map<number, TrieNode>;
  /** Phrase id when a phrase ends here. */
  terminal: number | null;
  /** Phrases ending in a stem: a token that starts with `stem` ends them here. */
  stems: StemEntry[];
  /**
   * The same stems by their first character: a token is compared only with the stems it could
   * start with (the root of a big family list holds hundreds; measured: 730 → ~60 ms on the
   * real-news excerpts).
   */
  stemsByFirst: Map<string, StemList>;
  /** The same stems for plain ASCII tokens, as typed-array tries (compileAsciiStems); null: no stems. */
  ascii: AsciiStems | null;
}

/**
 * The stems that start with one character, as two character tries (stems compared with the token
 * as written, and with it lower-cased): a token walks them once instead of being compared with
 * each stem. Where several stems fit a token the latest added wins, as in a scan of the list.
 */
interface StemList {
  entries: StemEntry[];
  exact: CharNode;
  folded: CharNode;
}

interface CharNode {
  next: Map<number, CharNode>;
  /** The latest stem (its index in `entries`) that ends here, or -1. */
  order: number;
  id: number;
}

const newCharNode = (): CharNode => ({ next: new Map(), order: -1, id: -1 });

function addStem(list: StemList, entry: StemEntry): void {
  const order = list.entries.length;
  list.entries.push(entry);
  let node = entry.exact ? list.exact : list.folded;
  for (let i = 0; i < entry.stem.length; i++) {
    const code = entry.stem.charCodeAt(i);
    let next = node.next.get(code);
    if (!next) {
      next = newCharNode();
      node.next.set(code, next);
    }
    node = next;
  }
  node.order = order;
  node.id = entry.id;
}

/** The id of the latest stem of the list that `raw` (exact stems) or `lower` (the others) starts with, or -1. */
function stemMatch(list: StemList, raw: string, lower: string): number {
  let order = -1;
  let id = -1;
  for (let pass = 0; pass < 2; pass++) {
    const text = pass === 0 ? raw : lower;
    let node: CharNode | undefined = pass === 0 ? list.exact : list.folded;
    for (let i = 0; i < text.length; i++) {
      node = node.next.get(text.charCodeAt(i));
      if (!node) break;
      if (node.order > order) {
        order = node.order;
        id = node.id;
      }
    }
  }
  return id;
}

interface StemEntry {
  stem: string;
  exact: boolean;
  id: number;
}

/**
 * Every word of every compiled phrase (as written and lower-cased), numbered. A token's words are
 * looked up here once (wordIds), then each matcher's trie is walked by number.
 */
const WORDS = new Map<string, number>();
const WORD_LIST: string[] = [];

function wordId(word: string): number {
  let id = WORDS.get(word);
  if (id === undefined) {
    id = WORDS.size;
    WORDS.set(word, id);
    WORD_LIST.push(word);
    addWordHash(word, id);
  }
  return id;
}

/**
 * The same numbers by a hash of the word's code units (FNV-1a), in an open-addressing table:
 * tokenize hashes an ASCII token while it reads it and looks it up without building a string key.
 * Each slot holds the word's number plus one (0: empty) and its hash, side by side: a probe that
 * meets another word is told apart by the hash without reading that word's string, which on a
 * short article is rarely in the caches (scanWords' lookups read a string per probe before).
 */
const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
let wordTable = new Int32Array(2 << 12);

function hashOf(word: string): number {
  let h = FNV_OFFSET;
  for (let i = 0; i < word.length; i++) h = Math.imul(h ^ word.charCodeAt(i), FNV_PRIME);
  return h >>> 0;
}

function addWordHash(word: string, id: number): void {
  if ((WORD_LIST.length + 1) * 4 > wordTable.length) {
    wordTable = new Int32Array(wordTable.length * 2);
    WORD_LIST.forEach((w, i) => place(w, i));
  } else {
    place(word, id);
  }
}

function place(word: string, id: number): void {
  const mask = (wordTable.length >>> 1) - 1;
  const h = hashOf(word);
  let slot = h & mask;
  while (wordTable[2 * slot] !== 0) slot = (slot + 1) & mask;
  wordTable[2 * slot] = id + 1;
  wordTable[2 * slot + 1] = h | 0;
}

/** The number of the word whose code units are text[start, end) (lower-cased when `fold`, ASCII only) with hash `h`, or -1. */
function lookupAscii(text: string, start: number, end: number, h: number, fold: boolean): number {
  const table = wordTable;
  const mask = (table.length >>> 1) - 1;
  const length = end - start;
  const hash = h | 0;
  for (let slot = (h >>> 0) & mask; ; slot = (slot + 1) & mask) {
    const entry = table[2 * slot]!;
    if (entry === 0) return -1;
    if (table[2 * slot + 1] !== hash) continue;
    const word = WORD_LIST[entry - 1] as string;
    if (word.length !== length) continue;
    let k = 0;
    for (; k < length; k++) {
      let c = text.charCodeAt(start + k);
      if (fold && c >= 0x41 && c <= 0x5a) c += 0x20;
      if (c !== word.charCodeAt(k)) break;
    }
    if (k === length) return entry - 1;
  }
}

/**
 * The numbers of the tokens' words, as written and lower-cased (-1: in no phrase), for the last
 * token list seen: the matchers of one text (entities, families; topic terms, domains) share them.
 */
let idsFor: readonly Token[] | null = null;
let idsVocabulary = -1;
let rawIds = new Int32Array(64);
let lowerIds = new Int32Array(64);

function wordIds(tokens: readonly Token[]): void {
  if (tokens === idsFor && idsVocabulary === WORDS.size) return;
  if (rawIds.length < tokens.length) {
    rawIds = new Int32Array(tokens.length * 2);
    lowerIds = new Int32Array(tokens.length * 2);
  }
  const words = WORDS;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as Token;
    const lower = words.get(token.lower) ?? -1;
    lowerIds[i] = lower;
    rawIds[i] = token.raw === token.lower ? lower : (words.get(token.raw) ?? -1);
  }
  idsFor = tokens;
  idsVocabulary = words.size;
}

/**
 * Whether the last text tokenized holds a character of an unspaced script (tokenize notes it while
 * reading the characters), so that matchers need not test the text again.
 */
let unspacedText: string | null = null;
let unspacedTokens: readonly Token[] | null = null;
let unspacedSeen = false;

/** Whether the text has a Han, Hiragana, Katakana or Hangul character (`tokens`: its tokens, if at hand). */
export function hasUnspacedScript(text: string, tokens?: readonly Token[]): boolean {
  if (tokens === unspacedTokens && text === unspacedText) return unspacedSeen;
  return UNSPACED_SCRIPT.test(text);
}

/** What a token is, as an expression: tokenize reads the same from character properties. */
export const TOKEN = /[\p{L}\p{M}\p{N}]+|[^\s\p{L}\p{M}\p{N}\-‐‑]/gu;
const CURRENCY_PREFIX = /^\p{Lu}{1,2}$/u;
const UNSPACED_SCRIPT = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

/** Held locally: an imported binding read in a hot loop costs a lookup per character under some loaders. */
const FLAGS = BMP_FLAGS;
const WORD_CHAR = LETTER | MARK | NUMBER;
const IS_SPACE = SPACE;
const UNSPACED_CHAR = HAN_KANA | HANGUL;
const WORD_START = LETTER | NUMBER;

function unifyApostrophe(token: string): string {
  return token === '’' || token === 'ʼ' ? "'" : token;
}

/**
 * The tokens TOKEN finds (runs of letters, marks and digits; any other character but white space
 * and hyphens on its own), read from a table of character properties (char-class.ts) instead of
 * matched one by one.
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const n = text.length;
  let unspaced = 0;
  let i = 0;
  while (i < n) {
    const start = i;
    const c = text.charCodeAt(i);
    const at = c < 0xd800 || c >= 0xe000 ? (FLAGS[c] || learnFlags(c)) | 0x10000 : charAt(text, i);
    i += at >>> 16;
    unspaced |= at;
    if ((at & WORD_CHAR) === 0) {
      if ((at & IS_SPACE) !== 0 || c === 0x2d || c === 0x2010 || c === 0x2011) continue;
      const raw = unifyApostrophe(text.slice(start, i));
      const lower = raw.toLowerCase();
      noteIds(tokens.length, WORDS.get(raw) ?? -1, raw === lower ? -2 : (WORDS.get(lower) ?? -1));
      tokens.push({ raw, lower, start, end: i });
      continue;
    }
    // The word's hashes as written and lower-cased, while it is ASCII.
    let ascii = c < 0x80;
    let upper = c >= 0x41 && c <= 0x5a;
    let hRaw = Math.imul(FNV_OFFSET ^ c, FNV_PRIME);
    let hLower = upper ? Math.imul(FNV_OFFSET ^ (c + 0x20), FNV_PRIME) : hRaw;
    while (i < n) {
      const d = text.charCodeAt(i);
      const next = d < 0xd800 || d >= 0xe000 ? (FLAGS[d] || learnFlags(d)) | 0x10000 : charAt(text, i);
      if ((next & WORD_CHAR) === 0) break;
      unspaced |= next;
      i += next >>> 16;
      if (ascii) {
        if (d >= 0x80) ascii = false;
        else {
          hRaw = Math.imul(hRaw ^ d, FNV_PRIME);
          const isUpper = d >= 0x41 && d <= 0x5a;
          if (isUpper) upper = true;
          hLower = Math.imul(hLower ^ (isUpper ? d + 0x20 : d), FNV_PRIME);
        }
      }
    }
    let raw = unifyApostrophe(text.slice(start, i));
    // Currency prefixes ("US$", "A$", "HK$") are one token, so "US$75" never names the United States.
    if (text.charCodeAt(i) === 0x24 && raw.length <= 2 && CURRENCY_PREFIX.test(raw)) {
      raw += '$';
      i++;
      ascii = false;
    }
    if (ascii && raw.length === i - start) {
      // ASCII: lower-casing is A–Z → a–z, and the words are found by their hashes.
      const lowerId = lookupAscii(text, start, i, hLower, true);
      if (upper) {
        noteIds(tokens.length, lookupAscii(text, start, i, hRaw, false), lowerId);
        tokens.push({ raw, lower: raw.toLowerCase(), start, end: i });
      } else {
        noteIds(tokens.length, lowerId, -2);
        tokens.push({ raw, lower: raw, start, end: i });
      }
    } else {
      const lower = raw.toLowerCase();
      noteIds(tokens.length, WORDS.get(raw) ?? -1, raw === lower ? -2 : (WORDS.get(lower) ?? -1));
      tokens.push({ raw, lower, start, end: i });
    }
  }
  unspacedText = text;
  unspacedTokens = tokens;
  unspacedSeen = (unspaced & UNSPACED_CHAR) !== 0;
  idsFor = tokens;
  idsVocabulary = WORDS.size;
  return tokens;
}

/** Notes the word numbers of token `index` as written and lower-cased (-2: the same as written). */
function noteIds(index: number, raw: number, lower: number): void {
  if (index >= rawIds.length) {
    const grownRaw = new Int32Array(rawIds.length * 2);
    grownRaw.set(rawIds);
    rawIds = grownRaw;
    const grownLower = new Int32Array(lowerIds.length * 2);
    grownLower.set(lowerIds);
    lowerIds = grownLower;
  }
  rawIds[index] = raw;
  lowerIds[index] = lower === -2 ? raw : lower;
}

/** Whether a token is a word (letters or digits) rather than punctuation. */
export function isWordToken(token: Token): boolean {
  // Punctuation tokens are single characters; anything longer, or alphanumeric, is a word.
  const raw = token.raw;
  if (raw.length !== 1) return raw.length > 1;
  const c = raw.charCodeAt(0);
  return ((FLAGS[c] || learnFlags(c)) & WORD_START) !== 0;
}

const newNode = (): TrieNode => ({ exact: new Map(), folded: new Map(), terminal: null, stems: [], stemsByFirst: new Map(), ascii: null });

/** Compiles the phrases once; `find` is then linear in the text. */
export function compilePhrases(definitions: readonly PhraseDefinition[]): PhraseMatcher {
  const root = newNode();
  if (definitions.some((def) => def.id < 0 || def.id >= ID_SPACE || !Number.isInteger(def.id))) throw new Error(`phrase ids must be integers in [0, ${ID_SPACE})`);
  const unspaced = new Map<string, number>();
  for (const def of definitions) {
    if (UNSPACED_SCRIPT.test(def.phrase)) {
      unspaced.set(def.phrase, def.id);
      // The same phrase as Taiwan and Hong Kong write it (han-variants.ts).
      const traditional = traditionalVariant(def.phrase);
      if (traditional !== null && !unspaced.has(traditional)) unspaced.set(traditional, def.id);
    } else addToTrie(root, def);
  }
  const unspacedPattern = buildUnspacedPattern(unspaced);
  compileAsciiStems(root);
  const top = rootOf(root);
  return {
    find(text: string, tokens?: Token[] | WordList): PhraseHit[] {
      // A word list overwritten by a later scan (scanWords reuses one) is read again for this text.
      if (tokens instanceof WordList) return this.findWords(tokens.text === text ? tokens : scanWords(text));
      const list = tokens ?? tokenize(text);
      wordIds(list);
      const hits = findInTrie(top, new TokenArrayView(list));
      if (unspacedPattern && hasUnspacedScript(text, list)) {
        addUnspaced(hits, text);
      }
      return hits;
    },
    findWords(words: WordList): PhraseHit[] {
      const hits = findInTrie(top, words);
      if (unspacedPattern && words.unspaced) addUnspaced(hits, words.text);
      return hits;
    },
  };

  /**
   * Phrases of unspaced scripts, found anywhere in the text (they do not follow the tokens): what a
   * global scan of their alternation (longest first, literal strings, no `i` or `u` flag) finds, the
   * longest phrase at the leftmost position, read with a trie of code units tried only where a
   * phrase's first code unit is. A scan of the whole alternation tried every position: measured, 4%
   * of the engine's time on the 1 MB article, whose body holds a few Chinese words; the sticky
   * alternation tried its phrases one after another, 2.8% of the profile on the real-news excerpts.
   */
  function addUnspaced(hits: PhraseHit[], text: string): void {
    const { first, edges, ids, lengths } = unspacedPattern as UnspacedPattern;
    const n = text.length;
    for (let p = 0; p < n; p++) {
      const c = text.charCodeAt(p);
      if (((first[c >>> 5]! >>> (c & 31)) & 1) === 0) continue;
      // The longest phrase that starts at p: as the alternation, longest first, would take it.
      let node = 0;
      let best = -1;
      for (let q = p; q < n; q++) {
        const next = edges.get(node * 0x10000 + text.charCodeAt(q));
        if (next === undefined) break;
        node = next;
        if (lengths[node]! > 0) best = node;
      }
      if (best < 0) continue;
      hits.push({ id: ids[best]!, start: p, end: p + lengths[best]! });
      p += lengths[best]! - 1;
    }
    hits.sort((a, b) => a.start - b.start);
  }
}

function addToTrie(root: TrieNode, def: PhraseDefinition): void {
  const stemmed = def.phrase.endsWith('*');
  const words = tokenize(stemmed ? def.phrase.slice(0, -1) : def.phrase);
  if (words.length === 0) return;
  const keyOf = (t: Token): string => (def.exact ? t.raw : t.lower);
  let node = root;
  for (let i = 0; i < words.length - 1; i++) node = child(node, def.exact, keyOf(words[i] as Token));
  const last = words[words.length - 1] as Token;
  if (stemmed) {
    const entry = { stem: def.exact ? last.raw : last.lower, exact: def.exact, id: def.id };
    node.stems.push(entry);
    const first = entry.stem[0] ?? '';
    let list = node.stemsByFirst.get(first);
    if (!list) {
      list = { entries: [], exact: newCharNode(), folded: newCharNode() };
      node.stemsByFirst.set(first, list);
    }
    addStem(list, entry);
    return;
  }
  setTerminal(child(node, def.exact, keyOf(last)), def.id);
  // Plurals of ordinary words; short tokens ("US", "La") and acronyms keep their exact form.
  if (!def.exact && /^\p{L}{4,}$/u.test(last.lower)) {
    setTerminal(child(node, false, `${last.lower}s`), def.id);
    setTerminal(child(node, false, `${last.lower}es`), def.id);
  }
}

function child(node: TrieNode, exact: boolean, key: string): TrieNode {
  const map = exact ? node.exact : node.folded;
  const id = wordId(key);
  let next = map.get(id);
  if (!next) {
    next = newNode();
    map.set(id, next);
  }
  return next;
}

function setTerminal(node: TrieNode, id: number): void {
  // The first definition of a phrase wins, so the lexicon's order settles duplicates.
  if (node.terminal === null) node.terminal = id;
}

/**
 * A match found by longestFrom, packed in one number (no object per attempt): the index of its last
 * token times ID_SPACE plus the phrase id; NONE when there is none.
 */
const ID_SPACE = 0x100000;
const NONE = -1;
const lastOf = (match: number): number => Math.floor(match / ID_SPACE);

/**
 * The root of a trie with its children in arrays by word number (every token is looked up there),
 * and the stem each word in lower case starts, once it has been asked for.
 */
interface Root {
  node: TrieNode;
  exact: (TrieNode | undefined)[];
  folded: (TrieNode | undefined)[];
  /**
   * What longestFromRoot reads of each child first, by word number: at 2 × number the child by the
   * word as written, at 2 × number + 1 by the word lower-cased; 0 when there is none, else
   * ROOT_INFO(terminal, deep). A token's lookups read this one typed array instead of the child
   * node and its maps (measured: those reads were most of longestFromRoot's own time on the
   * real-news excerpts, whose short articles meet the tries cold).
   */
  info: Int32Array;
  /** Per word number: the id of the stem that the word (lower case as written) fits, -1 none, -2 not known yet. */
  stems: Int32Array;
}

function rootOf(node: TrieNode): Root {
  const exact: (TrieNode | undefined)[] = [];
  const folded: (TrieNode | undefined)[] = [];
  const info = new Int32Array(2 * WORDS.size);
  for (const [id, child] of node.exact) {
    exact[id] = child;
    info[2 * id] = rootInfo(child);
  }
  for (const [id, child] of node.folded) {
    folded[id] = child;
    info[2 * id + 1] = rootInfo(child);
  }
  return { node, exact, folded, info, stems: new Int32Array(WORDS.size).fill(-2) };
}

/**
 * A root child packed in one number (never 0): its terminal phrase id plus two (1: none) times two,
 * plus one when the trie goes on below it (it has children or stems).
 */
function rootInfo(child: TrieNode): number {
  const deep = child.exact.size > 0 || child.folded.size > 0 || child.stems.length > 0;
  return ((child.terminal ?? -1) + 2) * 2 + (deep ? 1 : 0);
}

/**
 * The tokens a trie is walked over: Token objects (tokenize) or a WordList (scanWords). Word numbers
 * come from arrays; the strings of a token are asked for only where stems are to be compared.
 */
interface TokenView {
  readonly count: number;
  readonly rawIds: Int32Array;
  readonly lowerIds: Int32Array;
  start(i: number): number;
  end(i: number): number;
  /** Whether the token as written is its own lower case. */
  sameCase(i: number): boolean;
  /** The id of the stem of `node` that the token fits (stemOf), or -1. */
  stem(node: TrieNode, i: number): number;
}

class TokenArrayView implements TokenView {
  readonly count: number;
  readonly rawIds: Int32Array;
  readonly lowerIds: Int32Array;

  constructor(private readonly tokens: readonly Token[]) {
    this.count = tokens.length;
    this.rawIds = rawIds;
    this.lowerIds = lowerIds;
  }

  start(i: number): number {
    return (this.tokens[i] as Token).start;
  }

  end(i: number): number {
    return (this.tokens[i] as Token).end;
  }

  sameCase(i: number): boolean {
    const token = this.tokens[i] as Token;
    return token.raw === token.lower;
  }

  stem(node: TrieNode, i: number): number {
    const token = this.tokens[i] as Token;
    return stemOf(node, token.raw, token.lower);
  }
}

function findInTrie(root: Root, view: TokenView): PhraseHit[] {
  const hits: PhraseHit[] = [];
  const n = view.count;
  let i = 0;
  while (i < n) {
    const best = longestFromRoot(root, view, i);
    if (best !== NONE) {
      const last = lastOf(best);
      hits.push({ id: best % ID_SPACE, start: view.start(i), end: view.end(last) });
      i = last + 1;
    } else {
      i++;
    }
  }
  return hits;
}

/** longestFrom at the root, by the arrays of Root. */
function longestFromRoot(root: Root, view: TokenView, index: number): number {
  const node = root.node;
  let best = NONE;
  if (node.stems.length > 0) {
    const lowerId = view.lowerIds[index]!;
    let id: number;
    if (lowerId >= 0 && lowerId < root.stems.length && view.sameCase(index)) {
      id = root.stems[lowerId]!;
      if (id === -2) root.stems[lowerId] = id = view.stem(node, index);
    } else {
      id = view.stem(node, index);
    }
    if (id >= 0) best = index * ID_SPACE + id;
  }
  const info = root.info;
  for (let pass = 0; pass < 2; pass++) {
    const id = pass === 0 ? view.rawIds[index]! : view.lowerIds[index]!;
    // A word numbered after the trie was built is in none of its phrases.
    if (id < 0 || 2 * id + pass >= info.length) continue;
    const packed = info[2 * id + pass]!;
    if (packed === 0) continue;
    const terminal = (packed >> 1) - 2;
    if (terminal >= 0 && (best === NONE || lastOf(best) < index)) best = index * ID_SPACE + terminal;
    if ((packed & 1) !== 0) {
      const longer = longestFrom((pass === 0 ? root.exact[id] : root.folded[id]) as TrieNode, view, index + 1);
      if (longer !== NONE && (best === NONE || lastOf(longer) > lastOf(best))) best = longer;
    }
  }
  return best;
}

/**
 * The stem a scan would keep: the last that fits, over the node's stems by the token's first
 * character as written, then (when it differs) lower-cased; -1 when none fits.
 */
function stemOf(node: TrieNode, raw: string, lower: string): number {
  const firstRaw = raw[0] ?? '';
  const firstLower = lower[0] ?? '';
  let id = -1;
  if (firstLower !== firstRaw) {
    const list = node.stemsByFirst.get(firstLower);
    if (list) id = stemMatch(list, raw, lower);
  }
  if (id < 0) {
    const list = node.stemsByFirst.get(firstRaw);
    if (list) id = stemMatch(list, raw, lower);
  }
  return id;
}

function longestFrom(node: TrieNode, view: TokenView, index: number): number {
  if (index >= view.count) return NONE;
  let best = NONE;
  if (node.stems.length > 0) {
    const id = view.stem(node, index);
    if (id >= 0) best = index * ID_SPACE + id;
  }
  for (let pass = 0; pass < 2; pass++) {
    const map = pass === 0 ? node.exact : node.folded;
    if (map.size === 0) continue;
    const id = pass === 0 ? view.rawIds[index]! : view.lowerIds[index]!;
    if (id < 0) continue;
    const next = map.get(id);
    if (!next) continue;
    if (next.terminal !== null && (best === NONE || lastOf(best) < index)) best = index * ID_SPACE + next.terminal;
    if (next.exact.size > 0 || next.folded.size > 0 || next.stems.length > 0) {
      const longer = longestFrom(next, view, index + 1);
      if (longer !== NONE && (best === NONE || lastOf(longer) > lastOf(best))) best = longer;
    }
  }
  return best;
}

/**
 * A text's tokens as parallel arrays, exactly tokenize's tokens but with no object or string per
 * token: offsets, word numbers, and for each token whether it is plain ASCII (its strings are the
 * text's characters and their ASCII lower case) or not (its strings are kept). Valid until the
 * next scanWords.
 */
export class WordList implements TokenView {
  count = 0;
  starts = new Int32Array(1024);
  ends = new Int32Array(1024);
  rawIds = new Int32Array(1024);
  lowerIds = new Int32Array(1024);
  /** 1: ASCII in lower case; 2: ASCII with capitals; 0: strings in `raws`, `lowers`. */
  kinds = new Uint8Array(1024);
  raws: (string | null)[] = [];
  lowers: (string | null)[] = [];
  text = '';
  /** Tokens that are words, not punctuation (isWordToken). */
  words = 0;
  /** Whether the text has a Han, Hiragana, Katakana or Hangul character. */
  unspaced = false;
  start(i: number): number {
    return this.starts[i]!;
  }

  end(i: number): number {
    return this.ends[i]!;
  }

  sameCase(i: number): boolean {
    const kind = this.kinds[i]!;
    return kind === 1 || (kind === 0 && this.raws[i] === this.lowers[i]);
  }

  stem(node: TrieNode, i: number): number {
    const kind = this.kinds[i]!;
    if (kind === 0) return stemOf(node, this.raws[i] as string, this.lowers[i] as string);
    return (node.ascii as AsciiStems).match(this.text, this.starts[i]!, this.ends[i]!);
  }

  grow(needed: number): void {
    if (needed <= this.starts.length) return;
    const size = Math.max(needed, this.starts.length * 2);
    const grown = <T extends Int32Array | Uint8Array>(a: T, make: (n: number) => T): T => {
      const b = make(size);
      b.set(a);
      return b;
    };
    this.starts = grown(this.starts, (n) => new Int32Array(n));
    this.ends = grown(this.ends, (n) => new Int32Array(n));
    this.rawIds = grown(this.rawIds, (n) => new Int32Array(n));
    this.lowerIds = grown(this.lowerIds, (n) => new Int32Array(n));
    this.kinds = grown(this.kinds, (n) => new Uint8Array(n));
  }
}

/**
 * A node's stems of ASCII characters as two character tries in typed arrays, for plain ASCII
 * tokens (WordList kinds 1 and 2): the exact stems walked with the token as written, the others
 * with its ASCII lower case. The tries of Maps (stemOf) cost a Map lookup per character and one by
 * the first character as a string: measured, 58 ms a run of the 1 MB article (7% of the engine).
 * A stem with a character beyond ASCII never starts an ASCII token, and an empty stem never fits.
 *
 * The answer is stemOf's: a folded stem starts with the token's first character in lower case and
 * an exact one with it as written; when the token opens with a capital, the folded stems' list is
 * read first and the exact stems' only when none fits, else both are one list, where the latest
 * stem added wins.
 */
class AsciiStems {
  private readonly folded: CharTrie;
  private readonly exact: CharTrie;

  constructor(stems: readonly StemEntry[]) {
    const ascii = (stem: string): boolean => stem.length > 0 && /^[\x00-\x7f]+$/.test(stem);
    this.folded = new CharTrie(stems.map((entry, order) => (entry.exact || !ascii(entry.stem) ? null : { stem: entry.stem, order, id: entry.id })));
    this.exact = new CharTrie(stems.map((entry, order) => (!entry.exact || !ascii(entry.stem) ? null : { stem: entry.stem, order, id: entry.id })));
  }

  /** stemOf for the ASCII token text[start, end): the id of the stem it fits, or -1. */
  match(text: string, start: number, end: number): number {
    const folded = this.folded.walk(text, start, end, true);
    const c = text.charCodeAt(start);
    if (c >= 0x41 && c <= 0x5a) return folded >= 0 ? this.folded.idOf(folded) : this.exact.idOf(this.exact.walk(text, start, end, false));
    const exact = this.exact.walk(text, start, end, false);
    if (exact < 0) return this.folded.idOf(folded);
    if (folded < 0) return this.exact.idOf(exact);
    return this.exact.orderOf(exact) > this.folded.orderOf(folded) ? this.exact.idOf(exact) : this.folded.idOf(folded);
  }
}

/**
 * Strings of ASCII characters as a trie: the root's children in a table by character, the other
 * states' as short lists (a state deeper than the first character has one or two children). Each
 * state keeps the latest string (highest order) that ends on the path to it, so a walk answers with
 * the state where it stops.
 */
class CharTrie {
  private readonly rootNext = new Int32Array(128).fill(-1);
  private readonly edgeFrom: Int32Array;
  private readonly edgeChar: Uint8Array;
  private readonly edgeTarget: Int32Array;
  /** Per state: the order and id of the latest string ending on its path (-1: none). */
  private readonly bestOrder: Int32Array;
  private readonly bestId: Int32Array;

  constructor(strings: readonly ({ stem: string; order: number; id: number } | null)[]) {
    const children: Map<number, number>[] = [new Map()];
    const ownOrder: number[] = [-1];
    const ownId: number[] = [-1];
    const parent: number[] = [-1];
    for (const entry of strings) {
      if (!entry) continue;
      let state = 0;
      for (let i = 0; i < entry.stem.length; i++) {
        const c = entry.stem.charCodeAt(i);
        let next = children[state]!.get(c);
        if (next === undefined) {
          next = children.length;
          children.push(new Map());
          ownOrder.push(-1);
          ownId.push(-1);
          parent.push(state);
          children[state]!.set(c, next);
        }
        state = next;
      }
      // Strings come in order: a later one ending here replaces an earlier one, as in the Map tries.
      ownOrder[state] = entry.order;
      ownId[state] = entry.id;
    }
    const states = children.length;
    for (const [c, target] of children[0]!) this.rootNext[c] = target;
    this.edgeFrom = new Int32Array(states + 1);
    const chars: number[] = [];
    const targets: number[] = [];
    for (let state = 0; state < states; state++) {
      this.edgeFrom[state] = chars.length;
      if (state === 0) continue;
      for (const [c, target] of children[state]!) {
        chars.push(c);
        targets.push(target);
      }
    }
    this.edgeFrom[states] = chars.length;
    this.edgeChar = Uint8Array.from(chars);
    this.edgeTarget = Int32Array.from(targets);
    // A child is created after its parent: one pass in state order carries the best down.
    this.bestOrder = new Int32Array(states).fill(-1);
    this.bestId = new Int32Array(states).fill(-1);
    for (let state = 1; state < states; state++) {
      const up = parent[state]!;
      let order = up > 0 ? this.bestOrder[up]! : -1;
      let id = up > 0 ? this.bestId[up]! : -1;
      if (ownOrder[state]! > order) {
        order = ownOrder[state]!;
        id = ownId[state]!;
      }
      this.bestOrder[state] = order;
      this.bestId[state] = id;
    }
  }

  /**
   * The deepest state text[start, end) leads to (ASCII lower-cased when `fold`) whose path holds a
   * string, or -1.
   */
  walk(text: string, start: number, end: number, fold: boolean): number {
    let c = text.charCodeAt(start);
    if (fold && c >= 0x41 && c <= 0x5a) c += 0x20;
    let state = this.rootNext[c]!;
    if (state < 0) return -1;
    const { edgeFrom, edgeChar, edgeTarget } = this;
    for (let i = start + 1; i < end; i++) {
      c = text.charCodeAt(i);
      if (fold && c >= 0x41 && c <= 0x5a) c += 0x20;
      const to = edgeFrom[state + 1]!;
      let e = edgeFrom[state]!;
      while (e < to && edgeChar[e] !== c) e++;
      if (e === to) break;
      state = edgeTarget[e]!;
    }
    return this.bestOrder[state]! >= 0 ? state : -1;
  }

  idOf(state: number): number {
    return state < 0 ? -1 : this.bestId[state]!;
  }

  orderOf(state: number): number {
    return this.bestOrder[state]!;
  }
}

/** Builds the ASCII stem tries of every node that has stems. */
function compileAsciiStems(node: TrieNode): void {
  if (node.stems.length > 0) node.ascii = new AsciiStems(node.stems);
  for (const child of node.exact.values()) compileAsciiStems(child);
  for (const child of node.folded.values()) compileAsciiStems(child);
}

const SCANNED = new WordList();

/**
 * A short text as a sequential string, for scanWords to read. A slice of a longer string (the
 * title, the description and the lead as the page gives them, a sentence) is a string of another
 * kind in V8, read through its parent: once scanWords has read both kinds, its compiled code reads
 * every character, the long body's too, by the slower, general path. Measured in analyzeText (best
 * of several, alternating processes): scanWords over the 1 MB article's body 18.8–21.8 → 10.5–11.0
 * ms; the whole engine 369–377 → 350–363 ms on the 1 MB article, 173–181 → 167–170 ms a round of
 * the excerpts. A JSON round trip gives back the same string (lone surrogates too) built afresh.
 * Long texts (a body, joined from its blocks) are sequential already, and a copy would cost more.
 */
function sequential(text: string): string {
  return text.length <= SEQUENTIAL_COPY_MAX ? (JSON.parse(JSON.stringify(text)) as string) : text;
}

const SEQUENTIAL_COPY_MAX = 2048;

/** Appends a token to a WordList (scanWords): a function, not a closure made per text (under tsx each closure is also named as it is made). */
function pushToken(list: WordList, start: number, end: number, rawId: number, lowerId: number, kind: number, raw: string | null, lower: string | null): void {
  const count = list.count;
  if (count >= list.starts.length) list.grow(count + 1);
  list.starts[count] = start;
  list.ends[count] = end;
  list.rawIds[count] = rawId;
  list.lowerIds[count] = lowerId;
  list.kinds[count] = kind;
  list.raws[count] = raw;
  list.lowers[count] = lower;
  list.count = count + 1;
}

/**
 * The tokens of a text as a WordList (the same tokens as tokenize): for matching a long text with
 * several matchers without an object and two strings per token. The list is reused: valid until
 * the next call.
 */
export function scanWords(whole: string): WordList {
  const list = SCANNED;
  list.text = whole;
  const text = sequential(whole);
  // `raws` and `lowers` are overwritten for every token (null where the kind says ASCII), not
  // emptied: an emptied array is reallocated by the writes (18 MB of the 1 MB article's
  // allocation), and written with gaps it turns into a dictionary.
  list.count = 0;
  let words = 0;
  let unspaced = 0;
  const n = text.length;
  let i = 0;
  while (i < n) {
    const start = i;
    const c = text.charCodeAt(i);
    const at = c < 0xd800 || c >= 0xe000 ? (FLAGS[c] || learnFlags(c)) | 0x10000 : charAt(text, i);
    i += at >>> 16;
    unspaced |= at;
    if ((at & WORD_CHAR) === 0) {
      if ((at & IS_SPACE) !== 0 || c === 0x2d || c === 0x2010 || c === 0x2011) continue;
      const raw = unifyApostrophe(text.slice(start, i));
      const lower = raw.toLowerCase();
      // A single character is a word when it is a letter or digit (isWordToken); a pair (astral) always.
      if (raw.length > 1 || (raw.length === 1 && ((FLAGS[raw.charCodeAt(0)] || learnFlags(raw.charCodeAt(0))) & WORD_START) !== 0)) words++;
      const rawId = WORDS.get(raw) ?? -1;
      pushToken(list, start, i, rawId, raw === lower ? rawId : (WORDS.get(lower) ?? -1), 0, raw, lower);
      continue;
    }
    let ascii = c < 0x80;
    let upper = c >= 0x41 && c <= 0x5a;
    let hRaw = Math.imul(FNV_OFFSET ^ c, FNV_PRIME);
    let hLower = upper ? Math.imul(FNV_OFFSET ^ (c + 0x20), FNV_PRIME) : hRaw;
    while (i < n) {
      const d = text.charCodeAt(i);
      const next = d < 0xd800 || d >= 0xe000 ? (FLAGS[d] || learnFlags(d)) | 0x10000 : charAt(text, i);
      if ((next & WORD_CHAR) === 0) break;
      unspaced |= next;
      i += next >>> 16;
      if (ascii) {
        if (d >= 0x80) ascii = false;
        else {
          hRaw = Math.imul(hRaw ^ d, FNV_PRIME);
          const isUpper = d >= 0x41 && d <= 0x5a;
          if (isUpper) upper = true;
          hLower = Math.imul(hLower ^ (isUpper ? d + 0x20 : d), FNV_PRIME);
        }
      }
    }
    // A run of letters, marks and digits: a word token unless it is a single mark.
    const single = i - start === 1 ? c : -1;
    let end = i;
    let currency = false;
    if (text.charCodeAt(i) === 0x24 && i - start <= 2) {
      const candidate = unifyApostrophe(text.slice(start, i));
      if (candidate.length <= 2 && CURRENCY_PREFIX.test(candidate)) {
        currency = true;
        i++;
        end = i;
      }
    }
    if (currency || !ascii) {
      let raw = unifyApostrophe(text.slice(start, currency ? end - 1 : end));
      if (currency) raw += '$';
      const lower = raw.toLowerCase();
      if (raw.length > 1 || (raw.length === 1 && ((FLAGS[raw.charCodeAt(0)] || learnFlags(raw.charCodeAt(0))) & WORD_START) !== 0)) words++;
      const rawId = WORDS.get(raw) ?? -1;
      pushToken(list, start, end, rawId, raw === lower ? rawId : (WORDS.get(lower) ?? -1), 0, raw, lower);
      continue;
    }
    if (end - start > 1 || (single >= 0 && ((FLAGS[single] || learnFlags(single)) & WORD_START) !== 0)) words++;
    const lowerId = lookupAscii(text, start, end, hLower, true);
    if (upper) pushToken(list, start, end, lookupAscii(text, start, end, hRaw, false), lowerId, 2, null, null);
    else pushToken(list, start, end, lowerId, lowerId, 1, null, null);
  }
  list.words = words;
  list.unspaced = (unspaced & UNSPACED_CHAR) !== 0;
  return list;
}

/**
 * A text's word list kept apart from the reused one, to be cut into the lists of its parts
 * (wordsOfPart): the topic pass reads the whole body (scanWords), and the sentences of the body are
 * read again one by one. Measured in the CPU profile: the sentences' scanWords was 3.0–3.3% of the
 * engine's time on the excerpts and the 1 MB article.
 */
export class KeptWords {
  readonly text: string;
  readonly count: number;
  readonly starts: Int32Array;
  readonly ends: Int32Array;
  readonly rawIds: Int32Array;
  readonly lowerIds: Int32Array;
  readonly kinds: Uint8Array;
  readonly raws: (string | null)[];
  readonly lowers: (string | null)[];

  constructor(list: WordList) {
    const n = list.count;
    this.text = list.text;
    this.count = n;
    this.starts = list.starts.slice(0, n);
    this.ends = list.ends.slice(0, n);
    this.rawIds = list.rawIds.slice(0, n);
    this.lowerIds = list.lowerIds.slice(0, n);
    this.kinds = list.kinds.slice(0, n);
    this.raws = list.raws.slice(0, n);
    this.lowers = list.lowers.slice(0, n);
  }
}

/** The last scanned word list, kept (KeptWords), when it is the list of `text`; else null. */
export function keepWords(text: string): KeptWords | null {
  return SCANNED.text === text ? new KeptWords(SCANNED) : null;
}

/**
 * scanWords(part) for `part`, the text of `kept` from `from` to `to`, cut from the kept list: the
 * same tokens, rebased. Scanned when a token of the whole text crosses either end of the part
 * (its tokens would not be the whole text's there).
 */
export function wordsOfPart(kept: KeptWords, from: number, to: number, part: string): WordList {
  const { starts, ends } = kept;
  // The first token that ends after `from`, and the first that starts at or after `to`.
  let lo = 0;
  let hi = kept.count;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (ends[mid]! <= from) lo = mid + 1;
    else hi = mid;
  }
  const first = lo;
  let last = first;
  while (last < kept.count && starts[last]! < to) last++;
  if ((first < kept.count && starts[first]! < from) || (last > first && ends[last - 1]! > to)) return scanWords(part);
  const list = SCANNED;
  const count = last - first;
  list.grow(count);
  let words = 0;
  let unspaced = false;
  for (let k = 0; k < count; k++) {
    const t = first + k;
    const start = starts[t]! - from;
    const end = ends[t]! - from;
    list.starts[k] = start;
    list.ends[k] = end;
    list.rawIds[k] = kept.rawIds[t]!;
    list.lowerIds[k] = kept.lowerIds[t]!;
    const kind = kept.kinds[t]!;
    list.kinds[k] = kind;
    const raw = kept.raws[t]!;
    list.raws[k] = raw;
    // scanWords' `unspaced`, read from the tokens: the part's other characters are spaces, hyphens
    // and the ASCII of kinds 1 and 2, and a token's string differs from its characters only by an
    // apostrophe unified or a "$" added. Reading every character of the part from its first
    // curly quote or dash on cost 1–2% of the engine on the real-news excerpts.
    if (kind === 0 && !unspaced && hasUnspacedChar(raw as string)) unspaced = true;
    list.lowers[k] = kept.lowers[t]!;
    // scanWords' count of words: a token of two code units or more, or a letter or digit alone.
    const length = kind === 0 ? (raw as string).length : end - start;
    if (length > 1) words++;
    else if (length === 1) {
      const c = kind === 0 ? (raw as string).charCodeAt(0) : part.charCodeAt(start);
      if (((FLAGS[c] || learnFlags(c)) & WORD_START) !== 0) words++;
    }
  }
  list.count = count;
  list.text = part;
  list.words = words;
  list.unspaced = unspaced;
  return list;
}

/**
 * scanWords' `unspaced`: whether a character of the text is of an unspaced script (it reads every
 * character's flags). Those characters are all at U+1100 or beyond.
 */
function hasUnspacedChar(text: string): boolean {
  let i = 0;
  const n = text.length;
  while (i < n && text.charCodeAt(i) < 0x1100) i++;
  let flags = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    const at = c < 0xd800 || c >= 0xe000 ? (FLAGS[c] || learnFlags(c)) | 0x10000 : charAt(text, i);
    flags |= at;
    i += at >>> 16;
  }
  return (flags & UNSPACED_CHAR) !== 0;
}

/**
 * A matcher's unspaced phrases as a trie of code units (edge key: node * 0x10000 + code unit; node 0
 * the root), each node's phrase id and length (0: no phrase ends there), and the phrases' first code
 * units as a bitmap.
 */
interface UnspacedPattern {
  first: Uint32Array;
  edges: Map<number, number>;
  ids: number[];
  lengths: number[];
}

function buildUnspacedPattern(phrases: ReadonlyMap<string, number>): UnspacedPattern | null {
  if (phrases.size === 0) return null;
  const first = new Uint32Array(0x10000 >>> 5);
  const edges = new Map<number, number>();
  const ids = [0];
  const lengths = [0];
  for (const [phrase, id] of phrases) {
    const c = phrase.charCodeAt(0);
    first[c >>> 5]! |= 1 << (c & 31);
    let node = 0;
    for (let i = 0; i < phrase.length; i++) {
      const key = node * 0x10000 + phrase.charCodeAt(i);
      let next = edges.get(key);
      if (next === undefined) {
        next = ids.length;
        ids.push(0);
        lengths.push(0);
        edges.set(key, next);
      }
      node = next;
    }
    ids[node] = id;
    lengths[node] = phrase.length;
  }
  return { first, edges, ids, lengths };
}

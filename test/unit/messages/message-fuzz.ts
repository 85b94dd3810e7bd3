// Arbitraries for the message fuzz tests (background-fuzz, reader-fuzz, offscreen-fuzz): messages
// that are malformed BY CONSTRUCTION (not by asking the schema: a mutation here that the schema
// accepted would be a finding, and the test would fail), well-formed messages of every type, and
// senders of every kind a runtime message can come from, legitimate or not.
import fc from 'fast-check';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { CATEGORIES } from '../../../lib/analysis-result';
import { MAX_HTML_CHARS, MESSAGE_SENDERS, type MessageType, type Sender, type SenderKind } from '../../../lib/messages';
import { arbitraryNewClip } from '../clips/clip-arbitrary';

type Msg = Record<string, unknown> & { type: string };

const PAGE = 'https://www.mining.example/news/lynas-kalgoorlie-output/';
const webUrl = fc.constantFrom(PAGE, 'http://magnetwire.example/a', 'https://rareearthexchanges.com/news/x/?utm_source=y');
/** Any string the Url schema accepts (it bounds length only: the URL is a key, never fetched). */
const anyUrl = fc.oneof(webUrl, fc.string({ maxLength: 80 }));
const smallHtml = fc.oneof(fc.constant('<html><body><p>Dysprosium export licences tightened.</p></body></html>'), fc.string({ maxLength: 200 }));

/** One well-formed message of each type, with random content. */
export const VALID: { [T in MessageType]: fc.Arbitrary<Msg> } = {
  'gate:candidate': fc.record(
    {
      type: fc.constant('gate:candidate'),
      url: anyUrl,
      html: smallHtml,
      cues: fc.array(fc.string({ maxLength: 64 }), { maxLength: 32 }),
      parts: fc.record({ id: fc.stringMatching(/^[a-z0-9]{1,32}$/), count: fc.integer({ min: 2, max: 12 }) }),
    },
    { requiredKeys: ['type', 'url', 'html', 'cues'] },
  ),
  'gate:part': fc.record({ type: fc.constant('gate:part'), id: fc.stringMatching(/^[a-z0-9]{1,32}$/), index: fc.nat(11), html: smallHtml }),
  'reader:ready': fc.record({ type: fc.constant('reader:ready'), url: anyUrl }),
  'reader:analyze': fc.record({ type: fc.constant('reader:analyze'), url: anyUrl, html: smallHtml }),
  'reader:signals': fc.record({ type: fc.constant('reader:signals'), handoff: fc.oneof(fc.uuid(), fc.string({ maxLength: 64 })), from: fc.nat(20_000) }),
  'clip:save': fc.record({ type: fc.constant('clip:save'), clip: arbitraryNewClip as fc.Arbitrary<unknown> }),
  'clips:for-page': fc.record({ type: fc.constant('clips:for-page'), url: anyUrl }),
  'reader:orphans': fc.record({ type: fc.constant('reader:orphans'), url: anyUrl, ids: fc.array(fc.uuid(), { maxLength: 5 }) }),
  'reader:theme': fc.record({
    type: fc.constant('reader:theme'),
    background: fc.tuple(channel(), channel(), channel()),
    text: fc.tuple(channel(), channel(), channel()),
    token: fc.stringMatching(/^[a-z0-9]{12}$/),
  }),
  'reader:load-ui': fc.record({ type: fc.constant('reader:load-ui') }),
  'clip:selection': fc.record({ type: fc.constant('clip:selection') }),
  'tab:analysis': fc.record({ type: fc.constant('tab:analysis'), tabId: fc.integer({ min: 0, max: 1e6 }) }),
  'clips:save-category': fc.record({ type: fc.constant('clips:save-category'), tabId: fc.integer({ min: 0, max: 1e6 }), category: fc.constantFrom(...CATEGORIES) }),
  'offscreen:analyze': fc.record({ type: fc.constant('offscreen:analyze'), url: anyUrl, html: smallHtml }),
  'offscreen:backup': fc.record({ type: fc.constant('offscreen:backup') }),
  'reader:scroll-to': fc.record({ type: fc.constant('reader:scroll-to'), index: fc.nat(1000) }),
  'reader:clips-changed': fc.record({ type: fc.constant('reader:clips-changed') }),
  'reader:ping': fc.record({ type: fc.constant('reader:ping') }),
  'reader:command': fc.record({ type: fc.constant('reader:command'), command: fc.constantFrom('next', 'previous', 'toggle', 'clip') }),
  'reader:clip-target': fc.record({ type: fc.constant('reader:clip-target'), withHtml: fc.boolean() }),
  'reader:notice': fc.record({ type: fc.constant('reader:notice'), text: fc.string({ maxLength: 300 }), tone: fc.constantFrom('ok', 'error') }),
};

function channel(): fc.Arbitrary<number> {
  return fc.integer({ min: 0, max: 255 });
}

/** Values of every JS kind but the one named (a field of that kind gets one of the others). */
function notA(kind: 'string' | 'number' | 'boolean' | 'array' | 'object'): fc.Arbitrary<unknown> {
  const all: Record<string, fc.Arbitrary<unknown>> = {
    string: fc.string({ maxLength: 20 }),
    number: fc.oneof(fc.integer(), fc.double(), fc.constant(Number.NaN)),
    boolean: fc.boolean(),
    array: fc.array(fc.anything({ maxDepth: 1 }), { maxLength: 4 }),
    object: fc.dictionary(fc.string({ maxLength: 6 }), fc.anything({ maxDepth: 1 }), { maxKeys: 4 }),
    null: fc.constant(null),
    undefined: fc.constant(undefined),
  };
  return fc.oneof(...Object.entries(all).filter(([k]) => k !== kind).map(([, a]) => a));
}

const HUGE_HTML = 'x'.repeat(MAX_HTML_CHARS + 1);
const longString = (over: number) => fc.integer({ min: over + 1, max: over + 50 }).map((n) => 'a'.repeat(n));
const badUrl = fc.oneof(notA('string'), longString(8_192));
const badHtml = fc.oneof(notA('string'), fc.constant(HUGE_HTML));
const badWebUrl = fc.oneof(
  notA('string'),
  fc.constantFrom('javascript:alert(1)', 'data:text/html,<script>window.__pwned=1</script>', 'chrome://settings', 'not a url', '', 'ftp://example.com/x', 'blob:https://example.com/1'),
);
const unknownCategory = fc.oneof(notA('string'), fc.constantFrom('gossip', 'EXPORT-CONTROL', ' pricing', '__proto__', ''));
const badTabId = fc.oneof(notA('number'), fc.constant(Number.NaN), fc.constant(Number.POSITIVE_INFINITY));
const badIndex = fc.oneof(notA('number'), fc.integer({ max: -1 }), fc.double({ min: 0.01, max: 0.99, noNaN: true }).map((f) => 3 + f));
const badChannel = fc.oneof(fc.integer({ min: 256 }), fc.integer({ max: -1 }), fc.constant(1.5), fc.constant('#fff'), fc.constant(null));
const badTuple = fc.oneof(
  notA('array'),
  fc.array(channel(), { minLength: 0, maxLength: 2 }),
  fc.array(channel(), { minLength: 4, maxLength: 6 }),
  fc.tuple(badChannel, channel(), channel()),
);

/** For a NewClip: one field made invalid (the clip schema bounds and types everything a page sends). */
const badClipField: fc.Arbitrary<[string, unknown]> = fc.oneof(
  fc.tuple(fc.constant('text'), fc.oneof(fc.constant(''), notA('string'), longString(5_000))),
  fc.tuple(fc.constant('prefix'), fc.oneof(notA('string'), longString(200))),
  fc.tuple(fc.constant('url'), badWebUrl),
  fc.tuple(fc.constant('pageUrl'), badWebUrl),
  fc.tuple(fc.constant('category'), unknownCategory),
  fc.tuple(fc.constant('confidence'), fc.oneof(fc.double({ min: 1.0001, max: 1e9, noNaN: true }), fc.double({ min: -1e9, max: -0.0001, noNaN: true }), fc.constant('high'))),
  fc.tuple(fc.constant('origin'), fc.oneof(fc.constant('imported'), notA('string'))),
  fc.tuple(fc.constant('entities'), notA('object')),
  fc.tuple(fc.constant('figures'), fc.oneof(notA('array'), fc.constant(Array.from({ length: 101 }, () => ({ text: '1', value: 1, unit: null }))))),
  fc.tuple(fc.constant('article'), notA('object')),
  fc.tuple(fc.constant('source'), notA('object')),
  fc.tuple(fc.constant('sourceLabel'), fc.oneof(notA('string'), longString(500))),
  fc.tuple(fc.constant('site'), fc.oneof(notA('string'), longString(253))),
);

/** Per type: a field replaced by a value its schema refuses. */
const BAD_FIELDS: { [T in MessageType]?: fc.Arbitrary<[string, unknown]> } = {
  'gate:candidate': fc.oneof(
    fc.tuple(fc.constant('url'), badUrl),
    fc.tuple(fc.constant('html'), badHtml),
    fc.tuple(fc.constant('cues'), fc.oneof(notA('array'), fc.array(fc.string(), { minLength: 33, maxLength: 40 }), fc.tuple(notA('string')), fc.tuple(longString(64)))),
    fc.tuple(fc.constant('parts'), fc.oneof(notA('object'), fc.constant({ id: 'a', count: 1 }), fc.constant({ id: 'a', count: 13 }), fc.constant({ id: 'A-1', count: 2 }), fc.constant({ count: 2 }))),
  ),
  'gate:part': fc.oneof(
    fc.tuple(fc.constant('id'), fc.oneof(notA('string'), fc.constantFrom('', 'ID', 'a b', 'x'.repeat(33)))),
    fc.tuple(fc.constant('index'), fc.oneof(badIndex, fc.constant(12))),
    fc.tuple(fc.constant('html'), fc.oneof(notA('string'), fc.constant('x'.repeat(1_000_001)))),
  ),
  'reader:ready': fc.tuple(fc.constant('url'), badUrl),
  'reader:analyze': fc.oneof(fc.tuple(fc.constant('url'), badUrl), fc.tuple(fc.constant('html'), badHtml)),
  'reader:signals': fc.oneof(fc.tuple(fc.constant('handoff'), fc.oneof(notA('string'), longString(64))), fc.tuple(fc.constant('from'), badIndex)),
  'clip:save': fc.oneof(fc.tuple(fc.constant('clip'), notA('object'))),
  'clips:for-page': fc.tuple(fc.constant('url'), badUrl),
  'reader:orphans': fc.oneof(
    fc.tuple(fc.constant('url'), badUrl),
    fc.tuple(fc.constant('ids'), fc.oneof(notA('array'), fc.constant(Array.from({ length: 1_001 }, (_, i) => String(i))), fc.tuple(longString(64)), fc.tuple(notA('string')))),
  ),
  'reader:theme': fc.oneof(
    fc.tuple(fc.constant('background'), badTuple),
    fc.tuple(fc.constant('text'), badTuple),
    fc.tuple(fc.constant('token'), fc.oneof(notA('string'), fc.constantFrom('', 'short', 'ABCDEFGHIJKL', 'abcdefghijkl)', 'abcdefghijklm'))),
  ),
  'tab:analysis': fc.tuple(fc.constant('tabId'), badTabId),
  'clips:save-category': fc.oneof(
    fc.tuple(fc.constant('tabId'), fc.oneof(badTabId, fc.integer({ max: -1 }), fc.constant(2.5))),
    fc.tuple(fc.constant('category'), fc.oneof(unknownCategory, fc.constant('unclassified'))),
  ),
  'offscreen:analyze': fc.oneof(fc.tuple(fc.constant('url'), badUrl), fc.tuple(fc.constant('html'), badHtml)),
  'reader:scroll-to': fc.tuple(fc.constant('index'), badIndex),
  'reader:command': fc.tuple(fc.constant('command'), fc.oneof(notA('string'), fc.constantFrom('delete-all', 'NEXT', 'clip ', 'eval'))),
  'reader:clip-target': fc.tuple(fc.constant('withHtml'), notA('boolean')),
  'reader:notice': fc.oneof(
    fc.tuple(fc.constant('text'), fc.oneof(notA('string'), longString(300))),
    fc.tuple(fc.constant('tone'), fc.oneof(notA('string'), fc.constantFrom('loud', 'OK', ''))),
  ),
};

/** Required fields besides `type` (a message without one of them is malformed). */
const REQUIRED: { [T in MessageType]: string[] } = {
  'gate:candidate': ['url', 'html', 'cues'],
  'gate:part': ['id', 'index', 'html'],
  'reader:ready': ['url'],
  'reader:analyze': ['url', 'html'],
  'reader:signals': ['handoff', 'from'],
  'clip:save': ['clip'],
  'clips:for-page': ['url'],
  'reader:orphans': ['url', 'ids'],
  'reader:theme': ['background', 'text', 'token'],
  'reader:load-ui': [],
  'clip:selection': [],
  'tab:analysis': ['tabId'],
  'clips:save-category': ['tabId', 'category'],
  'offscreen:analyze': ['url', 'html'],
  'offscreen:backup': [],
  'reader:scroll-to': ['index'],
  'reader:clips-changed': [],
  'reader:ping': [],
  'reader:command': ['command'],
  'reader:clip-target': ['withHtml'],
  'reader:notice': ['text', 'tone'],
};

/** Values that are not messages at all (runtime messages are structured clones of any of these). */
const notAnObject = fc.oneof(
  fc.constant(null),
  fc.constant(undefined),
  fc.string({ maxLength: 40 }),
  fc.constantFrom('clip:save', 'gate:candidate', '{"type":"clip:save"}'),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.bigInt(),
  fc.date(),
  fc.array(fc.anything({ maxDepth: 2 }), { maxLength: 5 }),
);

/**
 * Objects no structured clone can carry, for the listener's own robustness: a `type` whose getter
 * throws, a Proxy that throws on every read, a cycle, deep nesting, a `__proto__` key (an own
 * property, as JSON.parse makes it).
 */
const exotic: fc.Arbitrary<unknown> = fc.constantFrom(
  () => ({
    get type(): string {
      throw new Error('getter');
    },
  }),
  () =>
    new Proxy(
      {},
      {
        get() {
          throw new Error('proxy');
        },
      },
    ),
  () => {
    const cyclic: Record<string, unknown> = { type: 'clip:save' };
    cyclic.clip = cyclic;
    return cyclic;
  },
  () => {
    let deep: unknown = { type: 'clip:save' };
    for (let i = 0; i < 5_000; i++) deep = { type: 'clip:save', clip: deep };
    return deep;
  },
  () => JSON.parse('{"__proto__": {"type": "clip:save", "clip": {}}, "constructor": {"prototype": {"polluted": true}}}') as unknown,
).map((make) => make());

/** Malformed messages for a family of message types (`family` as allowed by its schema). */
export function malformedFor(family: readonly MessageType[]): fc.Arbitrary<unknown> {
  const known = new Set<string>(Object.keys(MESSAGE_SENDERS));
  const inFamily = new Set<string>(family);
  const anyValid = fc.constantFrom(...(Object.keys(VALID) as MessageType[])).chain((t) => VALID[t]);
  const familyValid = fc.constantFrom(...family).chain((t) => VALID[t]);
  const wrongType = fc.oneof(
    fc.string({ maxLength: 30 }).filter((t) => !known.has(t)),
    fc.constantFrom(...family).map((t) => t.toUpperCase()),
    fc.constantFrom(...family).map((t) => ` ${t}`),
    fc.constantFrom(...family).map((t) => `${t}\u0000`),
    fc.constantFrom('__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf'),
    notA('string'),
    fc.constantFrom(...family).map((t) => [t]),
  );
  // Another family's message (to the background: the reader's and the offscreen document's; …).
  const otherFamily = anyValid.filter((m) => !inFamily.has(m.type));
  const withWrongType = fc.tuple(familyValid, wrongType).map(([m, type]) => ({ ...m, type }));
  const withoutType = familyValid.map(({ type: _t, ...rest }) => rest);
  const withMissingField = fc
    .constantFrom(...family.filter((t) => REQUIRED[t].length > 0))
    .chain((t) => fc.tuple(VALID[t], fc.constantFrom(...REQUIRED[t])))
    .map(([m, field]) => {
      const copy: Record<string, unknown> = { ...m };
      delete copy[field];
      return copy;
    });
  const withBadField = fc
    .constantFrom(...family.filter((t) => BAD_FIELDS[t]))
    .chain((t) => fc.tuple(VALID[t], BAD_FIELDS[t]!))
    .map(([m, [field, value]]) => ({ ...m, [field]: value }));
  const arms: fc.Arbitrary<unknown>[] = [notAnObject, exotic, wrongType.map((type) => ({ type })), withWrongType, withoutType, withMissingField, withBadField];
  if (family.includes('clip:save')) {
    arms.push(fc.tuple(VALID['clip:save'], badClipField).map(([m, [field, value]]) => ({ ...m, clip: { ...(m.clip as object), [field]: value } })));
  }
  if (Object.keys(VALID).some((t) => !inFamily.has(t))) arms.push(otherFamily);
  return fc.oneof(...arms);
}

// ---- Senders -------------------------------------------------------------------------------------

const ID = () => fakeBrowser.runtime.id;
const page = (path: string) => fakeBrowser.runtime.getURL(path);
const TAB = { id: 17, index: 0, highlighted: true, active: true, pinned: false, incognito: false, windowId: 1 } as Sender['tab'];

/** One sender of each kind, as Chrome fills them (measured in Chromium: see test/e2e/message-fuzz.e2e.ts). */
export function legitimateSenders(): Record<SenderKind, Sender> {
  return {
    'content-script': { id: ID(), url: PAGE, origin: 'https://www.mining.example', frameId: 0, documentId: 'D0', tab: TAB },
    background: { id: ID(), url: page('/background.js'), origin: page('/').slice(0, -1) },
    'side-panel': { id: ID(), url: page('/sidepanel.html'), origin: page('/').slice(0, -1) },
    options: { id: ID(), url: page('/options.html'), origin: page('/').slice(0, -1), tab: TAB },
    offscreen: { id: ID(), url: page('/offscreen.html'), origin: page('/').slice(0, -1) },
  };
}

/** Senders no message may come from. */
export function illegitimateSenders(): Sender[] {
  const legit = legitimateSenders();
  return [
    {} as Sender,
    null as unknown as Sender,
    { url: PAGE, tab: TAB, frameId: 0 },
    { ...legit['content-script'], id: 'another-extension-id' },
    { ...legit['side-panel'], id: 'another-extension-id', url: 'chrome-extension://another-extension-id/sidepanel.html' },
    { ...legit['side-panel'], url: 'chrome-extension://another-extension-id/sidepanel.html' },
    { ...legit['side-panel'], url: `chrome-extension://${ID()}x/sidepanel.html` },
    { ...legit['side-panel'], url: page('/evil.html') },
    { ...legit['side-panel'], url: `https://evil.example/chrome-extension://${ID()}/sidepanel.html` },
    { ...legit['content-script'], frameId: 3 },
    { ...legit['content-script'], tab: undefined },
    { ...legit['content-script'], url: 'about:blank' },
    { ...legit['content-script'], url: 'file:///home/reader/page.html' },
    { ...legit['content-script'], url: 'javascript:alert(1)' },
    { ...legit['content-script'], url: undefined },
    { id: ID() },
  ];
}

/** Senders that may not send a message of this type: illegitimate ones, and legitimate ones of the wrong kind. */
export function wrongSendersFor(type: MessageType): Sender[] {
  const allowed = MESSAGE_SENDERS[type] as readonly SenderKind[];
  const legit = legitimateSenders();
  return [...illegitimateSenders(), ...(Object.keys(legit) as SenderKind[]).filter((k) => !allowed.includes(k)).map((k) => legit[k])];
}

export const anySender: fc.Arbitrary<Sender> = fc.constantFrom(...[...illegitimateSenders(), ...Object.values(legitimateSenders())]).map((s) => s);

/** The fuzz cases for a family: a malformed message from anyone, or a well-formed one from a sender it must not come from. */
export function fuzzCases(family: readonly MessageType[]): fc.Arbitrary<{ raw: unknown; sender: Sender }> {
  const malformed = fc.record({ raw: malformedFor(family), sender: anySender });
  const misdirected = fc
    .constantFrom(...family)
    .chain((t) => fc.record({ raw: VALID[t] as fc.Arbitrary<unknown>, sender: fc.constantFrom(...wrongSendersFor(t)) }));
  return fc.oneof({ arbitrary: malformed, weight: 3 }, { arbitrary: misdirected, weight: 2 });
}

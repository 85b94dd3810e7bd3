/** What an in-page key asks the reader to do. */
export type ReaderKeyAction = 'next' | 'previous' | 'toggle' | 'clip';

/**
 * In-page keys, all with Alt+Shift (⌥⇧ on macOS), matched on `event.code` because on macOS
 * Option+Shift+letter types a symbol ("Ô" for J), so `event.key` is not the letter. Neither
 * Chrome nor Firefox binds Alt+Shift+J, K, H or C by default, and a page that does gets its key:
 * see readerKeyAction. J/K are the usual next/previous pair of feed readers, H hides, C clips.
 */
export const READER_KEYS: Readonly<Record<string, ReaderKeyAction>> = {
  KeyJ: 'next',
  KeyK: 'previous',
  KeyH: 'toggle',
  KeyC: 'clip',
};

/** The key as shown to the reader ("Alt+Shift+J"). */
export function readerKeyLabel(action: ReaderKeyAction): string {
  const code = Object.keys(READER_KEYS).find((k) => READER_KEYS[k] === action) ?? '';
  return `Alt+Shift+${code.replace(/^Key/, '')}`;
}

const EDITABLE_INPUT_TYPES = /^(?:text|search|email|url|tel|password|number|date|datetime-local|month|time|week|color)$/i;
const ELEMENT_NODE = 1;

/** Whether keystrokes on this element go into a text field, a select, or editable content. */
export function isEditableTarget(target: EventTarget | null): boolean {
  const node = target as Partial<Node> | null;
  if (!node || node.nodeType !== ELEMENT_NODE) return false;
  const el = node as HTMLElement;
  if (el.isContentEditable) return true;
  const tag = el.tagName.toUpperCase();
  if (tag === 'TEXTAREA' || tag === 'SELECT') return true;
  if (tag === 'INPUT') return EDITABLE_INPUT_TYPES.test((el as HTMLInputElement).type || 'text');
  // isContentEditable is false in documents that are not rendered (tests) and for
  // `contenteditable` set on an ancestor of a shadow host: check the attribute as well.
  if (el.closest?.('[contenteditable]:not([contenteditable="false" i])')) return true;
  const role = el.getAttribute('role');
  return role === 'textbox' || role === 'combobox' || role === 'searchbox';
}

/**
 * The reader's action for a keydown, or null to leave the event alone. Never for a key typed into
 * an input, a textarea, a select or editable content (looked up through shadow roots with
 * composedPath), never while an IME composes, never for a key the page already handled
 * (defaultPrevented), and only for Alt+Shift+<letter> with no Ctrl or Meta. The caller calls
 * preventDefault only when it acts on the result.
 */
export function readerKeyAction(event: KeyboardEvent): ReaderKeyAction | null {
  if (event.defaultPrevented || event.isComposing) return null;
  if (!event.altKey || !event.shiftKey || event.ctrlKey || event.metaKey) return null;
  const action = READER_KEYS[event.code];
  if (!action) return null;
  const origin = typeof event.composedPath === 'function' ? (event.composedPath()[0] ?? event.target) : event.target;
  if (isEditableTarget(origin) || isEditableTarget(event.target)) return null;
  const active = (event.target as Partial<Node> | null)?.ownerDocument?.activeElement ?? null;
  if (isEditableTarget(active)) return null;
  return action;
}

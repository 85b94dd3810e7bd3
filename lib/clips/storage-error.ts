/**
 * A failed database operation in words a reader can act on. IndexedDB reports a full disk or an
 * exhausted quota as QuotaExceededError, which Dexie may wrap (an AbortError of the transaction
 * with the QuotaExceededError inside); the raw message ("QuotaExceededError: Encountered full
 * disk while opening backing store…") helps no one.
 */
export function storageErrorText(error: unknown): string {
  const names = errorNames(error);
  if (names.some((n) => /quota/i.test(n))) {
    return "your browser's storage is full. Free some disk space, or delete clips you no longer need, then try again.";
  }
  if (names.some((n) => /^(DatabaseClosedError|OpenFailedError|InvalidStateError|UnknownError|VersionError|MissingAPIError)$/.test(n))) {
    return `Lodestone could not open its library (${names[0]}). Try again; if it keeps failing, restart the browser.`;
  }
  const message = error instanceof Error ? error.message : String(error);
  return `the browser refused to store it (${message.slice(0, 200)}).`;
}

/** The error's name and the names of the errors it wraps (Dexie's `inner`, the standard `cause`). */
function errorNames(error: unknown): string[] {
  const names: string[] = [];
  let current: unknown = error;
  for (let depth = 0; current && typeof current === 'object' && depth < 5; depth += 1) {
    const { name, inner, cause } = current as { name?: unknown; inner?: unknown; cause?: unknown };
    if (typeof name === 'string') names.push(name);
    current = inner ?? cause;
  }
  return names;
}
